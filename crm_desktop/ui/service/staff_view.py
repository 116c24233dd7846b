"""员工 and 客户人员素质测评: the staff list, their assessments over time and their service figures."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ConflictError, DomainError, ValidationError
from crm_desktop.services.staff import (
    INDICATORS,
    AssessmentInput,
    AssessmentRow,
    StaffInput,
    StaffProfile,
    StaffRow,
    StaffService,
    weighted_total,
)
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.list_model import RowListModel
from crm_desktop.ui.service import labels
from crm_desktop.ui.service.common import DASH, MUTED_TEXT, figure_text, period_range, setup_table
from crm_desktop.ui.widgets import CodeComboBox, DateEdit, MessageLine

FIGURE_PERIODS = ("12m", "this_year", "this_month", "last_month", "all")


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(dialog.tr("Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Cancel"))
    buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
    buttons.rejected.connect(dialog.reject)
    return buttons


class StaffDialog(QDialog):
    def __init__(self, service: StaffService, row: StaffRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._row = service, row
        self.staff_id: int | None = row.id if row else None
        self.setWindowTitle(self.tr("Edit staff member") if row else self.tr("New staff member"))
        self.name = QLineEdit(row.name if row else "")
        self.name.setMinimumWidth(260)
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(service.departments())
        self.department.setCurrentText(row.department if row else "")
        self.position = QLineEdit(row.position if row else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.active = QCheckBox(self.tr("Active (can be dispatched to)"))
        self.active.setChecked(row.active if row else True)
        self.is_team = QCheckBox(self.tr("A team or department, not a person"))
        self.is_team.setChecked(row.is_team if row else False)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.active)
        form.addRow("", self.is_team)
        self.message = MessageLine()
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fields = {"name": self.name, "department": self.department, "position": self.position,
                        "phone": self.phone}
        self.name.setFocus()

    def save(self) -> None:
        data = StaffInput(
            self.name.text(), self.department.currentText(), self.position.text(), self.phone.text(),
            self.active.isChecked(), self.is_team.isChecked(),
        )
        try:
            self.staff_id = self._service.save(data, self.staff_id, self._row.version if self._row else None)
        except (ValidationError, ConflictError) as exc:
            self.message.show_message(message_of(exc))
            widget = self._fields.get(getattr(exc, "field", None) or "")
            if widget is not None:
                widget.setFocus()
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()


class AssessmentDialog(QDialog):
    """One assessment: method, assessor, five scores 1–5, the weights (the office's, editable here) and total."""

    def __init__(self, service: StaffService, staff: StaffRow, assessor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._staff = service, staff
        self.assessment_id: int | None = None
        self.setWindowTitle(self.tr("Assessment of %1").replace("%1", staff.name))
        today = date.today()
        self.period = QLineEdit(f"{today.year}-Q{(today.month - 1) // 3 + 1}")
        self.period.setToolTip(self.tr("A year, quarter or month: 2026, 2026-Q3, 2026-09"))
        self.assessed_on = DateEdit(today)
        self.method = CodeComboBox(labels.assessment_methods())
        self.assessor = QLineEdit(assessor)
        self.scores: dict[str, QSpinBox] = {}
        self.weights: dict[str, QDoubleSpinBox] = {}
        office_weights = service.weights()
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Indicator")), 0, 0)
        grid.addWidget(QLabel(self.tr("Score (1–5)")), 0, 1)
        grid.addWidget(QLabel(self.tr("Weight")), 0, 2)
        for row, (key, text) in enumerate(labels.indicators().items(), start=1):
            score = QSpinBox()
            score.setRange(1, 5)
            score.setValue(3)
            weight = QDoubleSpinBox()
            weight.setRange(0, 100)
            weight.setDecimals(2)
            weight.setValue(float(office_weights[key]))
            score.valueChanged.connect(self._update_total)
            weight.valueChanged.connect(self._update_total)
            self.scores[key], self.weights[key] = score, weight
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(score, row, 1)
            grid.addWidget(weight, row, 2)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")
        grid.addWidget(QLabel(self.tr("Weighted total")), len(INDICATORS) + 1, 0)
        grid.addWidget(self.total, len(INDICATORS) + 1, 1, 1, 2)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Period *"), self.period)
        form.addRow(self.tr("Assessed on"), self.assessed_on)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Assessor *"), self.assessor)
        scores_box = QGroupBox(self.tr("Scores"))
        scores_box.setLayout(grid)
        self.message = MessageLine()
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scores_box)
        layout.addWidget(QLabel(self.tr("Comment")))
        layout.addWidget(self.comment)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._fields: dict[str, QWidget] = {"period": self.period, "assessed_on": self.assessed_on,
                                            "method": self.method, "assessor": self.assessor, **self.scores}
        self._update_total()
        self.setMinimumWidth(440)
        self.scores[INDICATORS[0]].setFocus()

    def _weights(self) -> dict[str, Decimal]:
        return {key: Decimal(str(round(box.value(), 2))) for key, box in self.weights.items()}

    def _update_total(self) -> None:
        weights = self._weights()
        if sum(weights.values()) <= 0:
            self.total.setText(DASH)
            return
        self.total.setText(str(weighted_total({k: s.value() for k, s in self.scores.items()}, weights)))

    def save(self) -> None:
        data = AssessmentInput(
            period=self.period.text(),
            assessed_on=self.assessed_on.value(),
            method=self.method.code() or "observation",
            assessor=self.assessor.text(),
            scores={k: s.value() for k, s in self.scores.items()},
            comment=self.comment.toPlainText(),
            weights=self._weights(),
        )
        try:
            self.assessment_id = self._service.add_assessment(self._staff.id, data)
        except ValidationError as exc:
            self.message.show_message(message_of(exc))
            widget = self._fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()


class WeightsDialog(QDialog):
    """The office's weights of the five indicators, used for new assessments."""

    def __init__(self, service: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Assessment weights"))
        form = QFormLayout()
        self.boxes: dict[str, QDoubleSpinBox] = {}
        weights = service.weights()
        for key, text in labels.indicators().items():
            box = QDoubleSpinBox()
            box.setRange(0, 100)
            box.setDecimals(2)
            box.setValue(float(weights[key]))
            self.boxes[key] = box
            form.addRow(text, box)
        note = QLabel(self.tr("Equal weights give the plain average. Assessments already recorded keep "
                              "the total they were given."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.message = MessageLine()
        buttons = _buttons(self)
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self._service.save_weights({k: Decimal(str(round(b.value(), 2))) for k, b in self.boxes.items()})
        except DomainError as exc:
            self.message.show_message(message_of(exc))
            return
        self.accept()


class _FigureTile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(DASH)
        self.value.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(caption)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.value)
        layout.addWidget(label)


class StaffView(QWidget):
    """Signals: data_changed after any change to staff or assessments."""

    data_changed = Signal()

    def __init__(self, service: StaffService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.profile: StaffProfile | None = None
        may_edit = service.principal.may_edit
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, department, position"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.show_inactive.toggled.connect(lambda _c: self.reload())
        self.period = QComboBox()
        periods = labels.periods()
        for code in FIGURE_PERIODS:
            self.period.addItem(periods[code], code)
        self.period.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton(self.tr("New staff…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.assess_button = QPushButton(self.tr("New assessment…"))
        self.weights_button = QPushButton(self.tr("Weights…"))
        self.new_button.clicked.connect(self.new_staff)
        self.edit_button.clicked.connect(self.edit_staff)
        self.assess_button.clicked.connect(self.new_assessment)
        self.weights_button.clicked.connect(self.edit_weights)
        for button in (self.new_button, self.edit_button, self.assess_button, self.weights_button):
            button.setVisible(may_edit)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.show_inactive)
        top.addWidget(QLabel(self.tr("Figures for")))
        top.addWidget(self.period, 1)
        top.addStretch()
        for button in (self.new_button, self.edit_button, self.assess_button, self.weights_button):
            top.addWidget(button)

        self._handled: dict[int, int] = {}
        self.model = RowListModel(
            lambda: [self.tr("Name"), self.tr("Department"), self.tr("Position"), self.tr("Phone"),
                     self.tr("Handled")],
            self._staff_cells,
            self,
            foreground=lambda r: None if r.active else MUTED_TEXT,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, (130, 84, 96, 110, 64))
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._show_selected())
        self.table.doubleClicked.connect(lambda _i: self.edit_staff())

        self.name = QLabel(self.tr("Select a staff member."))
        self.name.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.tiles = {
            "handled": _FigureTile(self.tr("Tickets handled")),
            "median": _FigureTile(self.tr("Median resolution (hours)")),
            "sla": _FigureTile(self.tr("SLA compliance")),
            "satisfaction": _FigureTile(self.tr("Call-back satisfaction")),
            "open": _FigureTile(self.tr("Open now")),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.figures_note = QLabel()
        self.figures_note.setStyleSheet("color: #555;")
        self.figures_note.setWordWrap(True)
        self.assessments = RowListModel(
            lambda: [self.tr("Assessed on"), self.tr("Period"), self.tr("Method"), self.tr("Assessor"),
                     *labels.indicator_headers().values(),
                     self.tr("Total"), self.tr("Comment")],
            self._assessment_cells,
            self,
        )
        self.assessment_view = QTableView()
        self.assessment_view.setModel(self.assessments)
        setup_table(self.assessment_view, (90, 64, 120, 70, 50, 66, 62, 62, 50, 50))
        self.trend = QLabel()
        self.trend.setWordWrap(True)
        assessments_box = QGroupBox(self.tr("Assessments over time"))
        box_layout = QVBoxLayout(assessments_box)
        box_layout.addWidget(self.assessment_view, 1)
        box_layout.addWidget(self.trend)
        figures_box = QGroupBox(self.tr("Service figures from tickets"))
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.addLayout(tiles)
        figures_layout.addWidget(self.figures_note)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.name)
        right_layout.addWidget(figures_box)
        right_layout.addWidget(assessments_box, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    # --- data ---------------------------------------------------------------------------------
    def period_bounds(self) -> tuple[datetime | None, datetime | None]:
        first, last = period_range(self.period.currentData() or "all")
        start = datetime.combine(first, time.min) if first else None
        end = datetime.combine(last + timedelta(days=1), time.min) if last else None
        return start, end

    def reload(self) -> None:
        selected = self.selected_staff_id()
        start, end = self.period_bounds()
        self._handled = self._service.handled_counts(start, end)
        rows = self._service.list_staff(self.show_inactive.isChecked(), self.search.text())
        self.model.set_rows(rows)
        if selected is not None:
            self.select_staff(selected)
        else:
            self._show_selected()

    def select_staff(self, staff_id: int) -> None:
        for index in range(self.model.rowCount()):
            if self.model.row_at(index).id == staff_id:
                self.table.selectRow(index)
                break
        self._show_selected()

    def selected_staff_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    def _staff_cells(self, row: StaffRow) -> list[object]:
        name = row.name + ("  " + self.tr("(team)") if row.is_team else "")
        if not row.active:
            name += "  " + self.tr("(inactive)")
        return [name, row.department, row.position, row.phone, self._handled.get(row.id, 0)]

    def _assessment_cells(self, a: AssessmentRow) -> list[object]:
        return [
            a.assessed_on.isoformat(),
            a.period,
            labels.label(labels.assessment_methods(), a.method),
            a.assessor,
            *[a.scores[k] for k in INDICATORS],
            a.weighted_total,
            a.comment,
        ]

    def _show_selected(self) -> None:
        staff_id = self.selected_staff_id()
        self.profile = None
        if staff_id is not None:
            start, end = self.period_bounds()
            try:
                self.profile = self._service.profile(staff_id, start, end)
            except DomainError as exc:
                show_error(self, exc)
        self._show_profile()
        self._update_buttons()

    def _show_profile(self) -> None:
        profile = self.profile
        if profile is None:
            self.name.setText(self.tr("Select a staff member."))
            for tile in self.tiles.values():
                tile.value.setText(DASH)
            self.assessments.set_rows([])
            self.figures_note.setText("")
            self.trend.setText("")
            return
        staff = profile.staff
        head = " · ".join(p for p in (staff.name, staff.department, staff.position) if p)
        self.name.setText(head)
        f = profile.figures
        self.tiles["handled"].value.setText(str(f.handled))
        self.tiles["median"].value.setText(figure_text(f.median_resolution_hours))
        self.tiles["sla"].value.setText(figure_text(f.sla_compliance, " %"))
        self.tiles["satisfaction"].value.setText(figure_text(f.callback_satisfaction, " %"))
        self.tiles["open"].value.setText(str(f.open_now))
        monthly = ", ".join(f"{month}: {count}" for month, count in profile.monthly[-6:])
        note = self.tr("Tickets assigned to %1 and resolved in the period; satisfaction is the share of "
                       "call-backs scored 4–5 (%2 scored).").replace("%1", staff.name).replace(
            "%2", str(f.callbacks_scored))
        if monthly:
            note += "  " + self.tr("By month: %1").replace("%1", monthly)
        self.figures_note.setText(note)
        self.assessments.set_rows(list(reversed(profile.assessments)))  # newest first
        totals = [str(a.weighted_total) for a in profile.assessments]
        self.trend.setText(self.tr("Totals, oldest first: %1").replace("%1", " → ".join(totals)) if totals else
                           self.tr("No assessments yet."))

    def _update_buttons(self) -> None:
        profile = self.profile
        self.edit_button.setEnabled(profile is not None)
        self.assess_button.setEnabled(profile is not None and not profile.staff.is_team)

    # --- actions ------------------------------------------------------------------------------
    def new_staff(self) -> None:
        dialog = StaffDialog(self._service, None, self)
        if dialog.exec():
            self.reload()
            if dialog.staff_id is not None:
                self.select_staff(dialog.staff_id)
            self.data_changed.emit()

    def edit_staff(self) -> None:
        if self.profile is None or not self._service.principal.may_edit:
            return
        dialog = StaffDialog(self._service, self._service.get(self.profile.staff.id), self)
        if dialog.exec():
            self.reload()
            self.data_changed.emit()

    def new_assessment(self) -> None:
        if self.profile is None:
            return
        dialog = AssessmentDialog(self._service, self.profile.staff, self._service.principal.username, self)
        if dialog.exec():
            self._show_selected()
            self.data_changed.emit()

    def edit_weights(self) -> None:
        if WeightsDialog(self._service, self).exec():
            self.data_changed.emit()
