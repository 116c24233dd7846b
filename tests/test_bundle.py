"""The packaged program (build.spec, PyInstaller one-folder) built once and run as a user would run it.

Building takes about a minute here (a few on a slow CI machine). CRM_TEST_BUNDLE=dist/crm-desktop reuses a
bundle already built by ./scripts/build instead of building one into a temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import _postgres_database

ROOT = Path(__file__).resolve().parent.parent
EXE_NAME = "crm-desktop.exe" if sys.platform == "win32" else "crm-desktop"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding the executable."""
    reuse = os.environ.get("CRM_TEST_BUNDLE")
    if reuse:
        folder = Path(reuse).resolve()
        assert (folder / EXE_NAME).is_file(), f"CRM_TEST_BUNDLE={reuse} holds no {EXE_NAME}"
        return folder
    work = tmp_path_factory.mktemp("pyinstaller")
    # The .qm translations the bundle ships are compiled from the .ts sources, as ./scripts/build does.
    subprocess.run([sys.executable, "-m", "crm_desktop.ui.i18n_build"], cwd=ROOT, check=True, capture_output=True)
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-5000:]
    return work / "dist" / "crm-desktop"


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throw-away home: the bundle must not read or write the tester's settings and data."""
    return tmp_path_factory.mktemp("home")


def _run(bundle: Path, home: Path, *args: str, timeout: int = 300, **env: str) -> subprocess.CompletedProcess:
    environment = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "CRM_"))  # nothing from the development venv
    }
    environment.update({
        "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
        "APPDATA": str(home / "config"), "LOCALAPPDATA": str(home / "data"), **env,
    })
    return subprocess.run(
        [str(bundle / EXE_NAME), *args], cwd=home, env=environment, capture_output=True, text=True,
        encoding="utf-8", errors="replace", timeout=timeout,
    )


@pytest.fixture(scope="session")
def demo_db(bundle: Path, home: Path) -> Path:
    path = home / "demo.db"
    result = _run(bundle, home, "demo", "--db", str(path), "--households", "50", "--months", "3")
    assert result.returncode == 0, result.stderr
    assert "Demo database ready" in result.stdout
    return path


def _last_month() -> str:
    return (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")


def test_the_bundle_is_one_folder_with_its_resources(bundle):
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    resources = internal / "resources"
    assert (resources / "translations" / "crm_zh_CN.qm").is_file()
    assert (resources / "translations" / "crm_en.qm").is_file()
    assert not list(resources.rglob("*.ts"))  # sources stay out of the bundle
    assert (resources / "fonts" / "wqy-microhei.ttc").is_file()
    assert (resources / "icons" / "app.ico").is_file()
    assert (resources / "help" / "zh_CN.md").is_file() and (resources / "help" / "en.md").is_file()
    assert (resources / "licenses" / "components.json").is_file()
    assert list((internal / "crm_desktop" / "migrations" / "versions").glob("*.py"))


def test_version(bundle, home):
    from crm_desktop import __version__

    result = _run(bundle, home, "--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_demo_and_metrics_from_the_bundle(bundle, home, demo_db):
    result = _run(bundle, home, "metrics", "--month", _last_month(), "--db", str(demo_db))
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert set(figures) >= {"month", "satisfaction", "service", "retention", "loyalty", "archive"}
    assert figures["service"]["tickets_received"] > 0
    assert figures["retention"]["active_end"] > 0


def test_report_from_the_bundle_embeds_its_chinese_font(bundle, home, demo_db):
    out = home / "satisfaction.pdf"
    result = _run(bundle, home, "report", "satisfaction", "--month", _last_month(), "--db", str(demo_db),
                  "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "满意度月报" in text


def test_bad_input_exits_2_from_the_bundle(bundle, home):
    result = _run(bundle, home, "metrics", "--month", "2026-13", "--db", str(home / "bad.db"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_the_bundle_works_on_postgresql(bundle, home):
    databases = _postgres_database()
    url = next(databases)
    try:
        result = _run(bundle, home, "demo", "--db", url, "--households", "20", "--months", "2")
        assert result.returncode == 0, result.stderr
        result = _run(bundle, home, "metrics", "--month", _last_month(), "--db", url)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["retention"]["active_end"] > 0
    finally:
        next(databases, None)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_gui_starts_offscreen_shows_its_first_window_and_quits_cleanly(bundle, home, demo_db, language):
    result = _run(bundle, home, "--db", str(demo_db), "--lang", language, timeout=120,
                  QT_QPA_PLATFORM="offscreen", CRM_DESKTOP_QUIT_AFTER_MS="1500")
    assert result.returncode == 0, result.stderr
    hook_line = [line for line in result.stderr.splitlines() if line.startswith("CRM_DESKTOP_QUIT_AFTER_MS")]
    assert hook_line, result.stderr
    # The demo database has no users yet: the first-start wizard (or, with users, the login) is the first window.
    assert "visible windows: none" not in hook_line[0]
    assert "translations loaded: 2" in hook_line[0]  # ours and Qt's own, found inside the bundle
    assert "Traceback" not in result.stderr
