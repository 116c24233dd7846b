"""Settings → Backups: the folder of the automatic daily backups (services/backup.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.models.database import Database
from crm_desktop.services.backup import (
    KEEP_NEWEST,
    automatic_backups,
    backup_folder,
    default_backup_folder,
    set_backup_folder,
)
from crm_desktop.services.principal import Principal
from crm_desktop.ui.settings.page import SettingsPage


class BackupPage(SettingsPage):
    def __init__(self, db: Database, principal: Principal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.principal = db, principal
        self.may_change = principal.role in ("admin", "manager") and db.is_sqlite
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #555;")
        self.folder = QLineEdit()
        self.browse = QPushButton()
        self.use_default = QPushButton()
        self.browse.clicked.connect(self.pick_folder)
        self.use_default.clicked.connect(lambda: self.folder.setText(str(default_backup_folder())))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        folder_row.addWidget(self.use_default)
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.latest_label = QLabel()
        self.latest = QLabel()
        self.latest.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.latest_label, self.latest)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addStretch()
        for widget in (self.folder, self.browse, self.use_default):
            widget.setEnabled(self.may_change)
        self.stored = backup_folder(db)
        self.folder.setText(str(self.stored))
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Backups")

    def retranslate_ui(self) -> None:
        if not self.db.is_sqlite:
            self.notice.setText(self.tr(
                "This desk works on a PostgreSQL server, which is backed up on the server with its own tools "
                "(pg_dump). Ask whoever looks after the server; see the user guide."
            ))
        else:
            self.notice.setText(self.tr("Only a manager or an administrator may change the backup folder."))
        self.notice.setVisible(not self.may_change)
        self.folder_label.setText(self.tr("Backup &folder"))
        self.browse.setText(self.tr("Browse…"))
        self.use_default.setText(self.tr("Default folder"))
        self.latest_label.setText(self.tr("Automatic backups"))
        self.explanation.setText(self.tr(
            "The first start of each day copies the database into this folder. The newest %1 copies and the "
            "last one of each month are kept. Choose a folder on another disk or a USB drive that is plugged "
            "in, so that a broken disk does not take the backups with it."
        ).replace("%1", str(KEEP_NEWEST)))
        self.show_latest()

    def show_latest(self) -> None:
        live = self.db.sqlite_path
        backups = automatic_backups(self.stored, live) if live is not None else []
        if not backups:
            self.latest.setText(self.tr("None yet in this folder."))
            return
        newest_day, _path = backups[-1]
        self.latest.setText(
            self.tr("%1 kept; the newest from %2.").replace("%1", str(len(backups)))
            .replace("%2", newest_day.isoformat())
        )

    def pick_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def _chosen(self) -> Path | None:
        """None means the default folder (it follows the user data folder if that moves)."""
        text = self.folder.text().strip()
        if not text or Path(text).expanduser() == default_backup_folder():
            return None
        return Path(text).expanduser()

    def is_dirty(self) -> bool:
        return self.may_change and (self._chosen() or default_backup_folder()) != self.stored

    def save(self) -> None:
        self.stored = set_backup_folder(self.db, self.principal, self._chosen())
        self.folder.setText(str(self.stored))
        self.message.show_message("")
        self.show_latest()
