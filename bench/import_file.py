"""A customer import file of any size (SPEC §6.2 columns), valid throughout, for timing `import_customers`."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from crm_desktop.services.customer_io import CUSTOMER_HEADERS
from crm_desktop.services.spreadsheet import write_table
from crm_desktop.services.validation import id_check_digit

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯芳娜敏静丽艳娟霞秀英玲桂兰萍燕红梅琳雪倩婷颖琴云洁慧莉欣怡"
TYPES = ("业主", "业主", "业主", "租户", "家属")
NEEDS = ("", "", "", "独居老人", "轮椅出入", "行动不便")


def _id_number(born: date, serial: int) -> str:
    """Unique per serial: the region code carries the thousands, the sequence code the rest."""
    first17 = f"{330100 + serial // 1000 % 100:06d}{born:%Y%m%d}{serial % 1000:03d}"
    return first17 + id_check_digit(first17)


def customer_rows(count: int, seed: int = 7) -> Iterator[list[object]]:
    """`count` rows, each a different person in a different unit of one community."""
    rng = random.Random(seed)
    per_building, entrances = 4 * 30 * 4, 4  # 4 entrances × 30 floors × 4 rooms
    for i in range(count):
        building, rest = divmod(i, per_building)
        entrance, rest = divmod(rest, per_building // entrances)
        floor, room = divmod(rest, 4)
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
        moved_in = date(2015, 1, 1) + timedelta(days=rng.randrange(3500))
        yield [
            "基准花园",
            f"{building + 1}栋",
            f"{entrance + 1}单元",
            f"{floor + 1}{room + 1:02d}",
            f"{rng.randint(60, 180)}.{rng.randint(0, 99):02d}",
            rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2))),
            rng.choice(("男", "女")),
            f"1{rng.choice('3456789')}{i:09d}",
            "居民身份证",
            _id_number(born, i),
            rng.choice(TYPES),
            moved_in.isoformat(),
            "",
            "",
            rng.choice(NEEDS),
            "",
            "",
            "",
            "",
        ]


def write_import_file(path: Path, count: int, seed: int = 7) -> Path:
    """Write (or reuse, when it already holds `count` rows of this generator) the import file at `path`."""
    if path.is_file() and path.with_suffix(".rows").is_file() and path.with_suffix(".rows").read_text() == str(count):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    write_table(path, CUSTOMER_HEADERS, customer_rows(count, seed), sheet_title="客户档案")
    path.with_suffix(".rows").write_text(str(count))
    return path
