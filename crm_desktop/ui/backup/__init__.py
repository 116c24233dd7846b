"""Backups in the GUI: the File-menu entries, the automatic daily backup and the check at start."""

from crm_desktop.ui.backup.actions import install_backup_actions, start_backup_duties

__all__ = ["install_backup_actions", "start_backup_duties"]
