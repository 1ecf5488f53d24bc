"""Where a sentence names money: donors, giving verbs followed by an amount or a cost, funding agreements and the
roles of those who sign them, amounts and their sources and recipients, the owner of an unnamed fund, who pays «على
نفقته», and the donors money passes through. ``roles`` decides who funds from these."""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.gazetteer import Gazetteer
from arabic_release_nlp.entities.role_words import (
    AGENCY_HEADS, AGREEMENTS, AID_STEMS, AMOUNT_CUES, CENTRAL, CHANNELS, COST_NOUNS, DONOR_COUNTRIES, DONOR_HEADS,
    DONOR_STATE_TYPES, DONOR_TYPES, FINANCIAL_SUPPORT, FUNDING, FUNDING_KINDS, FUNDING_NOUNS, GIFT_NOUNS, GRANTS,
    GRATITUDE, IMPLEMENTERS, JOINT, MAX_AMOUNT_TOKENS, MAX_CHANNEL_DISTANCE, MONEY_WORDS, NUMBER_WORDS, OWNED_BY,
    OWN_EXPENSE, PLANNING, RECEIVES_GIFT, RECIPIENT_LINKS, SUPPORT_NOUN, SUPPORT_PURPOSES, SUPPORT_VERBS, TECHNICAL,
    THAT_CONJUNCTIONS, UNDER_IT,
)
from arabic_release_nlp.entities.subjects import coordinated


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


_FUNDING_OR_GRANT = FUNDING_KINDS | GRANTS
_MONEY_NOUNS = FUNDING_NOUNS | AMOUNT_CUES
_EACH_OF = ["ل", "كل", "من"]


def funding_agreement(norms: Sequence[str], verb: int) -> int | None:
    """The token index (in the sentence) of «اتفاقية» in «وقّع … اتفاقية تمويل / قرض / منحة», else None."""
    for i in range(verb + 1, min(verb + 24, len(norms))):
        if is_funding_agreement(norms, i):
            return i
        if norms[i] in FUNDING_KINDS and i <= verb + 2:  # «يوقعان منحة بقيمة …»
            return i
    return None


def is_funding_agreement(norms: Sequence[str], i: int) -> bool:
    """Whether the agreement noun at ``i`` names money: «اتفاقية قرض», «اتفاقية لتمويل …», «اتفاقية تحصل بموجبها
    المؤسسة على منحة»; jointly funded further on («وقّع ممثلو الوزارتين والمنظمة اتفاقاً لإطلاق برنامج …، بتمويل
    مشترك قدره 14 مليون»: the signatories pay); or money given under it («وقّع الصندوق مذكرة تفاهم مع وزارة الصحة …،
    يقدم الصندوق بموجبها منحة»)."""
    if norms[i] not in AGREEMENTS:
        return False
    return any(k in FUNDING_KINDS for k in norms[i + 1:i + 7]) or any(
        joint_funding(norms, j) or (norms[j] in UNDER_IT and any(k in _FUNDING_OR_GRANT for k in norms[max(i, j - 4):j + 4]))
        for j in range(i + 1, min(i + 16, len(norms))))


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


def _outside_brackets(tokens: Sequence, start: int, count: int):
    """Up to ``count`` token indices from ``start``, passing over bracketed asides («(حوالي 2.57 مليار درهم)»)."""
    inside = False
    for j in range(start, len(tokens)):
        if tokens[j].text in "()":
            inside = tokens[j].text == "("
        elif not inside:
            if count == 0:
                return
            count -= 1
            yield j


def amounts(doc, sentence, norms, tokens, in_sentence, stops, give) -> None:
    """Funders after an amount («بمساهمة قدرها … من X») and recipients after a grant («منحة … للجمعية»)."""
    base = sentence.start
    for i, norm in enumerate(norms):
        financial = norm == FINANCIAL_SUPPORT[0] and i + 1 < len(norms) and norms[i + 1] in FINANCIAL_SUPPORT[1]
        if (norm in AMOUNT_CUES or financial) and norms[i + 1:i + 2] != ["من"]:
            # not the «من» of «لكل من», which names recipients: «منحة بقيمة ثمانية ملايين دولار لكل من جامبيا وبنين»
            source = next((j for j in _outside_brackets(tokens, i + 1, MAX_AMOUNT_TOKENS)
                           if (norms[j] == "من" and norms[j - 1] != "كل") or tokens[j].text in "،,." or base + j in stops),
                          None)
            if source is not None and norms[source] == "من":
                for span in coordinated(doc, base + source + 1, sentence.end, in_sentence, stops):
                    give(span, "funder")
        if norm in _MONEY_NOUNS:
            after = [s for s in in_sentence if 0 < s.start - base - i <= 12 and s.label_ in ("ORG", "LOC")]
            if not after:
                continue
            link = after[0].start - 1 - base
            each = norms[link - 2:link + 1] == _EACH_OF  # «منحة … لكل من جمهورية جامبيا وجمهورية بنين»
            link -= 2 if each else 0
            # A country a grant or loan goes to benefits («قرض … لتونس»), not one named after «دعم»; a list shares
            # the grant after «لكل من» or of countries, not of organisations («عبر تطبيقات للبنك الأهلي وبنك مصر»).
            if norms[link] in RECIPIENT_LINKS and (after[0].label_ == "ORG" or norms[link] == "ل") \
                    and doc[base + link - 1].norm_ not in OWNED_BY \
                    and not any(norms[j] in THAT_CONJUNCTIONS or base + j in stops for j in range(i + 1, link)):
                recipients = coordinated(doc, after[0].start, sentence.end, in_sentence, stops, reach=0)
                for span in recipients if each or after[0].label_ == "LOC" else recipients[:1]:
                    give(span, RECEIVES_GIFT if span.label_ == "LOC" else "beneficiary")


def supported(norms: Sequence[str], in_sentence: Sequence[Span], base: int) -> list[Span]:
    """Who support is meant for: the name right after «إلى دعم», «لدعم», «يعتزم دعم» …, or after «يدعم» when the
    supporter is named just before the verb («الاتحاد الأوروبي يدعم أوكرانيا بـ 3 ملايين يورو»)."""
    starts = {span.start - base: span for span in in_sentence}
    ends = {span.end - base for span in in_sentence}
    found = []
    for i, norm in enumerate(norms[:-1]):
        meant = norm == SUPPORT_NOUN and i > 0 and norms[i - 1] in SUPPORT_PURPOSES \
            and not any(n in GRATITUDE for n in norms[max(0, i - 4):i])
        if (meant or (norm in SUPPORT_VERBS and i in ends)) and i + 1 in starts:
            found.append(starts[i + 1])
    return found


_OWNER_REACH = 8  # tokens from a funding cue to the «التابع ل» of a fund it does not name


def fund_owner(doc: Doc, start: int, limit: int, spans: Sequence[Span], stops: set[int]) -> list[Span]:
    """The organisation named by «التابع/التابعة ل X» a few tokens from ``start`` (before ``limit``), with no stop,
    comma or other organisation or place between (the unnamed fund may be a MISC name)."""
    for i in range(start, min(start + _OWNER_REACH, limit - 1) + 1):
        if i in stops or i + 2 > len(doc) or doc[i].text in "،,." or any(
                s.start == i and s.label_ in ("ORG", "LOC") for s in spans):
            return []
        if doc[i].norm_ in OWNED_BY and doc[i + 1].norm_ == "ل":
            return [s for s in spans if s.start == i + 2]
    return []


def signatory_roles(signatories: Sequence[Span], norms: Sequence[str], agreement: int, loan: bool,
                    gazetteer: Gazetteer | None, give, funding: bool = True) -> None:
    """Roles of those who sign an agreement (at ``agreement`` in the sentence): all organise it; of a funding
    agreement the donors fund it, and the borrower or the recipient of a donor's grant benefits, unless it is the
    planning ministry that signs for its government («وزارة التخطيط والتعاون الدولي»). Jointly funded («بتمويل مشترك
    قدره …»), the signatories share the cost and none receives it."""
    donors = [span for span in signatories if is_donor(span, gazetteer)] if funding else []
    recipients = (loan or donors) and not any(joint_funding(norms, j) for j in range(agreement, len(norms)))
    for span in signatories:
        give(span, "organizer")
        if span in donors:
            give(span, "funder")
        elif recipients and PLANNING not in (token.norm_ for token in span):
            give(span, "beneficiary")


_BETWEEN_REACH = 6  # words from an agreement noun to its «بين»: «أربع اتفاقيات تمويل قرضين وهبتين بين …»


def agreements_between(norms: Sequence[str]) -> list[tuple[int, int]]:
    """``(agreement, between)``: an agreement noun followed within a few words by «بين» («اتفاقية قرض بين …»)."""
    found = []
    for i, norm in enumerate(norms):
        if norm in AGREEMENTS:
            between = next((j for j in range(i + 1, min(i + _BETWEEN_REACH, len(norms))) if norms[j] == "بين"), None)
            if between is not None and not any(n in "،,." for n in norms[i + 1:between]):
                found.append((i, between))
    return found


def own_expense_payers(norms: Sequence[str], spans: Sequence[Span], base: int) -> list[Span]:
    """Who works «على نفقته/نفقتها» pays: the nearest organisation before it whose head agrees with the pronoun
    («تبرعت شركة الساحل بتجهيز ملعب نادي الشباب على نفقتها» is the company, not the club)."""
    found = []
    for i in range(1, len(norms)):
        if norms[i - 1] != "علي" or norms[i] not in OWN_EXPENSE:
            continue
        feminine = norms[i].endswith("ها")
        before = [s for s in spans if s.label_ == "ORG" and s.end - base <= i - 1
                  and s[0].norm_.endswith("ه") == feminine]
        found += before[-1:]
    return found


def gift_agents(norms: Sequence[str], spans: Sequence[Span], base: int) -> list[Span]:
    """The agent of a noun of giving followed by money: «بتقديم المملكة العربية السعودية تبرعاً بمبلغ خمسة ملايين
    دولار», «تبرع المملكة بمبلغ …»."""
    found = []
    for span in spans:
        at, end = span.start - base, span.end - base
        if at > 0 and norms[at - 1] in GIFT_NOUNS and any(n in FUNDING_NOUNS for n in norms[end:end + 3]):
            found.append(span)
    return found
