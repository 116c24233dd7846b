"""Lazy list models for handovers and renovations (thousands of rows: ids first, rows a page at a time)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtGui import QColor

from crm_desktop.services.move_ins import MoveInFilter, MoveInRow, MoveInService
from crm_desktop.services.renovations import RenovationFilter, RenovationRow, RenovationService
from crm_desktop.ui import labels
from crm_desktop.ui.housing.common import MUTED, WARNING, LazyIdModel, day_text, money_text


class MoveInTableModel(LazyIdModel):
    COLUMNS = ("scheduled", "unit", "customer", "role", "status", "handover", "staff", "defects")
    SORTABLE = {
        "scheduled": "scheduled",
        "unit": "unit",
        "customer": "customer",
        "status": "status",
        "handover": "handover",
    }
    RIGHT_ALIGNED = frozenset({"defects"})

    def __init__(self, service: MoveInService, parent: object = None) -> None:
        super().__init__(parent)
        self._service = service
        self.filters = MoveInFilter()
        self.sort_key = "scheduled"
        self.today = date.today()

    def set_filter(self, filters: MoveInFilter) -> None:
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        self.today = date.today()
        super().reload()

    def headers(self) -> dict[str, str]:
        return {
            "scheduled": self.tr("Scheduled"),
            "unit": self.tr("Unit"),
            "customer": self.tr("Customer"),
            "role": self.tr("Role"),
            "status": self.tr("Status"),
            "handover": self.tr("Handed over"),
            "staff": self.tr("Staff"),
            "defects": self.tr("Open defects"),
        }

    def fetch_ids(self) -> list[int]:
        return self._service.search_ids(self.filters, self.sort_key, self.descending, self.today)

    def fetch_rows(self, ids: list[int]) -> Sequence[MoveInRow]:
        return self._service.rows(ids, self.today)

    def cell(self, row: MoveInRow, column: str) -> str:
        if column == "scheduled":
            return day_text(row.scheduled_date) + ("  " + self.tr("overdue") if row.overdue else "")
        return {
            "unit": f"{row.community_name} {row.unit_code}",
            "customer": row.customer_name,
            "role": labels.label(labels.occupancy_roles(), row.role),
            "status": labels.label(labels.move_in_statuses(), row.status),
            "handover": day_text(row.handover_date) if row.handover_date else "",
            "staff": row.staff_name,
            "defects": str(row.open_defects) if row.open_defects else "",
        }[column]

    def foreground(self, row: MoveInRow, column: str) -> QColor | None:
        if row.overdue or (column == "defects" and row.open_defects):
            return WARNING
        if row.status == "cancelled":
            return MUTED
        return None


class RenovationTableModel(LazyIdModel):
    COLUMNS = (
        "permit",
        "unit",
        "applicant",
        "contractor",
        "status",
        "planned_start",
        "planned_end",
        "deposit",
        "deductions",
        "refunded",
        "violations",
    )
    SORTABLE = {
        "permit": "permit",
        "unit": "unit",
        "applicant": "applicant",
        "contractor": "contractor",
        "status": "status",
        "planned_start": "planned_start",
        "planned_end": "planned_end",
        "deposit": "deposit",
    }
    RIGHT_ALIGNED = frozenset({"deposit", "deductions", "refunded", "violations"})

    def __init__(self, service: RenovationService, parent: object = None) -> None:
        super().__init__(parent)
        self._service = service
        self.filters = RenovationFilter()
        self.sort_key = "applied"
        self.descending = True
        self.today = date.today()

    def set_filter(self, filters: RenovationFilter) -> None:
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        self.today = date.today()
        super().reload()

    def headers(self) -> dict[str, str]:
        return {
            "permit": self.tr("Permit number"),
            "unit": self.tr("Unit"),
            "applicant": self.tr("Applicant"),
            "contractor": self.tr("Contractor"),
            "status": self.tr("Status"),
            "planned_start": self.tr("Planned start"),
            "planned_end": self.tr("Planned end"),
            "deposit": self.tr("Deposit"),
            "deductions": self.tr("Deductions"),
            "refunded": self.tr("Refunded"),
            "violations": self.tr("Open violations"),
        }

    def fetch_ids(self) -> list[int]:
        return self._service.search_ids(self.filters, self.sort_key, self.descending, self.today)

    def fetch_rows(self, ids: list[int]) -> Sequence[RenovationRow]:
        return self._service.rows(ids, self.today)

    def cell(self, row: RenovationRow, column: str) -> str:
        return {
            "permit": row.permit_number,
            "unit": f"{row.community_name} {row.unit_code}",
            "applicant": row.applicant,
            "contractor": row.contractor,
            "status": labels.label(labels.renovation_statuses(), row.status),
            "planned_start": day_text(row.planned_start),
            "planned_end": day_text(row.planned_end),
            "deposit": money_text(row.deposit_received),
            "deductions": money_text(row.deductions) if row.deductions else "",
            "refunded": money_text(row.deposit_refunded) if row.deposit_refunded is not None else "",
            "violations": str(row.open_violations) if row.open_violations else "",
        }[column]

    def tooltip(self, row: RenovationRow, column: str) -> str | None:
        if column == "planned_end" and row.past_planned_end:
            return self.tr("Past the planned end and not finished")
        if column == "refunded" and row.refund_date is not None:
            return self.tr("Refunded on %1").replace("%1", row.refund_date.isoformat())
        return None

    def foreground(self, row: RenovationRow, column: str) -> QColor | None:
        if (column == "planned_end" and row.past_planned_end) or (column == "violations" and row.open_violations):
            return WARNING
        if row.status in ("rejected", "cancelled"):
            return MUTED
        return None
