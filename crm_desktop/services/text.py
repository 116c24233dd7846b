"""User-facing messages from Qt-free code, translatable by the UI.

Services write `Text(QT_TRANSLATE_NOOP("Services", "Mobile {value}: {problem}"), value=..., problem=...)`.
`str()` gives the English text (CLI, logs); the UI translates the template with Qt and then fills in
the parameters (translating parameters that are themselves `Text`). lupdate finds the templates by the
QT_TRANSLATE_NOOP marker, so they land in the same .ts files as the UI strings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "Services"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class Text:
    __slots__ = ("params", "template")

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params

    def render(self, translate: Callable[[str], str] | None = None) -> str:
        template = translate(self.template) if translate else self.template
        values = {
            key: value.render(translate) if isinstance(value, Text) else value for key, value in self.params.items()
        }
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: fall back
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Text):
            return (self.template, self.params) == (other.template, other.params)
        return isinstance(other, str) and str(self) == other

    def __hash__(self) -> int:
        return hash(str(self))

    def __contains__(self, item: str) -> bool:
        return item in str(self)


Message = str | Text
