"""How long-running services report progress and learn that the user cancelled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from crm_desktop.services.errors import OperationCancelled

ProgressCallback = Callable[[int, int, str], None]  # (done, total, message)
CancelCheck = Callable[[], bool]


@dataclass
class Progress:
    """Wraps the optional callbacks so services can call them unconditionally."""

    report: ProgressCallback | None = None
    cancelled: CancelCheck | None = None

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if self.cancelled is not None and self.cancelled():
            raise OperationCancelled("Cancelled by the user; nothing was changed")
        if self.report is not None:
            self.report(done, total, message)
