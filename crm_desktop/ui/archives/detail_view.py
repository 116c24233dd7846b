"""The customer detail: who they are, where they live(d), and one timeline of everything."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import CustomerDetail, OccupancyRow
from crm_desktop.services.timeline import TimelineEntry
from crm_desktop.ui import labels
from crm_desktop.ui.list_model import RowListModel


class CustomerDetailView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CustomerDetail | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(16)
        self._fact_labels: dict[str, QLabel] = {}
        for key, text in (
            ("type", self.tr("Type")),
            ("mobile", self.tr("Mobile")),
            ("id_number", self.tr("ID number")),
            ("emergency", self.tr("Emergency contact")),
            ("special_needs", self.tr("Special needs")),
            ("preferences", self.tr("Preferences")),
            ("tags", self.tr("Tags")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(value.textInteractionFlags())
            self._fact_labels[key] = value
            self.facts.addRow(text, value)

        self.occupancies = RowListModel(
            lambda: [self.tr("Unit"), self.tr("Role"), self.tr("From"), self.tr("Until"), self.tr("How"),
                     self.tr("Reason left")],
            self._occupancy_cells,
            self,
            foreground=lambda o: None if o.is_current else QBrush(QColor("#777777")),
        )
        self.occupancy_view = QTableView()
        self.occupancy_view.setModel(self.occupancies)
        self.occupancy_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.occupancy_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.occupancy_view.verticalHeader().hide()
        self.occupancy_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.occupancy_view.horizontalHeader().setStretchLastSection(True)
        self.occupancy_view.setMaximumHeight(150)

        self.timeline = RowListModel(
            lambda: [self.tr("When"), self.tr("What"), self.tr("Details")],
            lambda e: [e.at.strftime("%Y-%m-%d %H:%M") if e.at.hour or e.at.minute else e.at.strftime("%Y-%m-%d"),
                       self.describe_kind(e), self.describe(e)],
            self,
        )
        self.timeline_view = QTableView()
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.verticalHeader().hide()
        self.timeline_view.setWordWrap(False)
        self.timeline_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline_view.horizontalHeader().setStretchLastSection(True)

        occupancy_box = QGroupBox(self.tr("Units (occupancy history)"))
        QVBoxLayout(occupancy_box).addWidget(self.occupancy_view)
        timeline_box = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline_view)
        self.empty = QLabel(self.tr("Select a customer to see their archive."))
        self.empty.setStyleSheet("color: #777;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addLayout(self.facts)
        layout.addWidget(occupancy_box)
        layout.addWidget(timeline_box, 1)
        self.show_customer(None, [])

    def _occupancy_cells(self, o: OccupancyRow) -> list[object]:
        return [
            f"{o.community_name} {o.unit_code}",
            labels.label(labels.occupancy_roles(), o.role),
            o.start_date.isoformat(),
            o.end_date.isoformat() if o.end_date else "—",
            labels.label(labels.start_kinds(), o.start_kind),
            labels.label(labels.churn_reasons(), o.end_reason) if o.end_reason else "",
        ]

    def show_customer(self, detail: CustomerDetail | None, timeline: list[TimelineEntry]) -> None:
        self.detail = detail
        self.empty.setVisible(detail is None)
        self.title.setVisible(detail is not None)
        for index in range(self.facts.rowCount()):
            for role in (QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole):
                item = self.facts.itemAt(index, role)
                if item and item.widget():
                    item.widget().setVisible(detail is not None)
        if detail is None:
            self.occupancies.set_rows([])
            self.timeline.set_rows([])
            return
        d = detail.data
        status = self.tr("living here") if detail.is_active else self.tr("moved out / no unit")
        self.title.setText(f"{d.name}  ·  {status}")
        emergency = " ".join(p for p in (d.emergency_contact, d.emergency_phone) if p)
        values = {
            "type": labels.label(labels.customer_types(), d.customer_type),
            "mobile": " / ".join(p for p in (detail.mobile_display, detail.phone2_display) if p) or "—",
            "id_number": (labels.label(labels.id_types(), d.id_type) + " " + detail.id_number_display).strip()
            if detail.id_number_display else "—",
            "emergency": emergency or "—",
            "special_needs": d.special_needs or "—",
            "preferences": d.preferences or "—",
            "tags": ", ".join(d.tags) or "—",
        }
        for key, value in values.items():
            self._fact_labels[key].setText(value)
        self.occupancies.set_rows(detail.occupancies)
        self.timeline.set_rows(timeline)

    def selected_occupancy(self) -> OccupancyRow | None:
        index = self.occupancy_view.currentIndex()
        return self.occupancies.row_at(index.row()) if index.isValid() else None

    # --- phrasing timeline entries in the user's language -------------------------------------
    def describe_kind(self, entry: TimelineEntry) -> str:
        return {
            "occupancy_start": self.tr("Moved in"),
            "occupancy_end": self.tr("Moved out"),
            "move_in": self.tr("Handover"),
            "renovation": self.tr("Renovation"),
            "inspection": self.tr("Inspection"),
            "ticket": self.tr("Service ticket"),
            "survey": self.tr("Survey answered"),
            "interaction": labels.label(labels.interaction_kinds(), entry.fields.get("kind")),
        }.get(entry.kind, entry.kind)

    def describe(self, entry: TimelineEntry) -> str:
        f = entry.fields
        if entry.kind == "occupancy_start":
            text = f"{f['unit']} · {labels.label(labels.occupancy_roles(), f['role'])}"
            return text + (" · " + self.tr("by transfer") if f.get("how") == "transfer" else "")
        if entry.kind == "occupancy_end":
            text = f"{f['unit']} · {labels.label(labels.churn_reasons(), f['reason'])}"
            return text + (f" · {entry.summary}" if entry.summary else "")
        if entry.kind == "move_in":
            return f"{f['unit']} · {labels.label(labels.move_in_statuses(), f['status'])}"
        if entry.kind == "renovation":
            return f"{f['permit']} {f['unit']} · {labels.label(labels.renovation_statuses(), f['status'])} · " \
                   f"{entry.summary}"
        if entry.kind == "inspection":
            return f"{f['permit']} · {labels.label(labels.inspection_results(), f['result'])} {entry.summary}"
        if entry.kind == "ticket":
            return f"{f['number']} {labels.label(labels.ticket_kinds(), f['kind'])} · {entry.summary} · " \
                   f"{labels.label(labels.ticket_statuses(), f['status'])}"
        if entry.kind == "survey":
            return f"{f['survey']} · {labels.label(labels.survey_channels(), f['channel'])}"
        staff = f.get("staff", "")
        return f"{entry.summary}" + (f" ({staff})" if staff else "")
