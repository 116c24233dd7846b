"""Typing in a stack of paper questionnaires with the keyboard alone.

The owner is found by unit code, name, pinyin initials or phone digits (Enter takes the highlighted hit),
then Tab moves through the questions in the order of the paper; digits type the scores, and a digit
outside the question's scale is refused as it is typed. Enter saves the questionnaire and opens the
next blank one with the cursor back in the owner field.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.customers import CustomerRow, CustomerService
from crm_desktop.services.errors import DomainError, ValidationError
from crm_desktop.services.structure import StructureService
from crm_desktop.services.surveys import (
    SCORE_RANGES,
    AnswerInput,
    QuestionRow,
    ResponseDetail,
    ResponseInput,
    SurveyService,
    response_time,
)
from crm_desktop.ui import labels as common_labels
from crm_desktop.ui.archives.pickers import MAX_HITS, CustomerPicker, UnitPicker
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.surveys import labels
from crm_desktop.ui.widgets import CodeComboBox, DateEdit, MessageLine

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
RANKED_HITS = 300  # hits ranked by unit before the list is cut to the picker's length
FLAG_STYLE = "QLineEdit { border: 2px solid #c62828; background: #ffebee; }"


class RespondentPicker(CustomerPicker):
    """The archive's customer picker, with the residents of the unit typed listed first.

    A clerk copies the room from the paper ("1202", "3栋-2单元-1202"); the plain search also matches phone
    digits and ID tails, sorted by name, so the resident of that unit could otherwise be far down the list.
    """

    def refresh(self) -> None:
        text = self.search.text().strip()
        ids = self._service.search_ids(text)[:RANKED_HITS] if text else []
        needle = text.lower()

        def rank(row: CustomerRow) -> tuple[bool, bool, bool]:
            codes = [c for c in row.unit_codes.lower().split(",") if c]
            exact = any(c == needle or c.endswith("-" + needle) for c in codes)
            return (not exact, not any(needle in c for c in codes), not row.is_active)

        rows = sorted(self._service.rows(ids), key=rank)[:MAX_HITS]  # stable: by name within a rank
        self._fill([(r.id, f"{r.name}  {r.unit_codes.replace(',', ', ')}  {r.mobile}".strip()) for r in rows])


class ScoreValidator(QValidator):
    """Whole numbers within [low, high]; any keystroke that cannot lead there is refused at once.

    Full-width digits typed with a Chinese input method count as digits.
    """

    def __init__(self, low: int, high: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        text = unicodedata.normalize("NFKC", text).strip()
        pos = min(pos, len(text))
        if not text:
            return QValidator.State.Intermediate, text, pos
        if not text.isascii() or not text.isdigit() or len(text) > len(str(self.high)):
            return QValidator.State.Invalid, text, pos
        if len(text) > 1 and text.startswith("0"):
            return QValidator.State.Invalid, text, pos
        value = int(text)
        if self.low <= value <= self.high:
            return QValidator.State.Acceptable, text, pos
        room = len(str(self.high)) - len(text)  # digits that may still follow
        for extra in range(1, room + 1):
            smallest, largest = value * 10**extra, (value + 1) * 10**extra - 1
            if smallest <= self.high and largest >= self.low:
                return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


class ScoreEdit(QLineEdit):
    """A score typed as digits, no arrows; flags a refused keystroke in red.

    Signals:
        refused(str): the clerk typed something outside the scale (the message says which scale).
    """

    refused = Signal(str)

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.setValidator(ScoreValidator(low, high, self))
        self.setMaxLength(len(str(high)))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedWidth(56)
        self.setPlaceholderText(f"{low}–{high}")
        self.inputRejected.connect(self._rejected)
        self.textChanged.connect(lambda _t: self.setStyleSheet(""))
        self._unflag = QTimer(self)
        self._unflag.setSingleShot(True)
        self._unflag.setInterval(1200)
        self._unflag.timeout.connect(lambda: self.setStyleSheet(""))

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() else None

    def _rejected(self) -> None:
        self.setStyleSheet(FLAG_STYLE)
        self._unflag.start()
        self.refused.emit(
            self.tr("Scores here are %1 to %2.").replace("%1", str(self.low)).replace("%2", str(self.high))
        )


@dataclass
class _QuestionInputs:
    question: QuestionRow
    score: ScoreEdit | None = None
    expectation: ScoreEdit | None = None
    choice: QComboBox | None = None
    text: QLineEdit | None = None

    def widgets(self) -> list[QWidget]:
        """In the order of the paper: a SERVQUAL item's expectation comes before its perception."""
        return [w for w in (self.expectation, self.score, self.choice, self.text) if w is not None]

    def answer(self) -> AnswerInput:
        if self.choice is not None:
            return AnswerInput(text=self.choice.currentData() or None)
        if self.text is not None:
            return AnswerInput(text=self.text.text().strip() or None)
        return AnswerInput(
            score=self.score.value() if self.score else None,
            expectation=self.expectation.value() if self.expectation else None,
        )

    def clear(self) -> None:
        for widget in self.widgets():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            else:
                widget.clear()


class ResponseEntryForm(QWidget):
    """Signals:
    saved(int): a questionnaire was stored (its response id).
    deleted(int): a response entered by mistake was removed.
    """

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(
        self,
        surveys: SurveyService,
        customers: CustomerService,
        structure: StructureService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.surveys = surveys
        self.may_edit = surveys.principal.may_edit
        self.questions: list[QuestionRow] = []
        self._inputs: list[_QuestionInputs] = []
        self._fields: dict[str, QWidget] = {}
        self.entered = 0
        self._build(customers, structure)
        self.reload_campaigns()

    # --- layout -------------------------------------------------------------------------------
    def _build(self, customers: CustomerService, structure: StructureService) -> None:
        self.campaign = QComboBox()
        self.campaign.setMinimumWidth(280)
        self.campaign.currentIndexChanged.connect(lambda _i: self._campaign_changed())
        self.day = DateEdit()
        self.day.setMaximumDate(QDate.currentDate())
        self.day.setToolTip(self.tr("The date written on the questionnaire"))
        self.channel = CodeComboBox(common_labels.survey_channels())
        self.counter = QLabel()
        self.counter.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign")))
        top.addWidget(self.campaign, 2)
        top.addWidget(QLabel(self.tr("Date")))
        top.addWidget(self.day)
        top.addWidget(QLabel(self.tr("Channel")))
        top.addWidget(self.channel)
        top.addStretch(1)
        top.addWidget(self.counter)

        self.owner = RespondentPicker(customers)
        self.owner.search.setPlaceholderText(
            self.tr("Owner: unit code (1202, 3栋-2单元-1202), name, pinyin initials (zs) or phone digits")
        )
        self.unit = UnitPicker(structure)
        self.unit.search.setPlaceholderText(self.tr("Unit of the anonymous questionnaire (optional)"))
        for picker in (self.owner, self.unit):
            picker.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes straight to the questions
            picker.results.setMaximumHeight(66)
            picker.search.installEventFilter(self)
        self.pickers = QStackedWidget()
        self.pickers.addWidget(self.owner)
        self.pickers.addWidget(self.unit)
        self.pickers.setFixedHeight(self.owner.search.sizeHint().height() + 72)
        self.anonymous = QCheckBox(self.tr("&Anonymous"))
        self.anonymous.setToolTip(self.tr("No name on the questionnaire (Alt+A); give the unit if it is known"))
        self.anonymous.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        respondent = QHBoxLayout()
        respondent_label = QLabel(self.tr("Respondent"))
        respondent_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        respondent.addWidget(respondent_label)
        respondent.addWidget(self.pickers, 1)
        respondent.addWidget(self.anonymous, 0, Qt.AlignmentFlag.AlignTop)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid_host)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #555; padding: 16px;")

        self.message = MessageLine()
        self.save_button = QPushButton(self.tr("Save and next (Enter)"))
        self.save_button.clicked.connect(self.save_and_next)
        self.clear_button = QPushButton(self.tr("Clear form"))
        self.clear_button.clicked.connect(self.clear_form)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Tab: next field · Enter: save and start the next questionnaire"))
        hint.setStyleSheet("color: #666;")
        buttons.addWidget(hint)
        buttons.addStretch()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(respondent)
        form_layout.addWidget(self.notice)
        form_layout.addWidget(self.scroll, 1)
        form_layout.addWidget(self.message)
        form_layout.addLayout(buttons)

        self.session = RowListModel(
            lambda: [self.tr("#"), self.tr("Respondent"), self.tr("Unit"), self.tr("NPS"), self.tr("CSAT")],
            self._session_cells,
            self,
        )
        self._session_rows: list[tuple[int, ResponseDetail]] = []
        self.session_view = QTableView()
        self.session_view.setModel(self.session)
        self.session_view.verticalHeader().hide()
        self.session_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.session_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.session_view.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = self.session_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.delete_button = QPushButton(self.tr("Delete selected response"))
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(self.may_edit)  # a viewer reads; the service refuses the delete anyway
        session_box = QWidget()
        session_layout = QVBoxLayout(session_box)
        session_layout.setContentsMargins(0, 0, 0, 0)
        session_title = QLabel(self.tr("Entered this session"))
        session_title.setStyleSheet("font-weight: bold;")
        session_layout.addWidget(session_title)
        session_layout.addWidget(self.session_view, 1)
        session_layout.addWidget(self.delete_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(form)
        self.splitter.addWidget(session_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._update_counter()

    # --- campaigns and questions -------------------------------------------------------------
    def reload_campaigns(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.campaign.currentData()
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for row in self.surveys.list_surveys(status="open"):
            self.campaign.addItem(row.name, row.id)
        index = self.campaign.findData(current)
        self.campaign.setCurrentIndex(max(index, 0) if self.campaign.count() else -1)
        self.campaign.blockSignals(False)
        self._campaign_changed()

    def set_campaign(self, survey_id: int) -> None:
        self.reload_campaigns(select_id=survey_id)

    def survey_id(self) -> int | None:
        return self.campaign.currentData()

    def _campaign_changed(self) -> None:
        survey_id = self.survey_id()
        questions: list[QuestionRow] = []
        if survey_id is not None:
            try:
                questions = list(self.surveys.get_survey(survey_id).questions)
            except DomainError as exc:
                show_error(self, exc)
        self._build_questions(questions)
        if not self.may_edit:
            self.notice.setText(self.tr("Your role may only read records: responses cannot be entered."))
        elif survey_id is None:
            self.notice.setText(
                self.tr("No campaign is open for entry. On the Campaigns page, set a campaign's status to Open.")
            )
        else:
            self.notice.setText("")
        usable = self.may_edit and survey_id is not None
        self.notice.setVisible(not usable)
        for widget in (self.pickers, self.anonymous, self.save_button, self.clear_button, self.scroll):
            widget.setEnabled(usable)
        self.message.show_message("")
        self.focus_first()

    def _build_questions(self, questions: list[QuestionRow]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:  # out of sight now, not only once the deferred deletion runs
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.questions = questions
        self._inputs, self._fields = [], {}
        for row, question in enumerate(questions):
            number = QLabel(f"{row + 1}.")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = QLabel(question.text + (" *" if question.required else ""))
            text.setWordWrap(True)
            text.setMinimumWidth(260)
            inputs = _QuestionInputs(question)
            cell = QHBoxLayout()
            cell.setSpacing(6)
            hint = ""
            if question.kind in SCORE_RANGES:
                low, high = SCORE_RANGES[question.kind]
                if question.kind == "servqual":
                    inputs.expectation = ScoreEdit(low, high)
                    inputs.score = ScoreEdit(low, high)
                    cell.addWidget(QLabel(self.tr("Expectation")))
                    cell.addWidget(inputs.expectation)
                    cell.addSpacing(8)
                    cell.addWidget(QLabel(self.tr("Perception")))
                    cell.addWidget(inputs.score)
                    hint = labels.dimensions().get(question.dimension or "", "")
                else:
                    inputs.score = ScoreEdit(low, high)
                    cell.addWidget(inputs.score)
                    hint = labels.short_kinds().get(question.kind, "")
            elif question.kind == "choice":
                inputs.choice = QComboBox()
                inputs.choice.addItem("—", None)
                for index, option in enumerate(question.choices, start=1):
                    inputs.choice.addItem(f"{index}. {option}", option)  # typing the digit picks the option
                inputs.choice.setMinimumWidth(220)
                cell.addWidget(inputs.choice)
            else:
                inputs.text = QLineEdit()
                inputs.text.setMinimumWidth(360)
                inputs.text.setPlaceholderText(self.tr("Copy the comment as written (Enter saves)"))
                cell.addWidget(inputs.text, 1)
            cell.addStretch()
            hint_label = QLabel(hint)
            hint_label.setStyleSheet("color: #777;")
            self.grid.addWidget(number, row, 0)
            self.grid.addWidget(text, row, 1)
            host = QWidget()
            host.setLayout(cell)
            cell.setContentsMargins(0, 0, 0, 0)
            self.grid.addWidget(host, row, 2)
            self.grid.addWidget(hint_label, row, 3)
            for widget in inputs.widgets():
                widget.installEventFilter(self)
                if isinstance(widget, ScoreEdit):
                    widget.refused.connect(self.message.show_message)
            if inputs.score is not None:
                self._fields[f"answer:{question.id}"] = inputs.score
            if inputs.expectation is not None:
                self._fields[f"expectation:{question.id}"] = inputs.expectation
            for widget in (inputs.choice, inputs.text):
                if widget is not None:
                    self._fields[f"answer:{question.id}"] = widget
            self._inputs.append(inputs)
        self.grid.setRowStretch(len(questions), 1)
        self.grid.setColumnStretch(2, 0)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """The paper's order: owner, then each question's fields, then the buttons and the header."""
        chain: list[QWidget] = [self.current_picker().search]
        for inputs in self._inputs:
            chain.extend(inputs.widgets())
        chain += [self.save_button, self.clear_button, self.campaign, self.day, self.channel]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def input_widgets(self) -> list[QWidget]:
        """Every answer field, in tab order (used by tests and by the focus logic)."""
        return [w for inputs in self._inputs for w in inputs.widgets()]

    # --- keyboard -----------------------------------------------------------------------------
    def current_picker(self) -> RespondentPicker | UnitPicker:
        return self.unit if self.anonymous.isChecked() else self.owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            picker = self.current_picker()
            if watched is picker.search:
                if key in ENTER_KEYS:
                    self._take_first_hit(picker)
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    count = picker.results.count()
                    if count:
                        step = 1 if key == Qt.Key.Key_Down else -1
                        picker.results.setCurrentRow(max(0, min(count - 1, picker.results.currentRow() + step)))
                    return True
            elif key in ENTER_KEYS and not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                self.save_and_next()
                return True
        return super().eventFilter(watched, event)

    def _take_first_hit(self, picker: RespondentPicker | UnitPicker) -> None:
        """Enter in the owner field: search now, keep the highlighted hit (or the first), go to question 1."""
        picker._debounce.stop()  # a pending search would clear the choice just made
        chosen = picker.selected_id()
        picker.refresh()
        if chosen is not None:
            for row in range(picker.results.count()):
                if picker.results.item(row).data(Qt.ItemDataRole.UserRole) == chosen:
                    picker.results.setCurrentRow(row)
        if picker.results.count() and picker.results.currentRow() < 0:
            picker.results.setCurrentRow(0)
        widgets = self.input_widgets()
        if widgets:
            widgets[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _anonymous_toggled(self, checked: bool) -> None:
        self.pickers.setCurrentWidget(self.unit if checked else self.owner)
        self._set_tab_order()
        self.current_picker().search.setFocus()

    def focus_first(self) -> None:
        if self.save_button.isEnabled():
            self.current_picker().search.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving -------------------------------------------------------------------------------
    def _respondent(self) -> tuple[int | None, int | None]:
        picker = self.current_picker()
        if picker.search.text().strip() and picker.selected_id() is None:
            picker._debounce.stop()
            picker.refresh()
            if picker.results.count() == 1:
                picker.results.setCurrentRow(0)
        chosen = picker.selected_id()
        if picker.search.text().strip() and chosen is None:
            raise ValidationError(
                self.tr("Pick the respondent from the list (Enter takes the first), or clear the field."),
                field="respondent",
            )
        return (None, chosen) if picker is self.unit else (chosen, None)

    def current_input(self) -> ResponseInput | None:
        survey_id = self.survey_id()
        if survey_id is None:
            return None
        customer_id, unit_id = self._respondent()
        answers = {inputs.question.id: inputs.answer() for inputs in self._inputs}
        return ResponseInput(
            survey_id=survey_id,
            responded_at=response_time(self.day.value()),
            channel=self.channel.code() or "paper",
            customer_id=customer_id,
            unit_id=unit_id,
            answers={qid: answer for qid, answer in answers.items() if not answer.is_empty},
        )

    def save_and_next(self) -> int | None:
        if not self.may_edit or self.survey_id() is None:
            return None
        try:
            data = self.current_input()
            if data is None:
                return None
            response_id = self.surveys.record_response(data)
            detail = self.surveys.get_response(response_id)
        except ValidationError as exc:
            self.message.show_message(message_of(exc))
            widget = self._fields.get(exc.field or "")
            if exc.field == "respondent":
                widget = self.current_picker().search
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            return None
        except DomainError as exc:
            show_error(self, exc)
            return None
        self.entered += 1
        self._session_rows.insert(0, (self.entered, detail))
        self.session.set_rows(self._session_rows)
        self._update_counter()
        self.clear_form()
        self.message.show_message("")
        self.saved.emit(response_id)
        return response_id

    def clear_form(self) -> None:
        for inputs in self._inputs:
            inputs.clear()
        for picker in (self.owner, self.unit):
            picker._debounce.stop()
            picker.search.clear()
            picker.results.clear()
        self.focus_first()

    def _update_counter(self) -> None:
        count = len(self._session_rows) if hasattr(self, "_session_rows") else 0
        self.counter.setText(self.tr("Entered this session: %1").replace("%1", str(count)))

    # --- the session list ---------------------------------------------------------------------
    def _session_cells(self, row: tuple[int, ResponseDetail]) -> list[object]:
        number, detail = row
        kinds = {q.id: q.kind for q in self.questions}

        def first(kind: str) -> str:
            for qid, answer in detail.answers.items():
                if kinds.get(qid) == kind and answer.score is not None:
                    return str(answer.score)
            return ""

        who = detail.respondent_name or self.tr("(anonymous)")
        return [number, who, detail.unit_code, first("nps"), first("csat")]

    def delete_selected(self) -> None:
        index = self.session_view.currentIndex()
        row = self.session.row_at(index.row()) if index.isValid() else None
        if row is None:
            return
        number, detail = row
        answer = QMessageBox.question(
            self,
            self.tr("Delete response"),
            self.tr("Delete questionnaire %1 (%2)? Use this for a questionnaire entered by mistake.")
            .replace("%1", str(number))
            .replace("%2", detail.respondent_name or self.tr("(anonymous)")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.surveys.delete_response(detail.id)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._session_rows = [r for r in self._session_rows if r[1].id != detail.id]
        self.session.set_rows(self._session_rows)
        self._update_counter()
        self.deleted.emit(detail.id)
