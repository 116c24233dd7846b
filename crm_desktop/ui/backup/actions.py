"""Backups in the GUI: File → Back up now… / Restore from backup…, and the duties of each start.

At start (`start_backup_duties`), off the GUI thread: `PRAGMA quick_check` of the database, then the
automatic daily backup (which checks its copy with the full integrity_check). The status bar says when the
backup is written; a failed backup is a clear warning; a failed check offers the newest sound backup.

A restore reopens the main window on the restored data, as a restart would, with the same user signed in.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from crm_desktop.services import backup as backup_service
from crm_desktop.services.errors import (
    DatabaseDamagedError,
    DomainError,
    OperationCancelled,
    PermissionDeniedError,
)
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.ui.backup.dialogs import DamagedDatabaseDialog, RestoreConfirmDialog, format_size
from crm_desktop.ui.errors import message_of, show_error
from crm_desktop.ui.tasks import BackgroundTask, run_in_background, running_tasks

log = logging.getLogger(__name__)
CONTEXT = "BackupActions"
BACKUP_FILTER = QT_TRANSLATE_NOOP("BackupActions", "Database backups (*.db);;All files (*)")
STATUS_MESSAGE_MS = 15_000


def _may_restore(window: QMainWindow) -> bool:
    return window.principal.role == "admin"


class BackupActions(QObject):
    """The two File-menu entries; built again with the menus when the language changes."""

    def __init__(self, window: QMainWindow) -> None:
        menu_bar = window.menuBar()
        super().__init__(menu_bar)  # goes with the menu bar when the window rebuilds it in another language
        self.window = window
        self.backup_action = QAction(self.tr("&Back up now…"), menu_bar)
        self.backup_action.triggered.connect(lambda: self.back_up_now())
        self.backup_action.setEnabled(window.principal.may_view_id_numbers)  # a backup holds ID numbers in clear
        self.restore_action = QAction(self.tr("&Restore from backup…"), menu_bar)
        self.restore_action.triggered.connect(lambda: self.restore_from_backup())
        self.restore_action.setVisible(_may_restore(window))
        self.restore_action.setEnabled(_may_restore(window))
        file_menu = menu_bar.actions()[0].menu() if menu_bar.actions() else None
        if file_menu is None:
            return
        separators = [action for action in file_menu.actions() if action.isSeparator()]
        before = separators[0] if separators else None  # after the import/export entries, before Settings
        if before is None:
            file_menu.addSeparator()
            file_menu.addActions([self.backup_action, self.restore_action])
        else:
            file_menu.insertSeparator(before)
            file_menu.insertActions(before, [self.backup_action, self.restore_action])

    # --- Back up now --------------------------------------------------------------------------------
    def back_up_now(self, path: str | None = None) -> BackgroundTask | None:
        window = self.window
        if path is None:
            live = window.db.sqlite_path
            suggested = f"{live.stem if live else 'crm'}-backup-{date.today().isoformat()}.db"
            folder = self._folder_or_home()
            path, _ = QFileDialog.getSaveFileName(
                window,
                self.tr("Back up the database"),
                str(folder / suggested),
                QCoreApplication.translate("BackupActions", BACKUP_FILTER),
            )
        if not path:
            return None
        target = Path(path)
        db, principal = window.db, window.principal

        def succeeded(written: Path) -> None:
            message = (
                self.tr("Backup written to %1 (%2).")
                .replace("%1", str(written))
                .replace("%2", format_size(written.stat().st_size))
            )
            window.statusBar().showMessage(message, STATUS_MESSAGE_MS)
            QMessageBox.information(window, self.tr("Backup finished"), message)

        return run_in_background(
            window,
            self.tr("Backing up the database…"),
            lambda progress: backup_service.backup_database(db, principal, target, progress),
            succeeded,
            lambda exc: _show_failure(window, exc),
        )

    def _folder_or_home(self) -> Path:
        try:
            return backup_service.backup_folder(self.window.db)
        except Exception:  # a damaged settings table must not stop a backup
            log.warning("Cannot read the backup folder setting", exc_info=True)
            return Path.home()

    # --- Restore ------------------------------------------------------------------------------------
    def restore_from_backup(self, path: str | None = None) -> BackgroundTask | None:
        """Choose a file, check it off the GUI thread, confirm, restore, reopen the main window."""
        window = self.window
        if not _may_restore(window):  # the entry is hidden; the service refuses as well
            show_error(
                window,
                PermissionDeniedError(
                    Text(QT_TRANSLATE_NOOP("Services", "Only an administrator may restore a backup"))
                ),
            )
            return None
        if window.has_running_work():
            QMessageBox.information(
                window,
                self.tr("Restore from backup"),
                self.tr("Wait until the running import, export or backup has finished, then restore."),
            )
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                window,
                self.tr("Choose the backup to restore"),
                str(self._folder_or_home()),
                QCoreApplication.translate("BackupActions", BACKUP_FILTER),
            )
        if not path:
            return None
        source = Path(path)
        db = window.db
        live = db.sqlite_path

        def inspect(progress) -> tuple[backup_service.BackupInfo, tuple[int, int] | None]:
            if live is None:
                raise backup_service.postgresql_error(db.url, restore=True)
            info = backup_service.inspect_backup(source, live.parent, progress)
            try:
                counts = backup_service.database_counts(db)
            except Exception:  # the database being replaced may be too damaged to count
                log.warning("Cannot count the records of %s", db.display_name, exc_info=True)
                counts = None
            return info, counts

        def inspected(result: tuple[backup_service.BackupInfo, tuple[int, int] | None]) -> None:
            info, counts = result
            assert live is not None
            dialog = RestoreConfirmDialog(info, live, counts, window)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._restore(source)

        return run_in_background(
            window, self.tr("Checking the backup…"), inspect, inspected, lambda exc: _show_failure(window, exc)
        )

    def _restore(self, source: Path) -> BackgroundTask:
        window = self.window
        db, principal = window.db, window.principal

        def restored(result: backup_service.RestoreResult) -> None:
            QMessageBox.information(
                window,
                self.tr("Backup restored"),
                self.tr(
                    "The backup %1 was restored. The database as it was before is kept as %2.\n\n"
                    "The program now reopens the database."
                )
                .replace("%1", str(result.info.path))
                .replace("%2", str(result.kept_copy or "—")),
            )
            reopen_main_window(window)

        return run_in_background(
            window,
            self.tr("Restoring the backup…"),
            lambda progress: backup_service.restore_backup(db, principal, source, progress),
            restored,
            lambda exc: _show_failure(window, exc),
        )


def _show_failure(window: QMainWindow, exc: BaseException) -> None:
    if not isinstance(exc, OperationCancelled):
        show_error(window, exc)


def install_backup_actions(window: QMainWindow) -> BackupActions:
    """Add Back up now… and Restore from backup… (administrators only) to the window's File menu."""
    return BackupActions(window)


def reopen_main_window(window: QMainWindow) -> QMainWindow:
    """Show a new main window on the restored data and close the old one, as a restart would.

    The database object stays the same (its engine was disposed by the restore and reconnects to the
    restored file), so whoever opened it still closes it at the end.
    """
    replacement = type(window)(window.db, window.principal)
    replacement.show()
    app = QApplication.instance()
    app._crm_main_window = replacement  # type: ignore[attr-defined]  # keep it alive after run_gui's window
    window.close()
    stop_running_tasks(window)  # a thread still running when its window is deleted would abort the program
    window.deleteLater()
    return replacement


def stop_running_tasks(window: QWidget) -> None:
    """Cancel the background work of `window` (a dashboard still loading…) and wait until it has stopped."""
    for widget in (window, *window.findChildren(QWidget)):
        for task in list(running_tasks(widget)):
            task.cancel()
            task.wait()


# --- at start ---------------------------------------------------------------------------------------------


def start_backup_duties(window: QMainWindow, today: date | None = None) -> BackgroundTask:
    """Check the database and make today's automatic backup, off the GUI thread."""
    from crm_desktop.services.integrity import quick_check_problems

    db = window.db
    window.statusBar().showMessage(QCoreApplication.translate("BackupActions", "Checking the database…"))

    def duties(progress) -> tuple[list[str], Path | None, backup_service.BackupInfo | None]:
        problems = quick_check_problems(db, progress)
        if not problems:
            try:
                return [], backup_service.backup_if_due(db, None, today, progress), None
            except DatabaseDamagedError as exc:  # quick_check passed; the full check of today's copy did not
                problems = [message_of(exc)]
        live = db.sqlite_path
        assert live is not None
        folder = _backup_folder_of_damaged(db)
        return problems, None, backup_service.newest_sound_backup(folder, live, progress)

    def done(result: tuple[list[str], Path | None, backup_service.BackupInfo | None]) -> None:
        problems, written, sound_backup = result
        if problems:
            window.statusBar().clearMessage()
            offer_restore_of_damaged(window, problems, sound_backup)
        elif written is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("BackupActions", "Today's automatic backup was written to %1.").replace(
                    "%1", str(written)
                ),
                STATUS_MESSAGE_MS,
            )
        else:
            window.statusBar().showMessage(
                QCoreApplication.translate("BackupActions", "Database checked: no problems found."), STATUS_MESSAGE_MS
            )

    def failed(exc: BaseException) -> None:
        window.statusBar().clearMessage()
        if isinstance(exc, OperationCancelled):
            return
        if not isinstance(exc, DomainError):
            log.error("The automatic backup failed", exc_info=exc)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("BackupActions", "Automatic backup failed"),
            QCoreApplication.translate(
                "BackupActions",
                "Today's automatic backup could not be made:\n%1\n\nYour data is not affected, but there is no "
                "backup of today. Make one now (File → Back up now…) and check the backup folder in Settings.",
            ).replace("%1", message_of(exc)),
        )

    task = run_in_background(
        window,
        QCoreApplication.translate("BackupActions", "Automatic backup"),
        duties,
        done,
        failed,
        show_progress=False,
    )
    _finish_before_quitting(task)
    return task


def _backup_folder_of_damaged(db) -> Path:
    try:
        return backup_service.backup_folder(db)
    except Exception:  # the settings table itself may be what is damaged
        log.warning("Cannot read the backup folder setting; looking in the default folder", exc_info=True)
        return backup_service.default_backup_folder()


def _finish_before_quitting(task: BackgroundTask) -> None:
    """Closing the window during the backup: stop it (the partial file is removed) before Qt goes away."""
    app = QApplication.instance()

    def stop() -> None:
        try:
            task.cancel()
            task.wait()
        except RuntimeError:  # finished and deleted already
            pass

    app.aboutToQuit.connect(stop)
    task.finished.connect(lambda: app.aboutToQuit.disconnect(stop))


def offer_restore_of_damaged(
    window: QMainWindow, problems: list[str], sound_backup: backup_service.BackupInfo | None
) -> None:
    db = window.db
    folder = sound_backup.path.parent if sound_backup is not None else _backup_folder_of_damaged(db)
    dialog = DamagedDatabaseDialog(db.display_name, problems, sound_backup, folder, _may_restore(window), window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restore_chosen and sound_backup is not None:
        actions = getattr(window, "backup_actions", None) or BackupActions(window)
        actions.restore_from_backup(str(sound_backup.path))
