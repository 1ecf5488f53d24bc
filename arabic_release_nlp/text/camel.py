"""The one place that imports camel-tools.

camel-tools' package declares torch and transformers as dependencies; we install it without them
(see README) and use only its dependency-free character utilities, imported here and nowhere else.
"""

from __future__ import annotations

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

__all__ = ["dediac_ar", "normalize_alef_ar", "normalize_alef_maksura_ar", "normalize_teh_marbuta_ar"]
