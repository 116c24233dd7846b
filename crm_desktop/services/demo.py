"""Demo office (`crm-desktop demo`): a realistic, deterministic property office for trying the program.

Everything comes from one `random.Random(seed)` and the given `today`, so the same arguments give the same
database, on SQLite and on PostgreSQL alike. The history ends where `today` begins. Derived customer columns
(`search_text`, `unit_codes`, `is_active`) are computed the way `services.customers.refresh_derived` does, and
events, numbers and settings follow what `services.tickets`, `services.sla` and `services.surveys` write.

Speed (20,000 households, 36 months ≈ 1.3 million rows in about half a minute): rows carry explicit ids and go
to the driver in batches (executemany on SQLite, COPY on PostgreSQL), the big tables' secondary indexes (and
on PostgreSQL their foreign keys) are rebuilt once at the end, and SQLite skips per-row foreign-key checks.
All of it happens in one transaction: a cancelled or failed run leaves the database as it was.
"""

from __future__ import annotations

import heapq
import random
import re
from bisect import bisect
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate
from operator import itemgetter
from statistics import NormalDist
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Numeric, Table, func, select, text

from crm_desktop.models import (
    Answer,
    Building,
    Community,
    Customer,
    Deduction,
    HandoverDefect,
    Holiday,
    Inspection,
    Interaction,
    MoveIn,
    Occupancy,
    Question,
    Renovation,
    Response,
    Setting,
    SlaPolicy,
    Staff,
    StaffAssessment,
    Survey,
    Ticket,
    TicketCounter,
    TicketEvent,
    Unit,
)
from crm_desktop.models.base import Base
from crm_desktop.models.database import Database
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.progress import Progress
from crm_desktop.services.search_text import SEPARATOR, build_search_text
from crm_desktop.services.sla import (
    DEFAULT_POLICIES,
    ESTIMATE_MARK,
    SETTING_CALLBACK_DAYS,
    SETTING_SERVICE_MANAGER,
    shipped_days,
)
from crm_desktop.services.structure import building_label, entrance_label, unit_code
from crm_desktop.services.surveys import DEFAULT_QUESTIONNAIRE
from crm_desktop.services.text import QT_TRANSLATE_NOOP
from crm_desktop.services.validation import id_check_digit

MAX_HOUSEHOLDS = 1_000_000
MAX_MONTHS = 120
# Their secondary indexes are built once after the rows are in (see _drop_indexes).
_BULK_TABLES = ("customers", "occupancies", "interactions", "tickets", "ticket_events", "responses", "answers")
BATCH_ROWS = 5000  # well under PostgreSQL's bind-parameter limits, large enough for speed
DEMO_ACTOR = "demo"

HOUSEHOLD_CHANGE_RATE = 0.01  # ≈1 % of households change (transfer, tenant leaves, rent out) per month
TICKETS_PER_HOUSEHOLD_MONTH = 7.5 / 36 / 1.07  # seasons and incidents with several callers add ≈7 %
EVENT_HISTORY_DAYS = 366  # tickets received in the last year get their TicketEvent rows
RESPONSES_PER_HOUSEHOLD_QUARTER = 2 / 12
INTERACTIONS_PER_CUSTOMER_MONTH = 0.025


@dataclass(frozen=True)
class DemoSummary:
    """Rows written per entity (plus transfers and move-outs, which are occupancies)."""

    communities: int = 0
    buildings: int = 0
    units: int = 0
    customers: int = 0
    occupancies: int = 0
    transfers: int = 0
    move_outs: int = 0
    interactions: int = 0
    move_ins: int = 0
    handover_defects: int = 0
    renovations: int = 0
    inspections: int = 0
    deductions: int = 0
    staff: int = 0
    staff_assessments: int = 0
    sla_policies: int = 0
    holidays: int = 0
    tickets: int = 0
    ticket_events: int = 0
    surveys: int = 0
    questions: int = 0
    responses: int = 0
    answers: int = 0
    settings: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @property
    def total_rows(self) -> int:
        skip = {"transfers", "move_outs"}
        return sum(v for k, v in asdict(self).items() if k not in skip)


def generate_demo(
    db: Database,
    households: int = 500,
    months: int = 24,
    seed: int = 1,
    progress: Progress | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill an office database that holds no customers yet with `months` of history for `households` units."""
    if not isinstance(households, int) or not 1 <= households <= MAX_HOUSEHOLDS:
        raise ValidationError(f"Households must be between 1 and {MAX_HOUSEHOLDS:,}, not {households}", "households")
    if not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
        raise ValidationError(f"Months of history must be between 1 and {MAX_MONTHS}, not {months}", "months")
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Checking every row's references costs a fifth of the run on SQLite, and the generator only
            # refers to rows it has written itself (the tests run PRAGMA foreign_key_check; PostgreSQL keeps
            # checking). The pragma only takes effect outside a transaction and is restored below.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                if sqlite:
                    # Python's sqlite3 only opens a transaction before INSERT/UPDATE/DELETE; the index DDL and
                    # the check below must be inside it too, so that a cancelled run rolls back everything.
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                existing = conn.scalar(select(func.count()).select_from(Customer.__table__)) or 0
                if existing:
                    raise ValidationError(
                        f"This database already holds {existing:,} customers. Demo data is only generated into "
                        "a database without customers, so that it never mixes with a real office's records: "
                        "choose a new database file.",
                        field="db",
                    )
                builder = _DemoBuilder(conn, households, months, seed, today or date.today(), progress or Progress())
                return builder.run()
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


# --- reference data ------------------------------------------------------------------------------

# fmt: off
_SURNAMES = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 23), ("赵", 23), ("吴", 20),
    ("周", 19), ("徐", 15), ("孙", 15), ("马", 13), ("朱", 13), ("胡", 12), ("郭", 11), ("何", 11), ("高", 10),
    ("林", 10), ("罗", 9), ("郑", 8), ("梁", 8), ("谢", 6), ("宋", 6), ("唐", 6), ("许", 5), ("韩", 5), ("冯", 5),
    ("邓", 5), ("曹", 5), ("彭", 5), ("曾", 4), ("肖", 4), ("田", 4), ("董", 4), ("袁", 4), ("潘", 4), ("于", 4),
    ("蒋", 4), ("蔡", 4), ("余", 3), ("杜", 3), ("叶", 3), ("程", 3), ("苏", 3), ("魏", 3), ("吕", 3), ("丁", 3),
    ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3), ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3),
    ("范", 2), ("金", 2), ("石", 2), ("廖", 2), ("贾", 2), ("夏", 2), ("韦", 2), ("付", 2), ("方", 2), ("白", 2),
    ("邹", 2), ("孟", 2), ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("段", 2), ("雷", 2),
    ("侯", 2), ("龙", 2), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2), ("顾", 2), ("毛", 2), ("郝", 2), ("龚", 2),
    ("邵", 2), ("万", 2), ("钱", 2), ("严", 2), ("武", 1), ("戴", 1), ("莫", 1), ("孔", 1), ("向", 1), ("汤", 1),
    ("欧阳", 1),
)
# fmt: on
_COMPOUND_SURNAMES = {name for name, _ in _SURNAMES if len(name) > 1}
_MALE_CHARS = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳建国峰亮成东文志海晨博然轩睿航泽铭诚"
_FEMALE_CHARS = "芳娜敏静丽艳娟霞秀英玲桂兰萍燕红梅琳雪倩婷颖琴云洁慧莉欣怡悦涵萱诗雨佳晶月思梦蕾妍彤琪"
_OLD_MALE_NAMES = ("建国", "建华", "国强", "志强", "德明", "卫东", "振华", "永福", "国栋", "立新", "红军", "德胜")
_OLD_FEMALE_NAMES = ("秀英", "桂英", "秀兰", "玉兰", "桂兰", "淑珍", "凤英", "玉珍", "秀珍", "丽华", "淑芬", "美兰")

_CITIES = (
    {
        "name": "杭州市",
        "short": "杭州",
        "area_code": "0571",
        "districts": (
            ("西湖区", "330106"),
            ("拱墅区", "330105"),
            ("上城区", "330102"),
            ("滨江区", "330108"),
            ("萧山区", "330109"),
            ("余杭区", "330110"),
        ),
        "streets": ("文三路", "古墩路", "莫干山路", "江南大道", "丰潭路", "余杭塘路", "学院路"),
    },
    {
        "name": "成都市",
        "short": "成都",
        "area_code": "028",
        "districts": (
            ("锦江区", "510104"),
            ("青羊区", "510105"),
            ("金牛区", "510106"),
            ("武侯区", "510107"),
            ("成华区", "510108"),
            ("龙泉驿区", "510112"),
        ),
        "streets": ("天府大道", "蜀汉路", "人民南路", "科华北路", "一环路", "沙湾路", "双林路"),
    },
    {
        "name": "武汉市",
        "short": "武汉",
        "area_code": "027",
        "districts": (
            ("江岸区", "420102"),
            ("江汉区", "420103"),
            ("硚口区", "420104"),
            ("武昌区", "420106"),
            ("洪山区", "420111"),
            ("江夏区", "420115"),
        ),
        "streets": ("解放大道", "中北路", "雄楚大道", "光谷大道", "珞喻路", "建设大道", "友谊大道"),
    },
)
# fmt: off
_MIGRANT_REGIONS = (
    "110105", "310115", "320102", "340104", "360102", "370102", "410105", "430103", "440106", "500103", "610113",
    "620102", "130102", "210102", "350102", "450103", "520102", "530102", "230103", "140105",
)
# fmt: on
# fmt: off
_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
    "157", "158", "159", "166", "173", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188",
    "189", "191", "198", "199",
)
# fmt: on
# fmt: off
_COMMUNITY_NAMES = (
    "阳光花园", "翠湖苑", "锦绣华庭", "金色家园", "碧水蓝湾", "滨江花园", "紫荆苑", "御景湾", "橡树湾", "枫林绿洲",
    "天悦府", "书香名苑", "和园", "江南春晓", "桂语江南", "星河湾",
)
# fmt: on
_OFFICE_BRANDS = ("阳光", "安居", "嘉和", "润泽", "恒信", "锦华")
_CONTRACTOR_BRANDS = ("金螳螂", "业之峰", "东易日盛", "华浔", "圣都", "生活家", "名雕", "龙发", "轻舟", "一品")
_SHOP_BRANDS = ("味之源", "百佳", "康宁", "优品", "鲜丰", "喜乐", "佳美", "好邻居", "鑫源", "聚福")
_SHOP_TRADES = ("餐饮管理", "便利店", "大药房", "水果超市", "洗衣服务", "教育培训", "美容美发")

_SPECIAL_NEEDS = (
    ("轮椅出行", 3),
    ("听力较弱，请当面或短信沟通", 3),
    ("视力障碍", 1),
    ("行动不便，电梯停运时需上门协助", 3),
    ("家有婴幼儿，施工噪音请提前告知", 4),
    ("孕妇，装修噪音请提前告知", 2),
    ("慢性病患者，停水停电请提前通知", 3),
)
_PREFERENCES = (
    ("偏好微信沟通", 5),
    ("晚上7点后勿扰", 4),
    ("工作日白天不在家，维修请预约周末", 5),
    ("偏好电话沟通", 4),
    ("不希望上门打扰", 2),
    ("需要纸质账单", 2),
    ("关注小区绿化和环境", 2),
    ("愿意参加社区活动", 3),
    ("养犬，上门前请先电话联系", 2),
    ("只接受短信通知", 2),
)
_TAGS = (("VIP", 3), ("业委会委员", 1), ("楼长", 1), ("志愿者", 3), ("宠物", 5), ("有车", 10), ("投诉敏感", 2))
_NOTES = ("已办理门禁卡3张", "家中有独立车位两个", "长期在外地工作，由家属代管", "房屋产权共有人：配偶")
_RELATIONS = {  # relation: (gender, years younger than the customer, shares the surname)
    "儿子": ("male", 28, True),
    "女儿": ("female", 28, True),
    "配偶": (None, 0, False),
    "兄弟": ("male", 0, True),
    "姐妹": ("female", 0, True),
    "朋友": (None, 0, False),
    "母亲": ("female", -28, False),
    "父亲": ("male", -28, True),
}

_TRANSFER_REASONS = (
    ("natural", "出售房屋，办理过户", 58),
    ("natural", "工作调动，出售房屋", 8),
    ("natural", "继承过户", 4),
    ("dissatisfied", "对物业服务不满意，出售房屋", 12),
    ("competitive", "换购其他小区住房", 10),
    ("passive", "司法拍卖过户", 3),
    ("other", "其他原因过户", 5),
)
_TENANT_REASONS = (
    ("natural", "租约到期退租", 45),
    ("natural", "工作变动，搬离本市", 10),
    ("dissatisfied", "对物业服务不满意，退租", 15),
    ("competitive", "搬到周边其他小区", 15),
    ("passive", "拖欠租金，租约被解除", 10),
    ("other", "其他原因退租", 5),
)

_DEPARTMENTS = {
    "客服": ("客服主管", "客服专员", "客服组"),
    "工程": ("工程主管", "维修工", "工程维修组"),
    "保洁": ("保洁主管", "保洁员", "保洁组"),
    "安保": ("安保队长", "安保员", "安保组"),
}
_CATEGORY_DEPARTMENT = {
    "repairs": "工程",
    "renovation": "工程",
    "cleaning": "保洁",
    "greenery": "保洁",
    "security": "安保",
    "parking": "安保",
    "noise": "安保",
    "fees": "客服",
    "staff_attitude": "客服",
    "other": "客服",
}

# (kind, category, weight, title, details, severity, resolution, incident-prone)
_TICKET_TEMPLATES: tuple[tuple[str, str, int, str, tuple[str, ...], str, str, bool], ...] = (
    (
        "repair",
        "repairs",
        10,
        "卫生间顶部渗水",
        ("疑似楼上防水层破损，滴水严重", "天花板有水渍并不断滴水"),
        "high",
        "已查明为楼上卫生间防水层破损，协调楼上业主重做防水，下层吊顶已修复",
        False,
    ),
    (
        "repair",
        "repairs",
        3,
        "厨房水管爆裂",
        ("水流不止，已自行关闭总阀", "橱柜下方水管破裂，地面大量积水"),
        "urgent",
        "维修人员20分钟内到场，已更换破裂水管并清理积水",
        False,
    ),
    (
        "repair",
        "repairs",
        4,
        "电梯停运",
        ("电梯停在中间楼层不动，老人出行困难", "电梯门无法打开，已停运"),
        "urgent",
        "已通知电梯维保单位到场，更换门机控制板，电梯恢复运行",
        True,
    ),
    (
        "repair",
        "repairs",
        4,
        "电梯运行异响",
        ("运行时有明显摩擦声", "上下行时轿厢抖动"),
        "high",
        "维保单位已调整导靴并润滑导轨，异响消除",
        False,
    ),
    (
        "repair",
        "repairs",
        6,
        "入户门锁损坏",
        ("钥匙无法转动", "门锁把手松脱"),
        "high",
        "已更换锁芯，业主确认使用正常",
        False,
    ),
    (
        "repair",
        "repairs",
        8,
        "楼道灯不亮",
        ("感应灯失灵多日", "楼道照明全部不亮"),
        "normal",
        "已更换感应开关和灯泡",
        False,
    ),
    (
        "repair",
        "repairs",
        7,
        "下水道堵塞",
        ("厨房下水返水", "卫生间地漏排水缓慢"),
        "high",
        "已疏通下水管道，排水恢复正常",
        False,
    ),
    (
        "repair",
        "repairs",
        5,
        "单元门禁故障",
        ("刷卡无反应", "门禁对讲无法开门"),
        "normal",
        "已更换门禁读卡模块，功能恢复",
        True,
    ),
    (
        "repair",
        "repairs",
        2,
        "外墙瓷砖脱落",
        ("存在高空坠物隐患", "楼下草坪发现脱落瓷砖"),
        "urgent",
        "已拉设警戒线，高空作业人员完成外墙排查与修补",
        False,
    ),
    (
        "repair",
        "repairs",
        4,
        "地下车库照明损坏",
        ("B2层多盏灯不亮", "车库出口处照明不足"),
        "normal",
        "已更换损坏灯管12支",
        False,
    ),
    (
        "repair",
        "repairs",
        4,
        "窗户密封条老化",
        ("下雨时窗台进水", "窗户关不严，漏风"),
        "low",
        "已更换窗户密封条",
        False,
    ),
    (
        "repair",
        "repairs",
        3,
        "墙面开裂",
        ("客厅墙面出现细小裂缝", "卧室墙角有裂纹"),
        "low",
        "经查为粉刷层开裂，已修补并重新刷漆",
        False,
    ),
    (
        "repair",
        "repairs",
        5,
        "家中跳闸停电",
        ("空调一开就跳闸", "整户突然停电"),
        "high",
        "已检查线路，更换老化空气开关",
        False,
    ),
    (
        "repair",
        "repairs",
        2,
        "楼栋停水",
        ("整栋楼没有自来水", "水压很低，高层无水"),
        "urgent",
        "二次供水水泵故障，已抢修恢复供水",
        True,
    ),
    (
        "repair",
        "repairs",
        3,
        "消防栓箱门损坏",
        ("箱门玻璃破碎", "箱门无法关闭"),
        "normal",
        "已更换消防栓箱门玻璃",
        False,
    ),
    (
        "complaint",
        "noise",
        8,
        "楼上深夜噪音扰民",
        ("每晚11点后仍有拖动家具的声音", "深夜有孩子跑跳声"),
        "normal",
        "已上门沟通，楼上业主承诺夜间注意并铺设地垫",
        False,
    ),
    (
        "complaint",
        "noise",
        4,
        "广场舞音响声音过大",
        ("晚上8点后仍未停止", "音响声音影响休息"),
        "normal",
        "已与舞蹈队协商，调低音量并将结束时间提前到晚8点",
        False,
    ),
    (
        "complaint",
        "noise",
        3,
        "空调外机噪音严重",
        ("邻居空调外机噪音影响休息", "外机支架共振"),
        "low",
        "已协调邻居加装减震垫",
        False,
    ),
    (
        "complaint",
        "cleaning",
        6,
        "楼道垃圾未及时清运",
        ("垃圾堆放两天无人清理", "楼道有异味"),
        "normal",
        "已清运并调整保洁排班，每日两次巡查",
        False,
    ),
    (
        "complaint",
        "cleaning",
        4,
        "地下车库积水有异味",
        ("B1层积水", "车库通风差、有霉味"),
        "normal",
        "已清理积水并疏通排水沟，加开排风",
        False,
    ),
    (
        "complaint",
        "cleaning",
        3,
        "电梯轿厢卫生差",
        ("轿厢内有污渍", "电梯内有宠物粪便"),
        "low",
        "已安排保洁清洁消毒",
        False,
    ),
    (
        "complaint",
        "parking",
        6,
        "车位被他人占用",
        ("产权车位被外来车辆占用", "车位被堵，无法出车"),
        "normal",
        "已联系车主挪车，并加装车位地锁",
        False,
    ),
    (
        "complaint",
        "parking",
        3,
        "外来车辆乱停堵塞消防通道",
        ("消防通道被占用", "小区主干道乱停车"),
        "high",
        "已张贴告知并联系车主挪车，门岗加强外来车辆登记",
        False,
    ),
    (
        "complaint",
        "security",
        4,
        "单元门长期敞开",
        ("陌生人随意进出", "单元门闭门器损坏"),
        "normal",
        "已修复闭门器，加强巡逻",
        False,
    ),
    (
        "complaint",
        "security",
        4,
        "电动车在楼道充电",
        ("楼道私拉电线给电动车充电", "存在火灾隐患"),
        "high",
        "已劝离并告知集中充电点位置",
        False,
    ),
    (
        "complaint",
        "security",
        2,
        "快递在门口被盗",
        ("放在门口的快递丢失", "快递柜附近包裹被拿走"),
        "normal",
        "已调取监控并报警，加强快递点巡查",
        False,
    ),
    (
        "complaint",
        "greenery",
        3,
        "草坪长期未修剪",
        ("杂草丛生，蚊虫多", "绿化带枯枝无人清理"),
        "low",
        "已完成修剪并喷洒灭蚊药",
        False,
    ),
    (
        "complaint",
        "greenery",
        2,
        "树枝遮挡窗户采光",
        ("低层住户采光受影响", "树枝碰到窗户"),
        "low",
        "已修剪遮挡树枝",
        False,
    ),
    (
        "complaint",
        "fees",
        3,
        "物业费账单金额有疑问",
        ("账单面积与房产证不符", "多收了一个月物业费"),
        "normal",
        "已核对并更正账单，多收部分抵扣下期费用",
        False,
    ),
    (
        "complaint",
        "fees",
        2,
        "公摊水电费过高",
        ("公摊电费比上月翻倍", "对公摊分摊方式有疑问"),
        "normal",
        "已公示公摊明细并向业主解释计算方式",
        False,
    ),
    (
        "complaint",
        "staff_attitude",
        3,
        "客服人员态度冷淡",
        ("来电咨询时客服敷衍", "前台人员不耐烦"),
        "normal",
        "已向业主致歉，对当班客服进行批评教育和服务礼仪培训",
        False,
    ),
    (
        "complaint",
        "staff_attitude",
        2,
        "维修师傅多次爽约",
        ("约好上门时间未到", "维修拖了一周"),
        "high",
        "已向业主致歉，主管跟进当天完成维修",
        False,
    ),
    (
        "complaint",
        "renovation",
        3,
        "邻居装修破坏公共楼道",
        ("楼道墙面被刮花", "搬运建材损坏电梯轿厢"),
        "normal",
        "已要求装修户恢复原状，从装修押金中扣除修复费用",
        False,
    ),
    (
        "complaint",
        "renovation",
        3,
        "装修超时施工",
        ("周末中午仍在电钻施工", "晚上8点后仍在施工"),
        "normal",
        "已现场制止并对装修户进行书面警告",
        False,
    ),
    (
        "complaint",
        "repairs",
        3,
        "报修多日无人处理",
        ("三天前报修至今无人上门", "反复催促无回音"),
        "high",
        "主管已致歉并当天安排维修完成",
        False,
    ),
    (
        "complaint",
        "other",
        2,
        "快递柜数量不足",
        ("快递经常放不进柜子", "快递堆在门岗"),
        "low",
        "已与快递柜运营商协商增设一组快递柜",
        False,
    ),
    (
        "inquiry",
        "fees",
        6,
        "咨询物业费缴纳方式",
        ("想了解线上缴费渠道", "询问能否按年缴费"),
        "low",
        "已告知微信公众号及服务中心缴费方式",
        False,
    ),
    (
        "inquiry",
        "fees",
        3,
        "咨询发票开具",
        ("需要物业费电子发票", "发票抬头如何修改"),
        "low",
        "已指导在线申请电子发票",
        False,
    ),
    (
        "inquiry",
        "parking",
        4,
        "咨询月租车位办理",
        ("想办理地下车库月卡", "询问车位租金"),
        "low",
        "已告知办理流程和收费标准",
        False,
    ),
    (
        "inquiry",
        "renovation",
        4,
        "咨询装修审批流程",
        ("准备装修，需要哪些材料", "装修押金多少"),
        "low",
        "已告知装修申请材料、押金标准和施工时间规定",
        False,
    ),
    (
        "inquiry",
        "other",
        4,
        "咨询门禁卡补办",
        ("门禁卡丢失如何补办", "想给家人加办门禁卡"),
        "low",
        "已告知携带身份证到服务中心办理",
        False,
    ),
    (
        "inquiry",
        "other",
        3,
        "咨询停水通知时间",
        ("看到停水通知，想确认时间", "询问何时恢复供水"),
        "low",
        "已告知停水时间段和恢复时间",
        False,
    ),
    (
        "suggestion",
        "greenery",
        2,
        "建议增加休闲座椅",
        ("中心花园座椅太少", "老人散步缺少休息处"),
        "low",
        "建议已提交业委会，计划下季度增设",
        False,
    ),
    (
        "suggestion",
        "security",
        2,
        "建议北门增设监控",
        ("北门附近有监控盲区", "夜间照明不足"),
        "low",
        "已纳入年度改造计划",
        False,
    ),
    (
        "suggestion",
        "parking",
        3,
        "建议增设电动车充电桩",
        ("充电桩排队严重", "希望增加快充桩"),
        "low",
        "已联系运营商评估，计划增设20个充电位",
        False,
    ),
    (
        "suggestion",
        "other",
        2,
        "建议增加儿童游乐设施",
        ("小区儿童设施老旧", "希望增设滑梯"),
        "low",
        "建议已提交业委会讨论",
        False,
    ),
    (
        "suggestion",
        "cleaning",
        1,
        "建议加强垃圾分类指导",
        ("很多人分类投放不规范", "希望有督导员"),
        "low",
        "已安排志愿者在投放高峰时段督导",
        False,
    ),
    (
        "praise",
        "staff_attitude",
        3,
        "表扬客服热情周到",
        ("客服耐心解答问题", "前台帮忙代收快递"),
        "low",
        "已转达表扬并纳入月度考核",
        False,
    ),
    (
        "praise",
        "repairs",
        3,
        "表扬维修师傅及时上门",
        ("深夜抢修水管", "维修后主动清理现场"),
        "low",
        "已转达表扬并纳入月度考核",
        False,
    ),
    (
        "praise",
        "security",
        2,
        "表扬保安拾金不昧",
        ("捡到钱包主动归还", "帮忙搬运重物"),
        "low",
        "已转达表扬并给予奖励",
        False,
    ),
    (
        "praise",
        "cleaning",
        1,
        "表扬保洁阿姨认真负责",
        ("楼道打扫得很干净", "雨天及时清理积水"),
        "low",
        "已转达表扬并纳入月度考核",
        False,
    ),
)
_KIND_WEIGHTS = {"repair": 45, "complaint": 25, "inquiry": 18, "suggestion": 7, "praise": 5}
_CHANNEL_WEIGHTS = (
    ("phone", 45),
    ("wechat", 25),
    ("visit", 20),
    ("email", 3),
    ("letter", 2),
    ("owners_meeting", 2),
    ("other", 3),
)
_CHANNEL_VERBS = {
    "phone": "来电反映",
    "wechat": "通过微信反映",
    "visit": "到服务中心反映",
    "email": "来邮件反映",
    "letter": "来信反映",
    "owners_meeting": "在业主大会上提出",
    "other": "反映",
}
_CALLBACK_NOTES = {
    5: ("业主对处理结果非常满意", "业主表示感谢，无其他意见"),
    4: ("业主基本满意", "业主表示满意，希望以后响应再快一些"),
    3: ("业主认为处理速度一般", "业主表示问题已解决，但等待时间较长"),
    2: ("业主对处理时效不满意", "业主认为沟通不到位"),
    1: ("业主表示问题没有彻底解决，情绪较大", "业主非常不满，要求主管出面"),
}
_URGINGS = ("希望尽快处理。", "请尽快安排人员处理。", "已多次反映，请重视。", "")
# A ticket draft is a list; these name its slots.
_D_ID, _D_NUMBER, _D_RECEIVED, _D_INCIDENT = 0, 1, 8, 12
_TICKET_COLUMNS = (
    "id",
    "number",
    "kind",
    "customer_id",
    "unit_id",
    "channel",
    "category",
    "severity",
    "title",
    "description",
    "status",
    "received_at",
    "first_response_at",
    "response_due_at",
    "due_at",
    "assigned_staff_id",
    "resolved_at",
    "resolution",
    "closed_at",
    "hold_started_at",
    "escalated_at",
    "escalated_to",
    "incident_id",
    "callback_due_at",
    "callback_at",
    "callback_by",
    "callback_score",
    "callback_note",
    "flagged_for_manager",
    "version",
    "updated_by",
    "created_at",
    "updated_at",
)
_EVENT_COLUMNS = ("id", "ticket_id", "at", "from_status", "to_status", "action", "user", "note")
_ANSWER_COLUMNS = ("id", "response_id", "question_id", "score", "expectation", "text")
# Quantiles of the standard normal distribution: indexing it with random() is much cheaper than gauss().
_STANDARD_NORMAL = [NormalDist().inv_cdf((i + 0.5) / 2048) for i in range(2048)]
_MINUTE_TEXTS = [f" {m // 60:02d}:{m % 60:02d}:00.000000" for m in range(1440)]
_HOUR_WEIGHTS = (1, 1, 1, 1, 1, 1, 2, 5, 10, 12, 11, 9, 6, 7, 9, 10, 9, 8, 8, 7, 6, 4, 2, 1)
_SEASON = (0.9, 0.8, 0.95, 1.0, 1.05, 1.15, 1.25, 1.2, 1.05, 0.95, 0.95, 0.95)

_INTERACTIONS = (  # (kind, channel, weight, summary)
    ("call", "phone", 8, "电话提醒缴纳本年度物业费"),
    ("call", "phone", 5, "电话通知：门禁系统升级，请及时登记人脸信息"),
    ("call", "phone", 6, "电话回访：了解近期居住体验，业主无其他意见"),
    ("call", "phone", 3, "电话沟通：协调与楼上邻居的漏水纠纷"),
    ("call", "phone", 3, "电话确认装修验收时间"),
    ("visit", "visit", 6, "业主来访：办理门禁卡"),
    ("visit", "visit", 5, "业主来访：咨询车位租赁"),
    ("visit", "visit", 3, "业主来访：反映邻里纠纷，已记录并协调"),
    ("visit", "visit", 4, "业主来访：办理停车月卡续费"),
    ("notice", "wechat", 5, "通知：二次供水水箱清洗，当日9:00–17:00停水"),
    ("notice", "sms", 4, "通知：电梯年度检验，当日暂停使用2小时"),
    ("notice", "wechat", 3, "通知：小区消防演练安排"),
    ("notice", "sms", 3, "通知：物业费缴费通知单已送达"),
    ("event", "visit", 3, "参加社区中秋游园会"),
    ("event", "visit", 3, "参加业主消防安全演练"),
    ("event", "visit", 2, "参加重阳节敬老茶话会"),
    ("event", "visit", 2, "参加垃圾分类宣传活动"),
    ("event", "visit", 1, "参加业主代表座谈会"),
    ("greeting", "visit", 2, "节日问候：中秋节上门送月饼"),
    ("greeting", "visit", 2, "节日问候：春节送春联、福字"),
)
_CARE_VISITS = (
    "关怀走访：上门看望，身体状况良好，提醒注意用电用气安全",
    "关怀走访：协助更换家中灯泡，检查燃气报警器",
    "关怀走访：送去防暑降温用品",
    "关怀走访：冬季送温暖，检查取暖设备使用情况",
    "关怀走访：陪同前往社区卫生服务中心体检",
)

_SCOPES = (  # (scope, deposit, shortest and longest planned days, weight)
    ("全屋装修：水电改造、墙地面、吊顶、厨卫", Decimal("5000.00"), 60, 120, 4),
    ("厨房、卫生间翻新（含防水）", Decimal("3000.00"), 25, 50, 4),
    ("墙面翻新刷漆、更换地板", Decimal("2000.00"), 15, 30, 3),
    ("阳台封闭、安装防盗窗", Decimal("2000.00"), 7, 15, 2),
    ("局部改造：拆除非承重隔墙、增加储物柜", Decimal("3000.00"), 20, 40, 2),
    ("更换门窗、安装新风系统", Decimal("2000.00"), 10, 20, 2),
)
_VIOLATIONS = (  # (type, weight, description, deduction)
    ("hours_noise", 30, "午休时间（12:00–14:00）使用电锤施工", Decimal("200.00")),
    ("debris", 25, "装修垃圾堆放在楼道内未及时清运", Decimal("300.00")),
    ("facade", 12, "擅自在外墙开孔安装空调管线", Decimal("500.00")),
    ("waterproofing", 12, "卫生间未做闭水试验即铺贴地砖", Decimal("500.00")),
    ("load_bearing", 6, "施工人员擅自开凿承重墙，已责令立即停工恢复", Decimal("2000.00")),
    ("other", 15, "未办理动火审批即进行焊接作业", Decimal("300.00")),
)
_INSPECTION_OK = (
    "现场施工规范，垃圾已袋装清运",
    "按审批方案施工，无违章",
    "防水层施工完成，闭水试验合格",
    "施工时间符合规定",
)
_DEFECTS = (
    "卫生间地漏返味",
    "入户门锁芯松动",
    "客厅墙面有裂缝",
    "厨房水龙头漏水",
    "主卧窗户密封条脱落",
    "阳台地砖空鼓",
    "插座面板松动",
    "木地板起拱",
    "燃气表读数与交接单不符",
)
_MOVE_IN_NOTES = (
    "资料齐全，已讲解《业主手册》与装修管理规定",
    "已登记车辆信息并办理门禁卡",
    "业主委托家属代为办理交接",
    "已签署《房屋交接确认书》",
    None,
    None,
)

_SERVQUAL_GAP = {"tangibles": 0.3, "reliability": 0.7, "responsiveness": 0.9, "assurance": 0.5, "empathy": 0.6}
_COMMENTS = {
    "good": (
        "保安师傅很负责，晚上回家很安心。",
        "维修师傅上门及时，态度很好。",
        "小区环境比去年干净多了，点赞保洁阿姨。",
        "客服耐心细致，问题解决得很快。",
        "绿化打理得很漂亮，孩子们很喜欢。",
    ),
    "bad": (
        "电梯经常出故障，维修太慢。",
        "报修后好几天没人来，希望提高效率。",
        "地下车库味道很大，希望加强清洁。",
        "晚上外来车辆太多，门岗管理不严。",
        "物业费不低，服务跟不上。",
        "投诉邻居噪音多次没有结果。",
    ),
    "neutral": (
        "希望增加电动车充电桩。",
        "建议增加儿童游乐设施。",
        "希望物业公开收支明细。",
        "建议在雨季前检查屋面防水。",
        "希望快递柜能再多一些。",
        "希望多组织一些社区活动。",
    ),
}
_SURVEY_CHANNELS = (("paper", 40), ("phone", 30), ("visit", 15), ("online", 15))
_SURVEY_DESCRIPTION = "面向全体住户的季度满意度测评（NPS、CSAT、SERVQUAL 五个维度），纸质问卷、电话和上门访问相结合。"
_QUARTER_NAMES = ("一", "二", "三", "四")

_ASSESSMENT_METHODS = ("observation", "interview", "skill_test", "combined")
_ASSESSMENT_COMMENTS = (
    (4.5, "服务意识强，业主表扬多，可作为班组标杆"),
    (3.5, "业务熟练，工作认真，沟通技巧可进一步提升"),
    (0.0, "回访满意度偏低，需加强服务礼仪与专业技能培训"),
)

# Official State Council schedules of years before the calendar shipped in services.sla (holiday blocks, 调休).
_OFFICIAL_HOLIDAYS: dict[int, tuple[tuple[tuple[str, str, str], ...], tuple[tuple[str, str], ...]]] = {
    2024: (
        (
            ("元旦", "01-01", "01-01"),
            ("春节", "02-10", "02-17"),
            ("清明节", "04-04", "04-06"),
            ("劳动节", "05-01", "05-05"),
            ("端午节", "06-08", "06-10"),
            ("中秋节", "09-15", "09-17"),
            ("国庆节", "10-01", "10-07"),
        ),
        (
            ("02-04", "春节"),
            ("02-18", "春节"),
            ("04-07", "清明节"),
            ("04-28", "劳动节"),
            ("05-11", "劳动节"),
            ("09-14", "中秋节"),
            ("09-29", "国庆节"),
            ("10-12", "国庆节"),
        ),
    ),
    2025: (
        (
            ("元旦", "01-01", "01-01"),
            ("春节", "01-28", "02-04"),
            ("清明节", "04-04", "04-06"),
            ("劳动节", "05-01", "05-05"),
            ("端午节", "05-31", "06-02"),
            ("国庆节、中秋节", "10-01", "10-08"),
        ),
        (("01-26", "春节"), ("02-08", "春节"), ("04-27", "劳动节"), ("09-28", "国庆节"), ("10-11", "国庆节")),
    ),
}
# Lunar festivals (春节 first day, 端午, 中秋) for years without a published schedule yet.
_LUNAR_FESTIVALS = {
    2027: ("02-06", "06-09", "09-15"),
    2028: ("01-26", "05-28", "10-03"),
    2029: ("02-13", "06-16", "09-22"),
    2030: ("02-03", "06-05", "09-12"),
    2031: ("01-23", "06-24", "10-01"),
    2032: ("02-11", "06-12", "09-19"),
    2033: ("01-31", "06-01", "09-08"),
    2034: ("02-19", "06-20", "09-27"),
    2035: ("02-08", "06-10", "09-16"),
    2036: ("01-28", "05-30", "10-04"),
    2037: ("02-15", "06-18", "09-24"),
    2038: ("02-04", "06-07", "09-13"),
    2039: ("01-24", "05-27", "10-02"),
    2040: ("02-12", "06-14", "09-20"),
    2020: ("01-25", "06-25", "10-01"),
    2021: ("02-12", "06-14", "09-21"),
    2022: ("02-01", "06-03", "09-10"),
    2023: ("01-22", "06-22", "09-29"),
}


def chinese_holidays(year: int) -> list[tuple[date, bool, str]]:
    """(day, is_workday, name) for a year: the calendar the program ships (services.sla), an earlier official
    schedule, or else the usual pattern of recent years, marked as an estimate."""
    shipped = shipped_days(year)
    if shipped:
        return shipped
    if year in _OFFICIAL_HOLIDAYS:
        blocks, workdays = _OFFICIAL_HOLIDAYS[year]
        days: list[tuple[date, bool, str]] = []
        for name, first, last in blocks:
            day, end = _md(year, first), _md(year, last)
            while day <= end:
                days.append((day, False, name))
                day += timedelta(days=1)
        days += [(_md(year, md), True, f"{name}调休上班") for md, name in workdays]
        return sorted(days)
    return [(day, workday, name + ESTIMATE_MARK) for day, workday, name in _estimated_holidays(year)]


def _md(year: int, month_day: str) -> date:
    month, day = month_day.split("-")
    return date(year, int(month), int(day))


def _estimated_holidays(year: int) -> list[tuple[date, bool, str]]:
    """The pattern of recent years: long blocks for 春节/劳动节/国庆节 paid back on nearby weekends."""
    blocks: list[tuple[str, date, date, int]] = []  # name, first, last, statutory days

    def one_day(name: str, day: date) -> None:
        weekday = day.weekday()
        if weekday in (5, 6, 0):  # joined to the weekend: Saturday to Monday
            saturday = day - timedelta(days=(weekday - 5) % 7)
            blocks.append((name, saturday, saturday + timedelta(days=2), 1))
        elif weekday == 4:
            blocks.append((name, day, day + timedelta(days=2), 1))
        else:
            blocks.append((name, day, day, 1))

    one_day("元旦", date(year, 1, 1))
    short = year % 100
    one_day("清明节", date(year, 4, int(short * 0.2422 + 4.81) - short // 4))
    blocks.append(("劳动节", date(year, 5, 1), date(year, 5, 5), 2))
    national_last, national_name = date(year, 10, 7), "国庆节"
    lunar = _LUNAR_FESTIVALS.get(year)
    if lunar:
        new_year = _md(year, lunar[0])
        blocks.append(("春节", new_year - timedelta(days=1), new_year + timedelta(days=6), 4))
        one_day("端午节", _md(year, lunar[1]))
        mid_autumn = _md(year, lunar[2])
        if date(year, 9, 30) <= mid_autumn <= date(year, 10, 8):
            national_last, national_name = max(national_last, date(year, 10, 8)), "国庆节、中秋节"
        else:
            one_day("中秋节", mid_autumn)
    blocks.append((national_name, date(year, 10, 1), national_last, 3 if national_name == "国庆节" else 4))
    off: dict[date, str] = {}
    for name, first, last, _statutory in blocks:
        day = first
        while day <= last:
            off.setdefault(day, name)
            day += timedelta(days=1)
    result = [(day, False, name) for day, name in off.items()]
    for name, first, last, statutory in blocks:
        length = (last - first).days + 1
        weekdays = sum(1 for i in range(length) if (first + timedelta(days=i)).weekday() < 5)
        owed = max(0, weekdays - statutory) if length >= 5 else 0
        step, taken = 1, 0
        while owed > taken and step < 30:  # nearest weekend days before and after the block
            for candidate in (first - timedelta(days=step), last + timedelta(days=step)):
                if owed > taken and candidate.weekday() >= 5 and candidate not in off and candidate.year == year:
                    result.append((candidate, True, f"{name}调休上班"))
                    off[candidate] = name
                    taken += 1
            step += 1
    return sorted(result)


# --- small helpers -------------------------------------------------------------------------------


class _Choice:
    """Weighted choice with precomputed weights (random.choices recomputes them on every call).

    Whole-number weights become a table with each item repeated weight times, so that a pick is one index:
    `table[int(random() * size)]`, which hot loops inline. It picks exactly what bisecting would.
    """

    __slots__ = ("cum", "items", "size", "table", "total")

    def __init__(self, pairs: Sequence[tuple[Any, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(accumulate(weight for _, weight in pairs))
        self.total = self.cum[-1]
        whole = all(isinstance(weight, int) for _, weight in pairs) and self.total <= 10_000
        self.table = [item for item, weight in pairs for _ in range(weight)] if whole else []
        self.size = len(self.table)

    def pick(self, rng: random.Random) -> Any:
        if self.size:
            return self.table[int(rng.random() * self.size)]
        return self.items[bisect(self.cum, rng.random() * self.total)]


def _add_months(day: date, count: int) -> date:
    month0 = day.month - 1 + count
    year, month = day.year + month0 // 12, month0 % 12 + 1
    last = [
        31,
        29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28,
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][month - 1]
    return date(year, month, min(day.day, last))


def _clamp(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value


def _money(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


class _Person:
    __slots__ = (
        "birthday",
        "created",
        "customer_type",
        "email",
        "emergency_contact",
        "emergency_phone",
        "gender",
        "id",
        "id_number",
        "id_type",
        "mobile",
        "name",
        "notes",
        "occupancies",
        "phone2",
        "preferences",
        "preferred_channel",
        "sat",
        "special_needs",
        "tags",
        "ticket_weight",
        "wechat",
    )

    def __init__(self, person_id: int, name: str, customer_type: str) -> None:
        self.id = person_id
        self.name = name
        self.customer_type = customer_type
        self.gender: str | None = None
        self.birthday: date | None = None
        self.id_type = "resident_id"
        self.id_number: str | None = None
        self.mobile: str | None = None
        self.phone2: str | None = None
        self.email: str | None = None
        self.wechat: str | None = None
        self.emergency_contact: str | None = None
        self.emergency_phone: str | None = None
        self.preferred_channel: str | None = None
        self.special_needs: str | None = None
        self.preferences: str | None = None
        self.tags: list[str] = []
        self.notes: str | None = None
        self.created: datetime | None = None
        self.occupancies: list[_Occ] = []
        self.ticket_weight = 1.0
        self.sat = 0.7  # latent satisfaction 0–1 that drives survey answers


class _Occ:
    __slots__ = (
        "end",
        "end_day",
        "end_note",
        "end_reason",
        "id",
        "person",
        "role",
        "start",
        "start_day",
        "start_kind",
        "unit",
    )

    def __init__(self, occ_id: int, person: _Person, unit: _Unit, role: str, start: date, kind: str) -> None:
        self.id, self.person, self.unit, self.role = occ_id, person, unit, role
        self.start, self.start_kind = start, kind
        self.end: date | None = None
        self.start_day = self.end_day = 0  # set by _DemoBuilder._tickets
        self.end_reason: str | None = None
        self.end_note: str | None = None


class _Building:
    __slots__ = ("community", "created", "floors", "id", "name", "units")

    def __init__(self, building_id: int, community: int, name: str, floors: int, created: datetime) -> None:
        self.id, self.community, self.name, self.floors = building_id, community, name, floors
        self.created = created
        self.units: list[_Unit] = []


class _Unit:
    __slots__ = (
        "area",
        "building",
        "busy_until",
        "code",
        "entrance",
        "family",
        "floor",
        "id",
        "owner",
        "owner_history",
        "owner_resides",
        "relet_token",
        "room",
        "scheduled",
        "tenant",
        "usage",
    )

    def __init__(
        self, unit_id: int, building: _Building, entrance: str, room: str, floor: int, area: Decimal, usage: str
    ) -> None:
        self.id, self.building, self.entrance, self.room = unit_id, building, entrance, room
        self.floor, self.area, self.usage = floor, area, usage
        self.code = unit_code(building.name, entrance, room)
        self.owner: _Occ | None = None
        self.owner_history: list[_Occ] = []
        self.owner_resides = True
        self.tenant: _Occ | None = None
        self.family: list[_Occ] = []
        self.busy_until = date.min
        self.relet_token = 0
        self.scheduled = False


def _sqlite_datetime(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")  # SQLAlchemy's SQLite storage format, e.g. 2026-01-02 09:30:00.000000


class _Writer:
    """Buffers rows per table and inserts them in dependency order, BATCH_ROWS at a time.

    Rows go to the driver's `executemany` with values already in the form SQLAlchemy would bind (on SQLite:
    ISO text for dates and times, floats for numerics), or to COPY on PostgreSQL: per-row parameter processing
    in SQLAlchemy costs more than the insert itself at these volumes.
    """

    def __init__(self, conn: Connection, on_flush: Any) -> None:
        self.conn = conn
        self.on_flush = on_flush
        self.sqlite = conn.dialect.name == "sqlite"
        self.use_copy = conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"
        self.buffers: dict[str, list[dict]] = {}
        self.counts: dict[str, int] = {}
        self.written = 0
        self.order = list(Base.metadata.sorted_tables)
        self.pending = 0
        self.statements: dict[str, tuple[tuple[str, ...], str, Any, list[tuple[int, Any]]]] = {}
        self.raw: dict[str, tuple[tuple[str, ...], list[tuple]]] = {}

    def add_raw(self, table: Table, columns: tuple[str, ...], row: tuple) -> None:
        """A row already in the driver's form (see _DemoBuilder._minute_stamp), in `columns` order."""
        entry = self.raw.get(table.name)
        if entry is None:
            entry = self.raw[table.name] = (columns, [])
        entry[1].append(row)
        self.pending += 1
        if len(entry[1]) >= BATCH_ROWS:
            self.flush()

    def add_raw_many(self, table: Table, columns: tuple[str, ...], rows: list[tuple]) -> None:
        entry = self.raw.get(table.name)
        if entry is None:
            entry = self.raw[table.name] = (columns, [])
        entry[1].extend(rows)
        self.pending += len(rows)
        if len(entry[1]) >= BATCH_ROWS:
            self.flush()

    def add(self, table: Table, row: dict) -> None:
        buffer = self.buffers.get(table.name)
        if buffer is None:
            buffer = self.buffers[table.name] = []
        buffer.append(row)
        self.pending += 1
        if len(buffer) >= BATCH_ROWS:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        for table in self.order:
            rows = self.buffers.get(table.name)
            if rows:
                self._insert(table, rows)
                self._count(table, len(rows))
                rows.clear()
            raw = self.raw.get(table.name)
            if raw and raw[1]:
                self._execute(table, raw[0], raw[1])
                self._count(table, len(raw[1]))
                raw[1].clear()
        self.pending = 0
        self.on_flush()

    def _count(self, table: Table, rows: int) -> None:
        self.counts[table.name] = self.counts.get(table.name, 0) + rows
        self.written += rows

    def _statement(self, table: Table, keys: tuple[str, ...]) -> tuple[str, Any, list[tuple[int, Any]]]:
        cached = self.statements.get(table.name)
        if cached is not None and cached[0] == keys:
            return cached[1], cached[2], cached[3]
        dialect = self.conn.dialect
        quote = dialect.identifier_preparer.quote
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(k) for k in keys)}) "
            f"VALUES ({', '.join([marker] * len(keys))})"
        )
        converters: list[tuple[int, Any]] = []
        if self.sqlite:
            for index, key in enumerate(keys):
                column_type = table.c[key].type
                if isinstance(column_type, DateTime):
                    converters.append((index, _sqlite_datetime))
                elif isinstance(column_type, Date):
                    converters.append((index, date.isoformat))
                elif isinstance(column_type, Numeric):
                    converters.append((index, float))
        self.statements[table.name] = (keys, sql, itemgetter(*keys), converters)
        return sql, itemgetter(*keys), converters

    def _insert(self, table: Table, rows: list[dict]) -> None:
        keys = tuple(rows[0])
        sql, getter, converters = self._statement(table, keys)
        if converters:
            data: list[Any] = []
            for row in rows:
                values = list(getter(row))
                for index, convert in converters:
                    value = values[index]
                    if value is not None:
                        values[index] = convert(value)
                data.append(tuple(values))
        else:
            data = [getter(row) for row in rows]
        self._execute(table, keys, data, sql)

    def _execute(self, table: Table, keys: tuple[str, ...], data: list[tuple], sql: str | None = None) -> None:
        if self.use_copy:  # an order of magnitude faster than executemany on PostgreSQL
            quote = self.conn.dialect.identifier_preparer.quote
            cursor = self.conn.connection.dbapi_connection.cursor()
            try:
                with cursor.copy(f"COPY {quote(table.name)} ({', '.join(quote(k) for k in keys)}) FROM STDIN") as copy:
                    for row in data:
                        copy.write_row(row)
            finally:
                cursor.close()
            return
        self.conn.exec_driver_sql(sql or self._statement(table, keys)[0], data)


# --- the generator -------------------------------------------------------------------------------


class _DemoBuilder:
    def __init__(
        self, conn: Connection, households: int, months: int, seed: int, today: date, progress: Progress
    ) -> None:
        self.conn = conn
        self.households = households
        self.months = months
        self.rng = random.Random(seed)
        self.today = today
        self.now = datetime.combine(today, time.min)  # history ends where today begins
        self.history_start = _add_months(today, -months)
        self.progress = progress
        self.postgres = conn.dialect.name == "postgresql"
        self.sqlite = conn.dialect.name == "sqlite"
        self.day_texts: list[str] = []  # ISO dates by day of the history, for _minute_stamp
        self._stamp_minute = self._stamp_text if self.sqlite else self._minute_stamp
        self.name_texts: dict[str, str] = {}  # name → the start of its search text (see _search_text)
        self.search_checks = 0
        self.search_cache_ok = True
        self.epoch_datetime = datetime.combine(self.history_start, time.min)
        self.writer = _Writer(conn, self._report)
        self.phase = QT_TRANSLATE_NOOP("Services", "Preparing")
        self.estimate = self._estimate_rows()
        self.next_ids: dict[str, int] = {}
        self.transfers = 0
        self.move_outs = 0
        self.used_mobiles: set[str] = set()
        self.used_ids: set[str] = set()
        self.persons: list[_Person] = []
        self.occupancies: list[_Occ] = []
        self.units: list[_Unit] = []
        self.move_ins: list[dict] = []
        self.defects: list[tuple[int, dict]] = []  # (index into move_ins, row without ids)
        self.renovation_plans: list[tuple[_Unit, _Person, date]] = []
        city = self.rng.choice(_CITIES)
        self.city = city
        self.local_regions = [code for _, code in city["districts"]]
        self.surnames = _Choice(_SURNAMES)
        self.special_needs = _Choice(_SPECIAL_NEEDS)
        self.preferences = _Choice(_PREFERENCES)
        self.tags = _Choice(_TAGS)
        self.channels = _Choice((("phone", 50), ("wechat", 35), ("sms", 8), ("visit", 5), ("email", 2)))
        self.hours = _Choice(list(enumerate(_HOUR_WEIGHTS)))
        self.office_hours = _Choice([(h, w if 8 <= h <= 19 else 0) for h, w in enumerate(_HOUR_WEIGHTS)])

    # -- plumbing ---------------------------------------------------------------------------------
    def _estimate_rows(self) -> int:
        """Rows the run will write, roughly: the progress bar's total."""
        h, m = self.households, self.months
        tickets = h * m * TICKETS_PER_HOUSEHOLD_MONTH * 1.07
        events = tickets * 5.3 * min(1.0, EVENT_HISTORY_DAYS / 30.44 / m)
        responses = h * m / 3 * RESPONSES_PER_HOUSEHOLD_QUARTER
        return int(h * (4.0 + 0.02 * m) + tickets + events + responses * 13 + h * m * 0.06) + 200

    def _report(self) -> None:
        done = min(self.writer.written, self.estimate - 1)
        self.progress(done, self.estimate, self.phase)

    def _step(self, phase: str) -> None:
        self.phase = phase
        self._report()

    def _ids(self, table: Table, count: int = 1) -> int:
        """First of `count` fresh ids for a table (after whatever the database holds already)."""
        name = table.name
        if name not in self.next_ids:
            self.next_ids[name] = (self.conn.scalar(select(func.max(table.c.id))) or 0) + 1
        first = self.next_ids[name]
        self.next_ids[name] = first + count
        return first

    def _stamp(self, at: datetime) -> dict:
        return {"created_at": at, "updated_at": at}

    def run(self) -> DemoSummary:
        self._step(QT_TRANSLATE_NOOP("Services", "Preparing the office"))
        sla = self._sla_policies()
        holidays = self._holidays()
        self._staff()
        settings = self._settings()
        self._step(QT_TRANSLATE_NOOP("Services", "Building communities"))
        self._structure()
        self._step(QT_TRANSLATE_NOOP("Services", "Simulating residents"))
        self._population()
        self._simulate_changes()
        dropped = self._drop_indexes(_BULK_TABLES)
        self._write_customers()
        self._write_move_ins()
        self._step(QT_TRANSLATE_NOOP("Services", "Renovations"))
        self._renovations()
        self._step(QT_TRANSLATE_NOOP("Services", "Interaction log"))
        self._interactions()
        self._tickets(sla)
        self._surveys()
        self._step(QT_TRANSLATE_NOOP("Services", "Staff assessments"))
        self._assessments()
        self.writer.flush()
        self._step(QT_TRANSLATE_NOOP("Services", "Indexing"))
        for statement in dropped:
            self.conn.exec_driver_sql(statement)
            self._report()  # lets a cancel through between the longer statements
        if self.postgres:
            self._reset_sequences()
        counts = self.writer.counts
        self.progress(self.estimate, self.estimate, QT_TRANSLATE_NOOP("Services", "Done"))
        return DemoSummary(
            communities=counts.get("communities", 0),
            buildings=counts.get("buildings", 0),
            units=counts.get("units", 0),
            customers=counts.get("customers", 0),
            occupancies=counts.get("occupancies", 0),
            transfers=self.transfers,
            move_outs=self.move_outs,
            interactions=counts.get("interactions", 0),
            move_ins=counts.get("move_ins", 0),
            handover_defects=counts.get("handover_defects", 0),
            renovations=counts.get("renovations", 0),
            inspections=counts.get("inspections", 0),
            deductions=counts.get("deductions", 0),
            staff=counts.get("staff", 0),
            staff_assessments=counts.get("staff_assessments", 0),
            sla_policies=sla["_inserted"],
            holidays=holidays,
            tickets=counts.get("tickets", 0),
            ticket_events=counts.get("ticket_events", 0),
            surveys=counts.get("surveys", 0),
            questions=counts.get("questions", 0),
            responses=counts.get("responses", 0),
            answers=counts.get("answers", 0),
            settings=settings,
        )

    def _drop_indexes(self, tables: tuple[str, ...]) -> list[str]:
        """Drop the secondary indexes of the big tables; returns the statements that recreate them.

        Building an index once over all rows is several times faster than updating it row by row. Both
        happen inside the demo's transaction, so a cancelled run gets its indexes back with the rollback.
        Indexes that back primary keys and unique constraints stay.
        """
        if self.sqlite:
            found = self.conn.execute(
                text(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    "AND tbl_name IN (" + ", ".join(f"'{t}'" for t in tables) + ") ORDER BY name"
                )
            ).all()
        elif self.postgres:
            found = self.conn.execute(
                text(
                    "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
                    "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
                    "JOIN pg_namespace n ON n.oid = t.relnamespace "
                    "WHERE n.nspname = current_schema() AND t.relname = ANY(:tables) "
                    "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid) ORDER BY i.relname"
                ),
                {"tables": list(tables)},
            ).all()
        else:
            return []
        quote = self.conn.dialect.identifier_preparer.quote
        for name, _sql in found:
            self.conn.exec_driver_sql(f"DROP INDEX {quote(name)}")
        statements = [sql for _name, sql in found]
        if self.postgres:
            # Likewise a foreign key validated once over the whole table beats a trigger per row.
            constraints = self.conn.execute(
                text(
                    "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
                    "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                    "WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname = ANY(:tables) "
                    "ORDER BY t.relname, c.conname"
                ),
                {"tables": list(tables)},
            ).all()
            for table, name, _definition in constraints:
                self.conn.exec_driver_sql(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
            statements += [
                f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}"
                for table, name, definition in constraints
            ]
        return statements

    def _reset_sequences(self) -> None:
        """Explicit ids do not advance PostgreSQL's sequences; later inserts must not collide with them."""
        for name, next_id in self.next_ids.items():
            self.conn.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value, false)"),
                {"table": name, "value": next_id},
            )

    # -- people -----------------------------------------------------------------------------------
    def _mobile(self) -> str:
        rng = self.rng
        while True:
            random_ = rng.random
            number = _MOBILE_PREFIXES[int(random_() * len(_MOBILE_PREFIXES))] + f"{int(random_() * 1e8):08d}"
            if number not in self.used_mobiles:
                self.used_mobiles.add(number)
                return number

    def _name(self, gender: str, born: int, surname: str | None = None) -> str:
        rng = self.rng
        surname = surname or self.surnames.pick(rng)
        if born < 1965 and rng.random() < 0.5:
            return surname + rng.choice(_OLD_MALE_NAMES if gender == "male" else _OLD_FEMALE_NAMES)
        chars = _MALE_CHARS if gender == "male" else _FEMALE_CHARS
        if rng.random() < 0.35:
            return surname + rng.choice(chars)
        first = rng.choice(chars)
        second = rng.choice(chars)
        while second == first:
            second = rng.choice(chars)
        return surname + first + second

    def _id_number(self, birthday: date, gender: str) -> str:
        rng = self.rng
        while True:
            random_ = rng.random
            regions = self.local_regions if random_() < 0.6 else _MIGRANT_REGIONS
            region = regions[int(random_() * len(regions))]
            sequence = int(random_() * 100) * 10 + int(random_() * 5) * 2 + (1 if gender == "male" else 0)
            first17 = f"{region}{birthday:%Y%m%d}{sequence:03d}"
            number = first17 + id_check_digit(first17)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def _person(
        self, customer_type: str, at: date, age: tuple[int, int], gender: str | None = None, surname: str | None = None
    ) -> _Person:
        """A new customer whose archive is created on `at`, aged within `age` then."""
        rng = self.rng
        gender = gender or ("male" if rng.random() < 0.52 else "female")
        born_year = at.year - rng.randint(*age)
        birthday = date(born_year, 1, 1) + timedelta(days=int(rng.random() * 365))
        if birthday >= self.today:
            birthday = self.today - timedelta(days=365 * 20)
        person = _Person(self._ids(Customer.__table__), self._name(gender, born_year, surname), customer_type)
        person.gender = gender
        person.birthday = birthday
        if rng.random() < 0.985:
            person.id_number = self._id_number(birthday, gender)
        else:  # a Hong Kong or Macau resident
            person.id_type = "hk_macau_permit"
            person.id_number = rng.choice("HM") + f"{rng.randrange(10**8):08d}"
        person.mobile = self._mobile()
        if rng.random() < 0.12:
            person.phone2 = f"{self.city['area_code']}-8{rng.randrange(10**7):07d}"
        if rng.random() < 0.12:
            person.email = f"{rng.randrange(10**8, 10**10)}@{rng.choice(('qq.com', '163.com', '126.com'))}"
        if rng.random() < 0.4:
            person.wechat = "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(10))
        person.preferred_channel = self.channels.pick(rng) if rng.random() < 0.7 else None
        age_now = (self.today - birthday).days // 365
        if rng.random() < 0.07:
            person.special_needs = self.special_needs.pick(rng)
        if rng.random() < 0.25:
            first = self.preferences.pick(rng)
            second = self.preferences.pick(rng) if rng.random() < 0.2 else first
            person.preferences = first if second == first else f"{first}；{second}"
        tags: list[str] = []
        for _ in range(2):
            if rng.random() < 0.17:
                tag = self.tags.pick(rng)
                if tag not in tags:
                    tags.append(tag)
        if age_now >= 65:
            tags.append("老年人")
        person.tags = tags
        if "投诉敏感" in tags or rng.random() < 0.05:
            person.ticket_weight = 3.5
        person.sat = _clamp(rng.gauss(0.72, 0.17), 0.0, 1.0) - (0.2 if person.ticket_weight > 1 else 0.0)
        if rng.random() < 0.03:
            person.notes = rng.choice(_NOTES)
        person.created = datetime.combine(at, time(self.office_hours.pick(rng), rng.randrange(60)))
        self.persons.append(person)
        return person

    def _emergency(self, person: _Person, relative: _Person | None, relation: str | None = None) -> None:
        rng = self.rng
        if relative is not None:
            person.emergency_contact = f"{relative.name}（{relation or '家属'}）"
            person.emergency_phone = relative.mobile
        else:  # someone living elsewhere, named as a clerk would write it down
            relation = rng.choice(tuple(_RELATIONS))
            gender, generation, same_surname = _RELATIONS[relation]
            if gender is None:
                opposite = "female" if person.gender == "male" else "male"
                gender = opposite if relation == "配偶" else rng.choice(("male", "female"))
            born = (person.birthday.year if person.birthday else 1980) + generation + rng.randint(-4, 4)
            surname = None
            if same_surname:
                surname = person.name[:2] if person.name[:2] in _COMPOUND_SURNAMES else person.name[0]
            person.emergency_contact = f"{self._name(gender, born, surname)}（{relation}）"
            person.emergency_phone = self._mobile()

    def _company(self, at: date) -> _Person:
        rng = self.rng
        name = f"{self.city['short']}{rng.choice(_SHOP_BRANDS)}{rng.choice(_SHOP_TRADES)}有限公司"
        person = _Person(self._ids(Customer.__table__), name, "company")
        person.id_type = "other"
        credit = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        person.id_number = f"91{rng.choice(self.local_regions)}MA{credit}"
        person.mobile = self._mobile()
        person.phone2 = f"{self.city['area_code']}-8{rng.randrange(10**7):07d}"
        contact = self._name("male" if rng.random() < 0.5 else "female", 1980)
        person.notes = f"联系人：{contact}"
        person.preferred_channel = "phone"
        person.tags = ["商户"]
        person.created = datetime.combine(at, time(10, 0))
        self.persons.append(person)
        return person

    def _occupy(self, person: _Person, unit: _Unit, role: str, start: date, kind: str = "move_in") -> _Occ:
        occ = _Occ(self._ids(Occupancy.__table__), person, unit, role, start, kind)
        person.occupancies.append(occ)
        self.occupancies.append(occ)
        return occ

    def _end(self, occ: _Occ, day: date, reason: str, note: str) -> None:
        occ.end, occ.end_reason, occ.end_note = day, reason, note
        self.move_outs += 1
        if reason == "dissatisfied":
            occ.person.sat = min(occ.person.sat, 0.35)
            occ.person.ticket_weight = max(occ.person.ticket_weight, 3.0)

    # -- reference data ---------------------------------------------------------------------------
    def _settings(self) -> int:
        rng = self.rng
        existing = set(self.conn.scalars(select(Setting.key)))
        district, _ = rng.choice(self.city["districts"])
        values = {
            "office_name": f"{rng.choice(_OFFICE_BRANDS)}物业服务中心",
            "office_address": f"{self.city['name']}{district}{rng.choice(self.city['streets'])}{rng.randint(1, 300)}号",
            "office_phone": f"{self.city['area_code']}-8{rng.randrange(10**7):07d}",
            "language": "zh_CN",
            SETTING_CALLBACK_DAYS: "2",
            SETTING_SERVICE_MANAGER: self.heads["客服"]["name"],  # overdue tickets are escalated to them
        }
        at = datetime.combine(self.history_start, time(9, 0))
        count = 0
        for key, value in values.items():
            if key not in existing:
                self.writer.add(
                    Setting.__table__, {"key": key, "value": value, "version": 1, "updated_by": None, **self._stamp(at)}
                )
                count += 1
        return count

    def _sla_policies(self) -> dict:
        existing = {
            severity: (Decimal(response), Decimal(resolution))
            for severity, response, resolution in self.conn.execute(
                select(SlaPolicy.severity, SlaPolicy.response_hours, SlaPolicy.resolution_hours)
            )
        }
        policies: dict[str, Any] = {"_inserted": 0}
        at = datetime.combine(self.history_start, time(9, 0))
        for severity, (response, resolution) in DEFAULT_POLICIES.items():  # SPEC §3.3, round the clock
            if severity in existing:
                response, resolution = existing[severity]
            else:
                self.writer.add(
                    SlaPolicy.__table__,
                    {
                        "id": self._ids(SlaPolicy.__table__),
                        "severity": severity,
                        "response_hours": response,
                        "resolution_hours": resolution,
                        "clock": "24x7",
                        **self._stamp(at),
                    },
                )
                policies["_inserted"] += 1
            policies[severity] = (round(float(response) * 60), round(float(resolution) * 60))  # minutes
        return policies

    def _holidays(self) -> int:
        existing = set(self.conn.scalars(select(Holiday.day)))
        count = 0
        at = datetime.combine(date(self.today.year, 1, 1), time(9, 0))
        for year in (self.today.year, self.today.year + 1):
            for day, is_workday, name in chinese_holidays(year):
                if day not in existing:
                    self.writer.add(
                        Holiday.__table__,
                        {
                            "id": self._ids(Holiday.__table__),
                            "day": day,
                            "is_workday": is_workday,
                            "name": name,
                            **self._stamp(at),
                        },
                    )
                    existing.add(day)
                    count += 1
        return count

    def _staff(self) -> None:
        rng = self.rng
        taken = set(self.conn.scalars(select(Staff.name)))
        persons = max(8, round(self.households * 0.02))
        shares = {"客服": 0.22, "工程": 0.26, "保洁": 0.26, "安保": 0.26}
        self.staff_by_department: dict[str, list[dict]] = {d: [] for d in _DEPARTMENTS}
        self.teams: dict[str, dict] = {}
        self.heads: dict[str, dict] = {}
        self.staff_rows: list[dict] = []
        counts = {d: max(2, round(persons * share)) for d, share in shares.items()}
        start = datetime.combine(self.history_start - timedelta(days=365), time(9, 0))
        for department, count in counts.items():
            head_title, member_title, team_name = _DEPARTMENTS[department]
            for index in range(count):
                female_share = {"客服": 0.75, "保洁": 0.5}.get(department, 0.15)
                gender = "female" if rng.random() < female_share else "male"
                name = self._name(gender, rng.randint(1965, 2000))
                while name in taken:
                    name = self._name(gender, rng.randint(1965, 2000))
                taken.add(name)
                active = index == 0 or rng.random() > 0.05
                left_on = (
                    None
                    if active
                    else self.history_start
                    + timedelta(days=rng.randrange(max(1, (self.today - self.history_start).days)))
                )
                row = {
                    "id": self._ids(Staff.__table__),
                    "name": name,
                    "department": department,
                    "position": head_title if index == 0 else member_title,
                    "phone": self._mobile(),
                    "active": active,
                    "is_team": False,
                    "user_id": None,
                    "version": 1,
                    "updated_by": None,
                    **self._stamp(start),
                }
                self.writer.add(Staff.__table__, row)
                self.staff_rows.append(row)
                member = {
                    "id": row["id"],
                    "name": name,
                    "left_on": left_on,
                    "quality": rng.gauss(1.0, 0.04),
                    "left_day": (left_on - self.history_start).days if left_on else None,
                }
                self.staff_by_department[department].append(member)
                if index == 0:
                    self.heads[department] = member
            if team_name not in taken:
                taken.add(team_name)
                row = {
                    "id": self._ids(Staff.__table__),
                    "name": team_name,
                    "department": department,
                    "position": None,
                    "phone": None,
                    "active": True,
                    "is_team": True,
                    "user_id": None,
                    "version": 1,
                    "updated_by": None,
                    **self._stamp(start),
                }
                self.writer.add(Staff.__table__, row)
                self.teams[department] = {
                    "id": row["id"],
                    "name": team_name,
                    "left_on": None,
                    "quality": 1.0,
                    "left_day": None,
                }

    def _staff_member(self, department: str, at: date) -> dict:
        members = self.staff_by_department[department]
        for _ in range(6):
            member = members[self.rng.randrange(len(members))]
            if member["left_on"] is None or member["left_on"] > at:
                return member
        return members[0]  # the head never leaves

    # -- communities, buildings, units ------------------------------------------------------------
    def _structure(self) -> None:
        rng = self.rng
        h = self.households
        n_communities = 1 if h < 300 else 2 if h < 3000 else 3 if h < 8000 else 4
        taken = set(self.conn.scalars(select(Community.name)))
        names = [n for n in _COMMUNITY_NAMES if n not in taken]
        rng.shuffle(names)
        while len(names) < n_communities:
            names.append(f"{_COMMUNITY_NAMES[len(names) % len(_COMMUNITY_NAMES)]}{len(names) + 1}期")
        weights = [rng.uniform(0.6, 1.4) for _ in range(n_communities)]
        shops = min(60, h // 100)
        residential = h - shops
        shares = [int(residential * w / sum(weights)) for w in weights]
        shares[-1] += residential - sum(shares)
        self.communities: list[dict] = []
        for index in range(n_communities):
            district, _ = rng.choice(self.city["districts"])
            delivered = date(self.history_start.year - rng.randint(2, 15), rng.randint(1, 12), rng.randint(1, 28))
            row = {
                "id": self._ids(Community.__table__),
                "name": names[index],
                "address": f"{self.city['name']}{district}{rng.choice(self.city['streets'])}{rng.randint(1, 999)}号",
                "notes": f"{delivered.year}年交付",
                "version": 1,
                "updated_by": None,
                **self._stamp(datetime.combine(delivered, time(9, 0))),
            }
            self.writer.add(Community.__table__, row)
            self.communities.append({**row, "delivered": delivered})
            self._community_buildings(index, shares[index], shops if index == 0 else 0)

    def _community_buildings(self, index: int, count: int, shops: int) -> None:
        rng = self.rng
        community = self.communities[index]
        high_rise = count > 400 and rng.random() < 0.7
        number = 0
        remaining = count
        while remaining > 0:
            number += 1
            if high_rise:
                floors, entrances, per_floor = rng.randint(18, 32), rng.randint(1, 2), rng.choice((2, 3, 4))
            else:
                floors, entrances, per_floor = rng.randint(6, 11), rng.randint(2, 3), 2
            building = self._building(community, building_label(str(number)), floors)
            layout = [_money(rng.choice((76, 89, 95, 108, 118, 128, 143)) + rng.random() * 4) for _ in range(per_floor)]
            for entrance in range(1, entrances + 1):
                for floor in range(1, floors + 1):
                    for position in range(1, per_floor + 1):
                        if remaining == 0:
                            break
                        self._unit(
                            building,
                            entrance_label(str(entrance)),
                            f"{floor}{position:02d}",
                            floor,
                            layout[position - 1],
                            "residential",
                        )
                        remaining -= 1
        if shops:
            building = self._building(community, building_label("商业街"), 2)
            for position in range(1, shops + 1):
                self._unit(building, "", f"S{100 + position}", 1, _money(rng.uniform(45, 220)), "commercial")

    def _building(self, community: dict, name: str, floors: int) -> _Building:
        created = datetime.combine(community["delivered"], time(9, 0))
        building = _Building(self._ids(Building.__table__), community["id"], name, floors, created)
        self.writer.add(
            Building.__table__,
            {
                "id": building.id,
                "community_id": community["id"],
                "name": name,
                "floors": floors,
                "version": 1,
                "updated_by": None,
                **self._stamp(created),
            },
        )
        return building

    def _unit(self, building: _Building, entrance: str, room: str, floor: int, area: Decimal, usage: str) -> None:
        unit = _Unit(self._ids(Unit.__table__), building, entrance, room, floor, area, usage)
        building.units.append(unit)
        self.units.append(unit)
        self.writer.add(
            Unit.__table__,
            {
                "id": unit.id,
                "building_id": building.id,
                "entrance": entrance,
                "room": room,
                "floor": floor,
                "area_m2": area,
                "usage": usage,
                "code": unit.code,
                "version": 1,
                "updated_by": None,
                **self._stamp(building.created),
            },
        )

    # -- residents and their history --------------------------------------------------------------
    def _population(self) -> None:
        """Who lives where when the history starts: owners, some tenants and family members."""
        rng = self.rng
        hs = self.history_start
        delivered = {c["id"]: c["delivered"] for c in self.communities}
        for index, unit in enumerate(self.units):
            if index % 2000 == 1999:
                self._report()
            handover = delivered[unit.building.community]
            span = max(1, (hs - handover).days - 1)
            if rng.random() < 0.45:
                start = handover + timedelta(days=rng.randrange(min(180, span)))
            else:
                start = handover + timedelta(days=rng.randrange(span))
            if unit.usage == "commercial":
                occ = self._occupy(self._company(start), unit, "owner", start)
                unit.owner = occ
                unit.owner_history.append(occ)
                continue
            owner = self._person("owner", start, (28, 60))
            occ = self._occupy(owner, unit, "owner", start)
            unit.owner = occ
            unit.owner_history.append(occ)
            if rng.random() < 0.12:
                unit.owner_resides = False
                owner.tags.append("出租户")
                tenant_start = max(start, hs - timedelta(days=rng.randint(30, 1000)))
                unit.tenant = self._occupy(self._person("tenant", tenant_start, (22, 45)), unit, "tenant", tenant_start)
                if rng.random() < 0.3:
                    self._emergency(unit.tenant.person, None)
            else:
                family = rng.random() < 0.13
                if family:
                    self._family(unit, owner, start)
                if rng.random() < 0.3:
                    relative = unit.family[0].person if unit.family else None
                    self._emergency(owner, relative, self._relation(owner, relative))
                age = (self.today - owner.birthday).days // 365 if owner.birthday else 0
                if age >= 70 and not family and rng.random() < 0.6:
                    owner.special_needs = "独居老人" if not owner.special_needs else f"独居老人；{owner.special_needs}"
                    owner.tags.append("空巢")
                    if owner.emergency_contact is None:
                        self._emergency(owner, None)

    def _relation(self, owner: _Person, relative: _Person | None) -> str | None:
        if relative is None or relative.birthday is None or owner.birthday is None:
            return None
        gap = (owner.birthday - relative.birthday).days / 365
        if gap > 15:
            return "母亲" if relative.gender == "female" else "父亲"
        if gap < -15:
            return "女儿" if relative.gender == "female" else "儿子"
        return "配偶"

    def _family(self, unit: _Unit, owner: _Person, start: date) -> None:
        rng = self.rng
        kind = rng.random()
        assert owner.birthday is not None
        owner_age = start.year - owner.birthday.year
        surname = owner.name[:2] if owner.name[:2] in _COMPOUND_SURNAMES else owner.name[0]
        if kind < 0.55 or owner_age < 40:  # spouse (Chinese women keep their own surname)
            gender = "female" if owner.gender == "male" else "male"
            age = (max(20, owner_age - 5), owner_age + 3)
            person = self._person("family", start, age, gender)
        elif kind < 0.8:  # a parent living with them: the father shares the surname
            gender = "male" if rng.random() < 0.45 else "female"
            age = (owner_age + 24, owner_age + 32)
            person = self._person("family", start, age, gender, surname if gender == "male" else None)
        else:  # an adult child
            person = self._person("family", start, (18, max(18, owner_age - 24)), surname=surname)
        if person.birthday and (self.today - person.birthday).days < 18 * 365:  # adults only in the archive
            adult = self.today - timedelta(days=18 * 365 + rng.randrange(3000))
            person.birthday = min(adult, start - timedelta(days=365))
            if person.id_type == "resident_id":
                self.used_ids.discard(person.id_number or "")
                person.id_number = self._id_number(person.birthday, person.gender or "male")
        unit.family.append(self._occupy(person, unit, "resident", start))

    def _simulate_changes(self) -> None:
        """≈1 % of households change per month: 过户 transfers, tenants leaving, owners renting out."""
        rng = self.rng
        hs, today = self.history_start, self.today
        span = max(1, (today - hs).days)
        residential = [u for u in self.units if u.usage == "residential"]
        expected = len(residential) * HOUSEHOLD_CHANGE_RATE * span / 30.44
        count = max(2, int(expected) + (1 if rng.random() < expected % 1 else 0))
        queue: list[tuple[date, int, str, Any]] = [
            (hs + timedelta(days=rng.randrange(span)), i, "change", None) for i in range(count)
        ]
        heapq.heapify(queue)
        sequence = count
        forced = ["transfer", "tenant_leaves"]
        while queue:
            if len(queue) % 500 == 0:
                self._report()
            day, _, action, payload = heapq.heappop(queue)
            if day >= today and action == "change":
                continue
            if action == "relet":
                unit, token = payload
                if token == unit.relet_token:
                    self._relet(day, unit)
                continue
            unit = self._eligible_unit(residential, day, forced[0] if forced else None)
            if unit is None:
                continue
            if forced:
                kind = forced.pop(0)
                if kind == "tenant_leaves" and unit.tenant is None:
                    kind = "transfer"
            elif unit.tenant is not None:
                kind = "tenant_leaves" if rng.random() < 0.5 else "transfer"
            elif unit.owner_resides:
                kind = "transfer" if rng.random() < 0.78 else "rent_out"
            else:
                kind = "transfer"
            unit.busy_until = day + timedelta(days=60)
            if kind == "transfer":
                freed = self._transfer(day, unit, residential)
            elif kind == "tenant_leaves":
                freed = [unit] if self._tenant_leaves(day, unit) else []
            else:
                self._rent_out(day, unit)
                freed = []
            for vacant in freed:  # a new tenant after some weeks, or the owner moves back
                vacant.relet_token += 1
                if rng.random() < 0.8:
                    sequence += 1
                    heapq.heappush(
                        queue,
                        (day + timedelta(days=rng.randint(10, 100)), sequence, "relet", (vacant, vacant.relet_token)),
                    )
                elif rng.random() < 0.5:
                    vacant.owner_resides = True
        if not any(u.scheduled for u in self.units):
            self._force_scheduled_move_in(residential)

    def _eligible_unit(self, units: list[_Unit], day: date, want: str | None) -> _Unit | None:
        rng = self.rng
        if want == "tenant_leaves":
            rented = [u for u in units if u.tenant is not None and u.busy_until <= day and u.tenant.start < day]
            if rented:
                return rng.choice(rented)
        for _ in range(30):
            unit = units[rng.randrange(len(units))]
            if (
                unit.busy_until <= day
                and unit.owner is not None
                and unit.owner.start < day
                and (unit.tenant is None or unit.tenant.start < day)
            ):
                return unit
        return None

    def _transfer(self, day: date, unit: _Unit, units: list[_Unit]) -> list[_Unit]:
        rng = self.rng
        freed: list[_Unit] = []
        old = unit.owner
        assert old is not None
        reason, note = _Choice([((r, n), w) for r, n, w in _TRANSFER_REASONS]).pick(rng)
        self._end(old, day, reason, note)
        for member in unit.family:
            self._end(member, day, "natural", "随业主迁出")
        unit.family = []
        keeps_tenant = unit.tenant is not None and rng.random() < 0.5
        if unit.tenant is not None and not keeps_tenant:
            self._end(unit.tenant, day, "natural", "房屋出售，租约提前终止")
            unit.tenant = None
        buyer = None
        if rng.random() < 0.08:  # a tenant of the same community buys the flat
            for _ in range(10):
                other = units[rng.randrange(len(units))]
                if (
                    other is not unit
                    and other.tenant is not None
                    and other.busy_until <= day
                    and other.building.community == unit.building.community
                    and other.tenant.start < day
                ):
                    buyer = other.tenant.person
                    self._end(other.tenant, day, "natural", "购买本小区住房，退租")
                    other.tenant = None
                    other.busy_until = day + timedelta(days=30)
                    buyer.customer_type = "owner"
                    freed.append(other)
                    break
        if buyer is None:
            buyer = self._person("owner", day, (26, 55))
        new = self._occupy(buyer, unit, "owner", day, "transfer")
        self.transfers += 1
        unit.owner = new
        unit.owner_history.append(new)
        unit.owner_resides = not keeps_tenant
        unit.relet_token += 1
        if "新业主" not in buyer.tags:
            buyer.tags.append("新业主")
        if keeps_tenant:
            buyer.tags.append("出租户")
        else:
            if rng.random() < 0.3:
                self._family(unit, buyer, day)
            if rng.random() < 0.7:
                self._completed_move_in(unit, buyer, new, day)
            if rng.random() < 0.55:
                self.renovation_plans.append((unit, buyer, day + timedelta(days=rng.randint(3, 45))))
        return freed

    def _tenant_leaves(self, day: date, unit: _Unit) -> bool:
        assert unit.tenant is not None
        reason, note = _Choice([((r, n), w) for r, n, w in _TENANT_REASONS]).pick(self.rng)
        self._end(unit.tenant, day, reason, note)
        unit.tenant = None
        return True

    def _rent_out(self, day: date, unit: _Unit) -> None:
        for member in unit.family:
            self._end(member, day, "natural", "随业主搬离")
        unit.family = []
        unit.owner_resides = False
        if unit.owner and "出租户" not in unit.owner.person.tags:
            unit.owner.person.tags.append("出租户")
        tenant = self._person("tenant", day, (22, 45))
        unit.tenant = self._occupy(tenant, unit, "tenant", day)
        self._completed_move_in(unit, tenant, unit.tenant, day)

    def _relet(self, day: date, unit: _Unit) -> None:
        if unit.tenant is not None or unit.owner_resides or unit.scheduled:
            return
        if day < self.today:
            tenant = self._person("tenant", day, (22, 45))
            unit.tenant = self._occupy(tenant, unit, "tenant", day)
            self._completed_move_in(unit, tenant, unit.tenant, day)
        elif day <= self.today + timedelta(days=30):
            self._scheduled_move_in(unit, day)

    def _force_scheduled_move_in(self, units: list[_Unit]) -> None:
        vacant = [u for u in units if u.tenant is None and not u.owner_resides]
        unit = self.rng.choice(vacant or units)
        self._scheduled_move_in(unit, self.today + timedelta(days=self.rng.randint(3, 25)))

    def _scheduled_move_in(self, unit: _Unit, day: date) -> None:
        rng = self.rng
        booked = max(self.history_start, self.today - timedelta(days=rng.randint(1, 14)))
        tenant = self._person("tenant", booked, (22, 45))
        unit.scheduled = True
        staff = self._staff_member("客服", self.today)
        self.move_ins.append(
            {
                "unit_id": unit.id,
                "customer_id": tenant.id,
                "role": "tenant",
                "scheduled_date": day,
                "handover_date": None,
                "status": "scheduled",
                "documents_checked": rng.random() < 0.5,
                "keys_handed": 0,
                "water_reading": None,
                "electricity_reading": None,
                "gas_reading": None,
                "staff_id": staff["id"],
                "occupancy_id": None,
                "notes": "已预约交接，待租户携带身份证及租赁合同到场",
                "version": 1,
                "updated_by": None,
                **self._stamp(datetime.combine(booked, time(10, 0))),
            }
        )

    def _completed_move_in(self, unit: _Unit, person: _Person, occ: _Occ, day: date) -> None:
        rng = self.rng
        scheduled = day - timedelta(days=rng.randint(0, 7))
        staff = self._staff_member("客服", day)
        has_gas = rng.random() < 0.9
        self.move_ins.append(
            {
                "unit_id": unit.id,
                "customer_id": person.id,
                "role": occ.role,
                "scheduled_date": scheduled,
                "handover_date": day,
                "status": "completed",
                "documents_checked": True,
                "keys_handed": rng.randint(2, 4),
                "water_reading": _money(rng.uniform(20, 2500)),
                "electricity_reading": _money(rng.uniform(300, 40000)),
                "gas_reading": _money(rng.uniform(10, 2000)) if has_gas else None,
                "staff_id": staff["id"],
                "occupancy_id": occ.id,
                "notes": rng.choice(_MOVE_IN_NOTES),
                "version": 1,
                "updated_by": None,
                **self._stamp(datetime.combine(scheduled, time(9, 30))),
            }
        )
        if rng.random() < 0.12 or (len(self.move_ins) == 1 and not self.defects):
            for _ in range(rng.randint(1, 2)):
                fixed = day + timedelta(days=rng.randint(3, 25))
                done = fixed < self.today and rng.random() < 0.9
                self.defects.append(
                    (
                        len(self.move_ins) - 1,
                        {
                            "description": rng.choice(_DEFECTS),
                            "status": "rectified" if done else "open",
                            "rectified_date": fixed if done else None,
                            **self._stamp(datetime.combine(day, time(11, 0))),
                        },
                    )
                )

    # -- customers --------------------------------------------------------------------------------
    def _write_customers(self) -> None:
        self._step(QT_TRANSLATE_NOOP("Services", "Writing customers"))
        today = self.today
        customers = Customer.__table__
        for index, person in enumerate(self.persons):
            occs = sorted(person.occupancies, key=lambda o: o.start)
            codes = [o.unit.code for o in occs]
            current = [o.unit.code for o in occs if o.end is None or o.end > today]
            updated = person.created
            for occ in occs:
                for moment in (occ.start, occ.end):
                    if moment is not None and updated is not None and moment > updated.date():
                        updated = datetime.combine(moment, time(10, 0))
            self.writer.add(
                customers,
                {
                    "id": person.id,
                    "name": person.name,
                    "gender": person.gender,
                    "mobile": person.mobile,
                    "phone2": person.phone2,
                    "id_type": person.id_type,
                    "id_number": person.id_number,
                    "birthday": person.birthday,
                    "email": person.email,
                    "wechat": person.wechat,
                    "emergency_contact": person.emergency_contact,
                    "emergency_phone": person.emergency_phone,
                    "customer_type": person.customer_type,
                    "preferred_channel": person.preferred_channel,
                    "special_needs": person.special_needs,
                    "preferences": person.preferences,
                    "tags": ",".join(dict.fromkeys(person.tags)),
                    "notes": person.notes,
                    "search_text": self._search_text(person, list(dict.fromkeys(codes))),
                    "unit_codes": ",".join(dict.fromkeys(current))[:500],
                    "is_active": bool(current),
                    "version": 1,
                    "updated_by": None,
                    "created_at": person.created,
                    "updated_at": updated,
                },
            )
            if index % 2000 == 1999:
                self._report()
        occupancies = Occupancy.__table__
        for occ in self.occupancies:
            start = datetime.combine(occ.start, time(10, 0))
            self.writer.add(
                occupancies,
                {
                    "id": occ.id,
                    "customer_id": occ.person.id,
                    "unit_id": occ.unit.id,
                    "role": occ.role,
                    "start_date": occ.start,
                    "end_date": occ.end,
                    "end_reason": occ.end_reason,
                    "end_note": occ.end_note,
                    "start_kind": occ.start_kind,
                    "created_at": start,
                    "updated_at": datetime.combine(occ.end, time(10, 0)) if occ.end else start,
                },
            )

    def _search_text(self, person: _Person, codes: list[str]) -> str:
        """build_search_text(...) with the pinyin of each name computed once (it dominates the cost).

        The cached form is checked against build_search_text on the first customers; should that function
        ever change its format, every customer simply goes through it.
        """
        phones = [person.mobile, person.phone2]
        if self.search_checks < 50 or not self.search_cache_ok:
            exact = build_search_text(person.name, phones, codes, person.id_number)
            if self.search_checks < 50:
                self.search_checks += 1
                self.search_cache_ok = self.search_cache_ok and exact == self._cached_search_text(person, codes)
            return exact
        return self._cached_search_text(person, codes)

    def _cached_search_text(self, person: _Person, codes: list[str]) -> str:
        head = self.name_texts.get(person.name)
        if head is None:
            head = self.name_texts[person.name] = build_search_text(person.name, [], [], None)[:-1]
        parts = [re.sub(r"\D", "", p) for p in (person.mobile, person.phone2) if p]
        parts += [code.lower() for code in codes]
        if person.id_number:
            parts.append(person.id_number.lower()[-6:])
        tail = SEPARATOR.join(p for p in parts if p)
        return f"{head}{SEPARATOR}{tail}{SEPARATOR}" if tail else f"{head}{SEPARATOR}"

    def _write_move_ins(self) -> None:
        order = sorted(range(len(self.move_ins)), key=lambda i: (self.move_ins[i]["scheduled_date"], i))
        ids: dict[int, int] = {}
        first = self._ids(MoveIn.__table__, len(order))
        for offset, index in enumerate(order):
            ids[index] = first + offset
            self.writer.add(MoveIn.__table__, {"id": ids[index], **self.move_ins[index]})
        for index, row in self.defects:
            self.writer.add(
                HandoverDefect.__table__, {"id": self._ids(HandoverDefect.__table__), "move_in_id": ids[index], **row}
            )

    # -- renovations ------------------------------------------------------------------------------
    def _renovations(self) -> None:
        rng = self.rng
        hs, today = self.history_start, self.today
        span = max(1, (today - hs).days)
        residential = [u for u in self.units if u.usage == "residential"]
        baseline = max(2, round(len(residential) * 0.001 * self.months))
        plans = [(unit, person, day, False) for unit, person, day in self.renovation_plans]
        for index in range(baseline):  # the first one surely goes ahead, so that inspections exist
            unit = residential[rng.randrange(len(residential))]
            day = today - timedelta(days=90) if index == 0 else hs + timedelta(days=rng.randrange(span))
            day = max(day, hs)
            owner = next((o for o in reversed(unit.owner_history) if o.start <= day), unit.owner_history[0])
            plans.append((unit, owner.person, day, index == 0))
        plans = sorted((p for p in plans if p[2] < today), key=lambda p: (p[2], p[0].id))
        inspectors = self.staff_by_department["工程"] + self.staff_by_department["安保"]
        taken = set(self.conn.scalars(select(Renovation.permit_number)))
        per_year: dict[int, int] = {}
        scopes = _Choice([((s, d, lo, hi), w) for s, d, lo, hi, w in _SCOPES])
        violations = _Choice([((t, desc, amount), w) for t, w, desc, amount in _VIOLATIONS])
        any_violation = any_deduction = False
        for unit, person, applied, sure in plans:
            per_year[applied.year] = per_year.get(applied.year, 0)
            while True:
                per_year[applied.year] += 1
                permit = f"ZX-{applied.year}-{per_year[applied.year]:04d}"
                if permit not in taken:
                    taken.add(permit)
                    break
            scope, deposit, shortest, longest = scopes.pick(rng)
            if sure:
                scope, deposit, shortest, longest = _SCOPES[0][:4]
            renovation_id = self._ids(Renovation.__table__)
            outcome = 0.5 if sure else rng.random()
            decided = applied + timedelta(days=rng.randint(1, 5))
            planned_start = decided + timedelta(days=rng.randint(1, 14))
            planned_end = planned_start + timedelta(days=rng.randint(shortest, longest))
            actual_end = planned_end + timedelta(days=round(rng.triangular(-10, 30, 0)))
            accepted_on = actual_end + timedelta(days=rng.randint(2, 10))
            refund_on = accepted_on + timedelta(days=rng.randint(7, 30))
            notes = None
            deductions: list[tuple[Decimal, str, int | None]] = []
            inspections: list[dict] = []
            if outcome < 0.05:
                status = "rejected" if decided < today else "applied"
                notes = "方案涉及拆改承重墙，不予批准" if status == "rejected" else None
                received = Decimal("0.00")
            elif outcome < 0.08 and decided < today:
                status, notes, received = "cancelled", "业主暂缓装修，申请撤销", Decimal("0.00")
            else:
                received = deposit
                if decided >= today:
                    status, received = "applied", Decimal("0.00")
                elif planned_start >= today:
                    status = "approved"
                elif actual_end >= today:
                    status = "in_progress"
                elif accepted_on >= today:
                    status = "awaiting_acceptance"
                else:
                    status = "accepted"
                if status in ("in_progress", "awaiting_acceptance", "accepted"):
                    day = planned_start + timedelta(days=rng.randint(3, 10))
                    last = min(actual_end, today - timedelta(days=1))
                    while day <= last:
                        inspector = inspectors[rng.randrange(len(inspectors))]
                        at = datetime.combine(day, time(rng.randint(9, 16), rng.randrange(60)))
                        if rng.random() < 0.12 or not any_violation:
                            any_violation = True
                            kind, description, amount = violations.pick(rng)
                            due = day + timedelta(days=rng.randint(3, 7))
                            fixed = (
                                due - timedelta(days=rng.randint(0, 3))
                                if rng.random() < 0.85
                                else due + timedelta(days=rng.randint(1, 10))
                            )
                            inspection_id = self._ids(Inspection.__table__)
                            inspections.append(
                                {
                                    "id": inspection_id,
                                    "renovation_id": renovation_id,
                                    "inspected_at": at,
                                    "inspector": inspector["name"],
                                    "result": "violation",
                                    "violation_type": kind,
                                    "description": description,
                                    "rectification_due": due,
                                    "rectified_date": fixed if fixed < today else None,
                                    **self._stamp(at),
                                }
                            )
                            if rng.random() < 0.35 or not any_deduction:
                                any_deduction = True
                                deductions.append((amount, f"违章装修扣款：{description}", inspection_id))
                        else:
                            inspections.append(
                                {
                                    "id": self._ids(Inspection.__table__),
                                    "renovation_id": renovation_id,
                                    "inspected_at": at,
                                    "inspector": inspector["name"],
                                    "result": "ok",
                                    "violation_type": None,
                                    "description": rng.choice(_INSPECTION_OK),
                                    "rectification_due": None,
                                    "rectified_date": None,
                                    **self._stamp(at),
                                }
                            )
                        day += timedelta(days=rng.randint(7, 14))
                    if status == "accepted" and rng.random() < 0.1:
                        amount = _money(rng.choice((300, 500, 800)))
                        deductions.append((amount, "验收时发现公共部位损坏，扣除修复费用", None))
            total = Decimal("0.00")
            kept: list[tuple[Decimal, str, int | None]] = []
            for amount, reason, inspection_id in deductions:  # never deduct more than was received
                amount = min(amount, received - total)
                if amount > 0:
                    kept.append((amount, reason, inspection_id))
                    total += amount
            refunded = refund_date = None
            if status == "accepted" and refund_on < today:
                refunded, refund_date = received - total, refund_on
            contractor = f"{self.city['short']}{rng.choice(_CONTRACTOR_BRANDS)}装饰工程有限公司"
            self.writer.add(
                Renovation.__table__,
                {
                    "id": renovation_id,
                    "permit_number": permit,
                    "unit_id": unit.id,
                    "customer_id": person.id,
                    "applicant": person.name,
                    "contractor": contractor,
                    "contractor_phone": self._mobile(),
                    "scope": scope,
                    "applied_date": applied,
                    "planned_start": planned_start,
                    "planned_end": planned_end,
                    "actual_end": actual_end if status in ("awaiting_acceptance", "accepted") else None,
                    "status": status,
                    "deposit_received": received,
                    "deposit_refunded": refunded,
                    "refund_date": refund_date,
                    "notes": notes,
                    "version": 1,
                    "updated_by": None,
                    "created_at": datetime.combine(applied, time(10, 0)),
                    "updated_at": datetime.combine(min(today - timedelta(days=1), max(applied, decided)), time(16, 0)),
                },
            )
            for row in inspections:
                self.writer.add(Inspection.__table__, row)
            for amount, reason, inspection_id in kept:
                at = datetime.combine(min(accepted_on, today - timedelta(days=1)), time(15, 0))
                if inspection_id is not None:
                    at = next(r["inspected_at"] for r in inspections if r["id"] == inspection_id)
                self.writer.add(
                    Deduction.__table__,
                    {
                        "id": self._ids(Deduction.__table__),
                        "renovation_id": renovation_id,
                        "inspection_id": inspection_id,
                        "amount": amount,
                        "reason": reason,
                        **self._stamp(at),
                    },
                )

    # -- interactions -----------------------------------------------------------------------------
    def _interactions(self) -> None:
        rng = self.rng
        hs, now, today = self.history_start, self.now, self.today
        general = _Choice([((k, c, s), w) for k, c, w, s in _INTERACTIONS])
        rows: list[dict] = []
        for occ in self.occupancies:
            person = occ.person
            first = max(occ.start, hs)
            last = min(occ.end or today, today)
            days = (last - first).days
            if days <= 0:
                continue
            expected = INTERACTIONS_PER_CUSTOMER_MONTH * days / 30.44 * (0.3 if occ.role == "resident" else 1.0)
            count = int(expected) + (1 if rng.random() < expected % 1 else 0)
            for _ in range(count):
                kind, channel, summary = general.pick(rng)
                at = datetime.combine(
                    first + timedelta(days=rng.randrange(days)), time(self.office_hours.pick(rng), rng.randrange(60))
                )
                rows.append(self._interaction(person, kind, channel, summary, at))
            needs = person.special_needs or ""
            if "独居老人" in needs or "行动不便" in needs or "轮椅" in needs:
                day = first + timedelta(days=rng.randint(5, 60))
                while day < last:
                    at = datetime.combine(day, time(rng.randint(9, 16), rng.randrange(60)))
                    rows.append(self._interaction(person, "care_visit", "visit", rng.choice(_CARE_VISITS), at))
                    day += timedelta(days=rng.randint(75, 105))
            if person.birthday and ("VIP" in person.tags or (today - person.birthday).days >= 70 * 365):
                for year in range(first.year, last.year + 1):
                    try:
                        birthday = person.birthday.replace(year=year)
                    except ValueError:  # 29 February
                        birthday = date(year, 3, 1)
                    if first <= birthday < last:
                        at = datetime.combine(birthday, time(9, rng.randrange(60)))
                        rows.append(
                            self._interaction(
                                person, "greeting", rng.choice(("sms", "wechat")), "生日祝福：发送生日祝福短信", at
                            )
                        )
        if not rows and self.occupancies:
            occ = self.occupancies[0]
            rows.append(
                self._interaction(
                    occ.person,
                    "call",
                    "phone",
                    "电话回访：了解近期居住体验，业主无其他意见",
                    now - timedelta(days=3, hours=-10),
                )
            )
        rows.sort(key=lambda r: (r["occurred_at"], r["customer_id"]))
        table = Interaction.__table__
        first_id = self._ids(table, len(rows))
        for offset, row in enumerate(rows):
            row["id"] = first_id + offset
            self.writer.add(table, row)

    def _interaction(self, person: _Person, kind: str, channel: str, summary: str, at: datetime) -> dict:
        staff = self._staff_member("客服", at.date())
        return {
            "customer_id": person.id,
            "kind": kind,
            "occurred_at": at,
            "channel": channel,
            "staff_id": staff["id"],
            "summary": summary,
            "created_by": DEMO_ACTOR,
            **self._stamp(at),
        }

    # -- tickets ----------------------------------------------------------------------------------
    # The hot path works in whole minutes since the start of the history (ints are much faster than
    # datetime arithmetic) and writes ready-made tuples.
    def _tickets(self, sla: dict) -> None:
        rng = self.rng
        kinds = _Choice(list(_KIND_WEIGHTS.items()))
        templates = {kind: _Choice([(t, t[2]) for t in _TICKET_TEMPLATES if t[0] == kind]) for kind in _KIND_WEIGHTS}
        channels = _Choice(_CHANNEL_WEIGHTS)
        self.callback_scores = {
            True: _Choice(((1, 1), (2, 2), (3, 6), (4, 25), (5, 66))),
            False: _Choice(((1, 8), (2, 12), (3, 25), (4, 30), (5, 25))),
        }
        counters = dict(self.conn.execute(select(TicketCounter.month, TicketCounter.last_value)).all())
        existing_counters = set(counters)
        taken = set(self.conn.scalars(select(Ticket.number)))
        epoch = self.history_start
        self.now_minute = (self.today - epoch).days * 1440
        for occ in self.occupancies:  # days counted from the start of the history
            occ.start_day = (occ.start - epoch).days
            occ.end_day = (occ.end - epoch).days if occ.end else 1 << 30
        self._minute_stamp(self.now_minute + 60 * 1440)  # fills the table of day texts
        month_start = date(epoch.year, epoch.month, 1)
        total_months = self.months + 1
        index = 0
        while month_start < self.today:
            month_end = _add_months(month_start, 1)
            window_start, window_end = max(month_start, epoch), min(month_end, self.today)
            index += 1
            self._step(f"Tickets {month_start:%Y-%m} ({index}/{total_months})")
            if window_start >= window_end:
                month_start = month_end
                continue
            first_day, last_day = (window_start - epoch).days, (window_end - epoch).days
            days = last_day - first_day
            expected = (
                self.households
                * TICKETS_PER_HOUSEHOLD_MONTH
                * days
                / 30.44
                * _SEASON[month_start.month - 1]
                * rng.uniform(0.92, 1.08)
            )
            count = int(expected) + (1 if rng.random() < expected % 1 else 0)
            month_quality = rng.uniform(0.96, 1.03)
            self.on_duty = self._staff_on_duty(last_day)
            active, cum = self._active_at(window_start + timedelta(days=days // 2))
            by_building: dict[int, list[_Occ]] = {}
            for occ in active:
                by_building.setdefault(occ.unit.building.id, []).append(occ)
            drafts: list[list] = []
            window_end_minute = last_day * 1440
            random_ = rng.random
            hours_table, kinds_table, channels_table = self.hours.table, kinds.table, channels.table
            for _ in range(count):
                occ = active[bisect(cum, random_() * cum[-1])] if active else None
                low, high = first_day, last_day
                if occ is not None:
                    start, end = occ.start_day, occ.end_day
                    if max(low, start) < min(high, end):
                        low, high = max(low, start), min(high, end)
                received = (
                    (low + int(random_() * (high - low))) * 1440
                    + hours_table[int(random_() * len(hours_table))] * 60
                    + int(random_() * 60)
                )
                template = templates[kinds_table[int(random_() * len(kinds_table))]].pick(rng)
                channel = channels_table[int(random_() * len(channels_table))]
                draft = self._ticket_draft(occ, received, template, channel)
                drafts.append(draft)
                if template[7] and occ is not None and rng.random() < 0.4:  # one incident, several callers
                    neighbours = by_building.get(occ.unit.building.id, [])
                    for _ in range(rng.randint(1, 4)):
                        other = neighbours[int(rng.random() * len(neighbours))]
                        later = received + rng.randint(10, 20 * 60)
                        start, end = other.start_day, other.end_day
                        if later >= window_end_minute or other is occ or not start <= later // 1440 < end:
                            continue
                        extra = self._ticket_draft(other, later, template, "phone")
                        extra[_D_INCIDENT] = draft
                        drafts.append(extra)
            drafts.sort(key=lambda d: d[_D_RECEIVED])
            month_key = f"{month_start:%Y%m}"
            sequence = counters.get(month_key, 0)
            first_id = self._ids(Ticket.__table__, len(drafts))
            for offset, draft in enumerate(drafts):
                sequence += 1
                number = f"TS-{month_key}-{sequence:04d}"
                while number in taken:
                    sequence += 1
                    number = f"TS-{month_key}-{sequence:04d}"
                draft[_D_ID] = first_id + offset
                draft[_D_NUMBER] = number
            for draft in drafts:
                self._finish_ticket(draft, sla, month_quality)
            if drafts:
                counters[month_key] = sequence
            month_start = month_end
        for month, value in counters.items():
            if month in existing_counters:
                self.conn.execute(
                    TicketCounter.__table__.update().where(TicketCounter.month == month).values(last_value=value)
                )
            else:
                self.writer.add(TicketCounter.__table__, {"month": month, "last_value": value})

    def _active_at(self, day: date) -> tuple[list[_Occ], list[float]]:
        active = [o for o in self.occupancies if o.start <= day and (o.end is None or o.end > day)]
        weights = [o.person.ticket_weight * (0.3 if o.role == "resident" else 1.0) for o in active]
        return active, list(accumulate(weights))

    def _ticket_draft(self, occ: _Occ | None, received: int, template: tuple, channel: str) -> list:
        rng = self.rng
        kind, category, _w, title, details, severity, resolution, _incident = template
        if severity == "normal" and rng.random() < 0.1:
            severity = "high"
        anonymous = occ is None or (kind in ("complaint", "suggestion") and rng.random() < 0.06)
        detail = details[int(rng.random() * len(details))]
        who = "匿名业主" if anonymous or occ is None else f"{occ.unit.code} {occ.person.name}"
        description = f"{who}{_CHANNEL_VERBS[channel]}：{detail}。"
        if kind in ("complaint", "repair"):
            description += _URGINGS[int(rng.random() * len(_URGINGS))]
        person = None if anonymous or occ is None else occ.person
        unit_id = None if occ is None or (anonymous and rng.random() < 0.5) else occ.unit.id
        # see the _D_* indexes
        return [
            None,
            None,
            kind,
            category,
            severity,
            title,
            description,
            channel,
            received,
            resolution,
            person,
            unit_id,
            None,
        ]

    def _staff_on_duty(self, last_day: int) -> dict[str, list[dict]]:
        """Per department, the members still employed at the end of a month (days from the history's start)."""
        return {
            department: [m for m in members if m["left_day"] is None or m["left_day"] > last_day] or members[:1]
            for department, members in self.staff_by_department.items()
        }

    def _finish_ticket(self, draft: list, sla: dict, month_quality: float) -> None:
        rng = self.rng
        random_ = rng.random
        now = self.now_minute
        (
            ticket_id,
            number,
            kind,
            category,
            severity,
            title,
            description,
            channel,
            received,
            resolution_text,
            person,
            unit_id,
            parent,
        ) = draft
        response_minutes, resolution_minutes = sla[severity]
        department = "客服" if kind == "inquiry" else _CATEGORY_DEPARTMENT[category]
        on_duty = self.on_duty
        if department in self.teams and random_() < 0.08:
            staff = self.teams[department]
        else:
            members = on_duty[department]
            staff = members[int(random_() * len(members))]
        clerks = on_duty["客服"]
        clerk = clerks[int(random_() * len(clerks))]["name"]
        quality = staff["quality"] * month_quality
        if random_() < 0.93 * quality:
            response = response_minutes * (0.08 + 0.82 * random_())
        else:
            response = response_minutes * (1.05 + 1.95 * random_())
        first_response = received + max(2, int(response))
        started = first_response + 5 + int(85 * random_())
        hold_start = hold_end = 0
        if kind == "repair" and random_() < 0.06:
            hold_start = started + 60 + int(300 * random_())
            hold_end = hold_start + 1200 + int(6000 * random_())
        paused = hold_end - hold_start
        due = received + resolution_minutes + paused
        if kind == "inquiry":
            took = resolution_minutes * (0.005 + 0.075 * random_())
        elif random_() < min(0.985, 0.88 * quality):
            took = resolution_minutes * (0.03 + 0.9 * random_() ** 1.4)
        else:
            took = resolution_minutes * (1.03 + 1.17 * random_())
        resolved = max(received + int(took) + paused, (hold_end or started) + 15)
        on_time = resolved <= due
        handler = staff["name"]
        events = [(received, None, "new", "create", clerk, None)]  # notes as services.tickets writes them
        if parent is not None:
            events.append((received, "new", "new", "link", clerk, parent[_D_NUMBER]))
        events.append((first_response, "new", "assigned", "assign", clerk, handler))
        events.append((started, "assigned", "in_progress", "start", handler, None))
        if hold_end:
            reason = "等待配件到货" if random_() < 0.6 else "等待业主在家"
            events.append((hold_start, "in_progress", "on_hold", "hold", handler, reason))
            events.append((hold_end, "on_hold", "in_progress", "resume", handler, "已具备条件，继续处理"))
        events.append((resolved, "in_progress", "resolved", "resolve", handler, resolution_text))
        callback_at = callback_score = callback_by = callback_note = callback_due = None
        if kind in ("complaint", "repair"):
            callback_due = resolved + 2 * 1440
            if random_() < 0.9:
                callback_at = resolved + 120 + int(3480 * random_())
                callback_score = self.callback_scores[on_time].pick(rng)
                callback_by = clerks[int(random_() * len(clerks))]["name"]
                notes = _CALLBACK_NOTES[callback_score]
                callback_note = notes[int(random_() * len(notes))]
                closed = callback_at
                events.append(
                    (
                        callback_at,
                        "resolved",
                        "closed",
                        "callback",
                        callback_by,
                        f"{callback_score}/5 · {callback_note}",
                    )
                )
            else:
                closed = resolved + 7 * 1440 + int(7 * 1440 * random_())
                events.append((closed, "resolved", "closed", "close", clerk, "多次联系业主未接通，按规定关闭"))
        else:
            closed = resolved + 10 + int(1430 * random_())
            events.append((closed, "resolved", "closed", "close", clerk, "已答复业主，无需回访"))
        escalated = None
        if kind == "complaint" and not on_time and random_() < 0.4:
            escalated = due + 10 + int(350 * random_())
        if events[-1][0] >= now:
            events = [e for e in events if e[0] < now]
        status = events[-1][2]
        head = self.heads["客服"]["name"]
        if escalated is not None and escalated < now:
            state = next((e[2] for e in reversed(events) if e[0] <= escalated), "in_progress")
            events.append((escalated, state, state, "escalate", clerk, f"{head}: 超时未解决，升级处理"))
            events.sort(key=lambda e: e[0])
        else:
            escalated = None
        if person is not None and kind == "complaint":  # bad service leaves a mark on satisfaction
            if not on_time:
                person.sat -= 0.04
            if callback_score is not None and callback_score <= 2 and callback_at < now:
                person.sat -= 0.08
        reached_resolved = status in ("resolved", "closed")
        if callback_at is None or callback_at >= now:
            callback_at = callback_score = callback_by = callback_note = None
        stamp = self._stamp_minute
        self.writer.add_raw(
            Ticket.__table__,
            _TICKET_COLUMNS,
            (
                ticket_id,
                number,
                kind,
                person.id if person is not None else None,
                unit_id,
                channel,
                category,
                severity,
                title,
                description,
                status,
                stamp(received),
                stamp(first_response) if status != "new" else None,
                stamp(received + response_minutes),
                stamp(due if hold_end < now else received + resolution_minutes),
                staff["id"] if status != "new" else None,
                stamp(resolved) if reached_resolved else None,
                resolution_text if reached_resolved else None,
                stamp(closed) if status == "closed" else None,
                stamp(hold_start) if status == "on_hold" else None,
                stamp(escalated) if escalated is not None else None,
                head if escalated is not None else None,
                parent[_D_ID] if parent is not None else None,
                stamp(callback_due) if reached_resolved and callback_due is not None else None,
                stamp(callback_at) if callback_at is not None else None,
                callback_by,
                callback_score,
                callback_note,
                callback_score is not None and callback_score <= 2,
                1,
                None,
                stamp(received),
                stamp(events[-1][0]),
            ),
        )
        if received < now - EVENT_HISTORY_DAYS * 1440 and status == "closed":
            return  # the workflow history of older, closed tickets is left out to keep the demo quick
        first_event = self._ids(TicketEvent.__table__, len(events))
        self.writer.add_raw_many(
            TicketEvent.__table__,
            _EVENT_COLUMNS,
            [
                (first_event + offset, ticket_id, stamp(at), before, after, action, user, note)
                for offset, (at, before, after, action, user, note) in enumerate(events)
            ],
        )

    def _stamp_text(self, minute: int) -> str:
        """_minute_stamp for SQLite once the day texts cover the minute (no checks: it is the hot path)."""
        return self.day_texts[minute // 1440] + _MINUTE_TEXTS[minute % 1440]

    def _minute_stamp(self, minute: int) -> Any:
        """A minute of the history as the driver wants it: SQLAlchemy's text form on SQLite, else a datetime."""
        day, rest = divmod(minute, 1440)
        if self.sqlite:
            texts = self.day_texts
            while day >= len(texts):
                texts.append((self.history_start + timedelta(days=len(texts))).isoformat())
            return texts[day] + _MINUTE_TEXTS[rest]
        return self.epoch_datetime + timedelta(minutes=minute)

    # -- surveys ----------------------------------------------------------------------------------
    def _surveys(self) -> None:
        rng = self.rng
        hs, now, today = self.history_start, self.now, self.today
        taken = set(self.conn.scalars(select(Survey.name)))
        channels = _Choice(_SURVEY_CHANNELS)
        quarter = date(hs.year, 3 * ((hs.month - 1) // 3) + 1, 1)
        quarters: list[date] = []
        while quarter < today:
            quarters.append(quarter)
            quarter = _add_months(quarter, 3)
        for number, start in enumerate(quarters):
            end = _add_months(start, 3)
            self._step(f"Surveys {start.year} Q{(start.month - 1) // 3 + 1}")
            name = f"{start.year} 年第{_QUARTER_NAMES[(start.month - 1) // 3]}季度满意度调查"
            while name in taken:
                name += "（演示）"
            taken.add(name)
            survey_id = self._ids(Survey.__table__)
            opened = datetime.combine(start, time(9, 0))
            self.writer.add(
                Survey.__table__,
                {
                    "id": survey_id,
                    "name": name,
                    "period_start": start,
                    "period_end": end - timedelta(days=1),
                    "status": "open" if end > today else "closed",
                    "description": _SURVEY_DESCRIPTION,
                    "version": 1,
                    "updated_by": None,
                    "created_at": opened - timedelta(days=7),
                    "updated_at": opened if end > today else datetime.combine(end, time(9, 0)),
                },
            )
            questions = []
            for position, question in enumerate(DEFAULT_QUESTIONNAIRE, start=1):  # the shipped questionnaire
                kind, dimension, wording, required = question.kind, question.dimension, question.text, question.required
                question_id = self._ids(Question.__table__)
                questions.append((question_id, kind, dimension))
                self.writer.add(
                    Question.__table__,
                    {
                        "id": question_id,
                        "survey_id": survey_id,
                        "position": position,
                        "kind": kind,
                        "text": wording,
                        "dimension": dimension,
                        "choices": "\n".join(question.choices) or None,
                        "required": required,
                        **self._stamp(opened - timedelta(days=7)),
                    },
                )
            first, last = max(start, hs), min(end, today)
            days = (last - first).days
            if days <= 0:
                continue
            active, _ = self._active_at(first + timedelta(days=days // 2))
            respondents = list({o.person.id: o for o in active}.values())
            wanted = self.households * RESPONSES_PER_HOUSEHOLD_QUARTER * days / ((end - start).days or 1)
            count = min(len(respondents), max(1, int(wanted) + (1 if rng.random() < wanted % 1 else 0)))
            trend = 0.06 * number / max(1, len(quarters) - 1)
            chosen = rng.sample(respondents, count)
            answered = []
            for occ in chosen:  # answered while they lived there
                low, high = max(first, occ.start), min(last, occ.end or last)
                if high <= low:
                    low, high = first, last
                at = datetime.combine(
                    low + timedelta(days=rng.randrange((high - low).days)),
                    time(self.office_hours.pick(rng), rng.randrange(60)),
                )
                if at >= now:
                    at = now - timedelta(hours=rng.randint(2, 30))
                answered.append((at, occ))
            answered.sort(key=lambda pair: (pair[0], pair[1].id))
            for at, occ in answered:
                self._response(survey_id, questions, at, occ, trend, channels.pick(rng))

    def _response(self, survey_id: int, questions: list, at: datetime, occ: _Occ, trend: float, channel: str) -> None:
        rng = self.rng
        anonymous = rng.random() < 0.08
        response_id = self._ids(Response.__table__)
        self.writer.add(
            Response.__table__,
            {
                "id": response_id,
                "survey_id": survey_id,
                "customer_id": None if anonymous else occ.person.id,
                "unit_id": occ.unit.id if not anonymous or rng.random() < 0.5 else None,
                "respondent_name": None if anonymous else occ.person.name,
                "responded_at": at,
                "channel": channel,
                "created_by": DEMO_ACTOR,
                **self._stamp(max(at, min(at + timedelta(hours=rng.randint(0, 48)), self.now))),
            },
        )
        random_ = rng.random
        normal = _STANDARD_NORMAL
        size = len(normal)
        satisfaction = _clamp(occ.person.sat + trend + 0.1 * normal[int(random_() * size)], 0.0, 1.0)
        answers: list[tuple] = []
        for question_id, kind, dimension in questions:
            if kind == "nps":
                if random_() < 0.03:
                    continue
                score = round(_clamp(satisfaction * 10 + 0.9 + 1.3 * normal[int(random_() * size)], 0, 10))
                answers.append((response_id, question_id, score, None, None))
            elif kind == "csat":
                if random_() < 0.02:
                    continue
                score = round(_clamp(1 + satisfaction * 4 + 0.3 + 0.55 * normal[int(random_() * size)], 1, 5))
                answers.append((response_id, question_id, score, None, None))
            elif kind == "servqual":
                if random_() < 0.04:
                    continue
                base = 5.4 if dimension == "tangibles" else 6.0
                expectation = round(_clamp(base + 0.8 * normal[int(random_() * size)], 1, 7))
                perception = (
                    expectation
                    - _SERVQUAL_GAP[dimension]
                    + (satisfaction - 0.7) * 3
                    + 0.9 * normal[int(random_() * size)]
                )
                answers.append((response_id, question_id, round(_clamp(perception, 1, 7)), expectation, None))
            elif random_() < 0.3:
                mood = "bad" if satisfaction < 0.45 else "good" if satisfaction > 0.75 else "neutral"
                comments = _COMMENTS[mood]
                answers.append((response_id, question_id, None, None, comments[int(random_() * len(comments))]))
        first_id = self._ids(Answer.__table__, len(answers))
        self.writer.add_raw_many(
            Answer.__table__, _ANSWER_COLUMNS, [(first_id + offset, *answer) for offset, answer in enumerate(answers)]
        )

    # -- staff assessments ------------------------------------------------------------------------
    def _assessments(self) -> None:
        rng = self.rng
        quarter = date(self.history_start.year, 3 * ((self.history_start.month - 1) // 3) + 1, 1)
        people = [m for members in self.staff_by_department.values() for m in members]
        department_of = {m["id"]: d for d, members in self.staff_by_department.items() for m in members}
        while True:
            end = _add_months(quarter, 3)
            if end > self.today:
                break
            for member in rng.sample(people, max(2, len(people) // 10)):
                if member["left_on"] is not None and member["left_on"] < end:
                    continue
                department = department_of[member["id"]]
                head = self.heads[department]
                assessor = head["name"] if head is not member else self.heads["客服"]["name"]
                if assessor == member["name"]:
                    assessor = f"项目经理{self._name('male', 1975)}"
                scores = [round(_clamp(rng.gauss(3.9 * member["quality"], 0.7), 1, 5)) for _ in range(5)]
                total = (Decimal(sum(scores)) / 5).quantize(Decimal("0.01"))
                comment = next(text for floor, text in _ASSESSMENT_COMMENTS if float(total) >= floor)
                assessed = end + timedelta(days=rng.randint(3, 15))
                if assessed >= self.today:
                    assessed = self.today - timedelta(days=1)
                at = datetime.combine(assessed, time(15, 0))
                self.writer.add(
                    StaffAssessment.__table__,
                    {
                        "id": self._ids(StaffAssessment.__table__),
                        "staff_id": member["id"],
                        "period": f"{quarter.year}-Q{(quarter.month - 1) // 3 + 1}",
                        "assessed_on": assessed,
                        "method": rng.choice(_ASSESSMENT_METHODS),
                        "assessor": assessor,
                        "business_skill": scores[0],
                        "communication": scores[1],
                        "service_attitude": scores[2],
                        "work_enthusiasm": scores[3],
                        "team_spirit": scores[4],
                        "weighted_total": total,
                        "comment": comment,
                        **self._stamp(at),
                    },
                )
            quarter = end
        if not self.writer.counts.get("staff_assessments") and not self.writer.buffers.get("staff_assessments"):
            member = self.staff_by_department["客服"][-1]
            at = datetime.combine(self.today - timedelta(days=1), time(15, 0))
            self.writer.add(
                StaffAssessment.__table__,
                {
                    "id": self._ids(StaffAssessment.__table__),
                    "staff_id": member["id"],
                    "period": f"{self.today:%Y-%m}",
                    "assessed_on": at.date(),
                    "method": "observation",
                    "assessor": self.heads["客服"]["name"],
                    "business_skill": 4,
                    "communication": 4,
                    "service_attitude": 5,
                    "work_enthusiasm": 4,
                    "team_spirit": 4,
                    "weighted_total": Decimal("4.20"),
                    "comment": _ASSESSMENT_COMMENTS[1][1],
                    **self._stamp(at),
                },
            )
