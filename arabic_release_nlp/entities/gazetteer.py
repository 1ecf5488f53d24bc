"""Our gazetteers (``data/gazetteers/``): known organisations and places, titles, positions, name heads.

Names are matched on token sequences of their matching form, so «للمنظمة الدولية للهجرة» (ل + لمنظمة …)
finds «المنظمة الدولية للهجرة» and every alias or acronym leads to one canonical record.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Sequence

from arabic_release_nlp.text.normalize import normalize_for_matching, restore_article
from arabic_release_nlp.text.tokenizer import ArabicTokenizer

TANWEEN = re.compile("[\u064b-\u064d]")
# Honorifics that come right before a person's name (a subset of ``titles.txt``): «السيدة ماريكو سيندا».
HONORIFICS = frozenset(normalize_for_matching(word) for word in
                       "السيد السيدة الدكتور الدكتورة الأستاذ الأستاذة المهندس المهندسة الأخ الأخت".split())

GAZETTEER_DIR = Path(__file__).resolve().parents[2] / "data" / "gazetteers"
# Bodies every government has, named bare: generic mentions like «الحكومة» alone (ANNOTATION.md §1), so a name
# several countries share is not matched as an organisation for these.
_GENERIC_BODIES = frozenset({"مجلس الوزراء", "رئاسه الحكومه"})
_PLACE_ONLY_AMBIGUITY = re.compile(r"capital|City|country|spells|Maghreb|two places")


@dataclass(frozen=True)
class KnownEntity:
    """A canonical organisation or place."""

    id: str
    label: str  # ORG or LOC
    name_ar: str
    name_en: str | None
    acronym: str | None
    ambiguous_forms: frozenset[str] = frozenset()
    type: str | None = None  # organizations.jsonl ``type`` («development_bank», «ministry» …); None for places
    country: str | None = None  # organizations.jsonl ``country`` (ISO code) of a national body

    def canonical(self) -> dict[str, str | None] | None:
        """The ``canonical`` record of the output contract; None for a name several organisations share."""
        if not self.id:
            return None
        return {"id": self.id, "name_ar": self.name_ar, "name_en": self.name_en, "acronym": self.acronym}


def name_key(words: Sequence[str]) -> tuple[str, ...]:
    """The lookup key of a token sequence: matching forms, with a fused «لمنظمة» read as «المنظمة»."""
    key = [normalize_for_matching(word) for word in words]
    if key:
        key[0] = restore_article(key[0])
    return tuple(key)


class Gazetteer:
    """Longest-match lookup of known names over the tokens of a text."""

    def __init__(self, entities: dict[tuple[str, ...], KnownEntity], titles: frozenset[str],
                 positions: frozenset[tuple[str, ...]], organization_heads: frozenset[str],
                 given_names: frozenset[str] = frozenset(), club_names: frozenset[tuple[str, ...]] = frozenset()) -> None:
        self.entities = entities
        # Sports clubs' names that are also common words or other bodies' («الهلال», «التعاون», «الاتفاق»): not
        # matched as names, but read as clubs in a report on sport (entities/sport.py).
        self.club_names = club_names
        self.titles = titles
        self.positions = positions
        self.organization_heads = organization_heads
        self.given_names = given_names
        # The lengths of the names each first word starts, longest first: most words start none.
        lengths: dict[str, set[int]] = {}
        for key in entities:
            lengths.setdefault(key[0], set()).add(len(key))
        self._lengths = {word: sorted(found, reverse=True) for word, found in lengths.items()}
        self.longest_position = max((len(key) for key in positions), default=0)

    def lookup(self, words: Sequence[str]) -> KnownEntity | None:
        """The known entity whose name (or alias, or acronym) these words are."""
        return self.entities.get(name_key(words))

    def matches(self, words: Sequence[str], keys: Sequence[str] | None = None) -> list[tuple[int, int, KnownEntity]]:
        """Non-overlapping longest matches ``(first token, end token, entity)`` in a token sequence.

        Args:
            keys: the words' matching forms, when the caller has them (a spaCy token's ``norm_``).
        """
        keys = keys if keys is not None else [normalize_for_matching(word) for word in words]
        # A word with tanween is a common noun or adjective, never a name: «مهاجراً موريتانياً» is no Mauritania.
        indefinite = [bool(TANWEEN.search(word)) for word in words]
        found = []
        index = 0
        while index < len(words):
            first = restore_article(keys[index])
            for length in self._lengths.get(first, ()):
                if index + length > len(words) or any(indefinite[index:index + length]):
                    continue
                entity = self.entities.get((first, *keys[index + 1:index + length]))
                if entity is not None:
                    found.append((index, index + length, entity))
                    index += length - 1
                    break
            index += 1
        return found

    def position_length(self, words: Sequence[str]) -> int:
        """How many of the leading ``words`` form a position head («رئيس بعثة», «وزير»), 0 if none.

        A position word with the article and a relational adjective is one too: «السفير الياباني», «الوزير
        الأردني» (where «السفير» alone is a title), but not «الأمير», which also ends names: «عبد الأمير الكعبي».
        """
        keys = tuple(normalize_for_matching(word) for word in words[:max(self.longest_position, 2)])
        if keys and keys[0].startswith("ل") and not keys[0].startswith("ال"):
            # after a fused «لل», read with its article: «(وفقاً) ل|لناطق الإعلامي لشرطة …» is «الناطق الإعلامي …»
            keys = (restore_article(keys[0]), *keys[1:])
        elif keys and keys[0].endswith("ا") and len(keys[0]) > 3 and (keys[0][:-1],) in self.positions:
            # the accusative of an appointment: «تكليف عبدالله الفواز مديراً لفرع …», «تعيينه وزيراً للصحة»
            keys = (keys[0][:-1], *keys[1:])
        for length in range(len(keys), 0, -1):
            if keys[:length] in self.positions:
                return length
        if len(keys) >= 2 and keys[0].startswith("ال") and keys[0] != "الامير" and (keys[0][2:],) in self.positions \
                and keys[1].startswith("ال") and keys[1].endswith(("ي", "يه")) and len(keys[1]) > 4:
            return 2
        return 0


def _names_of(record: dict) -> list[str]:
    return [record["name_ar"], *record.get("aliases", []), *record.get("variants", []), *record.get("acronyms", [])]


def _tokens(name: str, tokenizer: ArabicTokenizer) -> list[str]:
    return [name[start:end] for start, end in tokenizer.spans(name)]


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@cache
def load_gazetteer(directory: Path = GAZETTEER_DIR) -> Gazetteer:
    """Read the gazetteer files once; organisations win over places when a name is both."""
    tokenizer = ArabicTokenizer()
    entities: dict[tuple[str, ...], KnownEntity] = {}
    clubs: set[tuple[str, ...]] = set()
    for filename, label in (("places.jsonl", "LOC"), ("organizations.jsonl", "ORG")):
        for line in (directory / filename).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            acronyms = record.get("acronyms") or []
            latin = [a for a in acronyms if re.fullmatch(r"[A-Za-z.\-]+", a)]
            # Compared as lookup keys: «بوشر» and «لعصابة» are split («ب وشر») or read with the article like any name.
            ambiguous = frozenset(" ".join(name_key(_tokens(form, tokenizer))) for form in record.get("ambiguous_forms", []))
            if label == "LOC" and _PLACE_ONLY_AMBIGUITY.search(record.get("note") or "capital"):
                ambiguous = frozenset()  # a country and its capital, or two places: a LOC either way
            entity = KnownEntity(
                id=record.get("id") or "place-" + re.sub(r"\W+", "-", (record.get("name_en") or record["name_ar"]).lower()),
                label=label, name_ar=record["name_ar"], name_en=record.get("name_en"),
                acronym=(latin or acronyms or [None])[0], ambiguous_forms=ambiguous,
                type=record.get("type"), country=record.get("country"))
            for name in _names_of(record):
                key = name_key(_tokens(name, tokenizer))
                if key and record.get("type") == "sports_club" and " ".join(key) in ambiguous:
                    clubs.add(key)
                if key and " ".join(key) not in ambiguous:
                    entities[key] = entity
                elif key and label == "ORG" and " " in name.strip() and " ".join(key) not in _GENERIC_BODIES:
                    # «وزارة التخطيط والتعاون الدولي» is a ministry in Jordan, Palestine and Yemen: an ORG of unknown identity.
                    entities.setdefault(key, KnownEntity(id="", label="ORG", name_ar=name, name_en=None, acronym=None))
    titles = frozenset(normalize_for_matching(t).rstrip("/") for t in _lines(directory / "titles.txt"))
    positions = frozenset(tuple(normalize_for_matching(w) for w in _tokens(p, tokenizer))
                          for p in _lines(directory / "positions.txt"))
    heads = frozenset(normalize_for_matching(h) for h in _lines(directory / "organization_heads.txt"))
    given = frozenset(normalize_for_matching(n) for n in _lines(directory / "given_names.txt"))
    return Gazetteer(entities, titles, positions, heads, given, frozenset(clubs))
