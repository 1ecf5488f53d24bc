"""Every error the library raises, with a stable code and a message that names the document.

Codes are part of the output contract: they appear in ``errors`` of a record (``"ARN003 report.txt: the
file is empty"``) and never change meaning.
"""

from __future__ import annotations


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
