"""Office settings every desk shares (SPEC §3.7): name, address, phone, logo and signatory for reports.

They live in the `settings` table so that every desk of a shared PostgreSQL office prints the same header.
The logo is stored as PNG bytes (base64) rather than a file path: a path on one desk means nothing on another.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Setting
from crm_desktop.models.database import Database
from crm_desktop.services.errors import PermissionDeniedError, ValidationError
from crm_desktop.services.text import QT_TRANSLATE_NOOP, Text
from crm_desktop.services.uow import Service

DEFAULT_OFFICE_NAME = "物业服务中心"
MAX_LOGO_BYTES = 2 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
KEYS = ("office_name", "office_address", "office_phone", "report_signatory", "report_logo")


@dataclass(frozen=True)
class OfficeSettings:
    name: str = DEFAULT_OFFICE_NAME
    address: str = ""
    phone: str = ""
    signatory: str = ""
    logo: bytes | None = None  # PNG or JPEG bytes, None when the office has none


def read_office_settings(s: Session) -> OfficeSettings:
    values = dict(s.execute(select(Setting.key, Setting.value).where(Setting.key.in_(KEYS))).all())
    logo = None
    if values.get("report_logo"):
        try:
            logo = base64.b64decode(values["report_logo"], validate=True)
        except (binascii.Error, ValueError):
            logo = None  # a damaged logo must not stop a report; the settings dialog shows it is missing
    return OfficeSettings(
        name=(values.get("office_name") or "").strip() or DEFAULT_OFFICE_NAME,
        address=(values.get("office_address") or "").strip(),
        phone=(values.get("office_phone") or "").strip(),
        signatory=(values.get("report_signatory") or "").strip(),
        logo=logo,
    )


def load_office_settings(db: Database) -> OfficeSettings:
    with db.session() as s:
        return read_office_settings(s)


def logo_problem(data: bytes) -> Text | None:
    """Why these bytes cannot be the report logo, or None."""
    if len(data) > MAX_LOGO_BYTES:
        return Text(QT_TRANSLATE_NOOP("Services", "The logo is larger than 2 MB; choose a smaller picture"))
    if not (data.startswith(PNG_SIGNATURE) or data.startswith(JPEG_SIGNATURE)):
        return Text(QT_TRANSLATE_NOOP("Services", "The logo must be a PNG or JPEG picture"))
    return None


class OfficeSettingsService(Service):
    """Admins and managers change the office header; everyone reads it."""

    def load(self) -> OfficeSettings:
        return load_office_settings(self.db)

    def save(self, settings: OfficeSettings) -> None:
        if self.principal.role not in ("admin", "manager"):
            raise PermissionDeniedError(
                Text(QT_TRANSLATE_NOOP("Services", "Only an administrator or manager may change the office settings"))
            )
        name = settings.name.strip()
        if not name:
            raise ValidationError(Text(QT_TRANSLATE_NOOP("Services", "The office name is required")), field="name")
        if len(name) > 100:
            raise ValidationError(
                Text(QT_TRANSLATE_NOOP("Services", "The office name is longer than 100 characters")), field="name"
            )
        if settings.logo is not None and (problem := logo_problem(settings.logo)) is not None:
            raise ValidationError(problem, field="logo")
        values = {
            "office_name": name,
            "office_address": settings.address.strip(),
            "office_phone": settings.phone.strip(),
            "report_signatory": settings.signatory.strip(),
            "report_logo": base64.b64encode(settings.logo).decode("ascii") if settings.logo else "",
        }
        with self.transaction() as s:
            stored = {row.key: row for row in s.scalars(select(Setting).where(Setting.key.in_(KEYS)))}
            for key, value in values.items():
                if key in stored:
                    if stored[key].value != value:
                        stored[key].value = value
                else:
                    s.add(Setting(key=key, value=value))
