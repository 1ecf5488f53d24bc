"""Where a sentence names money: donors, giving verbs followed by an amount or a cost, funding agreements, and
the donors money passes through. ``roles`` decides who funds from these."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.entities.role_words import (
    AGENCY_HEADS, AGREEMENTS, AID_STEMS, CENTRAL, CHANNELS, COST_NOUNS, DONOR_COUNTRIES, DONOR_HEADS, DONOR_STATE_TYPES,
    DONOR_TYPES, FUNDING, FUNDING_KINDS, FUNDING_NOUNS, GRANTS, IMPLEMENTERS, JOINT, MAX_CHANNEL_DISTANCE, MONEY_WORDS, NUMBER_WORDS,
    TECHNICAL, THAT_CONJUNCTIONS, UNDER_IT,
)


def is_donor(span: Span, gazetteer: Gazetteer | None) -> bool:
    """A development bank, fund or agency, an embassy, a donor government or the EU (by gazetteer or name: a fund,
    a bank, an agency for aid, cooperation or development)."""
    known = gazetteer.lookup([token.text for token in span]) if gazetteer else None
    if known is not None and known.label == "ORG" and (known.type in DONOR_TYPES or known.id == "eu"):
        return True
    if known is not None and known.type in DONOR_STATE_TYPES and known.country in DONOR_COUNTRIES \
            and not known.id.endswith(("_mod", "_dod")):
        return True
    if known is not None and known.id in IMPLEMENTERS:  # «صندوق الأمم المتحدة للسكان» implements, it does not donate
        return False
    words = [token.norm_ for token in span]
    if span.label_ == "ORG" and words[0] in AGENCY_HEADS:
        return any(stem in word for word in words[1:] for stem in AID_STEMS)
    return span.label_ == "ORG" and words[0] in DONOR_HEADS and CENTRAL not in words


def money_follows(norms: Sequence[str], tokens: Sequence, after: int) -> bool:
    """An amount or a grant after a giving verb (at ``after``, or the last word of the subject that follows it),
    before any «أن» clause. Grants to a number of people («تقدم منحاً لـ500 عائد») are an implementer's
    assistance, not a donor's money."""
    for index in range(after + 1, min(after + 12, len(norms))):
        if norms[index] in THAT_CONJUNCTIONS:
            return False
        if norms[index] in FUNDING_NOUNS:
            if norms[index + 1:index + 2] and norms[index + 1] in TECHNICAL:  # «قدّمت إينابل دعماً تقنياً»
                return False
            if norms[index + 1:index + 2] == ["من"]:  # «أعلنت المنظمة عن وصول شحنة … بتمويل من التحالف»: another's money
                return False
            if (tokens[index - 1].like_num or norms[index - 1] in NUMBER_WORDS) and norms[index] in GRANTS:
                # «تعلن 200 منحة», «تخصيص مائة منحة»: scholarships
                return False
            return not any(tokens[j].like_num for j in range(index + 1, min(index + 5, len(tokens)))
                           if norms[j - 1] in ("ل", "لـ", "ـ"))
    return False


def cost_follows(norms: Sequence[str], after: int) -> bool:
    """A cost after a paying verb (at ``after``, or the last word of the subject that follows it), within a few
    words and before any «أن» clause: «تتحمل وزارة الخارجية … تكلفة المرحلة الأولى», «تكفّلت السفارة بتكاليف …»."""
    for index in range(after + 1, min(after + 12, len(norms))):
        if norms[index] in THAT_CONJUNCTIONS:
            return False
        if norms[index] in COST_NOUNS:
            return True
    return False


def funding_agreement(norms: Sequence[str], verb: int) -> int | None:
    """The token index (in the sentence) of «اتفاقية» in «وقّع … اتفاقية تمويل / قرض / منحة», else None."""
    for i in range(verb + 1, min(verb + 24, len(norms))):
        # «اتفاقية قرض», «اتفاقية لتمويل …», «اتفاقية تحصل بموجبها المؤسسة على منحة»
        if norms[i] in AGREEMENTS and any(k in FUNDING_KINDS for k in norms[i + 1:i + 7]):
            return i
        if norms[i] in FUNDING_KINDS and i <= verb + 2:  # «يوقعان منحة بقيمة …»
            return i
        # «وقّع ممثلو الوزارتين والمنظمة اتفاقاً لإطلاق برنامج …، بتمويل مشترك قدره 14 مليون»: the signatories pay;
        # «وقّع الصندوق مذكرة تفاهم مع وزارة الصحة …، يقدم الصندوق بموجبها منحة»: money under the agreement.
        if norms[i] in AGREEMENTS and any(joint_funding(norms, j) or (norms[j] in UNDER_IT and any(
                k in FUNDING_KINDS | GRANTS for k in norms[max(i, j - 4):j + 4])) for j in range(i + 1, min(i + 16, len(norms)))):
            return i
    return None


def joint_funding(norms: Sequence[str], at: int) -> bool:
    """«بتمويل مشترك» at ``at`` with no «من» naming whose: the money of those who sign or act."""
    return norms[at:at + 3] == ["ب", FUNDING, JOINT] and norms[at + 3:at + 4] != ["من"]


def agreement_noun(norms: Sequence[str], verb: int) -> int | None:
    """The token index (in the sentence) of the agreement a signing verb at ``verb`` signs, if any."""
    return next((i for i in range(verb + 1, min(verb + 10, len(norms))) if norms[i] in AGREEMENTS), None)


def co_signatories(norms: Sequence[str], verb: int, agreement: int, spans: Sequence[Span], base: int) -> list[Span]:
    """Those a signing verb (at ``verb`` in the sentence, ``base`` its first token in the doc) signs ``agreement``
    with: «مع X» before it («وقّعت الهيئة مع البريد المصري بروتوكولاً») or just after it («اتفاقية تعاون مع البنك …»)."""
    return [s for s in spans if verb < s.start - base <= agreement + 4 and norms[s.start - base - 1] == "مع"]


def channel_donors(doc: Doc, sentence: Span, norms: Sequence[str], spans: Sequence[Span],
                   gazetteer: Gazetteer | None) -> list[Span]:
    """Donors through which money passes, who fund too: «منحة … قُدمت عبر سفارة مملكة هولندا», «مساهمة من ألمانيا
    مقدمة عن طريق الوزارة الاتحادية …» (not a project carried out through an agency that gives no money)."""
    found = []
    for i, norm in enumerate(norms):
        if norm not in CHANNELS or (norm == "طريق" and norms[i - 1:i] != ["عن"]):
            continue
        after = [s for s in spans if s.start == sentence.start + i + 1 and s.label_ == "ORG"]
        if after and is_donor(after[0], gazetteer) and any(
                n in MONEY_WORDS for n in norms[max(0, i - MAX_CHANNEL_DISTANCE):i]):
            found.append(after[0])
    return found
