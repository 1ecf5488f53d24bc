"""Organisation roles (ANNOTATION.md §3) from cue phrases: organizer, partner, funder, beneficiary.

A cue («بتمويل من», «بالتعاون مع», «لصالح») gives its role to the organisation after it and to every
organisation coordinated with it («بتمويل من الاتحاد الأوروبي … ووزارة الخارجية الدنماركية»); an organiser
verb («نظمت», «أطلقت», «نظمتها») gives its role to its subject, after it (VSO) or before it (a headline's SVO).
Countries acting as donors take roles like organisations.

Money decides between organiser and funder: the subject of a verb of giving followed by an amount or a grant
(«قدمت سفارة اليابان منحة», «يسهم الاتحاد الأوروبي بمبلغ …», «أعلنت سفارة كندا عن منحة …») is a funder, and
the signatories of a funding agreement («وقّع الصندوق … ووزارة المالية اتفاقية قرض») are funders when they
are donors (development banks, funds and agencies, embassies, the EU) and otherwise
organisers, or beneficiaries of a loan. «بدعم من» is read as money only when the release names no other
funder: beside «بتمويل من» it is a partner's support.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span

from arabic_release_nlp.entities.anaphora import stand_ins
from arabic_release_nlp.entities.beneficiaries import equipped, group_role, members_of, trainees
from arabic_release_nlp.entities.cues import find_cues
from arabic_release_nlp.entities.gazetteer import Gazetteer, name_key
from arabic_release_nlp.entities.money import (
    agreement_noun, agreements_between, amounts, channel_donors, co_signatories, cost_follows, fund_owner,
    funding_agreement, gift_agents, is_donor, is_funding_agreement, joint_funding, money_follows, own_expense_payers,
    signatory_roles, supported,
)
from arabic_release_nlp.entities.role_words import (
    ADJACENT_CUES, AMOUNT_CUES, ANNOUNCING_VERBS, AS_REPORTED, CLOSING_QUOTES, COMMITMENTS, CONTINUING_VERBS,
    CONTRIBUTING, COST_NOUNS, COST_VERBS, COST_VERBS_WITH_OBJECT, DOUBLE_OBJECT, EQUIPPING, FUNDER_VERBS, FUNDING,
    FUNDING_NOUNS, FUNDS, GIFT_NOUNS, GIVING_VERBS, GIVING_WITH_OBJECT, HANDOVER_NOUNS, HANDOVER_VERBS,
    HANDS_OVER_OR_RECEIVES, IN_KIND_NOUNS, IN_KIND_REACH, LENDING_VERBS, LIGHT_VERB_ASIDES, LIGHT_VERBS,
    LIGHT_VERB_NOUNS, LOANS, LOCATIVES, MAX_AMOUNT_TOKENS, MAX_RECIPIENT_DISTANCE, MEANWHILE, MONEY_WORDS,
    NAMED_GIFTS, NEWS_WORDS, ON_BEHALF, ORGANIZER_VERBS, PASSIVE_FUNDING, PROVIDING_VERBS, RECEIPT_VERBS,
    RECEIVER_REACH, RECEIVES_GIFT, RECEIVING_NOUNS, RECIPIENT_PREPOSITIONS, REFURBISHING, REPORTING_VERBS,
    SENDING_VERBS, SENTENCE_ENDS, SERVICES, SIGNING_VERBS, SUPPORT_VERBS, TARGETING, THAT, TRAINING,
)
from arabic_release_nlp.entities.subjects import (
    coordinated, headline_actors, past_apposition, present, reported_subject, subject_before, verb_subjects,
)
from arabic_release_nlp.text.normalize import matching_forms, normalize_for_matching
from arabic_release_nlp.text.spacy_tokenizer import token_norms, token_texts


# Verbs whose subject takes a role, and those that do after «فيما/بينما»; sets united once, not per token.
_ACTING_VERBS = ORGANIZER_VERBS | SUPPORT_VERBS | FUNDER_VERBS | RECEIPT_VERBS
_SHARING_VERBS = GIVING_VERBS | PROVIDING_VERBS
_HANDING_VERBS = HANDOVER_VERBS | HANDOVER_NOUNS | GIVING_VERBS  # after which «إلى» names a beneficiary
# Handing over or sending with a country as subject (not «منح»: «الجزائر تمنح 1500 منحة دراسية», «نيبال تمنح
# العائدين شهادات»).
_IN_KIND_VERBS = (HANDOVER_VERBS - matching_forms("منح منحت تمنح")) | matching_forms("يقدم") | SENDING_VERBS
_CLAUSE_OPENERS = matching_forms("و ف كما قد لقد - ، :")
_MONEY_OR_AMOUNT = MONEY_WORDS | AMOUNT_CUES
_MONEY_OR_FUND = MONEY_WORDS | COST_NOUNS | FUNDS  # what «تسهم فيه X» contributes to: «صندوق الطوارئ الذي تسهم فيه …»


def assign_roles(doc: Doc, spans: Sequence[Span], gazetteer: Gazetteer | None = None) -> dict[int, set[str]]:
    """Roles by the token index where each entity starts.

    Args:
        gazetteer: tells donors from the other signatories of a funding agreement (optional).
    """
    roles: dict[int, set[str]] = {}

    def give(span: Span, role: str) -> None:
        roles.setdefault(span.start, set()).add(role)

    stand_in_spans, antecedents = stand_ins(doc, spans)
    readable = sorted([*spans, *stand_in_spans], key=lambda span: span.start)
    for sentence in doc.sents:
        _sentence_roles(doc, sentence, [s for s in readable if sentence.start <= s.start < sentence.end], gazetteer, give)
    for start, antecedent in antecedents.items():
        # Only money is read through a head noun («تدعم المنظمة …», «سجلت المنظمة …» add nothing), and after «من»
        # only where money is named just before («منحة مصاحبة من الوكالة», not «موظفون من الهيئة»).
        before = [token.norm_ for token in doc[max(0, start - 5):start]]
        if "funder" in roles.pop(start, set()) and (
                before[-1:] != ["من"] or any(word in FUNDING_NOUNS | AMOUNT_CUES for word in before[:-1])):
            roles.setdefault(antecedent.start, set()).add("funder")
    _resolve_support(spans, roles, gazetteer)
    # A place acts only as a donor («بمنحة مقدمة من بلجيكا») or as the country a gift or loan goes to («قدّم الصندوق
    # منحة … إلى جمهورية مصر العربية»); elsewhere it is where things happen.
    for span in spans:
        if span.label_ == "LOC" and span.start in roles:
            found = roles[span.start]
            roles[span.start] = (found & {"funder"}) | ({"beneficiary"} if RECEIVES_GIFT in found else set())
    return roles


def _resolve_support(spans: Sequence[Span], roles: dict[int, set[str]], gazetteer: Gazetteer | None) -> None:
    """«بدعم من X» is X's money unless the release names another funder or calls X a partner elsewhere;
    «X يدعم …» is money only when the release names no other funder."""
    def key(span: Span) -> tuple[str, ...] | str:
        known = gazetteer.lookup([t.text for t in span]) if gazetteer else None
        return known.id if known and known.id else name_key([t.text for t in span])

    by_organisation: dict[tuple[str, ...] | str, set[str]] = {}
    for span in spans:
        by_organisation.setdefault(key(span), set()).update(roles.get(span.start, set()))
    funders = {k for k, found in by_organisation.items() if "funder" in found}
    # «بدعم من الوكالة السويسرية» names the money when nothing else does; then «مشروع تدعمه المنظمة» is not money.
    cue_funders = set() if funders else {k for k, found in by_organisation.items()
                                         if "support-cue" in found and "partner" not in found}
    for span in spans:
        found = roles.get(span.start)
        if not found or not found & {"support-cue", "support-verb"}:
            continue
        own = by_organisation[key(span)]
        if "support-cue" in found and key(span) not in funders:
            found.add("partner" if funders or "partner" in own else "funder")
        if "support-verb" in found and not funders and not cue_funders - {key(span)} and "partner" not in own:
            found.add("funder")
        found -= {"support-cue", "support-verb"}


def _place_hands_over(norms: Sequence[str], places: Sequence[tuple[int, int]], verb: int) -> bool:
    """«إيطاليا تقدم مساعدات طبية …», «وقدمت اليابان معدات …», «أرسلت روسيا 17 طناً من المساعدات»: a country that
    hands over or sends aid gives it (the verb is then read like «سلّم»; a place keeps only its funder role, see
    :func:`assign_roles`). Not «وتقدم مصر في المؤشر» (advances: the object follows the subject, or in a headline
    the verb, at once), nor «رصد تقدم الأردن» (a noun: the verb starts its clause), nor «وقدمت النيجر تجربتها»
    (what is handed over is aid: ``IN_KIND_NOUNS``)."""
    opens_clause = verb == 0 or norms[verb - 1] in _CLAUSE_OPENERS
    for start, end in places:
        after = end if start == verb + 1 and opens_clause else verb + 1 if end == verb and start == 0 else None
        if after is not None and after < len(norms) and norms[after] not in LOCATIVES \
                and any(n in IN_KIND_NOUNS for n in norms[after:after + IN_KIND_REACH]):
            return True
    return False


def _light_verb_noun(norms: Sequence[str], after: int) -> int | None:
    """The «ب» of a light verb's noun within 5 tokens of its subject's end («قام مكتب قطر الخيرية بالصومال بافتتاح
    مدرسة»), past a partner aside up to its comma."""
    j, limit = after, min(after + 5, len(norms) - 1)
    while j < limit:
        if norms[j] == "ب" and norms[j + 1] in LIGHT_VERB_ASIDES:
            comma = next((k for k in range(j + 2, min(j + 20, len(norms) - 1)) if norms[k] == "،"), None)
            if comma is None:
                return None
            j, limit = comma + 1, min(comma + 6, len(norms) - 1)
            continue
        if norms[j] == "ب" and norms[j + 1] in LIGHT_VERB_NOUNS:
            return j
        j += 1
    return None


def _sentence_roles(doc: Doc, sentence: Span, in_sentence: list[Span], gazetteer: Gazetteer | None, give) -> None:
    """Roles from one sentence's cues, verbs, amounts and headline form, passed to ``give(span, role)``."""
    tokens = sentence  # indexed where needed: building every token of every sentence is slow
    base = sentence.start
    norms = [present(norm) for norm in token_norms(doc)[base:sentence.end]]  # the matching forms
    cues = find_cues(norms)
    verbs = {base + i for i, norm in enumerate(norms) if (norm in _ACTING_VERBS
             and (norm not in GIVING_WITH_OBJECT or not any(n in SERVICES for n in norms[max(0, i - 3):i])))
             or (norm in _SHARING_VERBS and i > 0 and norms[i - 1] in MEANWHILE)}
    places = [(s.start - base, s.end - base) for s in in_sentence if s.label_ == "LOC"]
    in_kind = {base + i for i, norm in enumerate(norms) if norm in _IN_KIND_VERBS and _place_hands_over(norms, places, i)}
    verbs |= in_kind
    # A list stops at the next cue, verb or sentence end.
    stops = {base + a for a, _, role in cues if role != "members"} | verbs | {
        base + i for i, text in enumerate(token_texts(doc)[base:sentence.end]) if text in SENTENCE_ENDS or text.isspace()}
    for cue_start, cue_end, role in cues:
        if norms[cue_start] == ON_BEHALF and not any(n in MONEY_WORDS for n in norms[:cue_start]):
            continue
        if role == "support" and any(n in COMMITMENTS for n in norms[max(0, cue_start - 3):cue_start]):
            continue
        if role == "members":
            role = group_role(norms, cue_start, cues)
            if role is None:
                continue
        if role == "beneficiary" and norms[cue_start] == "الي" and not any(
                norms[i] in _HANDING_VERBS for i in range(max(0, cue_start - 15), cue_start)):
            continue
        found = coordinated(doc, base + cue_end, sentence.end, in_sentence, stops - {base + cue_start},
                            reach=0 if norms[cue_start] in ADJACENT_CUES else 3)
        if not found and role == "beneficiary" and norms[cue_start] != "الي":
            found = members_of(doc, base + cue_end, sentence.end, in_sentence, stops)
        if not found and role in ("funder", "support"):
            # «بدعم من برنامج المنح الصغيرة التابع لمرفق البيئة العالمية»: the owner of a fund that is not an organisation
            # gives the money (a named one keeps it: «المؤسسة الدولية للتنمية التابعة لمجموعة البنك الدولي»).
            found = fund_owner(doc, base + cue_end, sentence.end, in_sentence, stops)
        # «قرض بقيمة 200 مليون يورو لفائدة المملكة المغربية»: a country a loan or grant goes to benefits.
        money_before = any(n in _MONEY_OR_AMOUNT for n in norms[max(0, cue_start - 10):cue_start])
        for span in found:
            give(span, "support-cue" if role == "support" else
                 RECEIVES_GIFT if role == "beneficiary" and span.label_ == "LOC" and money_before else role)
    amounts(doc, sentence, norms, tokens, in_sentence, stops, give)
    # «بمنحة اليابان للبنان», «تبرعات الجمعية»: a gift named by its giver in construct.
    for span in in_sentence:
        if span.start > base and norms[span.start - 1 - base] in NAMED_GIFTS:
            give(span, "funder")
    for agreement, between in agreements_between(norms):
        # «اتفاقية منحة بين البنك الإسلامي للتنمية والصندوق الاجتماعي للتنمية»: the parties named after «بين» sign it.
        parties = coordinated(doc, base + between + 1, sentence.end, in_sentence, stops, reach=0)
        if parties:
            funding = is_funding_agreement(norms, agreement)
            loan = funding and any(n in LOANS for n in norms[agreement:between])
            signatory_roles(parties, norms, agreement, loan, gazetteer, give, funding)
    for span in own_expense_payers(norms, in_sentence, base) + gift_agents(norms, in_sentence, base):
        give(span, "funder")
    for span in supported(norms, in_sentence, base):
        give(span, RECEIVES_GIFT if span.label_ == "LOC" else "beneficiary")
    for span in channel_donors(doc, sentence, norms, in_sentence, gazetteer):
        give(span, "funder")
    if any(norm in TRAINING or norm in TARGETING for norm in norms):
        for span in trainees(doc, in_sentence, sentence.end, stops, gazetteer):
            give(span, "beneficiary")
    for i, norm in enumerate(norms):
        if norm in RECEIVING_NOUNS:
            before = [s for s in in_sentence if s.label_ == "ORG" and base + i - RECEIVER_REACH <= s.end <= base + i]
            for span in before[-1:]:
                give(span, "beneficiary")
            continue
        if norm in EQUIPPING:
            firsts = equipped(doc, base + i, norm, in_sentence)
        elif norm in REFURBISHING:  # the name at once, or after «ل» («دعمهما للحظيرة»), not «توسيع عمل وحدة …»
            firsts = [s for s in in_sentence if s.label_ == "ORG" and s.start - base == i + 1 + (norms[i + 1:i + 2] == ["ل"])]
        else:
            continue
        # «لتجهيز مستشفى أسوان الجامعي ومستشفى أبو سمبل المركزي»: a list shares the benefit.
        for first in firsts[:1]:
            for span in coordinated(doc, first.start, sentence.end, in_sentence, stops, reach=0):
                if span.label_ == "ORG":
                    give(span, "beneficiary")
    # The amount is looked for after the subject when the subject follows the verb: «أعلنت المديرية العامة … تقديم 9 ملايين يورو».
    # «أعلنت مؤسسة القلب الكبير، المؤسسة الإنسانية …، عن تبرعها بمبلغ …»: an apposition between commas belongs to the subject.
    subject_ends = {span.start - base: past_apposition(norms, span.end - base) for span in in_sentence}
    givers = {base + i for i, norm in enumerate(norms)
              if (norm in GIVING_VERBS and money_follows(norms, tokens, subject_ends.get(i + 1, i + 1) - 1))
              or (norm in COST_VERBS and cost_follows(norms, subject_ends.get(i + 1, i + 1) - 1))
              or (norm in COST_VERBS_WITH_OBJECT and any(n in MONEY_WORDS for n in norms[max(0, i - 10):i]))
              or (norm in CONTRIBUTING and norms[i + 1:i + 2] in (["فيه"], ["فيها"])
                  and any(n in _MONEY_OR_FUND for n in norms[max(0, i - 10):i]))}
    for verb in (base + i for i, norm in enumerate(norms) if norm in LIGHT_VERBS):
        subjects = verb_subjects(doc, verb, sentence.end, in_sentence, stops - {verb})
        after = subjects[-1].end - base if subjects else len(norms)
        noun = _light_verb_noun(norms, after)
        role = LIGHT_VERB_NOUNS.get(norms[noun + 1]) if noun is not None else None
        if role == "giving":  # «يقوم الصندوق من خلالها بتقديم منحة»: giving money funds, giving services organises
            role = "funder" if any(n in FUNDING_NOUNS for n in norms[noun + 2:noun + 5]) else "organizer"
        for span in subjects if role else []:
            give(span, role)
    for verb in (base + i for i, norm in enumerate(norms) if norm in CONTINUING_VERBS):
        subjects = verb_subjects(doc, verb, sentence.end, in_sentence, stops - {verb})
        after = max([verb + 1] + [s.end for s in subjects if s.start > verb]) - base
        if after < len(norms) and norms[after] == FUNDING:
            for span in subjects:
                give(span, "funder")
    for verb in sorted(verbs | givers):
        norm = norms[verb - base]
        headline_subject = subject_before(doc, verb, in_sentence, sentence.start)
        # «قدمتها المنظمة»: a verb with its object pronoun takes the name right after it as its subject, not a
        # place further on («تواصل القوات تقدمها باتجاه مدينة …», where «تقدمها» is a noun).
        # «“الكويتي للتنمية” يقرض لبنان …»: a quoted name before the verb is its subject, and what follows its object.
        quoted_subject = verb > sentence.start and doc[verb - 1].text in CLOSING_QUOTES
        subjects = list(headline_subject or ([] if quoted_subject else verb_subjects(
            doc, verb, sentence.end, in_sentence, stops - {verb}, reach=0 if norm in GIVING_WITH_OBJECT else 3)))
        if not subjects and norm in PASSIVE_FUNDING and (verb == 0 or normalize_for_matching(doc[verb - 1].text) not in THAT):
            # «وتُموَّل تكاليف الطباعة والأجهزة … من الاتحاد الأوروبي»: the passive names its funder after «من».
            source = next((j for j in range(verb + 1, min(verb + 16, sentence.end)) if j in stops or norms[j - base] == "من"),
                          None)
            if source is not None and source not in stops:
                subjects = coordinated(doc, source + 1, sentence.end, in_sentence, stops) or fund_owner(
                    doc, source + 1, sentence.end, in_sentence, stops)
        if norm in REPORTING_VERBS and ((verb > base and norms[verb - base - 1] in AS_REPORTED)
                                        or any(token.norm_ in NEWS_WORDS for span in subjects for token in span)):
            continue  # «حسبما أفادت …», «وأفادت وكالة الأنباء السعودية أن …»: a source reports, it does not act
        if not subjects:
            subjects = reported_subject(doc, verb, sentence.start, in_sentence)
        agreement = funding_agreement(norms, verb - base) if norm in SIGNING_VERBS else None
        # «وقّع المكتب واليونيسف اتفاقية منحة مقدمة من حكومة اليابان»: the cue names the funder, the signatories organise.
        if agreement is not None and not any(cue_role == "funder" and a > verb - base and not joint_funding(norms, a)
                                             for a, _, cue_role in cues):
            loan = any(n in LOANS for n in norms[verb - base:verb - base + 16])
            subjects += coordinated(doc, verb + 1, sentence.end, in_sentence, stops - {verb}, reach=12) \
                if not headline_subject else []
            subjects += co_signatories(norms, verb - base, agreement, in_sentence, base)
            signatory_roles(list({s.start: s for s in subjects}.values()), norms, agreement, loan, gazetteer, give)
            continue
        signed = agreement_noun(norms, verb - base) if norm in SIGNING_VERBS else None
        if signed is not None:
            # «وقّع الصندوق اتفاقية تعاون مع البنك …», «وقّعت الهيئة مع البريد بروتوكولاً»: both signatories organise.
            for span in co_signatories(norms, verb - base, signed, [s for s in in_sentence if s.label_ == "ORG"], base):
                give(span, "organizer")
        # «وتسلّم المعهد الفندقي من الجمعية معدات»: «تسلّم» followed by its subject and «من» receives.
        # «وتسلّم المركز الصحي … أجهزة» receives too, unless a recipient follows («وتسلّم المنظمة المعدات إلى الوزارة»).
        # «مستشفى جنين، الذي تسلم ضمن المشروع جهازاً» receives too.
        after = max(subjects[-1].end, verb + 1) if subjects else verb + 1
        receives = norm in RECEIPT_VERBS or (norm in HANDS_OVER_OR_RECEIVES and subjects and (
            subjects[0].start > verb or doc[verb - 1].norm_ in THAT) and (
            any(norms[j] == "من" for j in range(after - base, min(after - base + 8, len(norms))))
            or not any(s.start >= after and s.start - verb <= MAX_RECIPIENT_DISTANCE
                       and doc[s.start - 1].norm_ in RECIPIENT_PREPOSITIONS for s in in_sentence)))
        role = "funder" if verb in givers or norm in FUNDER_VERBS else "support-verb" if norm in SUPPORT_VERBS \
            else "beneficiary" if receives else "organizer"
        if role == "funder" and norm in ANNOUNCING_VERBS and subjects and _anothers_gift(norms, subjects[-1].end - base, in_sentence, base):
            role = "organizer"
        # «… فيما تتولى المنظمة الدولية للهجرة إحالة الحالات»: who takes a share of the work beside the main actor
        # is a partner.
        if role == "organizer" and norm not in SIGNING_VERBS and (
                norms[max(0, verb - base - 1)] in MEANWHILE or norms[max(0, verb - base - 2):verb - base] == ["في", "حين"]):
            role = "partner"
        # «أجهزة قدمتها المنظمة بتمويل من الاتحاد الأوروبي»: the giver hands over another's money; «تتكفل يونيسف
        # بتغطية الرسوم، بمساهمة قدرها … من وزارة الخارجية الهولندية»: who covers a cost with another's money.
        if role == "funder" and subjects and any(cue_role == "funder" and 0 <= a - (subjects[-1].end - base) <= 1
                                                 and norms[b - 1] == "من" for a, b, cue_role in cues):
            continue
        if norm in COST_VERBS | COST_VERBS_WITH_OBJECT and verb in givers and any(
                norms[i] in AMOUNT_CUES and "من" in norms[i + 1:i + 1 + MAX_AMOUNT_TOKENS]
                for i in range(verb - base + 1, len(norms))):
            continue
        # «أعلن صندوق قطر للتنمية ومنظمة الصحة العالمية إطلاق مشروع بقيمة …»: among several, the donors pay.
        donors = [span for span in subjects if span.label_ == "LOC" or is_donor(span, gazetteer)] \
            if role == "funder" and len(subjects) > 1 else []
        for span in subjects:
            if not donors or span in donors:
                give(span, role)
            if role == "funder" and norm in ANNOUNCING_VERBS:  # «أعلنت المديرية … تقديم 9 ملايين يورو» (ANNOTATION.md §3)
                give(span, "organizer")
            # «الصندوق السعودي للتنمية يسلم معدات …», «إسبانيا تسلم خفر السواحل زورقين»: a donor hands over its gift.
            if (norm in HANDOVER_VERBS or verb in in_kind) and not receives and (span.label_ == "LOC" or is_donor(span, gazetteer)):
                give(span, "funder")
        if verb in givers or (norm in HANDOVER_VERBS and not receives):
            # The recipient: «قدمت سفارة اليابان منحة لوزارة الصحة», «الوكالة تسلّم وزارة التربية مركزاً»,
            # «سلّمت المنظمة إلى دائرة الصحة وحدة …».
            after = [s for s in in_sentence if s.start > verb and s.label_ in ("ORG", "LOC") and s not in subjects
                     and (normalize_for_matching(doc[s.start - 1].text) in RECIPIENT_PREPOSITIONS
                          or (headline_subject and s.start == verb + 1)
                          or (norm in DOUBLE_OBJECT and subjects and s.start == subjects[-1].end))
                     and s.start - verb <= MAX_RECIPIENT_DISTANCE]
            for span in after[:1]:
                if span.label_ != "LOC":
                    give(span, "beneficiary")
                elif verb not in in_kind or verb in givers:  # a country receives money, not a region its aid
                    give(span, RECEIVES_GIFT)
        elif norm in SUPPORT_VERBS | LENDING_VERBS and subjects:
            # «موئل الأمم المتحدة يدعم محلية بورتسودان بمعدات», «البنك الأوروبي يقرض الوكالة المغربية …»: the
            # organisation supported or lent to is the verb's object, right after it (or after its subject).
            adjacent = verb + 1 if headline_subject else subjects[-1].end
            for span in (s for s in in_sentence if s.start == adjacent and s not in subjects and s.label_ == "ORG"):
                give(span, "beneficiary")
    for span in headline_actors(doc, sentence, in_sentence):
        give(span, "organizer")
    # «X: …» at the start of a headline speaks for X.
    for span in in_sentence:
        if span.label_ == "ORG" and span.start - sentence.start <= 3 and span.end < sentence.end \
                and doc[span.end].text == ":" and all(t.text != ":" for t in doc[sentence.start:span.start]):
            give(span, "organizer")


def _anothers_gift(norms: Sequence[str], after: int, spans: Sequence[Span], base: int) -> bool:
    """«أعلن برنامج الأغذية العالمي عن تبرع الحكومة الألمانية بمبلغ …»: the gift announced is another's, named
    right after «عن» and the noun of giving."""
    return norms[after:after + 1] == ["عن"] and after + 1 < len(norms) and norms[after + 1] in FUNDER_VERBS | GIFT_NOUNS \
        and any(span.start - base == after + 2 for span in spans)
