"""The embedded CJK font for PDFs: WenQuanYi Micro Hei ships in resources/fonts (SPEC §5, STACK.md).

It embeds as a subset and extracts as text with pdftotext, so reports print the same everywhere.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm_desktop.resources import resources_dir

FONT_NAME = "WenQuanYiMicroHei"


@cache
def register_fonts() -> str:
    """Register the font once per process; returns its reportlab name."""
    path = resources_dir() / "fonts" / "wqy-microhei.ttc"
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    pdfmetrics.registerFontFamily(FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME, boldItalic=FONT_NAME)
    return FONT_NAME
