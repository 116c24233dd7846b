"""The restore confirmation and the offer to restore when the database fails its check at open."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.backup import BackupInfo


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


def format_moment(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else "—"


def _wrapped(text: str, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(widget: QWidget, text: str, icon: QStyle.StandardPixmap) -> QWidget:
    """A bold first line with the standard warning or question icon, as a message box shows it."""
    from PySide6.QtWidgets import QHBoxLayout

    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    picture = QLabel()
    picture.setPixmap(widget.style().standardIcon(icon).pixmap(40, 40))
    picture.setAlignment(Qt.AlignmentFlag.AlignTop)
    title = _wrapped(text)
    title.setStyleSheet("font-size: 15px; font-weight: bold;")
    layout.addWidget(picture)
    layout.addWidget(title, 1)
    return row


class RestoreConfirmDialog(QDialog):
    """The last question before a restore: what the backup holds, what happens to today's data."""

    def __init__(
        self,
        info: BackupInfo,
        live: Path,
        current_counts: tuple[int, int] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _heading(
                self,
                self.tr("Replace all data in the database with this backup?"),
                QStyle.StandardPixmap.SP_MessageBoxWarning,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.file_label = _wrapped(str(info.path), selectable=True)
        self.date_label = QLabel(format_moment(info.modified))
        self.last_change_label = QLabel(format_moment(info.last_change))
        self.size_label = QLabel(format_size(info.size))
        self.counts_label = QLabel(
            self.tr("%1 customers, %2 tickets").replace("%1", str(info.customers)).replace("%2", str(info.tickets))
        )
        form.addRow(self.tr("Backup file:"), self.file_label)
        form.addRow(self.tr("Backup made:"), self.date_label)
        form.addRow(self.tr("Last change in it:"), self.last_change_label)
        form.addRow(self.tr("Size:"), self.size_label)
        form.addRow(self.tr("It holds:"), self.counts_label)
        if current_counts is not None:
            self.current_label = QLabel(
                self.tr("%1 customers, %2 tickets")
                .replace("%1", str(current_counts[0]))
                .replace("%2", str(current_counts[1]))
            )
            form.addRow(self.tr("The database now holds:"), self.current_label)
        layout.addLayout(form)
        self.consequence_label = _wrapped(
            self.tr(
                "Everything entered after the backup was made disappears from the database. A copy of the "
                "current database is kept first, next to it in %1, named %2."
            )
            .replace("%1", str(live.parent))
            .replace("%2", f"{live.stem}.before-restore-….{live.suffix.lstrip('.') or 'db'}"),
            selectable=True,
        )
        layout.addWidget(self.consequence_label)
        self.restart_label = _wrapped(self.tr("After the restore the program reopens the database."))
        layout.addWidget(self.restart_label)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)  # Enter must not replace the database by accident
        self.cancel_button.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class DamagedDatabaseDialog(QDialog):
    """The database failed its check at open: say so plainly and offer the newest sound backup."""

    def __init__(
        self,
        database: str,
        problems: list[str],
        backup: BackupInfo | None,
        backup_folder: Path,
        may_restore: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(600)
        self.restore_chosen = False
        layout = QVBoxLayout(self)
        layout.addWidget(
            _heading(
                self,
                self.tr("The database failed its integrity check"),
                QStyle.StandardPixmap.SP_MessageBoxCritical,
            )
        )
        layout.addWidget(
            _wrapped(
                self.tr(
                    "SQLite found damage in %1 (for example after a power cut or a failing disk). Records may be "
                    "missing or wrong, and saving more may make it worse."
                ).replace("%1", database),
                selectable=True,
            )
        )
        details = QPlainTextEdit("\n".join(problems))
        details.setReadOnly(True)
        details.setMaximumHeight(90)
        layout.addWidget(details)
        if backup is not None:
            text = self.tr(
                "The newest backup that passes the check was made on %1 and holds %2 customers and %3 tickets:\n%4"
            )
            text = (
                text.replace("%1", format_moment(backup.modified))
                .replace("%2", str(backup.customers))
                .replace("%3", str(backup.tickets))
                .replace("%4", str(backup.path))
            )
        else:
            text = self.tr(
                "No backup that passes the check was found in %1. Copy the database file somewhere safe "
                "and call your support contact before entering more data."
            ).replace("%1", str(backup_folder))
        self.backup_label = _wrapped(text, selectable=True)
        layout.addWidget(self.backup_label)
        buttons = QDialogButtonBox()
        self.restore_button = None
        if backup is not None and may_restore:
            self.restore_button = buttons.addButton(
                self.tr("Restore this backup…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.restore_button.clicked.connect(self._choose_restore)
        elif backup is not None:
            layout.addWidget(
                _wrapped(
                    self.tr(
                        "Only an administrator can restore it: ask one to sign in and choose "
                        "File → Restore from backup…"
                    )
                )
            )
        self.continue_button = buttons.addButton(
            self.tr("Continue without restoring"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _choose_restore(self) -> None:
        self.restore_chosen = True
        self.accept()
