"""Does a release speak of international migration at all? Implicit GCM objectives need it (ANNOTATION.md §5).

GCM labels apply "only when the content concerns international migration or migrants". The classifier learns
this from the corpus, where nearly every release is about development or migration; real news also carries
health campaigns, aid convoys, security memoranda and refugee relief, and there it read cooperation as GCM 23 and
aid to the vulnerable as GCM 7 or 15. A release that names no migrant, no migration, no trafficking in persons,
no smuggler, no returnee, no diaspora, no remittance, no border and no labour abroad gets no implicit GCM
objective; an explicit reference («الهدف 10 من الميثاق العالمي للهجرة») still counts.

Refugees are left out on purpose: refugee-only content is not GCM.

    >>> mentions_migration("نظمت المنظمة الدولية للهجرة رحلة عودة طوعية")
    True
    >>> mentions_migration("وقع المغرب والإمارات مذكرة تفاهم في المجال الأمني")
    False
    >>> mentions_migration("أطباء بلا حدود تعلق أنشطتها في عيادة للاجئين")
    False
"""

from __future__ import annotations

import re

from arabic_release_nlp.text.normalize import normalize_for_matching

# Substrings of the release in matching form. «هجر» and «هاجر» cover هجرة، مهاجر، المهاجرين (not the Hijri calendar, see
# HIJRI); «الحدود» is not «بلا حدود».
MIGRATION_MARKERS = tuple(normalize_for_matching(marker) for marker in (
    "هجر", "هاجر", "بالبشر", "بالأشخاص", "مهرب", "مغترب", "اغتراب", "وافد", "العائدين", "العودة الطوعية", "إعادة الإدماج",
    "جالي", "الشتات", "تحويلات", "بالخارج", "في الخارج", "إلى الخارج", "خارج البلاد", "الأجانب", "العمالة الأجنبية", "العمال الأجانب",
    "العمال المنزليين", "عمال المنازل", "العمالة المنزلية", "استقدام", "تأشير", "الحدود", "جواز", "عبور",
    "تنقل الكفاءات", "تنقل العمال", "تنقل العمالة", "تنقل اليد العاملة", "عائد من", "منزليات", "حماية الأجور",
    "الكفالة", "الاعتراف المتبادل", "معادلة الشهادات", "معادلة شهادات",
))


HIJRI = re.compile(r"\S*هجري\S*")  # «1446 هجرية», «العام الهجري»


def mentions_migration(text: str) -> bool:
    """True when the text names international migration in any of the forms of ``MIGRATION_MARKERS``.

    >>> mentions_migration("الرياض 12 رمضان 1446 هجرية - سلم المركز مساعدات غذائية")
    False
    """
    norm = HIJRI.sub(" ", normalize_for_matching(text))
    return any(marker in norm for marker in MIGRATION_MARKERS)
