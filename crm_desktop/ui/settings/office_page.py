"""Settings → Office: the header every report prints (name, address, phone, logo) and the signatory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.office_settings import MAX_LOGO_BYTES, OfficeSettings, OfficeSettingsService, logo_problem
from crm_desktop.ui.errors import translate_text
from crm_desktop.ui.settings.page import SettingsPage

LOGO_PREVIEW_SIZE = (240, 96)


class OfficePage(SettingsPage):
    def __init__(self, service: OfficeSettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.may_change = service.principal.role in ("admin", "manager")
        self.stored = service.load()
        self.logo: bytes | None = self.stored.logo

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #555;")
        self.name, self.address, self.phone, self.signatory = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setMaxLength(100)
        for edit, value in ((self.name, self.stored.name), (self.address, self.stored.address),
                            (self.phone, self.stored.phone), (self.signatory, self.stored.signatory)):
            edit.setText(value)
            edit.setReadOnly(not self.may_change)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*LOGO_PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #bbb; background: white; color: #777;")
        self.choose_logo = QPushButton()
        self.remove_logo = QPushButton()
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo.clicked.connect(self.clear_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch()
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch()

        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.name, self.address, self.phone, self.signatory, logo_row),
                                strict=True):
            label.setBuddy(field if isinstance(field, QWidget) else self.choose_logo)
            form.addRow(label, field)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addStretch()
        self.notice.setVisible(not self.may_change)
        self.retranslate_ui()
        self._show_logo()

    def title(self) -> str:
        return self.tr("Office")

    def retranslate_ui(self) -> None:
        self.notice.setText(self.tr("Only a manager or an administrator may change the office settings."))
        texts = (self.tr("Office &name"), self.tr("&Address"), self.tr("&Phone"), self.tr("Report &signatory"),
                 self.tr("Logo"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Sunshine Garden property service centre"))
        self.signatory.setPlaceholderText(self.tr("e.g. the customer-service supervisor who signs the reports"))
        self.choose_logo.setText(self.tr("Choose picture…"))
        self.remove_logo.setText(self.tr("Remove"))
        self.explanation.setText(self.tr(
            "The monthly reports, permits and inspection records print this header. Every desk that shares "
            "the database prints the same one."
        ))
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.logo_preview.setPixmap(pixmap.scaled(
                self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            ))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if not self.logo else self.tr("The logo cannot be shown"))
        self.choose_logo.setEnabled(self.may_change)
        self.remove_logo.setEnabled(self.may_change and self.logo is not None)

    def pick_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the office logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_file(Path(path))

    def set_logo_file(self, path: Path) -> bool:
        """Take the picture at `path` as the logo (saved with the page); False with a message when unfit."""
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:  # checked before reading a huge file into memory
                self.message.show_message(
                    self.tr("%1 is larger than 2 MB; choose a smaller picture").replace("%1", path.name))
                return False
            data = path.read_bytes()
        except OSError as exc:
            self.message.show_message(self.tr("%1 cannot be read: %2").replace("%1", str(path)).replace(
                "%2", exc.strerror or str(exc)))
            return False
        if (problem := logo_problem(data)) is not None:
            self.message.show_message(f"{path.name}: {translate_text(problem)}")
            return False
        if not QPixmap().loadFromData(data):
            self.message.show_message(self.tr("%1 is not a picture the program can read").replace("%1", path.name))
            return False
        self.message.show_message("")
        self.logo = data
        self._show_logo()
        return True

    def clear_logo(self) -> None:
        self.logo = None
        self._show_logo()

    def current(self) -> OfficeSettings:
        return OfficeSettings(
            name=self.name.text(), address=self.address.text(), phone=self.phone.text(),
            signatory=self.signatory.text(), logo=self.logo,
        )

    def is_dirty(self) -> bool:
        if not self.may_change:
            return False
        now, stored = self.current(), self.stored
        return (now.name.strip(), now.address.strip(), now.phone.strip(), now.signatory.strip(), now.logo) != (
            stored.name, stored.address, stored.phone, stored.signatory, stored.logo)

    def save(self) -> None:
        try:
            self.service.save(self.current())
        except ValidationError as exc:
            if exc.field == "name":
                self.name.setFocus()
            raise
        self.stored = self.service.load()
        self.message.show_message("")
