"""Survey campaigns: the list, and the editor of a campaign and its questionnaire."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ConflictError, DomainError, ValidationError
from crm_desktop.services.surveys import (
    QuestionInput,
    SurveyDetail,
    SurveyInput,
    SurveyRow,
    SurveyService,
    default_questionnaire,
)
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.surveys import labels
from crm_desktop.ui.surveys.question_model import QuestionTableModel
from crm_desktop.ui.widgets import CodeComboBox, MessageLine, OptionalDateEdit

QUARTERS = ("一", "二", "三", "四")


def quarter_of(day: date) -> tuple[date, date, str]:
    """First and last day of the quarter of `day`, and the campaign name an office would give it."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = date(day.year, first_month, 1)
    end = date(day.year + (first_month == 10), (first_month + 2) % 12 + 1, 1)
    last = date.fromordinal(end.toordinal() - 1)
    return start, last, f"{day.year} 年第{QUARTERS[(first_month - 1) // 3]}季度满意度调查"


class QuestionDialog(QDialog):
    """Add or change one question: type, SERVQUAL dimension, wording, options, required."""

    def __init__(self, question: QuestionInput | None = None, answered: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit question") if question else self.tr("Add question"))
        self.kind = CodeComboBox(labels.question_kinds())
        self.dimension = CodeComboBox(labels.dimensions())
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(70)
        self.text.setMinimumWidth(420)
        self.options = QPlainTextEdit()
        self.options.setTabChangesFocus(True)
        self.options.setFixedHeight(90)
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.required = QCheckBox(self.tr("The respondent must answer this question"))
        form = QFormLayout()
        form.addRow(self.tr("Question type"), self.kind)
        form.addRow(self.tr("SERVQUAL dimension"), self.dimension)
        form.addRow(self.tr("Question"), self.text)
        form.addRow(self.tr("Options"), self.options)
        form.addRow("", self.required)
        self.message = MessageLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if answered:
            note = QLabel(self.tr("This question already has answers: its type and dimension stay as they are."))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if question is not None:
            self.kind.set_code(question.kind)
            self.dimension.set_code(question.dimension)
            self.text.setPlainText(question.text)
            self.options.setPlainText("\n".join(question.choices))
            self.required.setChecked(question.required)
        self.kind.setEnabled(not answered)
        self._kind_changed()
        self.dimension.setEnabled(self.dimension.isEnabled() and not answered)
        self.text.setFocus()

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind.code()
        self.dimension.setEnabled(kind == "servqual")
        self.options.setEnabled(kind == "choice")

    def question(self) -> QuestionInput:
        kind = self.kind.code() or "text"
        options = tuple(line.strip() for line in self.options.toPlainText().splitlines() if line.strip())
        return QuestionInput(
            kind=kind,
            text=self.text.toPlainText().strip(),
            dimension=self.dimension.code() if kind == "servqual" else None,
            choices=options if kind == "choice" else (),
            required=self.required.isChecked(),
        )

    def _accept(self) -> None:
        question = self.question()
        if not question.text:
            self.message.show_message(self.tr("Write the question as it is printed on the questionnaire."))
            self.text.setFocus()
            return
        if question.kind == "choice" and len(set(question.choices)) < 2:
            self.message.show_message(self.tr("A choice question needs at least two options."))
            self.options.setFocus()
            return
        self.accept()


class CampaignEditor(QWidget):
    """Campaign list on the left, the chosen campaign and its questionnaire on the right.

    Signals:
        saved(int): a campaign was created, changed or deleted (its id; 0 after a deletion).
        enter_responses(int): the clerk wants to type in the responses of this campaign.
    """

    saved = Signal(int)
    enter_responses = Signal(int)

    def __init__(self, service: SurveyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.may_edit = service.principal.may_edit
        self.detail: SurveyDetail | None = None
        self._dirty = False
        self._loading = False
        self._build()
        self.reload()

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.campaigns = RowListModel(
            lambda: [self.tr("Campaign"), self.tr("Period"), self.tr("Status"), self.tr("Responses")],
            self._campaign_cells,
            self,
        )
        self.campaign_view = QTableView()
        self.campaign_view.setModel(self.campaigns)
        self.campaign_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.campaign_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.campaign_view.verticalHeader().hide()
        self.campaign_view.setWordWrap(False)
        header = self.campaign_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.campaign_view.selectionModel().currentRowChanged.connect(lambda current, _p: self._picked(current.row()))
        self.new_button = QPushButton(self.tr("New campaign"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_campaign)
        self.delete_button.clicked.connect(self.delete_campaign)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addWidget(self.delete_button)
        left_buttons.addStretch()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(left_buttons)
        left_layout.addWidget(self.campaign_view)

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 2026 年第三季度满意度调查"))
        self.period_start = OptionalDateEdit()
        self.period_end = OptionalDateEdit()
        self.status = CodeComboBox(labels.survey_statuses())
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(56)
        period = QHBoxLayout()
        period.addWidget(self.period_start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.period_end)
        period.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Campaign name *"), self.name)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Description"), self.description)
        self.status.setToolTip(
            self.tr("Draft: being prepared. Open: responses can be entered. Ended: the results are final.")
        )

        self.questions = QuestionTableModel(self)
        self.question_view = QTableView()
        self.question_view.setModel(self.questions)
        self.question_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.question_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.question_view.verticalHeader().hide()
        self.question_view.setWordWrap(False)
        self.question_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.question_view.horizontalHeader()
        for column in (0, 1, 2, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.question_view.doubleClicked.connect(
            lambda index: self.edit_question() if index.column() not in (3, 4) else None
        )
        self.questions.edited.connect(self._mark_dirty)
        self.add_button = QPushButton(self.tr("Add question…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.default_button = QPushButton(self.tr("Copy the default questionnaire"))
        self.default_button.setToolTip(
            self.tr("Adds the standard property-service questionnaire: NPS, overall satisfaction (CSAT), "
                    "two SERVQUAL items for each of the five dimensions and a comment box.")
        )
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(self.edit_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.default_button.clicked.connect(self.copy_default_questionnaire)
        question_buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            question_buttons.addWidget(button)
        question_buttons.addStretch()
        question_buttons.addWidget(self.default_button)
        questionnaire = QGroupBox(self.tr("Questionnaire"))
        questionnaire_layout = QVBoxLayout(questionnaire)
        questionnaire_layout.addLayout(question_buttons)
        questionnaire_layout.addWidget(self.question_view)

        self.message = MessageLine()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.entry_button = QPushButton(self.tr("Enter responses…"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.entry_button.clicked.connect(self._enter_responses)
        bottom = QHBoxLayout()
        bottom.addWidget(self.entry_button)
        bottom.addStretch()
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(form)
        right_layout.addWidget(questionnaire, 1)
        right_layout.addWidget(self.message)
        right_layout.addLayout(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([520, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        for widget in (self.name, self.description):
            widget.textChanged.connect(self._mark_dirty)
        for widget in (self.period_start, self.period_end):
            widget.dateChanged.connect(self._mark_dirty)
        self.status.currentIndexChanged.connect(self._mark_dirty)
        self.question_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

    def _enter_responses(self) -> None:
        if self.detail is not None:
            self.enter_responses.emit(self.detail.id)

    def _campaign_cells(self, row: SurveyRow) -> list[object]:
        if row.period_start or row.period_end:
            start = row.period_start.isoformat() if row.period_start else "…"
            end = row.period_end.isoformat() if row.period_end else "…"
            period = f"{start} – {end}"
        else:
            period = ""
        return [row.name, period, labels.survey_statuses().get(row.status, row.status), row.response_count]

    # --- list ---------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Re-read the campaigns; keeps (or moves to) the chosen one without asking about edits."""
        rows = self.service.list_surveys()
        keep = select_id if select_id is not None else (self.detail.id if self.detail else None)
        self._loading = True
        self.campaigns.set_rows(rows)
        self._loading = False
        index = next((i for i, r in enumerate(rows) if r.id == keep), None)
        if index is None and rows and keep is None and self.detail is None and not self._dirty:
            index = 0
        if index is not None:
            self._select_row(index)
            self.load(rows[index].id)
        elif not self._dirty:
            self.new_campaign(ask=False)

    def _select_row(self, row: int) -> None:
        self._loading = True
        self.campaign_view.selectionModel().setCurrentIndex(
            self.campaigns.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._loading = False

    def _picked(self, row: int) -> None:
        if self._loading:
            return
        chosen = self.campaigns.row_at(row)
        if chosen is None or (self.detail is not None and chosen.id == self.detail.id):
            return
        if not self._confirm_discard():
            current = next((i for i in range(self.campaigns.rowCount())
                            if self.detail and self.campaigns.row_at(i).id == self.detail.id), None)
            if current is not None:
                self._select_row(current)
            return
        self.load(chosen.id)

    def _confirm_discard(self) -> bool:
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The campaign has changes that are not saved. Discard them?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- the form -----------------------------------------------------------------------------
    def load(self, survey_id: int) -> None:
        try:
            detail = self.service.get_survey(survey_id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._show(detail)

    def _show(self, detail: SurveyDetail | None, data: SurveyInput | None = None) -> None:
        self._loading = True
        self.detail = detail
        data = data or (detail.as_input() if detail else SurveyInput(""))
        self.name.setText(data.name)
        self.period_start.set_value(data.period_start)
        self.period_end.set_value(data.period_end)
        self.status.set_code(data.status)
        self.description.setPlainText(data.description)
        self.questions.set_questions(detail.questions if detail is not None else list(data.questions))
        self.heading.setText(detail.name if detail else self.tr("New campaign"))
        self.message.show_message("")
        self._loading = False
        self._dirty = False
        self._update_buttons()

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.question_view.currentIndex().row()
        has_question = self.questions.question(row) is not None
        answered = has_question and self.questions.answer_count(row) > 0
        for button in (self.new_button, self.add_button, self.default_button, self.save_button):
            button.setEnabled(self.may_edit)
        self.edit_button.setEnabled(self.may_edit and has_question)
        self.remove_button.setEnabled(self.may_edit and has_question and not answered)
        self.up_button.setEnabled(self.may_edit and has_question and row > 0)
        self.down_button.setEnabled(self.may_edit and has_question and row < self.questions.rowCount() - 1)
        self.delete_button.setEnabled(
            self.may_edit and self.detail is not None and self.detail.response_count == 0
        )
        self.revert_button.setEnabled(self._dirty)
        self.entry_button.setEnabled(self.detail is not None and self.detail.status == "open" and not self._dirty)
        for widget in (self.name, self.period_start, self.period_end, self.status, self.description):
            widget.setEnabled(self.may_edit)

    def current_input(self) -> SurveyInput:
        return SurveyInput(
            name=self.name.text(),
            period_start=self.period_start.value(),
            period_end=self.period_end.value(),
            status=self.status.code() or "draft",
            description=self.description.toPlainText(),
            questions=self.questions.questions(),
        )

    def new_campaign(self, ask: bool = True) -> None:
        if ask and not self._confirm_discard():
            return
        start, end, name = quarter_of(date.today())
        taken = {self.campaigns.row_at(i).name for i in range(self.campaigns.rowCount())}
        self._show(None, SurveyInput(name if name not in taken else "", start, end, "draft"))
        self.campaign_view.clearSelection()
        self.name.setFocus()
        self.name.selectAll()

    def revert(self) -> None:
        if self.detail is not None:
            self.load(self.detail.id)
        else:
            self.new_campaign(ask=False)

    def save(self) -> bool:
        if not self.may_edit:
            return False
        data = self.current_input()
        try:
            if self.detail is None:
                survey_id = self.service.save_survey(data)
            else:
                survey_id = self.service.save_survey(data, self.detail.id, self.detail.version)
        except (ValidationError, ConflictError) as exc:
            self.message.show_message(message_of(exc))
            field = getattr(exc, "field", None) or ""
            if field == "name":
                self.name.setFocus()
            elif field.startswith("period"):
                self.period_end.setFocus()
            elif field.startswith("question:"):
                row = int(field.split(":")[1])
                self.question_view.selectRow(row)
                self.question_view.setFocus()
            return False
        except DomainError as exc:
            show_error(self, exc)
            return False
        self._dirty = False
        self.detail = None
        self.reload(select_id=survey_id)
        self.saved.emit(survey_id)
        return True

    def delete_campaign(self) -> None:
        if self.detail is None or not self.may_edit:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete campaign"),
            self.tr("Delete the campaign %1 and its questionnaire?").replace("%1", self.detail.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete_survey(self.detail.id, self.detail.version)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.detail, self._dirty = None, False
        self.reload()
        self.saved.emit(0)

    # --- questions ----------------------------------------------------------------------------
    def _current_row(self) -> int:
        return self.question_view.currentIndex().row()

    def add_question(self) -> None:
        dialog = QuestionDialog(parent=self)
        if dialog.exec():
            self.questions.append([dialog.question()])
            self.question_view.selectRow(self.questions.rowCount() - 1)

    def edit_question(self) -> None:
        row = self._current_row()
        question = self.questions.question(row)
        if question is None or not self.may_edit:
            return
        dialog = QuestionDialog(question, answered=self.questions.answer_count(row) > 0, parent=self)
        if dialog.exec():
            self.questions.replace_question(row, dialog.question())

    def remove_question(self) -> None:
        row = self._current_row()
        if self.questions.question(row) is not None and self.questions.answer_count(row) == 0:
            self.questions.remove(row)
            self._update_buttons()

    def move_question(self, delta: int) -> None:
        row = self._current_row()
        if row >= 0:
            self.question_view.selectRow(self.questions.move(row, delta))

    def copy_default_questionnaire(self) -> None:
        self.questions.append(default_questionnaire())
