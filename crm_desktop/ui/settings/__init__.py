"""File → Settings…: office header, service rules, language, database location, backups."""

from crm_desktop.ui.settings.settings_dialog import SettingsDialog

__all__ = ["SettingsDialog"]
