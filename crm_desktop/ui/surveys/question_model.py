"""The questionnaire being edited: a small editable table (text in place, required as a check box)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from crm_desktop.services.surveys import QuestionInput, QuestionRow
from crm_desktop.ui.surveys import labels

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "kind", "dimension", "text", "required", "answers")
TEXT_COLUMN, REQUIRED_COLUMN = COLUMNS.index("text"), COLUMNS.index("required")


class QuestionTableModel(QAbstractTableModel):
    """Questions in order; `answer_counts` tells which stored questions already have answers.

    Signals:
        edited: any change the clerk made (so the editor knows there is something to save).
    """

    edited = Signal()

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._questions: list[QuestionInput] = []
        self._answers: dict[int, int] = {}

    # --- content ------------------------------------------------------------------------------
    def set_questions(self, questions: list[QuestionInput] | tuple[QuestionRow, ...]) -> None:
        self.beginResetModel()
        self._questions = [q.as_input() if isinstance(q, QuestionRow) else q for q in questions]
        self._answers = {q.id: q.answer_count for q in questions if isinstance(q, QuestionRow)}
        self.endResetModel()

    def questions(self) -> tuple[QuestionInput, ...]:
        return tuple(self._questions)

    def question(self, row: int) -> QuestionInput | None:
        return self._questions[row] if 0 <= row < len(self._questions) else None

    def answer_count(self, row: int) -> int:
        question = self.question(row)
        return self._answers.get(question.id, 0) if question is not None and question.id is not None else 0

    def append(self, questions: list[QuestionInput]) -> None:
        if not questions:
            return
        first = len(self._questions)
        self.beginInsertRows(QModelIndex(), first, first + len(questions) - 1)
        self._questions.extend(questions)
        self.endInsertRows()
        self.edited.emit()

    def replace_question(self, row: int, question: QuestionInput) -> None:
        old = self._questions[row]
        self._questions[row] = replace(question, id=old.id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.edited.emit()

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._questions):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._questions[row]
        self.endRemoveRows()
        self.edited.emit()

    def move(self, row: int, delta: int) -> int:
        """Move a question up (−1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self._questions) and 0 <= target < len(self._questions)):
            return row
        destination = target + 1 if delta > 0 else target  # Qt counts the destination before the move
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._questions.insert(target, self._questions.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._questions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("#"),
            self.tr("Question type"),
            self.tr("Dimension"),
            self.tr("Question"),
            self.tr("Required"),
            self.tr("Answers"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TEXT_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == REQUIRED_COLUMN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._questions):
            return None
        q = self._questions[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "number":
                return str(index.row() + 1)
            if column == "kind":
                return labels.short_kinds().get(q.kind, q.kind)
            if column == "dimension":
                return labels.dimensions().get(q.dimension or "", "")
            if column == "text":
                if q.kind == "choice" and role == Qt.ItemDataRole.DisplayRole:
                    return f"{q.text}  [{' / '.join(q.choices)}]"
                return q.text
            if column == "answers":
                count = self.answer_count(index.row())
                return str(count) if count else ""
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == "required":
            return Qt.CheckState.Checked if q.required else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "answers" and self.answer_count(index.row()):
                return self.tr("Already answered: the question cannot be removed and its type cannot change.")
            if column == "text":
                return q.text
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "answers":
            return QBrush(QColor("#777777"))
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._questions):
            return False
        row, column = index.row(), COLUMNS[index.column()]
        q = self._questions[row]
        if column == "text" and role == Qt.ItemDataRole.EditRole:
            text = str(value or "").strip()
            if not text or text == q.text:
                return False
            self._questions[row] = replace(q, text=text)
        elif column == "required" and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self._questions[row] = replace(q, required=checked)
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        self.edited.emit()
        return True
