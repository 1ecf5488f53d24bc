"""Every error the library raises, with a stable code and a message that names the document.

Codes are part of the output contract: they appear in ``errors`` of a record (``"ARN003 report.txt: the
file is empty"``) and never change meaning.
"""

from __future__ import annotations

from functools import partial
from typing import Any


class ArnError(Exception):
    """Base class: ``code``, the ``document`` it concerns (a path or id), and a one-line message."""

    code = "ARN000"
    template = "{detail}"

    def __init__(self, document: str | None = None, **details: object) -> None:
        self.document = document
        self.details = details
        self.message = self.template.format(**details)
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.document}: " if self.document else ""
        return f"{self.code} {where}{self.message}"

    def __reduce__(self) -> tuple[Any, tuple]:
        # Rebuilt from the document and details (not from the message), so errors cross process boundaries:
        # batch workers and Dask send them back to the process that started the run.
        return partial(type(self), self.document, **self.details), ()


class InputError(ArnError):
    """The input cannot be analysed as given."""


class MissingFileError(InputError):
    code = "ARN001"
    template = "no such file"


class IsDirectoryError(InputError):
    code = "ARN002"
    template = "is a directory, not a file (pass the files inside it, or use `arn tag` for archives)"


class EmptyInputError(InputError):
    code = "ARN003"
    template = "the file is empty"


class BinaryInputError(InputError):
    code = "ARN004"
    template = "looks like a binary file, not text (NUL or control bytes found)"


class InputTooLargeError(InputError):
    code = "ARN005"
    template = "{size:,} bytes is over the size limit of {limit:,} bytes (raise it with --max-size)"


class UnreadableFileError(InputError):
    code = "ARN006"
    template = "cannot be read: {reason}"


class NotTextError(InputError):
    code = "ARN007"
    template = "expected text (str or bytes), got {type_name}"


class InvalidSizeError(InputError):
    code = "ARN008"
    template = "{value!r} is not a size: use a number of bytes or a unit such as 500kB, 5MB"


class PipelineFailedError(ArnError):
    """A pipeline stage failed on a document; batches record it and go on."""

    code = "ARN020"
    template = "the pipeline failed: {reason}"


class ModelError(ArnError):
    """A trained model cannot be loaded safely."""


class ModelNotFoundError(ModelError):
    code = "ARN030"
    template = "no {what} at {path} (train one, or check the path)"


class ModelIntegrityError(ModelError):
    code = "ARN031"
    template = "the file does not match the SHA-256 in its manifest: it was changed after training; refusing to load it"


class UntrustedModelError(ModelError):
    code = "ARN032"
    template = "contains types outside the allow-list ({types}); refusing to load it"


class ModelIncompatibleError(ModelError):
    code = "ARN033"
    template = "cannot be used here: {reason}"


# --- batch tagging (`arn tag`, arabic_release_nlp.batch): ARN003/ARN004 worded for records, and ARN06x ----------
class EmptyRecordError(EmptyInputError):
    """ARN003 for a record of an archive (JSON Lines, CSV, Parquet) rather than a file."""

    template = "the text is empty"


class BinaryRecordError(BinaryInputError):
    """ARN004 for a record of an archive rather than a file."""

    template = "looks like binary data, not text (NUL or control characters found)"


class InvalidRecordError(InputError):
    code = "ARN060"
    template = "is not a valid {format} record: {reason}"


class MissingTextFieldError(InputError):
    code = "ARN061"
    template = "has no {field!r} field (choose the text field with --text-field)"


class UndecodableTextError(InputError):
    code = "ARN062"
    template = "is not UTF-8 text: {replaced:,} undecodable byte sequence(s) in {length:,} characters"


class UnsupportedInputError(InputError):
    code = "ARN063"
    template = "is not a batch input: give a folder, or .txt .html .htm .md .jsonl .csv .parquet files (optionally .gz)"


class InputChangedError(InputError):
    code = "ARN064"
    template = "changed while it was being tagged ({what}); rerun the same command to tag it again"


class MissingExtraError(ArnError):
    """An optional feature needs packages that are not installed."""

    code = "ARN065"
    template = "needs {package}, which is not installed: pip install 'arabic_release_nlp[{extra}]'"


class OutputLockedError(ArnError):
    code = "ARN066"
    template = "another `arn tag` (process {pid}) is writing to this folder; wait for it, or remove {lock} if it died"


# --- evaluation and user-trained models (arabic_release_nlp.evaluation, goals/custom_model.py): ARN04x ----------
class EvaluationInputError(ArnError):
    """Predictions and gold annotations that cannot be compared as given."""


class MissingGoldError(EvaluationInputError):
    code = "ARN040"
    template = "has no gold record: pass the annotated records it was analysed from as gold= (matched by id)"


class GoldTextMismatchError(EvaluationInputError):
    code = "ARN041"
    template = "the analysed text differs from its gold record's text, so their offsets cannot be compared"


class UnsupportedAnnotationError(EvaluationInputError):
    code = "ARN042"
    template = "is not annotated data we read: give our corpus JSON Lines (.jsonl) or a CoNLL file (.conll, .txt, .tsv)"


class UnknownGoalLabelError(ModelError):
    code = "ARN043"
    template = ("has labels outside the SDG/GCM taxonomy ({labels}); the pipeline shows only «SDG 1»…«SDG 17» and "
                "«GCM 1»…«GCM 23»")
