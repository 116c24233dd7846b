"""Showing problems: domain errors as plain messages, bugs in one dialog with copyable details."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.services.errors import (
    ConflictError,
    DomainError,
    ImportFileError,
    NotFoundError,
    OperationCancelled,
    PermissionDeniedError,
    ValidationError,
)
from crm_desktop.services.text import CONTEXT, Message, Text

log = logging.getLogger("crm_desktop")


def translate_text(text: Message) -> str:
    """A service message in the user's language (see crm_desktop.services.text)."""
    if isinstance(text, Text):
        return text.render(lambda template: QCoreApplication.translate(CONTEXT, template))
    return text


def message_of(exc: BaseException) -> str:
    if isinstance(exc, DomainError) and not isinstance(exc, ImportFileError):
        return translate_text(exc.text)
    return str(exc)


def domain_error_title(exc: DomainError) -> str:
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Errors", "Please check the input")
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("Errors", "Changed by someone else")
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Errors", "Record not found")
    if isinstance(exc, PermissionDeniedError):
        return QCoreApplication.translate("Errors", "Not allowed")
    if isinstance(exc, ImportFileError):
        return QCoreApplication.translate("Errors", "Nothing was imported")
    if isinstance(exc, OperationCancelled):
        return QCoreApplication.translate("Errors", "Cancelled")
    return QCoreApplication.translate("Errors", "Cannot do that")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, DomainError):
        message = message_of(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, domain_error_title(exc), message.split("\n")[0], parent=parent)
        if "\n" in message:
            box.setDetailedText(message)
        box.exec()
        return
    show_bug(parent, type(exc), exc, exc.__traceback__)


def show_bug(
    parent: QWidget | None, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Unexpected error"),
        QCoreApplication.translate(
            "Errors",
            "Something went wrong that the program did not expect. Your saved data is safe; "
            "the last action may not have been saved. Please send the details below to support.",
        ),
        parent=parent,
    )
    box.setDetailedText(details)
    box.exec()


def install_excepthook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, DomainError):
            show_error(None, exc)
        else:
            show_bug(None, exc_type, exc, tb)

    sys.excepthook = hook
