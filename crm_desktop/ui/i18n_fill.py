"""Developer tool: fill .ts entries from a glossary file (JSON {source: translation}).

`python -m crm_desktop.ui.i18n_fill zh_CN glossary.json` fills the entries still unfinished (finished
ones are never overwritten); a key "Context|source" (or "Context|source|disambiguation") applies to
that context only and wins over a plain "source" key. For English the source text is the translation.
The .ts files stay the source of truth.
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
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            _fill_message(message, name, language, glossary, missing)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def _fill_message(message: ET.Element, context: str, language: str, glossary: dict[str, str], missing: list) -> None:
    source = message.findtext("source") or ""
    translation = message.find("translation")
    finished = translation is not None and translation.get("type") is None and bool(translation.text)
    if finished:
        return
    text = source if language == "en" else glossary.get(f"{context}|{source}", glossary.get(source))
    if text is None:
        missing.append(f"{context}|{source}")
        return
    translation.text = text
    translation.attrib.pop("type", None)


if __name__ == "__main__":
    lang = sys.argv[1]
    words = json.loads(Path(sys.argv[2]).read_text("utf-8")) if len(sys.argv) > 2 else {}
    for source in fill(lang, words):
        print("untranslated:", source)
