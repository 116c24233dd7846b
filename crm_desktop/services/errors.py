"""Domain errors: expected problems shown to the user as plain messages, distinct from bugs."""

from __future__ import annotations

from dataclasses import dataclass, field

from crm_desktop.services.text import Message, Text


class DomainError(Exception):
    """An expected problem the user can act on (bad input, missing record, edit conflict).

    The message may be a `Text`, which the UI shows translated; `str()` is always English.
    """

    def __init__(self, message: Message = "", *args: object) -> None:
        self.text = message if isinstance(message, Text) else Text("{message}", message=str(message))
        super().__init__(str(message), *args)


class ValidationError(DomainError):
    """Input that breaks a rule; `field` names the offending field when there is one."""

    def __init__(self, message: Message, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(DomainError):
    pass


class ConflictError(DomainError):
    """Somebody else changed the record since it was read; the user's edits must not be lost."""

    def __init__(self, message: Message, changed_by: str | None = None) -> None:
        super().__init__(message)
        self.changed_by = changed_by


class PermissionDeniedError(DomainError):
    pass


class DatabaseLocationError(DomainError):
    """The database cannot be opened where it was asked for (network share, bad URL…)."""


@dataclass(frozen=True)
class RowProblem:
    """One problem in an import file, numbered as a spreadsheet shows rows (header is row 1)."""

    row: int
    column: str
    value: str
    reason: Message

    def __str__(self) -> str:
        value = self.value if len(self.value) <= 40 else self.value[:37] + "…"
        return f"row {self.row}, column {self.column} ({value!r}): {self.reason}"


@dataclass
class ImportFileError(DomainError):
    """A whole import refused; nothing was written. Lists every bad row."""

    path: str
    problems: list[RowProblem] = field(default_factory=list)
    message: str = ""

    def __post_init__(self) -> None:
        Exception.__init__(self, str(self))
        self.text = Text("{message}", message=str(self))

    def __str__(self) -> str:
        head = self.message or f"{self.path}: {len(self.problems)} problem(s), nothing was imported"
        lines = [head] + [f"{self.path}: {p}" for p in self.problems[:200]]
        if len(self.problems) > 200:
            lines.append(f"… and {len(self.problems) - 200} more")
        return "\n".join(lines)


class OperationCancelled(DomainError):
    """The user pressed Cancel; whatever the operation wrote was rolled back."""


class DatabaseDamagedError(DomainError):
    """A database or backup file fails SQLite's integrity check or is not a database of ours."""


class BackupError(DomainError):
    """A backup or restore could not be done (unwritable folder, PostgreSQL, database in use…)."""
