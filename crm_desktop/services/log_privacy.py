"""Log records never carry ID numbers or phones in clear (SPEC §3.7).

Messages and tracebacks can quote what a clerk typed ("Mobile 13812345678: …"); the record factory
installed here masks mainland ID numbers and mobile numbers in every record before any handler (console,
log file) sees it.
"""

from __future__ import annotations

import logging
import traceback

from crm_desktop.services.masking import scrub_text  # not from audit.py, which imports SQLAlchemy

_installed = False


def scrub_record(record: logging.LogRecord) -> logging.LogRecord:
    """Format the message now, masked; tracebacks too, so that a formatter cannot bring them back."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string is the caller's bug; keep what was given, masked
        message = f"{record.msg} {record.args}"
    record.msg, record.args = scrub_text(message), None
    if record.exc_info and record.exc_info[0] is not None and not record.exc_text:
        record.exc_text = scrub_text("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
    if record.stack_info:
        record.stack_info = scrub_text(record.stack_info)
    return record


def install_log_privacy() -> None:
    """Mask personal data in every log record from now on (idempotent)."""
    global _installed
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        return scrub_record(previous(*args, **kwargs))

    logging.setLogRecordFactory(factory)
    _installed = True
