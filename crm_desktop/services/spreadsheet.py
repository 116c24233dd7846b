"""Reading and writing the spreadsheets of imports and exports (SPEC §6.2, §8).

Reading: the first sheet of an .xlsx workbook, or a UTF-8 .csv file (with or without a BOM), becomes a header
row plus data rows numbered as a spreadsheet shows them (the header is row 1). Cells keep their types: text,
int, float, bool, and `datetime` for Excel date cells. Anything that is not a readable workbook or text file
raises `ImportFileError` with a message and nothing else. Formula cells (an .xlsx <f> element, .csv text
starting with '=') are noted on their row (`SheetRow.formulas`) and refused by the imports (`refuse_formulas`).

The .xlsx reader is a small streaming parser of the sheet XML rather than openpyxl: openpyxl needs about 35 s
for a 50,000-row sheet written by openpyxl itself on the project's machines (it parses the sheet twice when the
file has no <dimension>), this one about 3 s; the import budget for 50,000 rows is 15 s (SPEC §7).

Writing: .xlsx (a frozen bold header row, date cells formatted yyyy-mm-dd) or, by suffix, .csv (UTF-8 with a
BOM, which Excel needs to read Chinese). Rows are streamed, so memory stays bounded; the .xlsx writer is also a
small one of its own, 15 times faster than openpyxl's write-only workbook here (5 s instead of 32 s for 50,000
customers). Every text cell starting with = + - @ tab or CR is neutralised with a leading apostrophe, so no
exported value runs as a formula (CSV/formula injection); `unneutralise` undoes it when our export comes back.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import math
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

from crm_desktop.services.errors import ImportFileError, RowProblem
from crm_desktop.services.progress import Progress
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text

MAX_CELL_CHARS = 10_000
READ_SUFFIXES = (".xlsx", ".csv")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISER = "'"

Cell = str | int | float | bool | datetime | None

FORMULA_REASON = Text(QT_TRANSLATE_NOOP("Services", "contains a formula; paste values only"))


@dataclass(frozen=True)
class SheetRow:
    number: int  # as the spreadsheet shows it; the header is row 1
    cells: list[Cell]
    # Column index → formula, for the cells holding one: an .xlsx cell with an <f> element (its cell value is
    # the result Excel cached), or .csv text starting with '=' (Excel runs it). Imports refuse them
    # (`refuse_formulas`); our own exports never write formulas ('=…' goes out neutralised as text).
    formulas: dict[int, str] | None = field(default=None, compare=False)

    def get(self, index: int | None) -> Cell:
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]


@dataclass(frozen=True)
class Table:
    path: Path
    headers: list[str]
    header_row: int
    rows: list[SheetRow]


# --- cell helpers -----------------------------------------------------------------------------------------


def cell_text(value: Cell) -> str:
    """A cell as the text a clerk sees: 13812345678.0 → '13812345678', a date cell → '2024-03-01'."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ", "minutes")
    return str(value).strip()


_DATE_TEXT = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]0{1,2}:00(?::00(?:\.0+)?)?)?")
EXCEL_SERIAL_MAX = 73051  # 2099-12-31


NOT_A_DATE = Text(QT_TRANSLATE_NOOP("Services", "is not a date: write YYYY-MM-DD"))
NOT_A_REAL_DATE = Text(QT_TRANSLATE_NOOP("Services", "is not a real date"))


def cell_date(value: Cell) -> date:
    """A date cell, or text YYYY-MM-DD (also YYYY/M/D); anything else raises ValueError(NOT_A_DATE…)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, bool):
        raise ValueError(NOT_A_DATE)
    if isinstance(value, int | float):
        # A number in a date column of a workbook: an Excel date whose cell lost its date format.
        if 1 <= value <= EXCEL_SERIAL_MAX:
            return excel_serial_to_datetime(float(value)).date()
        raise ValueError(NOT_A_DATE)
    match = _DATE_TEXT.fullmatch(cell_text(value))
    if match is None:
        raise ValueError(NOT_A_DATE)
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise ValueError(NOT_A_REAL_DATE) from exc


def excel_serial_to_datetime(serial: float, date1904: bool = False) -> datetime:
    if date1904:
        return datetime(1904, 1, 1) + timedelta(days=serial)
    if serial < 60:  # Excel counts 1900-02-29, a day that never was
        serial += 1
    return datetime(1899, 12, 30) + timedelta(days=serial)


def is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_too_long(value: Cell) -> bool:
    return isinstance(value, str) and len(value) > MAX_CELL_CHARS


def header_key(text: str) -> str:
    """'客户类型(业主/租户/家属/单位)' and '客户类型（…）' → '客户类型'; stray spaces and BOMs are dropped."""
    text = text.replace("\ufeff", "").replace("（", "(").strip()
    return text.split("(", 1)[0].strip().replace(" ", "").replace("\u3000", "")


def match_headers(
    table: Table, expected: Sequence[str], required: Iterable[str]
) -> tuple[dict[str, int], list[RowProblem]]:
    """Column index of each expected header (by `header_key`), in any order; problems name what is missing."""
    wanted = {header_key(h): h for h in expected}
    found: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, raw in enumerate(table.headers):
        key = header_key(raw)
        if key not in wanted:
            continue
        if key in found:
            problems.append(RowProblem(table.header_row, key, raw, "this column appears twice"))
            continue
        found[key] = index
    missing = [header_key(h) for h in required if header_key(h) not in found]
    if missing:
        problems.append(
            RowProblem(
                table.header_row,
                ", ".join(missing),
                " | ".join(h for h in table.headers if h)[:200],
                "required column(s) missing: " + ", ".join(missing) + "; expected headers: " + ", ".join(expected),
            )
        )
    return found, problems


def refuse_formulas(table: Table, columns: dict[str, int], problems: list[RowProblem]) -> None:
    """Every formula cell of an imported column becomes the problem of its row and column, in place of what
    checking its value found (a formula in a date column is reported as a formula, not as a bad date)."""
    names = {index: name for name, index in columns.items()}
    found: dict[tuple[int, str], RowProblem] = {}
    for row in table.rows:
        for index, formula in (row.formulas or {}).items():
            if index in names:
                found[(row.number, names[index])] = RowProblem(row.number, names[index], formula, FORMULA_REASON)
    if found:
        problems[:] = [p for p in problems if (p.row, p.column) not in found] + list(found.values())
        problems.sort(key=lambda p: p.row)


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return NEUTRALISER + value
    return value


def unneutralise(text: str) -> str:
    """Undo `neutralise` when one of our exports comes back as an import."""
    if text.startswith(NEUTRALISER) and text[1:2] and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


# --- reading ----------------------------------------------------------------------------------------------


def read_table(path: Path | str, progress: Progress | None = None) -> Table:
    """The header and the non-blank rows of the first sheet of an .xlsx file or of a .csv file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in READ_SUFFIXES:
        hint = " (an Excel 97–2003 .xls file: save it as .xlsx first)" if suffix == ".xls" else ""
        raise ImportFileError(
            path=str(path), message=f"{path}: unsupported file type {suffix or '(none)'!r}{hint}; use .xlsx or .csv"
        )
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ImportFileError(path=str(path), message=f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if size == 0:
        raise ImportFileError(path=str(path), message=f"{path}: the file is empty")
    rows = _xlsx_rows(path, head, progress) if suffix == ".xlsx" else _csv_rows(path, head, size, progress)
    header: SheetRow | None = None
    data: list[SheetRow] = []
    try:
        for row in rows:
            if not any(v.strip() if isinstance(v, str) else v is not None for v in row.cells):
                continue
            if header is None:
                header = row
            else:
                data.append(row)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            path=str(path),
            message=f"{path}: not UTF-8 text (byte {exc.start}); in Excel save as 'CSV UTF-8', or use .xlsx",
        ) from exc
    except (
        csv.Error,
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        OSError,
        ValueError,
        KeyError,
        IndexError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        raise ImportFileError(
            path=str(path), message=f"{path}: the file is damaged or not a spreadsheet ({exc})"
        ) from exc
    if header is None:
        raise ImportFileError(path=str(path), message=f"{path}: the file has no header row (it is empty)")
    headers = [cell_text(v) if not is_too_long(v) else "" for v in header.cells]
    while headers and not headers[-1]:
        headers.pop()
    return Table(path=path, headers=headers, header_row=header.number, rows=data)


def _csv_rows(path: Path, head: bytes, size: int, progress: Progress | None) -> Iterator[SheetRow]:
    if head.startswith(b"PK\x03\x04"):
        raise ImportFileError(path=str(path), message=f"{path}: this is an Excel workbook; name it .xlsx, not .csv")
    with open(path, "rb") as handle:
        sample = handle.read(65536)
    if b"\x00" in sample:
        raise ImportFileError(path=str(path), message=f"{path}: not a text file (it contains binary data)")
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, size + 1))  # a 10 MB cell must reach validation, not crash the reader
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            for number, record in enumerate(reader, start=1):
                if progress is not None and number % 2000 == 0:
                    progress(
                        handle.buffer.tell() if hasattr(handle, "buffer") else 0,
                        size,
                        QT_TRANSLATE_NOOP("Services", "Reading file"),
                    )
                if any("\x00" in field for field in record):
                    raise ImportFileError(path=str(path), message=f"{path}: not a text file (row {number} is binary)")
                formulas = None
                if "=" in "".join(record):  # rarely true; 15 times faster than looking at every cell
                    formulas = {i: text for i, text in enumerate(record) if text.startswith("=")} or None
                yield SheetRow(number, [text or None for text in record], formulas)
    finally:
        csv.field_size_limit(limit)


# The sheet XML is matched with regular expressions on the decoded text: rows, then cells. Cells laid out the
# way Excel, WPS, LibreOffice and openpyxl write them (<c r=".." s=".." t="..">) take one fast pattern; a row
# with any other layout is parsed by the general patterns. Every prefix the writer chose for the spreadsheetml
# namespace (usually none; 'x:' from the .NET SDK) is accepted.
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_ROOT_RE = re.compile(r"<(\w+:)?worksheet\b")
_ATTR_RE = re.compile(r"""(?:^|\s)(r|t|s)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ESCAPE_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_NEEDS_UNESCAPE = ("&", "_x", "\r")
_CHUNK = 4 << 20
# Chinese-locale built-in formats 27–36 and 50–58 are dates and times that openpyxl does not know.
_BUILTIN_DATE_FORMATS = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48)) | set(range(50, 59))


@dataclass
class _SheetPatterns:
    row_start: re.Pattern[str]
    row_open: str
    row_end: str
    fast_cell: re.Pattern[str]
    cell_start: str
    any_c: str
    cell: re.Pattern[str]
    value: re.Pattern[str]
    formula: re.Pattern[str]
    text: re.Pattern[str]
    phonetic: re.Pattern[str]
    shared_item: re.Pattern[str]

    @classmethod
    def for_prefix(cls, prefix: str) -> _SheetPatterns:
        def compile_(pattern: str) -> re.Pattern[str]:
            return re.compile(pattern.replace("~", re.escape(prefix)), re.S)

        return cls(
            row_start=compile_(r"<~row(?=[\s>/])"),
            row_open=f"<{prefix}row",
            row_end=f"</{prefix}row>",
            # letters of r, the other attributes, a plain <v> or <is><t> value, or anything else inside
            # column letters, the other attributes, and a plain <v> or <is><t> value; a row with any other cell
            # (formula, rich text, attributes in another order…) does not match throughout and goes the general way
            fast_cell=compile_(
                r'<~c r="([A-Z]{1,3})\d+"([^>/]*)(?:/>|><(?:~v|~is><~t)>([^<]*)<(?:/~v|/~t></~is)></~c>)'
            ),
            cell_start=f'<{prefix}c r="',
            any_c=f"<{prefix}c",
            cell=compile_(r"<~c\b([^>]*?)(?:/>|>(.*?)</~c\s*>)"),
            value=compile_(r"<~v(?:\s[^>]*?)?(?:/>|>(.*?)</~v\s*>)"),
            formula=compile_(r"<~f(?:\s[^>]*?)?(?:/>|>(.*?)</~f\s*>)"),
            text=compile_(r"<~t(?:\s[^>]*?)?(?:/>|>(.*?)</~t\s*>)"),
            phonetic=compile_(r"<~rPh\b.*?</~rPh\s*>"),
            shared_item=compile_(r'<~si\b[^>]*?(?:/>|>(?:<~(?:t|t xml:space="preserve")>([^<]*)</~t>|(.*?))</~si\s*>)'),
        )


def _xml_text(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    if "_x" in text:
        text = _ESCAPE_RE.sub(lambda m: chr(int(m[1], 16)), text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _rich_text(raw: str, patterns: _SheetPatterns) -> str:
    """The text of a shared or inline string: plain <t>, or the runs of rich text without phonetic guides."""
    if "rPh" in raw:
        raw = patterns.phonetic.sub("", raw)
    return "".join(_xml_text(t) for t in patterns.text.findall(raw))


_COLUMN_CACHE: dict[str, int] = {}


def _column_index(reference: str) -> int:
    letters = reference.rstrip("0123456789")
    index = _COLUMN_CACHE.get(letters)
    if index is None:
        index = 0
        for ch in letters.upper():
            index = index * 26 + (ord(ch) - 64)
        index -= 1
        if not 0 <= index <= 16383:
            raise ValueError(f"cell reference {reference!r} is outside a worksheet")
        _COLUMN_CACHE[letters] = index
    return index


def _xlsx_rows(path: Path, head: bytes, progress: Progress | None) -> Iterator[SheetRow]:
    if not head.startswith(b"PK"):
        hint = ""
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            hint = " (it is an Excel 97–2003 .xls file or encrypted: save it as .xlsx without a password)"
        raise ImportFileError(path=str(path), message=f"{path}: not a readable .xlsx workbook{hint}")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError(path=str(path), message=f"{path}: not a readable .xlsx workbook ({exc})") from exc
    with archive:
        try:
            sheet_name, strings_name, styles_name, date1904 = _workbook_parts(archive)
            shared = _shared_strings(archive, strings_name) if strings_name else []
            date_styles = _date_styles(archive, styles_name) if styles_name else set()
        except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, ValueError, zlib.error) as exc:
            raise ImportFileError(
                path=str(path), message=f"{path}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})"
            ) from exc
        try:
            info = archive.getinfo(sheet_name)
        except KeyError as exc:
            raise ImportFileError(path=str(path), message=f"{path}: the workbook has no first sheet") from exc
        with archive.open(info) as stream:
            yield from _sheet_rows(stream, info.file_size, shared, date_styles, date1904, progress)


def _workbook_parts(archive: zipfile.ZipFile) -> tuple[str, str | None, str | None, bool]:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    properties = workbook.find(f"{{{_MAIN_NS}}}workbookPr")
    date1904 = properties is not None and properties.get("date1904", "0").lower() in ("1", "true")
    first = workbook.find(f"{{{_MAIN_NS}}}sheets/{{{_MAIN_NS}}}sheet")
    if first is None:
        raise KeyError("the workbook lists no sheets")
    rel_id = first.get(f"{{{_REL_NS}}}id")
    targets: dict[str, str] = {}
    by_type: dict[str, str] = {}
    relationships = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in relationships.iter(f"{{{_PKG_REL_NS}}}Relationship"):
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[rel.get("Id", "")] = target
        by_type[rel.get("Type", "").rsplit("/", 1)[-1]] = target
    names = set(archive.namelist())
    if rel_id not in targets:
        raise KeyError("the first sheet has no part")

    def present(name: str | None, default: str) -> str | None:
        for candidate in (name, default):
            if candidate and candidate in names:
                return candidate
        return None

    return (
        targets[rel_id],
        present(by_type.get("sharedStrings"), "xl/sharedStrings.xml"),
        present(by_type.get("styles"), "xl/styles.xml"),
        date1904,
    )


def _shared_strings(archive: zipfile.ZipFile, name: str) -> list[str]:
    raw = archive.read(name).decode("utf-8")
    match = re.search(r"<(\w+:)?sst\b", raw)
    prefix = (match[1] or "") if match else ""
    patterns = _SheetPatterns.for_prefix(prefix)
    strings = []
    for plain, other in patterns.shared_item.findall(raw):
        if other:
            strings.append(_rich_text(other, patterns))
        elif plain and any(mark in plain for mark in _NEEDS_UNESCAPE):
            strings.append(_xml_text(plain))
        else:
            strings.append(plain)
    return strings


# openpyxl's test for a date format (styles.numbers.is_date_format), here so that reading does not import
# openpyxl (0.4 s): ignore quoted text and [locale]/[colour] parts, then look for d, m, h, y or s.
_FORMAT_NOISE_RE = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_LETTER_RE = re.compile(r"(?<![_\\])[dmhysDMHYS]")


def is_date_format(code: str) -> bool:
    return _DATE_LETTER_RE.search(_FORMAT_NOISE_RE.sub("", code.split(";")[0])) is not None


def _date_styles(archive: zipfile.ZipFile, name: str) -> set[str]:
    """Indexes (as they appear in s="…") of the cell formats that show a date or time."""
    root = ElementTree.fromstring(archive.read(name))
    custom = {int(fmt.get("numFmtId", "-1")): fmt.get("formatCode", "") for fmt in root.iter(f"{{{_MAIN_NS}}}numFmt")}
    dates: set[str] = set()
    cell_xfs = root.find(f"{{{_MAIN_NS}}}cellXfs")
    if cell_xfs is None:
        return dates
    for index, xf in enumerate(cell_xfs.findall(f"{{{_MAIN_NS}}}xf")):
        fmt_id = int(xf.get("numFmtId", "0") or 0)
        if (fmt_id in custom and is_date_format(custom[fmt_id])) or (
            fmt_id not in custom and fmt_id in _BUILTIN_DATE_FORMATS
        ):
            dates.add(str(index))
    return dates


@dataclass
class _SheetContext:
    patterns: _SheetPatterns
    shared: list[str]
    date_styles: set[str]
    date1904: bool
    attribute_cache: dict[str, tuple[str, str]] = field(default_factory=dict)
    row_formulas: dict[int, str] | None = None  # of the row being read (formula cells take the general path)


def _sheet_rows(
    stream: io.BufferedIOBase,
    size: int,
    shared: list[str],
    date_styles: set[str],
    date1904: bool,
    progress: Progress | None,
) -> Iterator[SheetRow]:
    """Rows in file order. The text is cut at each </row> (str.split runs at C speed); each piece ends with
    one row's opening tag and body, possibly after empty self-closing rows, which are skipped anyway."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    context: _SheetContext | None = None
    buffer = ""
    last_number = 0
    reported = 0
    while True:
        chunk = stream.read(_CHUNK)
        buffer += decoder.decode(chunk, final=not chunk)
        if context is None:
            match = _ROOT_RE.search(buffer)
            if match is None:
                if not chunk or len(buffer) > _CHUNK * 4:
                    raise ValueError("the first sheet is not a worksheet")
                continue
            context = _SheetContext(_SheetPatterns.for_prefix(match[1] or ""), shared, date_styles, date1904)
        patterns = context.patterns
        pieces = buffer.split(patterns.row_end)
        buffer = pieces.pop()
        for piece in pieces:
            start = piece.rfind(patterns.row_open)  # the last one is this row's
            if start < 0 or piece[start + len(patterns.row_open)] not in " \t\r\n>/":
                opening = None
                for opening in patterns.row_start.finditer(piece):  # noqa: B007 - the last one is this row's
                    pass
                if opening is None:
                    raise ValueError("a row ends that never started")
                start = opening.start()
            attrs_start = start + len(patterns.row_open)
            attrs_end = piece.index(">", attrs_start)
            attrs = piece[attrs_start:attrs_end]
            number = last_number + 1
            if "r" in attrs:
                for attr in _ATTR_RE.finditer(attrs):
                    if attr[1] == "r":
                        number = int(attr[2] or attr[3])
            last_number = number
            body = piece[attrs_end + 1 :]
            if body:
                context.row_formulas = None
                cells = _cells(body, context)
                yield SheetRow(number, cells, context.row_formulas)
        if progress is not None and stream.tell() - reported > (1 << 20):
            reported = stream.tell()
            progress(min(reported, size), size, QT_TRANSLATE_NOOP("Services", "Reading file"))
        if not chunk:
            return


def _cells(body: str, context: _SheetContext) -> list[Cell]:
    patterns = context.patterns
    found = patterns.fast_cell.findall(body)
    starts = body.count(patterns.cell_start)
    if len(found) != starts or body.count(patterns.any_c) != starts:
        return _cells_general(body, context)
    escaped = "&" in body or "_x" in body or "\r" in body
    cells: list[Cell] = []
    shared, date_styles, kinds = context.shared, context.date_styles, context.attribute_cache
    for letters, attrs, value in found:
        kind_style = kinds.get(attrs)
        if kind_style is None:
            kind_style = kinds[attrs] = _kind_and_style(attrs)
        kind, style = kind_style
        if kind == "s":
            cell: Cell = shared[int(value)] if value else None
        elif kind == "inlineStr":
            cell = (_xml_text(value) if escaped else value) or None
        elif not value:
            cell = None
        elif kind == "n":
            cell = int(value) if value.isdigit() else float(value)
            if style in date_styles:
                cell = excel_serial_to_datetime(float(cell), context.date1904)
        else:
            cell = _typed_value(value, kind, style, context)
        index = _COLUMN_CACHE.get(letters)
        if index is None:
            index = _column_index(letters)
        if index == len(cells):
            cells.append(cell)
        elif index > len(cells):
            cells.extend([None] * (index - len(cells)))
            cells.append(cell)
        else:
            cells[index] = cell
    return cells


def _kind_and_style(attrs: str) -> tuple[str, str]:
    kind, style = "n", ""
    for attr in _ATTR_RE.finditer(attrs):
        value = attr[2] if attr[2] is not None else attr[3]
        if attr[1] == "t":
            kind = value
        elif attr[1] == "s":
            style = value
    return kind, style


def _cells_general(body: str, context: _SheetContext) -> list[Cell]:
    cells: list[Cell] = []
    for attrs, inner in context.patterns.cell.findall(body):
        reference, kind, style = "", "n", ""
        for attr in _ATTR_RE.finditer(attrs):
            value = attr[2] if attr[2] is not None else attr[3]
            if attr[1] == "r":
                reference = value
            elif attr[1] == "t":
                kind = value
            else:
                style = value
        index = _column_index(reference) if reference else len(cells)
        cell = _cell_value(inner, kind, style, context)
        formula = context.patterns.formula.search(inner) if "f" in inner else None
        if formula is not None:
            # A cell sharing another's formula has no text of its own: show the result it had.
            text = "=" + (_xml_text(formula[1]) if formula[1] else cell_text(cell))
            if context.row_formulas is None:
                context.row_formulas = {}
            context.row_formulas[index] = text
        if index >= len(cells):
            cells.extend([None] * (index - len(cells)))
            cells.append(cell)
        else:
            cells[index] = cell
    return cells


def _cell_value(inner: str, kind: str, style: str, context: _SheetContext) -> Cell:
    if not inner:
        return None
    patterns = context.patterns
    if kind == "inlineStr":
        return _rich_text(inner, patterns) or None
    match = patterns.value.search(inner)
    raw = match[1] if match is not None else None
    if not raw:
        formula = patterns.formula.search(inner) if kind != "str" else None
        if formula is not None and formula[1]:
            # No cached result (written by a program, never opened in Excel): keep the formula as text.
            return "=" + _xml_text(formula[1])
        return None
    return _typed_value(raw, kind, style, context)


def _typed_value(raw: str, kind: str, style: str, context: _SheetContext) -> Cell:
    if kind == "s":
        return context.shared[int(raw)]
    if kind in ("str", "e"):
        return _xml_text(raw)
    if kind == "b":
        return raw.strip() in ("1", "true")
    if kind == "d":
        return datetime.fromisoformat(raw.strip().rstrip("Z"))
    text = raw.strip()
    if not text:
        return None
    number: int | float = int(text) if text.lstrip("-").isdigit() else float(text)
    if style in context.date_styles:
        return excel_serial_to_datetime(float(number), context.date1904)
    return number


# --- writing ----------------------------------------------------------------------------------------------

# Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF): dropped from exports.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _export_value(value: object) -> object:
    if isinstance(value, str):
        if _ILLEGAL_XML.search(value):
            value = _ILLEGAL_XML.sub("", value)
        return neutralise(value)
    if isinstance(value, datetime | date | int | float | Decimal) or value is None:
        return value
    return neutralise(str(value))


def write_table(
    path: Path | str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    sheet_title: str = "Sheet1",
    column_widths: Sequence[int] | None = None,
    progress: Progress | None = None,
    total: int = 0,
) -> int:
    """Stream rows into an .xlsx (or, by suffix, a .csv) file; returns how many data rows were written.

    The file is written beside the target and renamed at the end, so a failed export leaves no half file.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".partial")

    def written(rows: Iterable[Sequence[object]]) -> Iterator[list[object]]:
        for count, row in enumerate(rows, start=1):
            yield [_export_value(v) for v in row]
            if progress is not None and count % 2000 == 0:
                progress(count, total, QT_TRANSLATE_NOOP("Services", "Writing file"))

    try:
        if path.suffix.lower() == ".csv":
            count = _write_csv(partial, headers, written(rows))
        else:
            count = _write_xlsx(partial, headers, written(rows), sheet_title, column_widths)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[list[object]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([_export_value(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
            count += 1
    return count


# A workbook is written here rather than by openpyxl: openpyxl (without lxml) needs 32 s for 50,000 rows of 19
# columns on the project's machines, this writer 2 s. The package parts are the minimal set openpyxl writes
# (and Excel, WPS and LibreOffice open); the sheet is streamed into the zip, so memory stays bounded.
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CONTENT_TYPES = (
    _XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_RELS}">'
    f'<Relationship Id="rId1" Type="{_DOC_RELS}/officeDocument" Target="xl/workbook.xml"/>'
    f'<Relationship Id="rId2" Type="{_RELS}/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_DOC_RELS}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    _XML_HEAD + f'<Relationships xmlns="{_RELS}">'
    f'<Relationship Id="rId1" Type="{_DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_DOC_RELS}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
_APP = (
    _XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Property CRM Desktop</Application></Properties>"
)
# Cell formats: 0 general, 1 date, 2 date and time, 3 the bold header.
_STYLE_DATE, _STYLE_DATETIME, _STYLE_HEADER = 1, 2, 3
_STYLES = (
    _XML_HEAD + f'<styleSheet xmlns="{_MAIN}">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    "</fills>"
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_EPOCH = datetime(1899, 12, 30)


def _xml_escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "_x" in text:  # Excel would read _x0041_ as "A": escape the underscore as it does
        text = _ESCAPE_LIKE.sub(r"_x005F_\1", text)
    return text


EXCEL_CELL_LIMIT = 32_767  # characters in one cell (Excel's specification limit)
CLIPPED_MARK = "…（超出 Excel 单元格上限，已截断）"


def _column_letters(count: int) -> list[str]:
    letters = []
    for index in range(count):
        name, n = "", index + 1
        while n:
            n, rest = divmod(n - 1, 26)
            name = chr(65 + rest) + name
        letters.append(name)
    return letters


def _cell_xml(reference: str, value: object, style: int = 0) -> str:
    """One <c> element; "" for an empty cell. Text comes here already neutralised and cleaned."""
    if value is None or value == "":
        return ""
    styled = f' s="{style}"' if style else ""
    if isinstance(value, str):
        if len(value) > EXCEL_CELL_LIMIT:  # Excel calls a file with a longer cell damaged and cuts it anyway
            value = value[: EXCEL_CELL_LIMIT - len(CLIPPED_MARK)] + CLIPPED_MARK
        space = ' xml:space="preserve"' if value[0].isspace() or value[-1].isspace() or "\n" in value else ""
        return f'<c r="{reference}"{styled} t="inlineStr"><is><t{space}>{_xml_escape(value)}</t></is></c>'
    if isinstance(value, bool):
        return f'<c r="{reference}"{styled} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, datetime):
        serial = (value - _EPOCH).total_seconds() / 86400
        if value.time() == time(0):
            return _cell_xml(reference, value.date())
        return f'<c r="{reference}" s="{_STYLE_DATETIME}"><v>{serial - (serial < 61)!r}</v></c>'
    if isinstance(value, date):
        days = (value - _EPOCH.date()).days
        return f'<c r="{reference}" s="{_STYLE_DATE}"><v>{days - (days < 61)}</v></c>'  # Excel's 1900-02-29
    if isinstance(value, float) and not math.isfinite(value):
        return _cell_xml(reference, repr(value), style)  # Excel has no NaN or infinity: say it in words
    return f'<c r="{reference}"{styled}><v>{value}</v></c>'


def _write_xlsx(
    path: Path,
    headers: Sequence[str],
    rows: Iterable[list[object]],
    sheet_title: str,
    column_widths: Sequence[int] | None,
) -> int:
    title = _SHEET_NAME_BAD.sub("_", sheet_title)[:31].strip("'") or "Sheet1"
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    core = (
        _XML_HEAD
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Property CRM Desktop</dc:creator>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified></cp:coreProperties>'
    )
    workbook = (
        _XML_HEAD + f'<workbook xmlns="{_MAIN}" xmlns:r="{_DOC_RELS}"><bookViews><workbookView/></bookViews>'
        f'<sheets><sheet name="{_xml_escape(title).replace(chr(34), "&quot;")}" sheetId="1" r:id="rId1"/></sheets>'
        "</workbook>"
    )
    widths = "".join(
        f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(column_widths or [], 1)
    )
    head = (
        _XML_HEAD + f'<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{widths}</cols>" if widths else "") + "<sheetData>"
    )
    letters = _column_letters(max(len(headers), 26))
    count = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, text in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _ROOT_RELS),
            ("docProps/app.xml", _APP),
            ("docProps/core.xml", core),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
            ("xl/styles.xml", _STYLES),
        ):
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            header = "".join(
                _cell_xml(f"{letters[i]}1", _export_value(h), _STYLE_HEADER) for i, h in enumerate(headers)
            )
            buffer = [head, f'<row r="1">{header}</row>']
            for number, row in enumerate(rows, start=2):
                if len(row) > len(letters):
                    letters = _column_letters(len(row))
                cells = "".join(_cell_xml(f"{letters[i]}{number}", v) for i, v in enumerate(row) if v is not None)
                buffer.append(f'<row r="{number}">{cells}</row>')
                count += 1
                if len(buffer) >= 500:
                    sheet.write("".join(buffer).encode("utf-8"))
                    buffer.clear()
            buffer.append("</sheetData></worksheet>")
            sheet.write("".join(buffer).encode("utf-8"))
    return count


def _csv_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(" ", "minutes") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value
