"""Where the program's resources (fonts, translations, icons, templates) are, installed or bundled."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:  # PyInstaller one-folder bundle
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
