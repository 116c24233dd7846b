"""GUI tests: real widgets offscreen, translations installed as at start-up, settings in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from crm_desktop.models.database import Database, open_database
from crm_desktop.ui.app import create_application, install_translations


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["crm-desktop-tests"]


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def app(qapp):
    create_application()
    install_translations(qapp, "zh_CN")
    return qapp


@pytest.fixture
def ui_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "ui.db")
    yield database
    database.dispose()
