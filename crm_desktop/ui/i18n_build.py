"""Compile the translation sources (resources/translations/*.ts) into the .qm files Qt loads.

Run by ./scripts/bootstrap; `python -m crm_desktop.ui.i18n_build --update` also refreshes the .ts
sources from the code with lupdate (new strings appear as unfinished entries, which a test catches).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from crm_desktop.resources import resources_dir

LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> str:
    bin_dir = Path(sys.executable).parent
    candidate = bin_dir / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else f"pyside6-{name}"


def translatable_sources() -> list[str]:
    """The UI, plus the Qt-free layers whose messages are marked with QT_TRANSLATE_NOOP."""
    package = Path(__file__).resolve().parent.parent
    folders = ("ui", "services", "reports", "models")
    return sorted(str(p) for folder in folders for p in (package / folder).rglob("*.py"))


def update_sources() -> None:
    sources = translatable_sources()
    for lang in LANGUAGES:
        target = resources_dir() / "translations" / f"crm_{lang}.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(target)], check=True)


def compile_all() -> list[Path]:
    built = []
    for source in sorted((resources_dir() / "translations").glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv:
        update_sources()
    for path in compile_all():
        print(path)
