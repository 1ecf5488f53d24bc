"""Which leading letters of an Arabic word are proclitics (و ف ب ك ل, the fused لل) to split off.

A lexicon built from word counts over real news text (``data/clitic_lexicon.tsv``) decides frequent
words; other words fall back to a safe rule: only a clitic chain directly before the definite article
is split («والاتحاد» -> و + الاتحاد, «للمنظمة» -> ل + لمنظمة), never a stem letter («وزارة», «لبنان»).
The lexicon keeps names whose remainder is no word whole («بشار», not ب + شار); a word the news text never
showed loses a leading و when it has five letters or more («وقسطل» -> و + قسطل).
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

_FALLBACK_PREFIXES = {
    # prefix before the article -> clitic lengths
    "وال": (1,), "فال": (1,), "بال": (1,), "كال": (1,),
    "وبال": (1, 1), "وكال": (1, 1), "فبال": (1, 1), "فكال": (1, 1),
    # the fused form: ل + ال -> «لل»; the span after the first ل keeps the article's lam
    "لل": (1,), "ولل": (1, 1), "فلل": (1, 1),
}


def fallback_split(word: str) -> tuple[int, ...]:
    """The clitic lengths to split off a word the lexicon does not know.

    Only safe cases: clitics before the article («والتدريب»), و before the future prefix of a verb
    («وستنظم»), and the first of two و («ووسم»).
    """
    for length in (4, 3, 2):
        prefix = word[:length]
        lengths = _FALLBACK_PREFIXES.get(prefix)
        # Require at least three letters of stem after the article: «والي», «بالغ» stay whole.
        if lengths and len(word) - sum(lengths) >= (4 if prefix.endswith("لل") else 5):
            return lengths
    if len(word) >= 6 and word[:2] == "وس" and word[2] in "تينأ":
        return (1,)
    if len(word) >= 4 and word[:2] == "وو":
        return (1,)
    if len(word) >= 5 and word[0] == "ب" and word[1] in "أإآ":
        return (1,)  # ب before a hamzated noun: «بإجلاء», «بأهمية»
    if len(word) >= 6 and word[0] in "وف" and word[1] == "ب" and word[2] in "أإآ":
        return (1, 1)
    return ()


@cache
def clitic_lexicon() -> dict[str, tuple[int, ...]]:
    """The lexicon's decisions, read once from the package data."""
    decisions: dict[str, tuple[int, ...]] = {}
    text = resources.files("arabic_release_nlp.text").joinpath("data/clitic_lexicon.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, lengths = line.split("\t")
            decisions[word] = tuple(int(n) for n in lengths.split(",") if n != "0")
    return decisions


@cache
def vocabulary() -> frozenset[str]:
    """Words seen at least three times in the news text the lexicon was built from."""
    data = resources.files("arabic_release_nlp.text").joinpath("data/vocabulary.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def split_clitics(word: str) -> tuple[int, ...]:
    """Lengths of the proclitics at the start of ``word`` (letters only, no marks), () if none.

    >>> split_clitics("والاتحاد"), split_clitics("وزارة"), split_clitics("وبالتعاون")
    ((1,), (), (1, 1))
    """
    lexicon = clitic_lexicon()
    decision = lexicon.get(word)
    if decision is not None:
        return decision
    fallback = fallback_split(word)
    if fallback or len(word) < 4 or word[0] not in "وفبكل" or word in vocabulary():
        return fallback
    # A word never seen in the news text, whose rest is a known word: «وسبها» = و + سبها, «وبمنحة» = و + بمنحة.
    # An unseen word of five letters or more after و is far more often و + a rare name or form than a stem
    # that starts with و: «وقسطل», «وتركمنستان», «ويصطادون» (checked on the words of ANERcorp's train split).
    rest = word[1:]
    if rest in vocabulary() or (word[0] == "و" and len(word) >= 5):
        inner = lexicon.get(rest, fallback_split(rest)) if word[0] in "وف" and rest[0] in "بكل" else ()
        return (1,) + inner[:1]
    return ()
