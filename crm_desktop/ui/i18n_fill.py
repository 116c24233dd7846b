"""Developer tool: fill .ts entries from a glossary file (JSON {source: translation}).

`python -m crm_desktop.ui.i18n_fill zh_CN glossary.json` marks matching entries finished;
for English the source text is the translation. The .ts files stay the source of truth.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from crm_desktop.resources import resources_dir


def fill(language: str, glossary: dict[str, str]) -> list[str]:
    path = resources_dir() / "translations" / f"crm_{language}.ts"
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = source if language == "en" else glossary.get(source)
        if text is None:
            if translation is None or translation.get("type") == "unfinished" or not translation.text:
                missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    lang = sys.argv[1]
    words = json.loads(Path(sys.argv[2]).read_text("utf-8")) if len(sys.argv) > 2 else {}
    for source in fill(lang, words):
        print("untranslated:", source)
