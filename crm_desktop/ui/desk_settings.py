"""Settings of this desk (QSettings, not the shared database): interface language and database location.

Office settings that every desk shares (name, logo, SLA…) live in the database instead
(services/office_settings.py, services/sla.py).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

LANGUAGE_KEY = "desk/language"
DATABASE_KEY = "desk/database"
DEFAULT_LANGUAGE = "zh_CN"
# Each language is named in itself, so that a clerk finds their own whatever the current language is.
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def saved_language() -> str:
    value = QSettings().value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    QSettings().setValue(LANGUAGE_KEY, language)


def saved_database() -> str | None:
    """The database chosen in Settings for the next start (a file path or a URL), None for the default."""
    value = QSettings().value(DATABASE_KEY)
    return value.strip() if isinstance(value, str) and value.strip() else None


def save_database(location: str | None) -> None:
    settings = QSettings()
    if location and location.strip():
        settings.setValue(DATABASE_KEY, location.strip())
    else:
        settings.remove(DATABASE_KEY)


def describe_location(location: str) -> str:
    """A database location fit to show: a URL without its password, a path as it is."""
    if "://" not in location:
        return location
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(location).render_as_string(hide_password=True)
    except ArgumentError:
        return location.split("@")[-1]  # never show what might be a password


def switch_language(language: str) -> None:
    """Install `language` now, remember it for the next start and retranslate every open window.

    Windows that build their texts in constructors offer `retranslate_ui()`, which rebuilds them.
    """
    from crm_desktop.ui.app import install_translations

    app = QApplication.instance()
    save_language(language)
    install_translations(app, language)
    for widget in app.topLevelWidgets():
        retranslate = getattr(widget, "retranslate_ui", None)
        if callable(retranslate):
            retranslate()
