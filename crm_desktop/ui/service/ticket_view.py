"""One ticket: what was reported, where it stands, the steps it allows now, and its full history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.principal import Principal
from crm_desktop.services.tickets import TicketDetail, TicketEventRow
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.common import DASH, OVERDUE_TEXT, setup_table, time_text

# Buttons in the order a ticket goes through them; "edit" and "delete" are not workflow steps.
ACTION_ORDER = ("assign", "start", "hold", "resume", "resolve", "callback", "close", "reopen", "escalate")


class TicketDetailView(QWidget):
    """Signals: action_requested(str) with a workflow action, "edit", "delete" or "clear_flag";
    incident_requested(int) when a linked ticket is clicked."""

    action_requested = Signal(str)
    incident_requested = Signal(int)

    def __init__(self, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.principal = principal
        self.detail: TicketDetail | None = None
        self.empty = QLabel(self.tr("Select a ticket to see it here, or take a new one (Ctrl+T)."))
        self.empty.setStyleSheet("color: #777;")
        self.empty.setWordWrap(True)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setWordWrap(True)

        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "edit": self.tr("Edit…"),
            "assign": self.tr("Dispatch…"),
            "start": self.tr("Start work"),
            "hold": self.tr("Hold…"),
            "resume": self.tr("Resume"),
            "resolve": self.tr("Resolve…"),
            "callback": self.tr("Call back…"),
            "close": self.tr("Close…"),
            "reopen": self.tr("Reopen…"),
            "escalate": self.tr("Escalate…"),
            "clear_flag": self.tr("Clear flag"),
            "delete": self.tr("Delete"),
        }
        actions = QHBoxLayout()
        actions.setSpacing(4)
        for key in ("edit", *ACTION_ORDER, "clear_flag", "delete"):
            button = QPushButton(texts[key])
            button.setObjectName(f"ticket_action_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.action_requested.emit(k))
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch()
        self.buttons["assign"].setToolTip(self.tr("派工: give the ticket to a staff member or a team"))
        self.buttons["callback"].setToolTip(self.tr("回访: record the owner's satisfaction and close the ticket"))

        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(3)
        self._values: dict[str, QLabel] = {}
        fields = [
            ("kind", self.tr("Kind")), ("category", self.tr("Category")),
            ("severity", self.tr("Severity")), ("channel", self.tr("Channel")),
            ("customer", self.tr("Customer")), ("unit", self.tr("Unit")),
            ("received", self.tr("Received")), ("handler", self.tr("Handler")),
            ("response", self.tr("Response due")), ("first_response", self.tr("First response")),
            ("due", self.tr("Resolution due")), ("resolved", self.tr("Resolved")),
            ("callback_due", self.tr("Call-back due")), ("callback", self.tr("Call-back")),
            ("escalated", self.tr("Escalated")), ("incident", self.tr("Incident")),
        ]
        for position, (key, text) in enumerate(fields):
            row, column = divmod(position, 2)
            caption = QLabel(text)
            caption.setStyleSheet("color: #555;")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            self.facts.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(value, row, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        self.facts.setColumnStretch(1, 1)
        self.facts.setColumnStretch(3, 1)
        self._values["incident"].linkActivated.connect(lambda href: self.incident_requested.emit(int(href)))
        self._values["incident"].setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.description = QPlainTextEdit()
        self.description.setReadOnly(True)
        self.description.setMaximumHeight(70)
        self.resolution = QPlainTextEdit()
        self.resolution.setReadOnly(True)
        self.resolution.setMaximumHeight(60)

        self.history = RowListModel(
            lambda: [self.tr("When"), self.tr("Step"), self.tr("Status after"), self.tr("By"), self.tr("Note")],
            self._history_cells,
            self,
        )
        self.history_view = QTableView()
        self.history_view.setModel(self.history)
        setup_table(self.history_view, (0, 100, 84, 70))
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history_view.setMinimumHeight(140)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.title)
        body.addWidget(self.state)
        body.addLayout(actions)
        body.addLayout(self.facts)
        self.description_box = QGroupBox(self.tr("Description"))
        QVBoxLayout(self.description_box).addWidget(self.description)
        self.resolution_box = QGroupBox(self.tr("Resolution"))
        QVBoxLayout(self.resolution_box).addWidget(self.resolution)
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history_view)
        body.addWidget(self.description_box)
        body.addWidget(self.resolution_box)
        body.addWidget(history_box, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.show_ticket(None)

    # --- showing ------------------------------------------------------------------------------
    def show_ticket(self, detail: TicketDetail | None) -> None:
        self.detail = detail
        self.empty.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is None:
            self.history.set_rows([])
            return
        d = detail.data
        self.title.setText(f"{detail.number}  ·  {d.title}")
        state = [labels.label(labels.ticket_statuses(), detail.status)]
        if detail.overdue:
            state.append(self.tr("OVERDUE"))
        if detail.escalated_to:
            state.append(self.tr("escalated to %1").replace("%1", detail.escalated_to))
        if detail.flagged_for_manager:
            state.append(self.tr("⚑ flagged for the manager"))
        self.state.setText("  ·  ".join(state))
        self.state.setStyleSheet(f"color: {OVERDUE_TEXT.name()}; font-weight: bold;" if detail.overdue else "")
        customer = " ".join(p for p in (detail.customer_name, detail.customer_phone) if p) or self.tr("Anonymous")
        callback = DASH
        if detail.callback_at is not None:
            callback = self.tr("%1/5 by %2 at %3").replace("%1", str(detail.callback_score or DASH)).replace(
                "%2", detail.callback_by
            ).replace("%3", time_text(detail.callback_at))
            if detail.callback_note:
                callback += f" · {detail.callback_note}"
        escalated = DASH
        if detail.escalated_at is not None:
            escalated = f"{detail.escalated_to} · {time_text(detail.escalated_at)}"
        values = {
            "kind": labels.label(labels.ticket_kinds(), d.kind),
            "category": labels.label(labels.categories(), d.category),
            "severity": labels.label(labels.severities(), d.severity),
            "channel": labels.label(labels.channels(), d.channel),
            "customer": customer,
            "unit": f"{detail.community_name} {detail.unit_code}".strip() or DASH,
            "received": time_text(detail.received_at),
            "handler": detail.staff_name or DASH,
            "response": time_text(detail.response_due_at) or DASH,
            "first_response": time_text(detail.first_response_at) or DASH,
            "due": time_text(detail.due_at) or DASH,
            "resolved": time_text(detail.resolved_at) or DASH,
            "callback_due": time_text(detail.callback_due_at) or DASH,
            "callback": callback,
            "escalated": escalated,
        }
        for key, value in values.items():
            self._values[key].setText(value)
        self._values["due"].setStyleSheet(
            f"color: {OVERDUE_TEXT.name()}; font-weight: bold;" if detail.overdue else ""
        )
        if detail.linked:
            links = []
            for linked in detail.linked:
                mark = self.tr(" (first report)") if linked.is_incident else ""
                links.append(
                    f'<a href="{linked.id}">{linked.number}</a>{mark} '
                    f"{labels.label(labels.ticket_statuses(), linked.status)}"
                )
            self._values["incident"].setText("<br>".join(links))
        else:
            self._values["incident"].setText(DASH)
        self.description.setPlainText(d.description)
        self.description_box.setVisible(bool(d.description))
        self.resolution.setPlainText(detail.resolution)
        self.resolution_box.setVisible(bool(detail.resolution))
        self.history.set_rows(list(reversed(detail.events)))  # newest first
        self._update_buttons()

    def _update_buttons(self) -> None:
        detail = self.detail
        may_edit = self.principal.may_edit
        allowed = set(detail.allowed_actions) if detail else set()
        for key, button in self.buttons.items():
            if key == "edit":
                visible = detail is not None and detail.status != "closed"
            elif key == "delete":
                visible = detail is not None and (
                    detail.status != "closed" or self.principal.role in ("admin", "manager")
                )
            elif key == "clear_flag":
                visible = detail is not None and detail.flagged_for_manager and self.principal.role in (
                    "admin", "manager"
                )
            else:
                visible = key in allowed
            button.setVisible(visible and may_edit)

    # --- history ------------------------------------------------------------------------------
    def _history_cells(self, event: TicketEventRow) -> list[object]:
        status = labels.label(labels.ticket_statuses(), event.to_status)  # the step says where it came from
        return [
            time_text(event.at),
            labels.label(labels.event_actions(), event.action),
            status,
            event.user,
            self.describe_note(event),
        ]

    def describe_note(self, event: TicketEventRow) -> str:
        """System notes are codes; they are shown in the user's language."""
        if event.action == "severity" and "→" in event.note:
            old, new = event.note.split("→", 1)
            severities = labels.severities()
            return f"{labels.label(severities, old)} → {labels.label(severities, new)}"
        if event.action == "edit":
            fields = labels.ticket_fields()
            return ", ".join(labels.label(fields, name) for name in event.note.split(",") if name)
        if event.action == "import":
            return event.note or self.tr("from a spreadsheet")
        return event.note

