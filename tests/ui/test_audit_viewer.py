"""The audit log viewer: lazy list, filters, before/after of an entry, the chain check."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import update

from crm_desktop.models import AuditEntry
from crm_desktop.services.audit import AuditService
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.principal import Principal
from crm_desktop.ui.audit_viewer import AuditTableModel, AuditViewerDialog, action_labels
from tests.factories import make_customer

MANAGER = Principal("manager1", "manager")
CLERK = Principal("clerk1", "clerk")


def viewer(qtbot, db) -> AuditViewerDialog:
    dialog = AuditViewerDialog(db, MANAGER)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def column(dialog: AuditViewerDialog, index: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(r, index)) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(app, qtmodeltester, ui_db) -> None:
    for name in ("张三", "李四", "王五"):
        make_customer(ui_db, name)
    model = AuditTableModel(AuditService(ui_db, MANAGER))
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_rows_are_fetched_a_page_at_a_time(app, ui_db) -> None:
    service = AuditService(ui_db, CLERK)
    for i in range(450):
        service.record("print", "report", detail=f"report {i}")
    model = AuditTableModel(AuditService(ui_db, MANAGER))
    model.reload()
    assert model.rowCount() == 450
    assert model._pages == {}
    assert model.data(model.index(0, 5)) == "report 449"  # newest first
    assert list(model._pages) == [0]
    model.data(model.index(420, 5))
    assert sorted(model._pages) == [0, 2]


def test_filters_and_before_after_of_a_change(app, qtbot, ui_db) -> None:
    service = CustomerService(ui_db, CLERK)
    customer_id = make_customer(ui_db, "张三", mobile="13812345678")
    detail = service.get(customer_id)
    service.update(customer_id, replace(detail.data, mobile="13900001111"), detail.version)
    AuditService(ui_db, MANAGER).record("print", "report", detail="retention 2026-08")

    dialog = viewer(qtbot, ui_db)
    assert dialog.model.rowCount() == 3
    dialog.action.setCurrentIndex(dialog.action.findData("update"))
    dialog.apply_button.click()
    assert column(dialog, 2) == [action_labels()["update"]]
    assert column(dialog, 1) == ["clerk1"]
    assert dialog.table.currentIndex().row() == 0
    assert dialog.before.toPlainText() == "mobile: 138****5678"
    assert dialog.after.toPlainText() == "mobile: 139****1111"
    assert "13812345678" not in dialog.detail.text() + dialog.before.toPlainText()

    dialog.action.setCurrentIndex(0)
    dialog.actor.setCurrentIndex(dialog.actor.findData("manager1"))
    dialog.apply_button.click()
    assert column(dialog, 5) == ["retention 2026-08"]
    dialog.actor.setCurrentIndex(0)
    dialog.since.set_value(date.today() + timedelta(days=1))
    dialog.apply_button.click()
    assert dialog.model.rowCount() == 0
    assert dialog.before.toPlainText() == ""
    dialog.since.set_value(None)
    dialog.until.set_value(date.today())  # the whole of today counts
    dialog.entity.setCurrentIndex(dialog.entity.findData("customers"))
    dialog.apply_button.click()
    assert dialog.model.rowCount() == 2


def test_chain_check_reports_intact_and_tampered_logs(app, qtbot, ui_db) -> None:
    for name in ("张三", "李四"):
        make_customer(ui_db, name)
    dialog = viewer(qtbot, ui_db)
    seen: list[str] = []

    def read_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, read_box)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(50, read_box)
    dialog.verify_chain()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "2" in seen[0]
    assert dialog.verify_button.isEnabled()

    with ui_db.engine.begin() as connection:
        first_id = connection.scalar(AuditEntry.__table__.select().with_only_columns(AuditEntry.id).limit(1))
        connection.execute(update(AuditEntry).where(AuditEntry.id == first_id).values(actor="forger"))
    QTimer.singleShot(50, read_box)
    dialog.verify_chain()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert str(first_id) in seen[1] and "edited" in seen[1]


def test_fixed_details_are_shown_in_the_desks_language(app, qtbot, ui_db) -> None:
    """The log keeps "wrong password" in English (the chain must not depend on a desk's language)."""
    from crm_desktop.services.auth import UserService, authenticate
    from crm_desktop.services.errors import DomainError
    from tests.factories import ADMIN

    UserService(ui_db, ADMIN).create_user("zhangli", "clerk", "correct horse 1")
    with pytest.raises(DomainError):  # refused, as it should be; the refusal is what gets logged
        authenticate(ui_db, "zhangli", "not the password")
    with ui_db.session() as s:
        stored = [e.detail for e in s.query(AuditEntry).filter(AuditEntry.action == "login_failed")]
    assert stored == ["wrong password"]
    dialog = viewer(qtbot, ui_db)
    assert "密码错误" in column(dialog, 5)
