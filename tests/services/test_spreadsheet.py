"""Reading and writing spreadsheets (SPEC §6.2, §8): the first sheet of .xlsx, UTF-8 .csv, formula neutralising."""

from __future__ import annotations

import csv
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles.numbers import BUILTIN_FORMATS
from openpyxl.styles.numbers import is_date_format as openpyxl_is_date_format

from crm_desktop.services.errors import ImportFileError, OperationCancelled
from crm_desktop.services.progress import Progress
from crm_desktop.services.spreadsheet import (
    CLIPPED_MARK,
    Table,
    cell_date,
    cell_text,
    header_key,
    is_date_format,
    match_headers,
    neutralise,
    read_table,
    unneutralise,
    write_table,
)

# --- a hand-made workbook: what Excel, WPS and the .NET SDK write, which openpyxl never does -----------------

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:workbookPr {date1904}/>
<x:sheets><x:sheet name="客户" sheetId="7" r:id="rIdB"/><x:sheet name="其他" sheetId="1" r:id="rIdA"/></x:sheets>
</x:workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="worksheets/other.xml"/>
<Relationship Id="rIdB" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="/xl/worksheets/first.xml"/>
<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
 Target="strings.xml"/>
<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
 Target="styles.xml"/>
</Relationships>"""
SHARED_STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">
<x:si><x:t>姓名</x:t></x:si>
<x:si><x:t>入住日期</x:t></x:si>
<x:si><x:r><x:rPr><x:b/></x:rPr><x:t>张</x:t></x:r><x:r><x:t xml:space="preserve">三 </x:t></x:r>
<x:rPh sb="0" eb="1"><x:t>ちょう</x:t></x:rPh></x:si>
<x:si><x:t>a &amp; b &lt;c&gt; _x000D_line</x:t></x:si>
<x:si><x:t/></x:si>
<x:si><x:t>备注</x:t></x:si>
</x:sst>"""
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:numFmts count="2"><x:numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
<x:numFmt numFmtId="177" formatCode="0.00_ "/></x:numFmts>
<x:cellXfs count="5"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="176"/><x:xf numFmtId="177"/>
<x:xf numFmtId="31"/></x:cellXfs>
</x:styleSheet>"""
FIRST_SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:sheetData>
<x:row r="1" spans="1:4"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c>
<x:c r="D1" t="s"><x:v>5</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2" s="1"><x:v>43831</x:v></x:c>
<x:c r="C2" s="3"><x:v>89.5</x:v></x:c><x:c r="D2" t="s"><x:v>3</x:v></x:c></x:row>
<x:row r="3" hidden="1"/>
<x:row r="5"><x:c r="B5" s="2"><x:v>44000.5</x:v></x:c><x:c t="s" r="A5"><x:v>4</x:v></x:c>
<x:c r="D5" t="inlineStr"><x:is><x:r><x:t>富</x:t></x:r><x:r><x:t>文本</x:t></x:r></x:is></x:c></x:row>
<x:row r="6"><x:c r="A6" t="str"><x:f>A2&amp;"先生"</x:f><x:v>张三 先生</x:v></x:c>
<x:c r="B6" s="4"><x:v>45000</x:v></x:c>
<x:c r="C6" t="b"><x:v>1</x:v></x:c><x:c r="D6" t="e"><x:v>#N/A</x:v></x:c></x:row>
<x:row r="7"><x:c r="A7"><x:f>1+1</x:f><x:v/></x:c><x:c r="B7" t="d"><x:v>2024-02-29T00:00:00Z</x:v></x:c>
<x:c r="C7"><x:v>-3</x:v></x:c><x:c r="D7" t="str"><x:f>IF(1,"","x")</x:f><x:v></x:v></x:c></x:row>
<x:row r="8"><x:c r="A8" s="0"/><x:c r="B8" t="s"><x:v>4</x:v></x:c></x:row>
</x:sheetData>
<x:rowBreaks count="1"><x:brk id="5"/></x:rowBreaks>
</x:worksheet>"""
OTHER_SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>not this one</t></is></c></row></sheetData></worksheet>"""


def handmade_workbook(path: Path, date1904: bool = False) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK.format(date1904='date1904="1"' if date1904 else ""))
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/strings.xml", SHARED_STRINGS)
        archive.writestr("xl/styles.xml", STYLES)
        archive.writestr("xl/worksheets/first.xml", FIRST_SHEET)
        archive.writestr("xl/worksheets/other.xml", OTHER_SHEET)
    return path


def test_the_first_sheet_of_a_handmade_workbook(tmp_path: Path) -> None:
    table = read_table(handmade_workbook(tmp_path / "hand.xlsx"))

    assert table.headers == ["姓名", "入住日期", "", "备注"]
    assert table.header_row == 1
    assert [(r.number, r.cells) for r in table.rows] == [
        (2, ["张三 ", datetime(2020, 1, 1), 89.5, "a & b <c> \nline"]),
        (5, ["", datetime(2020, 6, 18, 12, 0), None, "富文本"]),
        (6, ["张三 先生", datetime(2023, 3, 15), True, "#N/A"]),
        (7, ["=1+1", datetime(2024, 2, 29), -3, None]),
    ]


def test_dates_of_a_1904_workbook(tmp_path: Path) -> None:
    table = read_table(handmade_workbook(tmp_path / "mac.xlsx", date1904=True))
    assert table.rows[0].cells[1] == datetime(2024, 1, 2)


def test_the_reader_agrees_with_openpyxl(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["文本", "整数", "小数", "日期", "时间", "布尔", "空", "长号码", "空格"])
    sheet.append(
        ["阳光花园", 1202, 89.25, date(2020, 1, 1), datetime(2021, 2, 3, 4, 5, 6), False, None, 13812345678, "  两边  "]
    )
    sheet.append(["<b>&amp;</b>", -7, 1e-7, None, None, True, None, 110105198001011234, "\u202eRTL😀"])
    sheet["A4"] = "稀疏"
    sheet["H4"] = "最后"
    path = tmp_path / "openpyxl.xlsx"
    workbook.save(path)

    ours = read_table(path)
    theirs = list(load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    assert ours.headers == list(theirs[0])
    for row in ours.rows:
        expected = list(theirs[row.number - 1])
        assert row.cells + [None] * (len(expected) - len(row.cells)) == expected


def test_blank_rows_are_skipped_but_row_numbers_kept(tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text("a,b\n\n1,2\n , \n3,4\n", encoding="utf-8")
    table = read_table(path)
    assert [(r.number, r.cells) for r in table.rows] == [(3, ["1", "2"]), (5, ["3", "4"])]


def test_csv_with_bom_quotes_and_newlines(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes('\ufeff姓名,备注\n张三,"第一行\n第二行, 逗号"\n'.encode())
    table = read_table(path)
    assert table.headers == ["姓名", "备注"]
    assert table.rows[0].cells == ["张三", "第一行\n第二行, 逗号"]


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.csv", b"", "empty"),
        ("empty.xlsx", b"", "empty"),
        ("nul.csv", b"a,b\n\x00\x01\x02,3\n", "binary"),
        ("gbk.csv", "姓名,备注\n".encode("gbk"), "UTF-8"),
        ("noise.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not a readable .xlsx"),
        ("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "97–2003"),
        ("broken.xlsx", b"PK\x03\x04" + bytes(300), "not a readable .xlsx"),
        ("file.xls", b"whatever", ".xls"),
        ("file.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        read_table(path)
    assert says in info.value.message
    assert str(path) in info.value.message
    assert info.value.problems == []


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    with pytest.raises(ImportFileError, match=r"not a readable \.xlsx"):
        read_table(path)


def test_a_workbook_whose_sheet_data_is_damaged(tmp_path: Path) -> None:
    path = handmade_workbook(tmp_path / "hand.xlsx")
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/first.xml":
                data = data.replace(b"<x:v>2</x:v>", b"<x:v>99</x:v>")  # a shared string that does not exist
            target.writestr(item, data)
    with pytest.raises(ImportFileError, match="damaged"):
        read_table(damaged)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot read"):
        read_table(tmp_path / "nope.csv")


def test_reading_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("a,b\n" + "x,y\n" * 5000, encoding="utf-8")
    calls: list[tuple[int, int, str]] = []
    read_table(path, Progress(report=lambda *args: calls.append(args)))
    assert calls and all(msg == "Reading file" for _, _, msg in calls)
    with pytest.raises(OperationCancelled):
        read_table(path, Progress(cancelled=lambda: True))


# --- cells ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("  张三 ", "张三"),
        (13812345678, "13812345678"),
        (13812345678.0, "13812345678"),
        (1202.0, "1202"),
        (89.5, "89.5"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1.1e17, "1.1e+17"),
        (True, "TRUE"),
        (datetime(2020, 1, 2), "2020-01-02"),
        (datetime(2020, 1, 2, 9, 30), "2020-01-02 09:30"),
    ],
)
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024-03-01", date(2024, 3, 1)),
        ("2024/3/1", date(2024, 3, 1)),
        ("2024.03.01", date(2024, 3, 1)),
        ("2024-03-01 00:00:00", date(2024, 3, 1)),
        (" 2024-03-01 ", date(2024, 3, 1)),
        (datetime(2024, 3, 1, 15, 0), date(2024, 3, 1)),
        (45352, date(2024, 3, 1)),
        (45352.0, date(2024, 3, 1)),
    ],
)
def test_cell_date_accepts(value: object, day: date) -> None:
    assert cell_date(value) == day


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2024-02-30", "not a real date"),
        ("01/03/2024", "YYYY-MM-DD"),
        ("明天", "YYYY-MM-DD"),
        ("2024-03-01 12:00", "YYYY-MM-DD"),
        (True, "YYYY-MM-DD"),
        (-5, "YYYY-MM-DD"),
        (10_000_000, "YYYY-MM-DD"),
    ],
)
def test_cell_date_refuses(value: object, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        cell_date(value)


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+86 138", "'+86 138"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=cmd", "'\t=cmd"),
        ("\r=cmd", "'\r=cmd"),
        ("张三", "张三"),
        ("a=b", "a=b"),
        ("", ""),
        (-5, -5),
        (None, None),
    ],
)
def test_neutralise(value: object, safe: object) -> None:
    assert neutralise(value) == safe
    if isinstance(value, str):
        assert unneutralise(neutralise(value)) == value


def test_unneutralise_keeps_ordinary_apostrophes() -> None:
    assert unneutralise("'twas") == "'twas"
    assert unneutralise("'") == "'"


@pytest.mark.parametrize(
    "code",
    [
        *BUILTIN_FORMATS.values(),
        'yyyy"年"m"月"d"日"',
        "0.00_ ",
        "[$-F800]dddd, mmmm dd, yyyy",
        "[Red]0.00",
        '"days"0',
        "[h]:mm",
        "0_);[Red](0)",
        "mmm-yy",
        "\\d0",
        "_d0",
        "General",
        "@",
    ],
)
def test_date_formats_are_recognised_as_openpyxl_does(code: str) -> None:
    assert is_date_format(code) == openpyxl_is_date_format(code)


def test_header_keys_and_matching() -> None:
    assert header_key("客户类型(业主/租户/家属/单位)") == "客户类型"
    assert header_key(" 客户类型（业主/租户） ") == "客户类型"
    assert header_key("\ufeff姓 名") == "姓名"
    table = Table(Path("x.csv"), ["姓名", "手机号", "姓名 ", "无关"], 1, [])
    columns, problems = match_headers(table, ["姓名", "手机号", "入住日期"], ["姓名", "入住日期"])
    assert columns == {"姓名": 0, "手机号": 1}
    assert [(p.row, p.column) for p in problems] == [(1, "姓名"), (1, "入住日期")]
    assert "twice" in str(problems[0].reason) and "missing" in str(problems[1].reason)


# --- writing --------------------------------------------------------------------------------------------


def test_write_xlsx_neutralises_text_and_keeps_types(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [
        ['=HYPERLINK("http://x")', "+1", 5, Decimal("89.50"), date(2024, 3, 1), None, "bad\x00\x07char"],
        ["-", "@", -5, 1.5, datetime(2024, 3, 1, 8, 0), "正常", "\u202e😀"],
    ]
    assert write_table(path, ["a", "=b", "c", "d", "e", "f", "g"], rows, sheet_title="客户档案") == 2

    sheet = load_workbook(path).active
    assert sheet.title == "客户档案"
    cells = [list(r) for r in sheet.iter_rows()]
    assert all(c.data_type != "f" for r in cells for c in r)
    values = [[c.value for c in r] for r in cells]
    assert values[0] == ["a", "'=b", "c", "d", "e", "f", "g"]
    assert values[1] == ['\'=HYPERLINK("http://x")', "'+1", 5, 89.5, datetime(2024, 3, 1), None, "badchar"]
    assert values[2] == ["'-", "'@", -5, 1.5, datetime(2024, 3, 1, 8, 0), "正常", "\u202e😀"]
    assert cells[1][4].is_date
    assert not (tmp_path / "out.xlsx.partial").exists()


def test_written_workbook_reads_back_exactly(tmp_path: Path) -> None:
    """Values that trip hand-made writers: escapes, spaces, old dates, times, odd numbers, long text."""
    path = tmp_path / "exact.xlsx"
    rows = [
        ["_x0041_ stays", "  两边空格  ", "第一行\n第二行", "<b>&amp;</b>", '"quoted"', "\u202e😀"],
        [date(1900, 1, 1), date(1900, 2, 28), date(1900, 3, 1), datetime(2024, 3, 1, 8, 30), date(2099, 12, 31), None],
        [0, -7, 1e-7, float("nan"), Decimal("89.50"), True],
        ["长" * 40_000, "", None, 12345678901234, 0.1 + 0.2, False],
    ]
    write_table(path, ["甲", "乙", "丙", "丁", "戊", "己"], rows, column_widths=[10, 20])

    theirs = [list(r) for r in load_workbook(path).active.iter_rows(min_row=2, values_only=True)]
    expected = [
        rows[0],
        [
            datetime(1900, 1, 1),
            datetime(1900, 2, 28),
            datetime(1900, 3, 1),
            datetime(2024, 3, 1, 8, 30),
            datetime(2099, 12, 31),
            None,
        ],
        [0, -7, 1e-7, "nan", 89.5, True],
        # Excel holds 32,767 characters in a cell; a longer text is clipped and says so.
        ["长" * (32_767 - len(CLIPPED_MARK)) + CLIPPED_MARK, None, None, 12345678901234, 0.1 + 0.2, False],
    ]
    # Excel reads _xHHHH_ in text as an escaped character, so a literal one is written _x005F_xHHHH_, which
    # Excel and our reader turn back into the text; openpyxl shows the escape as it is.
    assert theirs[0][0] == "_x005F_x0041_ stays"
    theirs[0][0] = "_x0041_ stays"
    assert theirs == expected
    ours = [r.cells for r in read_table(path).rows]
    assert [c + [None] * (6 - len(c)) for c in ours] == expected


def test_written_workbook_has_a_frozen_bold_header_and_widths(tmp_path: Path) -> None:
    path = tmp_path / "looks.xlsx"
    write_table(path, ["姓名", "手机号"], [["张三", "13812345678"]], sheet_title="客户/档案", column_widths=[12, 16])
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    assert sheet.title == "客户_档案"
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet.column_dimensions["A"].width == 12 and sheet.column_dimensions["B"].width == 16
    assert sheet["B2"].data_type == "s"  # phone numbers stay text


def test_write_csv_by_suffix_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_table(path, ["姓名", "日期"], [["=1+1", date(2024, 3, 1)], ["张三", None]])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert list(csv.reader(raw.decode("utf-8-sig").splitlines())) == [
        ["姓名", "日期"],
        ["'=1+1", "2024-03-01"],
        ["张三", ""],
    ]


def test_written_files_read_back(tmp_path: Path) -> None:
    rows = [["=1+1", 13812345678, date(2024, 3, 1), "a\nb"]]
    for name in ("back.xlsx", "back.csv"):
        path = tmp_path / name
        write_table(path, ["h1", "h2", "h3", "h4"], rows)
        table = read_table(path)
        [row] = table.rows
        assert unneutralise(cell_text(row.cells[0])) == "=1+1"
        assert cell_text(row.cells[1]) == "13812345678"
        assert cell_date(row.cells[2]) == date(2024, 3, 1)
        assert row.cells[3] == "a\nb"


def test_a_failed_write_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"

    def rows():
        yield ["ok"]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_table(path, ["a"], rows())
    assert list(tmp_path.iterdir()) == []


def test_writing_streams_with_progress(tmp_path: Path) -> None:
    calls: list[int] = []
    count = write_table(
        tmp_path / "big.xlsx",
        ["n"],
        ([i] for i in range(5000)),
        progress=Progress(report=lambda done, total, msg: calls.append(done)),
        total=5000,
    )
    assert count == 5000 and calls == [2000, 4000]
