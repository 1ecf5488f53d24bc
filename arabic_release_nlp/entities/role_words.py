"""The words the role rules read (ANNOTATION.md §3): cue phrases, verbs of organising, giving, receiving and
signing, money nouns, and the small function-word lists that bound a subject or a list. ``roles.py`` applies them.

All verb and noun lists are in matching form (``matching_forms``); cue phrases are tokenised when first used.
"""

from __future__ import annotations

from arabic_release_nlp.text.normalize import matching_forms, normalize_for_matching


FUNDER_CUES = (
    "بتمويل من", "بتمويل مشترك من", "تمويل من", "تمويلا من", "بتمويل", "بدعم مالي من", "بدعم سخي من", "بمنحة من",
    "بمنحة مقدمة من", "بمنحة قدمها", "بمنحة قدمتها", "منحة من", "منحة مقدمة من", "المنحة المقدمة من", "بمساهمة من",
    "بمساهمة مالية من", "بمساهمة", "الممول من", "الممولة من", "الممول من قبل", "الممولة من قبل", "بتبرع من",
    "تبرع من", "المقدمة من", "المقدم من", "مقدمة من", "ممول من", "ممولة من", "بقرض من", "بقرض ميسر من",
    "قرض من", "مساهمات من", "بمساهمات من", "مساهمة من", "بتمويل كامل من", "بتمويل سخي من", "بدعم فني ومنحة من", "نيابة عن",
    "ممولا من", "المنحة من", "التمويل من", "على نفقة", "ممولة بالكامل من", "ممول بالكامل من", "الممولة بالكامل من", "الممول بالكامل من", "بتكليف من",
    "بمساعدة مالية من",
    # aid in kind and who it comes from (real releases): «تحمل مساعدات طبية من دولة قطر», «معدات طبية من اليابان»,
    # «تم تسليم الأجهزة الطبية من هيئة …»
    "مساعدات من", "مساعدات طبية من", "مساعدات إنسانية من", "مساعدات غذائية من", "مساعدات إغاثية من",
    "المساعدات الطبية من", "معدات من", "معدات طبية من", "تجهيزات من", "تجهيزات طبية من", "أجهزة طبية من",
    "الأجهزة الطبية من", "إمدادات طبية من", "شحنة من", "هبة من", "بهبة من", "تبرعات من",
)
# «منحة … نيابة عن الحكومة الألمانية» names a funder only where money is spoken of before it.
ON_BEHALF = normalize_for_matching("نيابة")
# «بدعم من»: money when no other funder is named, else a partner's support (resolved per release).
SUPPORT_CUES = ("بدعم من", "بدعم", "الدعم من", "والدعم من")
PARTNER_CUES = (
    "بالتعاون مع", "بالشراكة مع", "بالتنسيق مع", "بمشاركة", "بالاشتراك مع", "في شراكة مع",
    "بدعم فني من", "بدعم تقني من", "بدعم لوجستي من", "بشراكة مع", "بتعاون مع", "بتنسيق مع",
    "بمساندة فنية من", "بمساندة تقنية من", "بدعم فني وتقني من", "شراكة مع", "الدعم الفني المقدم من",
    "الدعم التقني المقدم من", "بتنسيق وثيق مع", "بالتنسيق الوثيق مع", "بالتعاون الوثيق مع", "بتعاون وثيق مع",
    "عمل مشترك مع", "في إطار شراكة مع", "بخبرات", "بخبرة",
    # help and counsel given to the actor: «تديرها وزارة العمل بمساعدة المنظمة الدولية للهجرة», «أُعدت بالتشاور مع …»
    "بمساعدة", "بمساعدة فنية من", "بمساعدة تقنية من", "بالتشاور مع", "بعد مشاورات مع", "بالتعاون الفني مع",
    "بالتعاون التقني مع",
    # «وجمع شركاء من الاتحاد الأوروبي، والسفارة النرويجية، …» (a real release)
    "شركاء من", "الشركاء من",
)
# A verb of working together names, after «مع» at most COOPERATION_REACH tokens on, its subject's partner (not the
# nouns «تعاون», «عمل»: «اتفاقية تعاون مع …» has signatories, «ورشة عمل مع …» participants).
COOPERATION_VERBS = matching_forms(
    "تعاونت يتعاون تتعاون ستتعاون سيتعاون عملت يعمل تعمل ستعمل سيعمل نسقت ينسق تنسق اتفق اتفقت يتفق تتفق اتفقا "
    "اتفقتا")
COOPERATION_REACH = 6
BENEFICIARY_CUES = ("لصالح", "لفائدة", "المستفيدة من", "يستفيد منها", "تستفيد منها", "استفادت منها", "استفاد منها",
                    "يستفيد منه", "تستفيد منه", "استفادت منه", "استفاد منه", "إلى", "لأعضاء", "لموظفي",
                    "لضباط", "لكوادر", "لمنتسبي")
ORGANIZER_CUES = ("بتنظيم من", "بتنظيم مشترك من", "بتنظيم مشترك بين", "بتنظيم مشترك", "بتنظيم", "من تنظيم",
                  "بمبادرة من", "بمبادرة مشتركة من", "بمبادرة مشتركة بين",
                  "صادر عن", "الصادر عن", "صادرة عن", "الصادرة عن", "المشتركة بين", "المشترك بين",
                  # «بالتعاون بين X وY» names the two actors of the activity, not a partner of a third
                  "بالتعاون بين", "بالتنسيق بين", "بالشراكة بين",
                  # the host of an activity: «انطلقت بالمعهد الأعلى للقضاء دورة تكوينية»
                  "انطلقت ب", "انطلق ب")
# Cues whose organisation must follow at once: «بيان صادر عن بعثة الاتحاد الأوروبي» names the mission, not the EU.
ADJACENT_CUES = matching_forms("صادر الصادر صادرة الصادرة انطلقت انطلق")
# «واصل الصندوق توزيع …» organises; «سيواصل الاتحاد تمويل …», «أن الاتحاد سيواصل تمويل برامج …»: going on funding funds,
# and so does taking it on («أن الاتحاد الأوروبي يتولى تمويل هذه المبادرة»).
CONTINUING_VERBS = matching_forms("واصل واصلت يواصل تواصل يتولى تتولى تولى تولت")
# «أمضت سفارة سويسرا في تونس ووزارة الفلاحة … اتفاقية»: «أمضى» signs in the Maghreb (not «يمضي», «goes on»).
SIGNING_VERBS = matching_forms("وقع وقعت يوقع توقع يوقعان توقعان وقعتا وقعا أبرم أبرمت يبرم تبرم أبرما أبرمتا "
                               "أمضى أمضت أمضيا أمضتا")
ORGANIZER_VERBS = SIGNING_VERBS | matching_forms(
    "نظم نظمت ينظم تنظم تنظمان ينظمان أطلق أطلقت يطلق تطلق تطلقان يطلقان دشن دشنت يدشن تدشن عقد عقدت يعقد "
    "تعقد نفذ نفذت ينفذ تنفذ أعلن أعلنت يعلن تعلن افتتح افتتحت يفتتح تفتتح تفتتحان اختتم اختتمت يختتم تختتم "
    "استضاف استضافت يستضيف تستضيف أقام أقامت يقيم تقيم أطلقتا نظمتا "
    "سلم سلمت يسلم تسلم وزع وزعت يوزع توزع تنفذه ينفذه تنفذها ينفذها نفذه نفذها ينظمها تنظمه ينظمه تنظمها "
    "أصدر أصدرت يصدر تصدر شرع شرعت بدأ بدأت أنجز أنجزت ينجز تنجز أوفد أوفدت كشف كشفت أنشأ أنشأت "
    # the object pronoun before the subject: «دورة نظمتها المنظمة», «تقرير أصدره البنك»
    "نظمها نظمتها نظمه نظمته عقدها عقدتها تعقده يعقده تعقدها يعقدها أطلقه أطلقته أطلقها أطلقتها أصدره أصدرته "
    "أصدرها أصدرتها أعلنته أعلنتها تطلقه يطلقه تطلقها يطلقها نفذته نفذتها "
    # reporting and acting verbs with an organisation as subject
    "أفاد أفادت عرضت صادق صادقت عزز عززت احتفل احتفلت احتفى احتفت أكمل أكملت حذر حذرت اتفق اتفقت اتفقتا "
    "اتفقا باشر باشرت سجلت أنهى أنهت يتولى تتولى تولى تولت شارك شاركت "
    # adopting, reviewing, sending convoys, giving the signal to start: «اعتمدت الوزارة إجراءات …», «سيّرت المنظمة
    # قافلتين», «استعرضت الوزارة حصيلة …», «أعطت وزارة الصحة إشارة انطلاق الحملة»
    "اعتمد اعتمدت استعرض استعرضت يستعرض تستعرض سيرت سيرتها سيرها أعطى أعطت "
    # sending aid, celebrating, crowning or finishing a campaign (real releases): «أرسلت هيئة الهلال الأحمر الإماراتي
    # شحنة», «تحتفل هيئة التعاون الدولي اليابانية بمرور أربعين عاما», «توّجت الوكالة عمليتها الرمضانية بتوزيع …»,
    # «انتهى اتحاد لجان العمل الزراعي من توزيع شبكات ري»
    "أرسل أرسلت يرسل ترسل يحتفل تحتفل توج توجت انتهى انتهت "
    # the object pronoun before the subject: «الورشة التي أقامتها وزارة الداخلية»
    # (not «ورشة استضافتها الدائرة»: who hosts another's workshop is a partner)
    "أقامه أقامته أقامها أقامتها يقيمه تقيمه يقيمها تقيمها افتتحه افتتحته افتتحها افتتحتها دشنه دشنته دشنها "
    "دشنتها") | CONTINUING_VERBS
# Giving with the object pronoun first («أجهزة قدمتها الوكالة»): money, except after one of ``SERVICES``.
GIVING_WITH_OBJECT = matching_forms(
    "قدمه قدمها قدمته قدمتها يقدمه تقدمه يقدمها تقدمها يتيحها تتيحها أتاحها أتاحتها وفرها وفرتها يوفرها توفرها")
# A subject that gives money: «تبرعت الشركة», «الاتحاد الأوروبي يمول», «قدمتها الوكالة», «يقرض الصندوق».
FUNDER_VERBS = matching_forms(
    "مول مولت مولها مولته مولتها يمول تمول يمولان تمولان تبرع تبرعت يتبرع تتبرع يموله تموله يمولها تمولها يمولانه "
    "يقرض تقرض أقرض أقرضت") | GIVING_WITH_OBJECT
# Funding verbs also read as passives when no subject follows: «وتُموَّل تكاليف الطباعة … من الاتحاد الأوروبي».
PASSIVE_FUNDING = matching_forms("يمول تمول مول مولت")
# The subject receives: «تسلمت وزارة الصحة شحنة», «حصلت الجمعية على منحة», «استفادت منها دائرة الإحصاءات».
# Not «تسلم», which is also «hands over» (it receives only with «من» after its subject).
RECEIPT_VERBS = matching_forms(
    "تسلمت تسلما تسلمتا تتسلم يتسلم تتسلمان يتسلمان استلم استلمت يستلم تستلم حصل حصلت يحصل تحصل حصلتا حصلا "
    "تلقى تلقت يتلقى تتلقى تلقتا تلقيا استفاد استفادت يستفيد تستفيد")
HANDS_OVER_OR_RECEIVES = matching_forms("تسلم")
# «نجحت رابطة مستخدمي المياه … بعد تسلمها المعدات»: a noun of receiving with a pronoun refers back to the organisation
# named last before it in the sentence (at most RECEIVER_REACH tokens before), which receives.
RECEIVING_NOUNS = matching_forms("تسلمها تسلمه تسلمهما استلامها استلامه حصولها حصوله حصولهما تلقيها تلقيه")
RECEIVER_REACH = 12
RECEIVES_GIFT = "receives-gift"  # a place after a giving verb: a beneficiary, unlike other places with cues
# «تهدف الاتفاقية إلى دعم وزارة التعليم الصومالية», «جهوده لدعم جيبوتي», «يعتزم دعم مصر»: support meant for an
# organisation or a country makes it a beneficiary (not «دعم منظمة الصحة العالمية» alone, the organisation's own support,
# nor «امتنانه لدعم دولة قطر», thanks for a giver's support).
SUPPORT_NOUN = normalize_for_matching("دعم")
SUPPORT_PURPOSES = matching_forms("إلى ل مواصلة لمواصلة يعتزم تعتزم اعتزام استعداد يواصل تواصل")
GRATITUDE = matching_forms("امتنان امتنانه امتنانها امتنانهم شكر شكره شكرها تقدير تقديره تقديرها يثمن ثمن أشاد")
# «X يدعم …»: money only when the release names no funder (resolved like «بدعم من»).
SUPPORT_VERBS = matching_forms("يدعم تدعم يدعمان تدعمان يدعمه تدعمه يدعمها تدعمها")
# Verbs that give money when an amount or a grant follows: «قدمت … منحة», «يسهم … بمبلغ», «أعلن … عن مساهمة».
GIVING_VERBS = matching_forms(
    "قدم قدمت يقدم تقدم يقدمان تقدمان منح منحت يمنح تمنح خصص خصصت يخصص تخصص يخصصان تخصصان خصصا "
    "يسهم تسهم أسهم أسهمت يساهم تساهم ساهم ساهمت يشارك تشارك شارك شاركت تتكفل يتكفل تكفل تكفلت "
    "رصد رصدت يرصد ترصد تعهد تعهدت يتعهد تتعهد "
    "أعطى أعطت يقر تقر أقر أقرت أعلن أعلنت يعلن تعلن صادق صادقت يصادق تصادق وافق وافقت يوافق توافق كشف كشفت يكشف تكشف")
# Verbs that pay when a cost follows («تتحمل إيطاليا تكاليف البرنامج», «تغطي الوزارة النسبة المتبقية», «تكفّلت
# السفارة بتكاليف الإيجار»), or when money comes just before a pronoun («منحة … تتحملها حكومة اليابان»).
COST_VERBS = matching_forms("تتحمل يتحمل تحملت تغطي يغطي غطت غطى تتكفل يتكفل تكفل تكفلت")
COST_VERBS_WITH_OBJECT = matching_forms("تتحملها يتحملها تحملتها تتحمله يتحمله تحملته")
# «… الذي تسهم فيه المملكة المتحدة والسويد»: contributing to a fund, a budget or an appeal named before.
CONTRIBUTING = matching_forms("يسهم تسهم أسهم أسهمت يساهم تساهم ساهم ساهمت")
FUNDS = matching_forms("صندوق الصندوق صناديق ميزانية الميزانية نداء النداء رأسمال برأسمال")
COST_NOUNS = matching_forms("تكاليف تكلفة كلفة نفقات رسوم أتعاب أجور رواتب مصاريف تغطية النسبة الحصة")
# «أعلن البرنامج عن تقديم الحكومة الألمانية …»: nouns of giving whose agent follows them.
GIFT_NOUNS = matching_forms("تقديم تبرع منح")
# A gift followed at once by its giver (not «قرض مصر», the borrower's loan; «منح», also a verb; «مساهمة المنظمة في
# بلوغ الهدف 6», a contribution to a goal).
NAMED_GIFTS = matching_forms("منحة هبة تبرعات")
# Who announces a gift also organises what it pays for: «أعلنت المديرية … تقديم 9 ملايين يورو» (not who approves it).
ANNOUNCING_VERBS = matching_forms("أعلن أعلنت يعلن تعلن كشف كشفت يكشف تكشف أطلق أطلقت يطلق تطلق")
# «قامت حكومة اليابان بتمويل التدريب», «ستقوم الجمعية بتنظيم …»: the role is in the verbal noun after «ب».
LIGHT_VERBS = matching_forms("قام قامت يقوم تقوم يقومان تقومان")
FUNDING = normalize_for_matching("تمويل")
JOINT = normalize_for_matching("مشترك")
CLOSING_QUOTES = frozenset("”»\"")  # after a quoted name: «“الكويتي للتنمية” يقرض لبنان», «برنامج «ساعد»»
OPENING_QUOTES = frozenset("“«\"")
UNDER_IT = matching_forms("بموجبها بموجبه بمقتضاها بمقتضاه")  # «اتفاقية … يقدم الصندوق بموجبها منحة»
PLANNING = normalize_for_matching("التخطيط")
OWNED_BY = matching_forms("التابع التابعة")  # «صندوق … التابع للاتحاد الأوروبي»
OWN_EXPENSE = matching_forms("نفقته نفقتها")  # «على نفقتها الخاصة»: at its own cost (not «حسابها»: an account)
LIGHT_VERB_NOUNS = {FUNDING: "funder", normalize_for_matching("تقديم"): "giving",
                    **dict.fromkeys(matching_forms("تنظيم تنفيذ إطلاق عقد افتتاح تدشين توزيع إنشاء إقامة إرسال تسيير"),
                                    "organizer")}
# «قام صندوق قطر للتنمية، بالتعاون مع اللجنة الدائمة …، بإرسال طائرة»: a partner phrase between the light verb's
# subject and its noun is passed over, up to its closing comma.
LIGHT_VERB_ASIDES = matching_forms("التعاون التنسيق الشراكة")
SPEECH_VERBS = matching_forms("قال قالت أكد أكدت أوضح أوضحت أشار أشارت أضاف أضافت صرح صرحت")
VERBS = ORGANIZER_VERBS | FUNDER_VERBS | RECEIPT_VERBS | SUPPORT_VERBS | GIVING_VERBS | LIGHT_VERBS
FUNDING_NOUNS = matching_forms(
    "مساهمة تمويل تمويلا تمويلاً منحة منحا منحتين منحتان دعما دعماً مبلغ بمبلغ تبرعا قرضا دولار يورو دينار ريال جنيه درهم "
    "ين فرنك بتمويل بمنحة بقيمة قيمتها قيمته بمساهمة قيمة قرض قروض")
# Money spoken of before «نيابة عن» or «عبر»: a funding noun or a verb of funding.
MONEY_WORDS = FUNDING_NOUNS | FUNDER_VERBS
# «بمساهمة قدرها ثلاثة ملايين دولار من صندوق …»: an amount between the funding noun and «من».
AMOUNT_CUES = matching_forms("بمساهمة بتمويل بمنحة بقرض مساهمة تمويل منحة قرض")
# «بدعم مالي قدره 1.2 مليون يورو من الوكالة»: support is money when it says so.
FINANCIAL_SUPPORT = (normalize_for_matching("دعم"), matching_forms("مالي ماليا"))
# Support that is not money: «دعماً تقنياً», «دعم فني».
TECHNICAL = matching_forms("تقنيا تقني فنيا فني لوجستيا لوجستي استشاريا")
# «خدمات تقدمها المنظمة», «الدورات التي يقدمها المركز»: what an implementer provides is not money.
SERVICES = matching_forms(
    "خدمات الخدمات خدمة الخدمة دورات الدورات دورة الدورة تدريب التدريب برامج البرامج أنشطة الأنشطة "
    "استشارات الاستشارات رعاية الرعاية")
# «قدّم الصندوق منحة … إلى المملكة الأردنية الهاشمية», «… لوزارة الصحة».
RECIPIENT_PREPOSITIONS = matching_forms("ل إلى")
# What a funded organisation follows: «منحة … للجمعية», «مساهمة … لدعم وزارة التربية».
RECIPIENT_LINKS = matching_forms("ل لدعم دعم")
AGREEMENTS = matching_forms("اتفاقية اتفاق اتفاقا اتفاقيات اتفاقيتي اتفاقيتين اتفاقيتا مذكرة مذكرات مذكرتي مذكرتين "
                            "بروتوكول بروتوكولا")
# «اتفاقية يموّل المركز بموجبها …», «اتفاقية هبة» (a grant, in the Maghreb)
FUNDING_KINDS = matching_forms("تمويل منحة قرض يمول تمول يقرض هبة")
LOANS = matching_forms("قرض يقرض")
LENDING_VERBS = matching_forms("يقرض تقرض أقرض أقرضت")  # «البنك يقرض الوكالة المغربية 180 مليون يورو»
# Not «government»: a government signs loans as often as it gives them.
DONOR_TYPES = frozenset({"development_agency", "development_bank", "development_fund", "embassy"})
# The governments and ministries of members of the OECD's Development Assistance Committee give aid: «وقّع الاتحاد
# الأوروبي ووزارة الخارجية الدنماركية اتفاق تمويل مشترك» (not their defence ministries).
DONOR_COUNTRIES = frozenset("AT AU BE CA CH CZ DE DK ES FI FR GB GR IE IS IT JP KR LU NL NO NZ PL PT SE SI SK US".split())
DONOR_STATE_TYPES = frozenset({"ministry", "government", "country"})
DONOR_HEADS = matching_forms("صندوق الصندوق بنك البنك مصرف المصرف")
# UN funds and programmes named like donors («صندوق الأمم المتحدة للسكان») that spend others' money (not the pooled
# funds that pay agencies: CERF, the Sudan Humanitarian Fund, UNCDF).
IMPLEMENTERS = frozenset({"unicef", "undp", "unfpa", "unep", "unhabitat", "wfp", "unv", "undp_papp"})
# «وكالة الإمارات للمساعدات الدولية», «الوكالة الكورية للتعاون الدولي»: an agency for aid, cooperation or development.
AGENCY_HEADS = matching_forms("وكالة الوكالة")
AID_STEMS = ("تنميه", "تعاون", "مساعدات", "انماء", "انمائي")
CENTRAL = normalize_for_matching("المركزي")  # a central bank lends to no one
MAX_AMOUNT_TOKENS = 8
# «… قُدمت عبر سفارة هولندا», «عن طريق الصندوق الكويتي»: the words before a donor that channels money.
CHANNELS = matching_forms("عبر طريق")
MAX_CHANNEL_DISTANCE = 12
SENTENCE_ENDS = frozenset(".؛;؟?!")
LIST_LINKS = frozenset({"و", "،", ",", "وكذلك", "فضلا", "إضافة", "عبر", "خلال"})
# After «إلى» only a handover makes a beneficiary: «سلمت … إلى وزارة الصحة».
HANDOVER_VERBS = matching_forms("سلم سلمت تسلم يسلم قدم قدمت تقدم منح منحت تمنح")
# Handing over as a noun: «تم تسليم الأجهزة الطبية … إلى مستشفى فلسطين» (not «إرسال»: «إرسال 200 دولار … إلى الهند»).
HANDOVER_NOUNS = matching_forms("تسليم بتسليم لتسليم وتسليم")
# «أرسلت المملكة العربية السعودية مساعدات إلى جيبوتي»: a country that sends aid gives it; where it is sent is a
# destination, not a recipient.
SENDING_VERBS = matching_forms("أرسل أرسلت يرسل ترسل")
# What a country hands over or sends when it gives (not «وقدمت النيجر وإثيوبيا تجربتيهما», «أرسلت وفداً»).
IN_KIND_NOUNS = matching_forms(
    "مساعدات المساعدات معدات المعدات أجهزة الأجهزة تجهيزات مواد المواد أدوية شحنة شحنات قافلة قوافل سيارات مركبات "
    "مولد مولدات زورق زوارق زورقين خيام سلال طرود لقاحات مستلزمات إمدادات أغذية منحة منحا هبة")
IN_KIND_REACH = 6  # «أرسلت روسيا 17 طناً من المساعدات الغذائية»
# Verbs whose recipient may follow the subject with no preposition: «منح البنك الدولي لبنان قرضاً», «سلّمت الوكالة
# وزارة التربية مركزاً».
DOUBLE_OBJECT = matching_forms("منح منحت يمنح تمنح سلم سلمت يسلم")
# «لفائدة 40 ضابطاً من الإدارة العامة للحرس البحري»: the trainees' organisation after «من», «في», «التابعة ل».
MEMBERSHIP_LINKS = matching_forms("من في ل")
THAT = matching_forms("التي الذي اللذان اللتان")
THAT_CONJUNCTIONS = matching_forms("أن ان بأن")
SUBJECT_OPENERS = matching_forms("أن إن بأن")
# «سيوزع على كل من …», «تبرع المملكة لبرنامج …»: a preposition after a verb introduces its object, not its subject.
OBJECT_PREPOSITIONS = matching_forms("على إلى عن لدى")
SIGNED_FOR = matching_forms("عن")  # «وقّع عن الجانب القطري …»
# «من فريق مركز الملك سلمان», «من طرف السفارة»: a noun between «من» and the one who gives.
FROM_SIDE = matching_forms("فريق طرف قبل جانب")
# «التزام بلاده الكامل بدعم الأونروا», «ملتزمة بدعم …»: after a commitment, «بدعم X» names whom one supports.
COMMITMENTS = matching_forms(
    "التزام التزامها التزامه ملتزم ملتزمة ملتزمون تلتزم يلتزم التزمت التزم تعهد تعهدت يتعهد تتعهد استعداد استعدادها "
    "استعداده مواصلة تواصل يواصل مستمرة مستمر")
# «حسبما أفادت وكالة الأنباء», «وفقاً لما أفادت به …»: a reporting verb whose subject is only the source.
REPORTING_VERBS = matching_forms("أفاد أفادت")
AS_REPORTED = matching_forms("حسبما كما ما")
NEWS_WORDS = matching_forms("أنباء الأنباء لأنباء")  # «وكالة الأنباء السعودية», «الوكالة الموريتانية للأنباء» (ل + لأنباء)
MEANWHILE = matching_forms("فيما بينما")  # «… فيما تتولى الجمعية …»: a second actor takes a share of the work
PROVIDING_VERBS = matching_forms("توفر يوفر تؤمن يؤمن")  # «فيما توفر الجمعية المترجمين»
# «الحكومة الألمانية قد تبرعت»: particles between a subject and its verb.
VERB_PARTICLES = matching_forms("قد لقد")
MAX_GAP = 25
SELF_REPORT = matching_forms("أنها أنه بأنها بأنه إنها إنه")
TRAINING = matching_forms("تدريب التدريب تدريبا تدريبية التدريبية تدريبي التدريبي دورة الدورة ورشة الورشة تكوين تكوينا "
                          "تكوينية التكوين التكوينية تأهيل تأهيلا درب دربت يدرب تدرب تدربت يتدرب تتدرب")
# «يستهدف البرنامج 180 إحصائياً من الجهاز المركزي للإحصاء»: whom a programme targets, like trainees, benefit.
TARGETING = matching_forms("يستهدف تستهدف استهدف استهدفت يستهدفان تستهدفان")
# «لاثنتي عشرة مدرسة رسمية، من بينها ثانوية صيدا …», «التعاونيات المستفيدة، ومنها تعاونية باتاك …»: named members of a
# group that benefits, after a word of benefit, receipt, handing over, training or equipping in the sentence.
MEMBERS_CUES = ("من بينها", "ومن بينها", "منها", "ومنها", "من بينهم", "ومن بينهم")
BENEFIT_WORDS = matching_forms("المستفيدة المستفيدين المستفيدون تستفيد يستفيد استفادت استفاد قبول")
PARTNER_WORDS = matching_forms("شريكة الشريكة شريك الشريك شركاء الشركاء")  # «جمعيات محلية شريكة، من بينها …»
# «صحفيون من …», «موظفين من …»: a sound plural names people.
PLURAL_ENDINGS = ("ون", "ين")
# «من أعضاء النيابة العامة», «من موظفي الوزارة»: a group of an organisation's staff.
FROM_GROUP = matching_forms("أعضاء موظفي منتسبي ضباط كوادر عناصر أطر")
TRAINERS = matching_forms("خبراء خبيرا خبير مدربين مدربون مدربا مدرب ممثلين ممثلون ممثلا")
GRANTS = matching_forms("منحة منحا منح")
# Counts written as words: «تخصيص مائة منحة دراسية».
NUMBER_WORDS = matching_forms("مائة مئة مئات ألف آلاف عشرات عشر عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين")
# Equipping an organisation: «لتزويد خفر السواحل بزورقين», «زودت الوكالة المستشفى بأجهزة».
EQUIPPING_VERBS = matching_forms("زود زودت يزود تزود")
EQUIPPING = matching_forms("تزويد لتزويد بتزويد") | EQUIPPING_VERBS
# Work on a facility or support given to an organisation: «منحة … لإعادة تأهيل وتجهيز مستشفى حلبا الحكومي», «لتوسيع دار
# السكينة», «يجددان دعمهما للحظيرة الوطنية لحوض آرغين»: the organisation right after benefits, like one equipped.
REFURBISHING = matching_forms("تجهيز لتجهيز بتجهيز تأهيل لتأهيل بتأهيل توسيع لتوسيع بتوسيع ترميم لترميم بترميم "
                              "دعمه دعمها دعمهما دعمهم")
# «قدّم الصندوق الكويتي للتنمية الاقتصادية العربية منحة قدرها مليونا دولار أمريكي إلى الجمهورية …»
MAX_RECIPIENT_DISTANCE = 20
VENUES = matching_forms("مقر قاعة رحاب فندق مبنى")
# «بدعم التحالف في اليمن», «بالتعاون مع الشركاء في مصر»: a place after a word and a preposition is where, not who.
LOCATIVES = matching_forms("في داخل ب إلى على لدى")
