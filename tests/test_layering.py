"""models/, services/ and reports/ work without a display (SPEC §2): the CLI and reports use them directly."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "crm_desktop"
HEADLESS_LAYERS = ("models", "services", "reports")
GUI_MODULES = ("PySide6", "shiboken6", "pyqtgraph", "crm_desktop.ui")


def _is_gui(module: str) -> bool:
    return any(module == gui or module.startswith(gui + ".") for gui in GUI_MODULES)


def gui_imports(source: str, filename: str) -> list[str]:
    """Every GUI module `source` imports, at any depth (also inside functions), or names to importlib."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if _is_gui(alias.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if _is_gui(node.module):
                found.append(node.module)
            elif node.module == "crm_desktop":
                found += [f"crm_desktop.{a.name}" for a in node.names if _is_gui(f"crm_desktop.{a.name}")]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("import_module", "__import__") and _is_gui(str(node.args[0].value)):
                found.append(str(node.args[0].value))
    return found


def headless_sources() -> list[Path]:
    return sorted(p for layer in HEADLESS_LAYERS for p in (PACKAGE / layer).rglob("*.py"))


def test_the_scanner_recognises_every_form_of_import() -> None:
    source = """
import PySide6
import PySide6.QtCore as core
from PySide6.QtWidgets import QWidget
from pyqtgraph import PlotWidget
from crm_desktop import ui
from crm_desktop.ui.labels import label
import importlib
def later():
    from PySide6 import QtGui
    importlib.import_module("pyqtgraph.exporters")
    __import__("shiboken6")
import PySide6x  # another package that merely starts with the name
from crm_desktop.services import customers
"""
    assert gui_imports(source, "sample.py") == [
        "PySide6",
        "PySide6.QtCore",
        "PySide6.QtWidgets",
        "pyqtgraph",
        "crm_desktop.ui",
        "crm_desktop.ui.labels",
        "PySide6",
        "pyqtgraph.exporters",
        "shiboken6",
    ]


def test_there_are_sources_to_check() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in headless_sources()}
    assert {"models/database.py", "services/customers.py", "reports/__init__.py"} <= names


@pytest.mark.parametrize("path", headless_sources(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_headless_layers_import_no_gui(path: Path) -> None:
    assert gui_imports(path.read_text(encoding="utf-8"), str(path)) == []


def test_importing_the_headless_layers_loads_no_gui() -> None:
    """Also catches an indirect import, through a module outside these folders."""
    modules = [
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in headless_sources()
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {('PySide6', 'shiboken6', 'pyqtgraph')!r}"
        " or m.startswith('crm_desktop.ui'))\n"
        "print('\\n'.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=PACKAGE.parent, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
