"""Gazetteer membership of tokens, as features for the CRF: which tokens start or continue a listed place or
organisation, and which are titles, position words, organisation heads or given names (lists in ``data/gazetteers/``).

Names are matched on the matching form of their tokens (our tokenizer, ``token.norm_``), longest match first.

    >>> from arabic_release_nlp import tokenize
    >>> gazetteer = GazetteerTagger({("الاتحاد", "الاوروبي"): "ORG", ("الاردن",): "LOC"}, {"السفير": "TITLE"})
    >>> gazetteer.tags([token.norm_ for token in tokenize("السفير والاتحاد الأوروبي في الأردن")])
    ['TITLE', '', 'B-ORG', 'I-ORG', '', 'B-LOC']

A snapshot of the lists is saved with a model (``to_json``), so later edits to ``data/gazetteers/`` do not
change the features a trained model sees.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from arabic_release_nlp.text.normalize import normalize_for_matching, restore_article
from arabic_release_nlp.text.tokenizer import ArabicTokenizer

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "data" / "gazetteers"


class GazetteerTagger:
    """Multi-word names (token tuples -> ``ORG``/``LOC``) and single cue words (word -> ``TITLE``/``POS``/``HEAD``/``GIVEN``)."""

    def __init__(self, names: Mapping[tuple[str, ...], str], cues: Mapping[str, str]) -> None:
        self.names = dict(names)
        self.cues = dict(cues)
        # The lengths of the names each first word starts, longest first: most words start none.
        lengths: dict[str, set[int]] = {}
        for key in self.names:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {word: sorted(found, reverse=True) for word, found in lengths.items()}
        # Which labels' names each word occurs in: a partial match for names the lists do not hold whole.
        words: dict[str, set[str]] = {}
        for key, label in self.names.items():
            for word in key:
                words.setdefault(word, set()).add(label)
        self.word_labels = {word: "+".join(sorted(labels)) for word, labels in words.items()}

    def tags(self, norms: Sequence[str]) -> list[str]:
        """One tag per token (given as matching forms): ``B-ORG``/``I-ORG``/``B-LOC``/``I-LOC`` inside a listed
        name, else the token's cue (``TITLE``, ``POS``, ``HEAD``, ``GIVEN``) or ``""``."""
        tags = [self.cues.get(norm, "") for norm in norms]
        index = 0
        count = len(norms)
        while index < count:
            first = norms[index]
            # After a fused «لل» the token is «لمنظمة»: look it up as «المنظمة» too.
            found = None
            for word in dict.fromkeys((first, restore_article(first))):
                for length in self._lengths.get(word, ()):
                    if index + length <= count:
                        key = (word,) + tuple(norms[index + 1:index + length])
                        if key in self.names:
                            found = (length, self.names[key])
                            break
                if found:
                    break
            if found:
                length, label = found
                tags[index] = "B-" + label
                for inside in range(index + 1, index + length):
                    tags[inside] = "I-" + label
                index += length
            else:
                index += 1
        return tags

    def to_json(self) -> str:
        """The lists as JSON: ``{"names": [[[word, ...], label], ...], "cues": {word: tag}}``."""
        names = [[list(key), label] for key, label in sorted(self.names.items())]
        return json.dumps({"names": names, "cues": dict(sorted(self.cues.items()))}, ensure_ascii=False, indent=0)

    @classmethod
    def from_json(cls, text: str) -> GazetteerTagger:
        data = json.loads(text)
        return cls({tuple(words): label for words, label in data["names"]}, data["cues"])


def _token_norms(name: str, tokenizer: ArabicTokenizer) -> tuple[str, ...]:
    return tuple(normalize_for_matching(name[start:end]) for start, end in tokenizer.spans(name))


def _lines(path: Path) -> Iterable[str]:
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _common_words(record: dict, tokenizer: ArabicTokenizer) -> set[tuple[str, ...]]:
    """An organisation's one-word ambiguous forms: common words («العربية», «الجزيرة», «بنا») or acronyms of several
    organisations («SFD»), no evidence of a name."""
    forms = (_token_norms(form, tokenizer) for form in record.get("ambiguous_forms", []))
    return {form for form in forms if len(form) == 1}


def load_gazetteer(folder: str | Path = GAZETTEER_DIR) -> GazetteerTagger:
    """The gazetteer from ``places.jsonl``, ``organizations.jsonl``, ``titles.txt``, ``positions.txt``,
    ``organization_heads.txt`` and ``given_names.txt`` in ``folder``; missing files contribute nothing."""
    folder = Path(folder)
    tokenizer = ArabicTokenizer()
    names: dict[tuple[str, ...], str] = {}
    # Every place name, common-word ones included («العقبة», «صور»): in running text they are places often enough
    # for the model to weigh (leaving them out cost 0.006 LOC F1 on the dev split).
    for line in _lines(folder / "places.jsonl"):
        record = json.loads(line)
        for name in [record.get("name_ar", "")] + list(record.get("variants", [])):
            if name:
                names.setdefault(_token_norms(name, tokenizer), "LOC")
    for line in _lines(folder / "organizations.jsonl"):
        record = json.loads(line)
        skipped = _common_words(record, tokenizer)
        for name in [record.get("name_ar", "")] + list(record.get("aliases", [])) + list(record.get("acronyms", [])):
            if name and _token_norms(name, tokenizer) not in skipped:
                names[_token_norms(name, tokenizer)] = "ORG"  # «الجمعية العامة» and the like: ORG wins
    cues: dict[str, str] = {}
    # Given names first: a word that is also a title, position or head («أمير», «رئيس») keeps that cue.
    for filename, tag in (("given_names.txt", "GIVEN"), ("organization_heads.txt", "HEAD"), ("positions.txt", "POS"),
                          ("titles.txt", "TITLE")):
        for line in _lines(folder / filename):
            norms = _token_norms(line, tokenizer)
            if norms:
                cues[norms[0]] = tag
    names.pop((), None)
    return GazetteerTagger(names, cues)
