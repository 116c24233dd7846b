"""The hash-chained audit log (SPEC §3.7, §8): automatic entries, masking, tamper detection."""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from crm_desktop.models import AuditEntry, Customer
from crm_desktop.models.database import Database, open_database
from crm_desktop.services import audit
from crm_desktop.services.audit import AuditFilter, AuditService, verify_audit_chain
from crm_desktop.services.customer_io import export_customers, import_customers
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.errors import PermissionDeniedError
from crm_desktop.services.log_privacy import install_log_privacy
from crm_desktop.services.principal import Principal
from crm_desktop.services.spreadsheet import write_table
from crm_desktop.services.structure import StructureService
from crm_desktop.services.uow import unit_of_work
from tests.factories import ADMIN, make_customer, make_id_number

ID_NUMBER = make_id_number()  # 110105198001011238-style, valid check digit
MOBILE = "13812345678"
OTHER_MOBILE = "13998765432"


def entries(db: Database) -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def all_log_text(db: Database) -> str:
    return "\n".join(
        " ".join(str(v) for v in (e.actor, e.entity, e.entity_id, e.before, e.after, e.detail)) for e in entries(db)
    )


def test_an_empty_log_verifies(db: Database) -> None:
    result = verify_audit_chain(db)
    assert (result.entries_checked, result.first_broken_id, result.problem) == (0, None, None)
    assert result.ok


def test_create_update_delete_are_logged_with_who_and_what(db: Database) -> None:
    clerk = Principal("clerk1", "clerk")
    structure = StructureService(db, clerk)
    community_id = structure.save_community("阳光花园", "北京路1号")
    version = structure.list_communities()[0].version
    structure.save_community("阳光花园二期", "北京路1号", community_id=community_id, expected_version=version)
    with unit_of_work(db, ADMIN) as s:
        s.delete(s.get(Customer, make_customer(db, "王五")))

    log = entries(db)
    create = next(e for e in log if e.action == "create" and e.entity == "communities")
    assert create.actor == "clerk1"
    assert create.entity_id == str(community_id)
    assert json.loads(create.after) == {"id": community_id, "name": "阳光花园", "address": "北京路1号"}
    change = next(e for e in log if e.action == "update" and e.entity == "communities")
    assert (json.loads(change.before), json.loads(change.after)) == ({"name": "阳光花园"}, {"name": "阳光花园二期"})
    removal = next(e for e in log if e.action == "delete")
    assert removal.entity == "customers" and removal.actor == ADMIN.username
    assert json.loads(removal.before)["name"] == "王五"
    assert all(abs(e.at - datetime.now()) < timedelta(minutes=5) for e in log)
    assert verify_audit_chain(db).ok


def test_id_numbers_and_phones_never_reach_the_log_in_clear(db: Database) -> None:
    service = CustomerService(db, ADMIN)
    customer_id = make_customer(
        db,
        "张三",
        id_number=ID_NUMBER,
        mobile=MOBILE,
        phone2="010-62345678",
        emergency_phone=OTHER_MOBILE,
        notes=f"身份证 {ID_NUMBER}，电话 {OTHER_MOBILE}",
    )
    detail = service.get(customer_id)
    service.update(
        customer_id, replace(detail.data, mobile="13700001111", id_number=make_id_number(seq="456")), detail.version
    )
    assert service.reveal_id_number(customer_id)  # the reveal entry must not carry the number either

    text = all_log_text(db)
    for secret in (ID_NUMBER, MOBILE, OTHER_MOBILE, "13700001111", make_id_number(seq="456"), "62345678"):
        assert secret not in text
    created = next(e for e in entries(db) if e.action == "create" and e.entity == "customers")
    after = json.loads(created.after)
    assert after["id_number"] == ID_NUMBER[:6] + "********" + ID_NUMBER[-4:]
    assert after["mobile"] == "138****5678"
    assert "search_text" not in after  # it holds phone digits
    updated = next(
        e for e in entries(db) if e.action == "update" and e.entity == "customers" and e.before and "mobile" in e.before
    )
    assert json.loads(updated.before)["mobile"] == "138****5678"
    assert json.loads(updated.after)["mobile"] == "137****1111"


def test_reveal_writes_an_entry_and_is_refused_to_clerks(db: Database) -> None:
    customer_id = make_customer(db, "张三", id_number=ID_NUMBER)
    manager = Principal("manager1", "manager")
    assert CustomerService(db, manager).reveal_id_number(customer_id) == ID_NUMBER
    reveal = [e for e in entries(db) if e.action == "reveal"]
    assert [(e.actor, e.entity, e.entity_id, e.detail) for e in reveal] == [
        ("manager1", "customers", str(customer_id), "id_number")
    ]
    for role in ("clerk", "viewer"):
        with pytest.raises(PermissionDeniedError):
            CustomerService(db, Principal("someone", role)).reveal_id_number(customer_id)
        assert CustomerService(db, Principal("someone", role)).get(customer_id).data.id_number is None
    assert len([e for e in entries(db) if e.action == "reveal"]) == 1


def test_an_edited_entry_is_detected(db: Database) -> None:
    StructureService(db, ADMIN).save_community("阳光花园")
    make_customer(db, "张三")
    make_customer(db, "李四")
    victim = entries(db)[1]
    with db.engine.begin() as connection:
        connection.execute(update(AuditEntry).where(AuditEntry.id == victim.id).values(actor="someone-else"))
    result = verify_audit_chain(db)
    assert result.first_broken_id == victim.id
    assert "edited" in result.problem
    assert result.entries_checked == 2


def test_an_edit_with_a_recomputed_hash_is_detected_at_the_next_entry(db: Database) -> None:
    for name in ("张三", "李四", "王五"):
        make_customer(db, name)
    _first, second, third = entries(db)[:3]
    forged = audit.entry_hash(
        at=second.at,
        actor="forger",
        action=second.action,
        entity=second.entity,
        entity_id=second.entity_id,
        before=second.before,
        after=second.after,
        detail=second.detail,
        prev_hash=second.prev_hash,
    )
    with db.engine.begin() as connection:
        connection.execute(update(AuditEntry).where(AuditEntry.id == second.id).values(actor="forger", hash=forged))
    result = verify_audit_chain(db)
    assert result.first_broken_id == third.id
    assert "deleted" in result.problem and str(second.id) in result.problem


def test_a_deleted_entry_is_detected(db: Database) -> None:
    for name in ("张三", "李四", "王五"):
        make_customer(db, name)
    first, second, third = entries(db)[:3]
    with db.engine.begin() as connection:
        connection.execute(delete(AuditEntry).where(AuditEntry.id == second.id))
    result = verify_audit_chain(db)
    assert result.first_broken_id == third.id
    assert "deleted" in result.problem
    assert f"entry {first.id}" in result.problem


def test_deleting_the_first_entries_is_detected(db: Database) -> None:
    for name in ("张三", "李四"):
        make_customer(db, name)
    first, second = entries(db)[:2]
    with db.engine.begin() as connection:
        connection.execute(delete(AuditEntry).where(AuditEntry.id == first.id))
    result = verify_audit_chain(db)
    assert result.first_broken_id == second.id
    assert "deleted" in result.problem


def test_events_chain_onto_row_changes(db: Database) -> None:
    make_customer(db, "张三")
    AuditService(db, Principal("manager1", "manager")).record("print", "report", detail="satisfaction 2026-08")
    log = entries(db)
    assert log[-1].action == "print" and log[-1].prev_hash == log[-2].hash
    assert verify_audit_chain(db).entries_checked == len(log)


def test_a_rolled_back_action_leaves_no_entry(db: Database) -> None:
    with pytest.raises(RuntimeError), unit_of_work(db, ADMIN) as s:
        s.add(Customer(name="张三", search_text=""))
        s.flush()
        raise RuntimeError("the clerk's action failed")
    assert entries(db) == []


def test_import_and_export_write_one_summary_entry_each(db: Database, tmp_path: Path) -> None:
    from crm_desktop.services.customer_io import CUSTOMER_HEADERS

    source = tmp_path / "customers.xlsx"

    def row(i: int) -> list[str]:
        cells = {
            "小区": "阳光花园",
            "楼栋": "3",
            "单元": "2",
            "房号": f"{1200 + i}",
            "姓名": f"住户{i}",
            "手机号": f"1381234{i:04d}",
            "客户类型(业主/租户/家属/单位)": "业主",
            "入住日期": "2020-01-01",
        }
        return [cells.get(header, "") for header in CUSTOMER_HEADERS]

    rows = [row(i) for i in range(30)]
    write_table(source, CUSTOMER_HEADERS, rows)
    import_customers(db, ADMIN, source)
    export_customers(db, ADMIN, tmp_path / "out.xlsx", unmasked=True)
    imports = [e for e in entries(db) if e.action == "import"]
    exports = [e for e in entries(db) if e.action == "export"]
    assert len(imports) == 1 and imports[0].entity == "customers" and "30 rows" in imports[0].detail
    assert len(exports) == 1 and "unmasked" in exports[0].detail and "out.xlsx" in exports[0].detail
    assert "13812340001" not in all_log_text(db)
    assert verify_audit_chain(db).ok


def test_reading_the_log_is_for_admins_and_managers(db: Database) -> None:
    make_customer(db, "张三")
    AuditService(db, Principal("clerk1", "clerk")).record("login", "users")
    reader = AuditService(db, Principal("manager1", "manager"))
    ids = reader.entry_ids(AuditFilter(action="login"))
    assert [r.actor for r in reader.rows(ids)] == ["clerk1"]
    assert reader.entry_ids(AuditFilter(actor="clerk1", entity="users")) == ids
    assert reader.entry_ids(AuditFilter(since=datetime.now() + timedelta(days=1))) == []
    assert "clerk1" in reader.actors() and "customers" in reader.entities()
    for role in ("clerk", "viewer"):
        with pytest.raises(PermissionDeniedError):
            AuditService(db, Principal("x", role)).entry_ids(AuditFilter())


def test_appends_from_several_desks_keep_one_chain(db_url: str) -> None:
    """Two desks writing at once must not both chain onto the same previous entry."""
    desks = [open_database(db_url), open_database(db_url)]
    errors: list[BaseException] = []

    def work(desk: Database, n: int) -> None:
        try:
            for i in range(15):
                AuditService(desk, Principal(f"desk{n}", "clerk")).record("print", "report", detail=str(i))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(desk, n)) for n, desk in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        result = verify_audit_chain(desks[0])
        assert result.ok, result.problem
        assert result.entries_checked == 30
        with desks[0].session() as s:
            assert s.scalar(select(func.count(func.distinct(AuditEntry.prev_hash)))) == 30
    finally:
        for desk in desks:
            desk.dispose()


def test_log_records_mask_id_numbers_and_phones(caplog: pytest.LogCaptureFixture) -> None:
    install_log_privacy()
    logger = logging.getLogger("crm_desktop.test")
    with caplog.at_level(logging.INFO):
        logger.warning("customer %s phone %s", ID_NUMBER, MOBILE)
        try:
            raise ValueError(f"Mobile {OTHER_MOBILE} is bad")
        except ValueError:
            logger.exception("import failed for %s", ID_NUMBER)
    text = caplog.text
    assert ID_NUMBER not in text and MOBILE not in text and OTHER_MOBILE not in text
    assert "138****5678" in text and "139****5432" in text
    assert "ValueError" in text
