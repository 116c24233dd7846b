"""The compact haystack behind search-as-you-type: name, pinyin, initials, phones, unit codes, ID tail."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

SEPARATOR = "|"  # keeps a query from matching across two fields


def pinyin_forms(name: str) -> tuple[str, str]:
    """张三 → ('zhangsan', 'zs'); Latin letters pass through lower-cased."""
    # Imported here: pypinyin's phrase dictionary takes a quarter of a second to load, and the program's
    # start (login dialog, main window) needs no pinyin until a customer is saved (BENCHMARKS.md).
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(name, style=Style.NORMAL, errors="default")
    full = "".join(syllables).lower().replace(" ", "")
    initials = "".join(s[0] for s in syllables if s and s[0].isalnum()).lower()
    return full, initials


def build_search_text(
    name: str,
    phones: Iterable[str | None],
    unit_codes: Iterable[str],
    id_number: str | None,
) -> str:
    name = unicodedata.normalize("NFKC", name)  # the query is normalised the same way
    full, initials = pinyin_forms(name)
    parts = [name.lower().replace(" ", ""), full, initials]
    parts += [re.sub(r"\D", "", p) for p in phones if p]
    parts += [code.lower() for code in unit_codes]
    if id_number:
        parts.append(id_number.lower()[-6:])
    return SEPARATOR + SEPARATOR.join(p for p in parts if p) + SEPARATOR


def normalize_query(query: str) -> str:
    """What the clerk typed, in the form stored in the haystack."""
    text = unicodedata.normalize("NFKC", query).strip().lower().replace(" ", "").replace(SEPARATOR, "")
    if text and re.fullmatch(r"[\d\-+ ]+", text):
        if text.startswith("+86"):  # a number pasted in international form; phones are stored without it
            text = text[3:]
        text = re.sub(r"\D", "", text)
    return text


def unit_code_form(query: str) -> str | None:
    """'3-2-1502' → '3栋-2单元-1502' and '3-1502' → '3栋-1502': the short way clerks write a unit, in the form
    stored in the haystack (services.structure.unit_code). None when the query is not written that way."""
    text = unicodedata.normalize("NFKC", query).strip().replace(" ", "")
    if match := re.fullmatch(r"(\d+)-(\d+)-(\d+)", text):
        building, entrance, room = match.groups()
        return f"{building}栋-{entrance}单元-{room}"
    if match := re.fullmatch(r"(\d+)-(\d+)", text):
        building, room = match.groups()
        return f"{building}栋-{room}"
    return None


def escape_like(text: str) -> str:
    """`text` for a LIKE pattern with ESCAPE '\\': the clerk's % and _ are literal characters."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
