"""Every visible string is translated: the .ts sources are current and have no unfinished entries."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crm_desktop.resources import resources_dir
from crm_desktop.ui.i18n_build import LANGUAGES, translatable_sources


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message.find("translation")
        for context in tree.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unfinished_or_empty_translations(language):
    messages = _messages(resources_dir() / "translations" / f"crm_{language}.ts")
    assert messages
    unfinished = [src for src, tr in messages.items() if tr is None or tr.get("type") or not (tr.text or "").strip()]
    assert unfinished == []


def test_translation_sources_cover_every_string_in_the_code(tmp_path):
    """lupdate on the current code finds no string missing from the committed .ts file."""
    fresh = tmp_path / "fresh.ts"
    sources = translatable_sources()
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    committed = set(_messages(resources_dir() / "translations" / "crm_zh_CN.ts"))
    assert in_code - committed == set(), "run python -m crm_desktop.ui.i18n_build --update and translate"


def test_chinese_is_the_default_and_english_switches(qapp):
    from PySide6.QtCore import QCoreApplication

    from crm_desktop.ui.app import install_translations

    install_translations(qapp, "zh_CN")
    assert QCoreApplication.translate("Labels", "Owner") == "业主"
    install_translations(qapp, "en")
    assert QCoreApplication.translate("Labels", "Owner") == "Owner"
    install_translations(qapp, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "Customer archives") == "客户档案"


def test_no_string_hides_from_lupdate():
    """lupdate reads only literal tr("…") and QCoreApplication.translate("Context", "…") calls: a wrapper such
    as `def _tr(text)` or `t = QCoreApplication.translate` leaves its strings untranslated without any error."""
    import re

    wrapper = re.compile(r"def _?tr\(|^\s*\w+\s*=\s*QCoreApplication\.translate\s*$", re.MULTILINE)
    offenders = [
        str(path.relative_to(resources_dir().parent))
        for path in (resources_dir().parent / "crm_desktop").rglob("*.py")
        if wrapper.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
