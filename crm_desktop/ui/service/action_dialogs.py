"""The workflow steps that need a word from the clerk: dispatch, hold, resolve, call-back, close, reopen, escalate.

Each dialog performs its one service call on Save; a refused step leaves the dialog open with the reason shown
under the form. Enter saves (Ctrl+Enter inside a multi-line note).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ConflictError, DomainError, ValidationError
from crm_desktop.services.tickets import CALLBACK_KINDS, CallbackOutcome, TicketDetail, TicketService
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.common import MomentEdit
from crm_desktop.ui.widgets import MessageLine


class ActionDialog(QDialog):
    """A form with a note, the moment it happened (default now) and Save/Cancel."""

    def __init__(
        self,
        service: TicketService,
        detail: TicketDetail,
        title: str,
        note_label: str,
        note_required: bool = False,
        multiline: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.detail = service, detail
        self.setWindowTitle(f"{title} · {detail.number}")
        self.heading = QLabel(f"<b>{detail.number}</b>  {_escape(detail.data.title)}")
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        if multiline:
            self.note: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.note.setTabChangesFocus(True)
            self.note.setFixedHeight(90)
        else:
            self.note = QLineEdit()
        self.note.setMinimumWidth(380)
        self.when = MomentEdit()
        self.note_label = note_label + (" *" if note_required else "")
        self.message = MessageLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def finish_form(self) -> None:
        """Subclasses add their fields first; the note and the time come last."""
        self.form.addRow(self.note_label, self.note)
        self.form.addRow(self.tr("When"), self.when)

    def note_text(self) -> str:
        return self.note.toPlainText() if isinstance(self.note, QPlainTextEdit) else self.note.text()

    def perform(self) -> object:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.result_value = self.perform()
        except (ValidationError, ConflictError) as exc:
            self.message.show_message(message_of(exc))
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AssignDialog(ActionDialog):
    """派工: to a staff member or a team."""

    def __init__(self, service: TicketService, detail: TicketDetail, parent: QWidget | None = None) -> None:
        super().__init__(service, detail, self.tr("Dispatch"), self.tr("Instructions"), parent=parent)
        self.staff = QComboBox()
        self.staff.setMinimumWidth(300)
        for choice in service.staff_choices():
            text = f"{choice.department} · {choice.name}" if choice.department else choice.name
            if choice.is_team:
                text += "  " + self.tr("(team)")
            self.staff.addItem(text, choice.id)
        if detail.staff_id is not None:
            self.staff.setCurrentIndex(max(0, self.staff.findData(detail.staff_id)))
        self.form.addRow(self.tr("Staff or team *"), self.staff)
        self.finish_form()
        self.staff.setFocus()

    def perform(self) -> None:
        staff_id = self.staff.currentData()
        if staff_id is None:
            raise ValidationError(self.tr("Add staff in the Staff view first."), field="staff")
        self.service.assign(
            self.detail.id, staff_id, self.note_text(), at=self.when.moment(), expected_version=self.detail.version
        )


class HoldDialog(ActionDialog):
    def __init__(self, service: TicketService, detail: TicketDetail, parent: QWidget | None = None) -> None:
        super().__init__(service, detail, self.tr("Put on hold"), self.tr("Waiting for"), True, parent=parent)
        self.note.setPlaceholderText(self.tr("e.g. parts on order, owner away until Monday"))
        explanation = QLabel(self.tr("The SLA clock stops until the ticket is resumed."))
        explanation.setStyleSheet("color: #555;")
        self.form.addRow(explanation)
        self.finish_form()
        self.note.setFocus()

    def perform(self) -> None:
        self.service.hold(self.detail.id, self.note_text(), at=self.when.moment(), expected_version=self.detail.version)


class ResolveDialog(ActionDialog):
    def __init__(self, service: TicketService, detail: TicketDetail, parent: QWidget | None = None) -> None:
        super().__init__(service, detail, self.tr("Resolve"), self.tr("What was done"), True, True, parent)
        if detail.kind in CALLBACK_KINDS:
            explanation = QLabel(self.tr("A call-back to the owner will be scheduled."))
            explanation.setStyleSheet("color: #555;")
            self.form.addRow(explanation)
        self.finish_form()
        self.note.setFocus()

    def perform(self) -> None:
        self.service.resolve(
            self.detail.id, self.note_text(), at=self.when.moment(), expected_version=self.detail.version
        )


class CallbackDialog(ActionDialog):
    """回访: satisfaction 1–5 (number keys pick it), a note, who called."""

    def __init__(self, service: TicketService, detail: TicketDetail, caller: str, parent: QWidget | None = None):
        super().__init__(service, detail, self.tr("Call-back"), self.tr("What the owner said"), parent=parent)
        self.result_value: CallbackOutcome | None = None
        contact = " ".join(p for p in (detail.customer_name, detail.customer_phone) if p)
        if contact:
            self.form.addRow(self.tr("Call"), QLabel(contact))
        self.scores = QButtonGroup(self)
        row = QHBoxLayout()
        texts = {
            1: self.tr("1 very dissatisfied"),
            2: self.tr("2 dissatisfied"),
            3: self.tr("3 neutral"),
            4: self.tr("4 satisfied"),
            5: self.tr("5 very satisfied"),
        }
        for score, text in texts.items():
            button = QRadioButton(text)
            button.setShortcut(QKeySequence(str(score)))
            self.scores.addButton(button, score)
            row.addWidget(button)
        row.addStretch()
        self.form.addRow(self.tr("Satisfaction *"), row)
        self.caller = QLineEdit(caller)
        self.finish_form()
        self.form.addRow(self.tr("Called by"), self.caller)
        self.scores.button(1).setFocus()  # number keys 1–5 choose the score, Tab goes on to the note

    def score(self) -> int | None:
        checked = self.scores.checkedId()
        return checked if checked > 0 else None

    def set_score(self, score: int) -> None:
        self.scores.button(score).setChecked(True)

    def perform(self) -> CallbackOutcome:
        score = self.score()
        if score is None:
            raise ValidationError(self.tr("Choose the owner's satisfaction, 1 to 5."), field="score")
        return self.service.record_callback(
            self.detail.id, score, self.note_text(), self.caller.text(), at=self.when.moment(),
            expected_version=self.detail.version,
        )


class CloseDialog(ActionDialog):
    def __init__(self, service: TicketService, detail: TicketDetail, parent: QWidget | None = None) -> None:
        needs_reason = detail.kind in CALLBACK_KINDS
        super().__init__(service, detail, self.tr("Close"), self.tr("Note"), needs_reason, parent=parent)
        if needs_reason:
            explanation = QLabel(
                self.tr("Complaints and repairs are closed by their call-back. "
                        "To close this one without it, say why (e.g. the owner could not be reached).")
            )
            explanation.setWordWrap(True)
            explanation.setStyleSheet("color: #555;")
            self.form.addRow(explanation)
        self.finish_form()
        self.note.setFocus()

    def perform(self) -> None:
        self.service.close(
            self.detail.id, self.note_text(), at=self.when.moment(), expected_version=self.detail.version
        )


class ReopenDialog(ActionDialog):
    def __init__(
        self, service: TicketService, detail: TicketDetail, reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(service, detail, self.tr("Reopen"), self.tr("Reason"), True, parent=parent)
        self.note.setText(reason)
        self.finish_form()
        self.note.setFocus()

    def perform(self) -> None:
        self.service.reopen(
            self.detail.id, self.note_text(), at=self.when.moment(), expected_version=self.detail.version
        )


class EscalateDialog(ActionDialog):
    """An overdue ticket goes to a manager, who is named."""

    def __init__(self, service: TicketService, detail: TicketDetail, parent: QWidget | None = None) -> None:
        super().__init__(service, detail, self.tr("Escalate"), self.tr("Note"), parent=parent)
        self.manager = QComboBox()
        self.manager.setEditable(True)
        suggested = service.suggested_manager()
        names = [suggested] if suggested else []
        names += [c.name for c in service.staff_choices() if not c.is_team and c.name not in names]
        self.manager.addItems(names)
        self.manager.setCurrentText(suggested)
        self.manager.setMinimumWidth(260)
        overdue = QLabel(
            self.tr("Due %1 · %2").replace("%1", detail.due_at.strftime("%Y-%m-%d %H:%M") if detail.due_at else "")
            .replace("%2", labels.label(labels.severities(), detail.data.severity))
        )
        self.form.addRow(self.tr("Overdue"), overdue)
        self.form.addRow(self.tr("Manager *"), self.manager)
        self.finish_form()
        self.manager.setFocus()

    def perform(self) -> None:
        self.service.escalate(
            self.detail.id, self.manager.currentText(), self.note_text(), at=self.when.moment(),
            expected_version=self.detail.version,
        )
