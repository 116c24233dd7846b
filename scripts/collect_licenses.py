"""Copy the licence texts of everything the packaged program bundles into resources/licenses/.

Run after upgrading a dependency: `.venv/bin/python scripts/collect_licenses.py`. The texts come from the
installed distributions (their *.dist-info folders), so they match the versions that build.spec bundles.
It writes components.json, which the About dialog lists (name, licence, files) with each version read at
run time. A component missing here makes the script fail rather than ship an incomplete list.
"""

from __future__ import annotations

import json
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "licenses"
COMMON = Path("/usr/share/common-licenses")

# (component, distribution for the version or None, licence, homepage, [(source, file name)]).
# A source "dist:NAME:relative/path" is a file of an installed distribution; "python:" one of Python's.
COMPONENTS: list[tuple[str, str | None, str, str, list[tuple[str, str]]]] = [
    ("Python", None, "PSF-2.0", "https://www.python.org",
     [("python:LICENSE.txt", "Python-PSF-2.0.txt")]),
    ("Qt 6", "PySide6-Essentials", "LGPL-3.0-only", "https://www.qt.io",
     [("dist:psycopg:licenses/LICENSE.txt", "LGPL-3.0.txt"), ("common:GPL-3", "GPL-3.0.txt")]),
    ("PySide6 / Shiboken6", "PySide6-Essentials", "LGPL-3.0-only", "https://wiki.qt.io/Qt_for_Python", []),
    ("SQLAlchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org",
     [("dist:SQLAlchemy:licenses/LICENSE", "SQLAlchemy.txt")]),
    ("greenlet", "greenlet", "MIT AND PSF-2.0", "https://github.com/python-greenlet/greenlet",
     [("dist:greenlet:licenses/LICENSE", "greenlet.txt"), ("dist:greenlet:licenses/LICENSE.PSF", "greenlet-PSF.txt")]),
    ("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org",
     [("dist:alembic:licenses/LICENSE", "alembic.txt")]),
    ("Mako", "Mako", "MIT", "https://www.makotemplates.org", [("dist:Mako:licenses/LICENSE", "Mako.txt")]),
    ("MarkupSafe", "MarkupSafe", "BSD-3-Clause", "https://palletsprojects.com/p/markupsafe/",
     [("dist:MarkupSafe:licenses/LICENSE.txt", "MarkupSafe.txt")]),
    ("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com",
     [("dist:reportlab:licenses/LICENSE", "reportlab.txt")]),
    ("Pillow", "pillow", "MIT-CMU", "https://python-pillow.org", [("dist:pillow:licenses/LICENSE", "Pillow.txt")]),
    ("charset-normalizer", "charset-normalizer", "MIT", "https://github.com/jawah/charset_normalizer",
     [("dist:charset-normalizer:licenses/LICENSE", "charset-normalizer.txt")]),
    ("NumPy (with OpenBLAS, LAPACK, GCC runtime)", "numpy", "BSD-3-Clause AND others (see text)",
     "https://numpy.org", [("dist:numpy:licenses/LICENSE.txt", "numpy.txt")]),
    ("pyqtgraph", "pyqtgraph", "MIT", "https://www.pyqtgraph.org",
     [("dist:pyqtgraph:licenses/LICENSE.txt", "pyqtgraph.txt")]),
    ("psycopg 3 (with libpq)", "psycopg", "LGPL-3.0-only", "https://www.psycopg.org",
     [("dist:psycopg:licenses/LICENSE.txt", "LGPL-3.0.txt")]),
    ("pypinyin", "pypinyin", "MIT", "https://github.com/mozillazg/python-pinyin",
     [("dist:pypinyin:licenses/LICENSE.txt", "pypinyin.txt")]),
    ("argon2-cffi", "argon2-cffi", "MIT", "https://argon2-cffi.readthedocs.io",
     [("dist:argon2-cffi:licenses/LICENSE", "argon2-cffi.txt")]),
    ("argon2-cffi-bindings (with libargon2)", "argon2-cffi-bindings", "MIT", "https://github.com/hynek/argon2-cffi-bindings",
     [("dist:argon2-cffi-bindings:licenses/LICENSE", "argon2-cffi-bindings.txt")]),
    ("cffi", "cffi", "MIT-0", "https://cffi.readthedocs.io", [("dist:cffi:licenses/LICENSE", "cffi.txt")]),
    ("pypdfium2 (with PDFium)", "pypdfium2", "Apache-2.0 OR BSD-3-Clause; PDFium BSD-3-Clause",
     "https://github.com/pypdfium2-team/pypdfium2",
     [("dist:pypdfium2:licenses/LICENSES/Apache-2.0.txt", "Apache-2.0.txt"),
      ("dist:pypdfium2:licenses/LICENSES/BSD-3-Clause.txt", "pypdfium2-BSD-3-Clause.txt"),
      ("dist:pypdfium2:licenses/BUILD_LICENSES/pdfium.txt", "PDFium.txt")]),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs",
     [("dist:platformdirs:licenses/LICENSE", "platformdirs.txt")]),
    ("typing_extensions", "typing_extensions", "PSF-2.0", "https://github.com/python/typing_extensions",
     [("dist:typing_extensions:licenses/LICENSE", "typing_extensions.txt")]),
    ("Pygments", "Pygments", "BSD-2-Clause", "https://pygments.org",
     [("dist:Pygments:licenses/LICENSE", "Pygments.txt")]),
    ("colorama", "colorama", "BSD-3-Clause", "https://github.com/tartley/colorama",
     [("dist:colorama:licenses/LICENSE.txt", "colorama.txt")]),
    ("PyInstaller bootloader", "pyinstaller", "GPL-2.0-or-later WITH Bootloader-exception",
     "https://pyinstaller.org", [("dist:pyinstaller:licenses/COPYING.txt", "PyInstaller.txt")]),
    ("WenQuanYi Micro Hei (文泉驿微米黑) font", None, "Apache-2.0 OR GPL-3.0 WITH Font-exception",
     "http://wenq.org", [("resources:fonts/LICENSE-wqy-microhei.txt", "WenQuanYi-Micro-Hei.txt")]),
]


def _distribution_file(name: str, relative: str) -> Path:
    dist = metadata.distribution(name)
    path = Path(str(dist.locate_file(""))) / f"{dist._path.name}" / relative  # type: ignore[attr-defined]
    if not path.is_file():
        raise SystemExit(f"{name}: no {relative} in {dist._path}")  # type: ignore[attr-defined]
    return path


def _source(spec: str) -> Path:
    kind, _, rest = spec.partition(":")
    if kind == "dist":
        name, _, relative = rest.partition(":")
        return _distribution_file(name, relative)
    if kind == "python":
        return Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / rest
    if kind == "common":
        return COMMON / rest
    if kind == "resources":
        return ROOT / "resources" / rest
    raise SystemExit(f"unknown source {spec}")


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    index = []
    for name, distribution, licence, homepage, files in COMPONENTS:
        for spec, file_name in files:
            source = _source(spec)
            if not source.is_file():
                raise SystemExit(f"{name}: {source} not found")
            shutil.copyfile(source, TARGET / file_name)
        index.append({"name": name, "distribution": distribution, "license": licence, "homepage": homepage,
                      "files": [file_name for _spec, file_name in files]})
    (TARGET / "components.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(index)} components, {len(list(TARGET.glob('*.txt')))} licence files in {TARGET}")


if __name__ == "__main__":
    main()
