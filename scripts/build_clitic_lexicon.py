"""Build the proclitic lexicon the tokenizer uses, from word counts over a large raw Arabic corpus.

For every frequent word that begins with و ف ب ك ل, decide whether those letters are proclitics to split
off («والاتحاد» -> و + الاتحاد) or part of the stem («وزارة», «بلد», «لبنان», «كندا»), and write the
decisions that differ from the tokenizer's fallback rule (which splits only clitics before the article).

    python scripts/build_clitic_lexicon.py ../shared/data/raw/saudinewsnet/articles.jsonl.gz \
        --out arabic_release_nlp/text/data/clitic_lexicon.tsv
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arabic_release_nlp.text.clitics import fallback_split  # noqa: E402

_WORD = re.compile(r"[\u0621-\u064a]+")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")

# Words whose first letters look like proclitics but never are, or whose split would be wrong:
# function words, prepositions with pronoun suffixes, and frequent stems the counts cannot tell apart.
KEEP = set("""
كما كل كلا كان كانت كانوا كن كذلك كيف كي كم كلها كله كلهم كلمة كبير كبيرة كثير كثيرة
لكن لكي لم لن لا لدى لقد له لها لهم لهما لهن لك لكم لنا لي ليس ليست لو لولا لأن لان لذا لعل لجنة لبنان ليبيا
بل بعد بين بعض به بها بهم بهما بي بك بكم بنا بينما بلد بلاد بنك بيان بحث بدء بدأ بناء بكر كندا
فقط في فيه فيها فيهم فيما فوق فريق فرص فرصة فترة فئة فئات
ولي والي والد والدة والده وفد وفق وفقا وقت وطن وطني وطنية وزير وزيرة وزارة وكالة وضع ولاية
""".split())

# Proper names whose first letter the counts read as a proclitic (their remainder is a frequent word or takes
# the article: «فراس» = ف + راس?, «كسلا» = ك + سلا?); they are written to the lexicon even when rare.
NAMES = set("""
فراس لبنى لانا لمى وهبة كيم كلير كلارا ليو ليما بنما كيغالي
كسلا لحج فاس بعقوبة بابل بيجي
وليام ويلينغتون واين وينستون وتين وجدي وديمة ورسمي وضحى ونيسة وهيبة وانغاري وانجاري ويرانتو
باديس باقر بتول بسنت بشاير بكار بلخير بلعيد بوبكر بوجمعة بوعزة بيار بيرام بيومي بوبي بيلي براين برايان
بريان بروس بليز بولين بويان بوروت باولا بيليه بريا ببرك بلاول بابر بالين بوان بودي بولا بوعز بيدري
فتحية فتون فدوى فريال فيان فيبي فانسان فلورا فلورنس فلوران فلورانس فلوريان فريتز فيدل فرانكو فالنتينا فاليريا
فولكان فرشيد فروغ فوستين
كايد كسيلة كميل كنان كوسرت كوسيلة كريس كالفن كولن كولين كونور كيلي كليمان كاسبر كلاس كنوت كيكو كيارا كارينا
كالين كايا كوروش كورش كيوان كسرى كالبانا كالونزو كوامي كاليدو كاني
لبيب لجين لخضر لزهر لمار لمعي لميس لوجين لولو ليام لويد لوسي ليفي لويجي لامين
""".split())
KEEP |= NAMES

_PRONOUN_SUFFIXES = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي", "ني"}


def count_words(path: Path) -> collections.Counter:
    counts: collections.Counter = collections.Counter()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            counts.update(_WORD.findall(_MARKS.sub("", json.loads(line)["text"])))
    return counts


def decide(word: str, counts: collections.Counter, inner: bool = False) -> tuple[int, ...]:
    """The clitic lengths to split off ``word``, () to keep it whole.

    ``inner`` is set for what is left after a first و/ف, where only ب ك ل may follow.
    """
    if word in KEEP or len(word) < 3:
        return ()
    if counts["ال" + word] >= max(3, 0.02 * counts[word]):
        return ()  # the word takes the article, so its first letter belongs to a noun stem
    if word[0] not in ("بكل" if inner else "وفبكل"):
        return ()
    rest = word[1:]
    if len(rest) < 2 or rest in _PRONOUN_SUFFIXES:
        return ()
    if rest.startswith("ال") and counts[rest] >= 2:
        return (1,)
    if rest in NAMES:
        return (1,)
    if word[0] == "ل" and rest.startswith("ل") and counts["ا" + rest] >= 2:
        return (1,)  # the fused «لل»: ل + the article's lam
    # A conjunction (و ف) precedes verbs more often than not, so its remainder may be rarer than the
    # whole word; a preposition (ب ك ل) precedes nouns, which also occur with the article.
    if word[0] in "وف":
        split = counts[rest] >= 3 and counts[rest] >= 0.05 * counts[word]
    else:
        split = _preposition_splits(word, rest, counts)
    if split:
        return (1,) if inner else (1,) + decide(rest, counts, inner=True)
    return ()


def _preposition_splits(word: str, rest: str, counts: collections.Counter) -> bool:
    """Whether a leading ب ك ل is a preposition: what follows must read as a noun (it takes the article,
    or carries a pronoun suffix on a noun that does), a verb after ل («ليغلق»), or be common on its own.

    A name whose remainder is no noun stays whole: «بشار» (شار), «بوش» (وش), «بكين» (كين), «بلير» (لير).
    """
    if counts[rest] < 3 or counts[rest] + counts["ال" + rest] < 0.03 * counts[word]:
        return False
    if counts["ال" + rest] >= 3 or counts[rest] >= 0.2 * counts[word]:
        return True
    if word[0] == "ل" and rest[0] in "يتن" and len(rest) >= 3:
        return True  # ل of purpose before an imperfect verb: «ليغلق», «لتفادي»
    for suffix in ("هما", "ها", "هم", "هن", "كم", "نا", "ه"):
        stem = rest[: -len(suffix)]
        if rest.endswith(suffix) and len(stem) >= 2:
            # «بصفته» = ب + صفة + ه: a feminine noun's ة is written ت before the suffix.
            nouns = (stem, stem[:-1] + "ة") if stem.endswith("ت") else (stem,)
            return any(counts["ال" + noun] >= 3 for noun in nouns)
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="JSON Lines (gzip) with a 'text' field per line")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    counts = count_words(args.corpus)
    rows = []
    for word, frequency in counts.items():
        if (frequency < args.min_count and word not in NAMES) or word[0] not in "وفبكل" or len(word) < 3:
            continue
        decision = decide(word, counts)
        if decision != fallback_split(word) or word in NAMES:
            rows.append(f"{word}\t{','.join(map(str, decision)) or '0'}")
    rows.sort()
    header = ("# word<TAB>proclitic lengths to split off (0 = keep whole); only words where the counts "
              "overrule the fallback rule.\n# Built by scripts/build_clitic_lexicon.py from word counts of "
              f"{args.corpus.name}; see README.md beside this file.\n")
    args.out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} decisions written to {args.out}")
    # The vocabulary lets the tokenizer split a clitic off a word it has never seen («وسبها») when the
    # rest is a known word; words in the vocabulary are decided by the lexicon and the fallback rule.
    vocabulary = sorted(word for word, frequency in counts.items() if frequency >= args.min_count and len(word) >= 2)
    vocabulary_path = args.out.with_name("vocabulary.txt.gz")
    with gzip.open(vocabulary_path, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(vocabulary) + "\n")
    print(f"{len(vocabulary)} words written to {vocabulary_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
