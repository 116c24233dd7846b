"""Help → User guide (F1): the clerk's guide in the interface language, with screenshots.

The guide is Markdown in resources/help/<language>.md (screenshots in resources/help/images/<language>/),
shown in a QTextBrowser; a contents list on the left jumps to each section, a click on a screenshot
shows it at full size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.resources import resources_dir


def guide_path(language: str | None = None) -> Path:
    """The guide for `language` (default: the language now installed, see install_translations)."""
    if language is None:
        language = "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
    folder = resources_dir() / "help"
    path = folder / f"{language}.md"
    return path if path.is_file() else folder / "en.md"


def section_titles(markdown: str) -> list[str]:
    """The `##` headings of the guide, in order (the contents list)."""
    titles = []
    in_code = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and line.startswith("## "):
            titles.append(line[3:].strip())
    return titles


class GuideBrowser(QTextBrowser):
    """The guide, with its screenshots scaled smoothly to the width of the view (never sideways scrolling).

    A click on a screenshot shows it at full size; web links open in the browser.
    """

    image_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)
        self._originals: dict[str, QImage] = {}

    def load_markdown(self, path: Path) -> None:
        self._originals.clear()
        self.setSearchPaths([str(path.parent)])
        self.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self.fit_images()

    def image_path(self, name: str) -> Path:
        return Path(self.source().toLocalFile()).parent / name

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()

    def fit_images(self) -> None:
        width = max(200, self.viewport().width() - 2 * int(self.document().documentMargin()) - 8)
        images = []
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    images.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
                iterator += 1
            block = block.next()
        for position, length, image_format in images:
            self._fit(position, length, image_format, width)

    def _fit(self, position: int, length: int, image_format: QTextImageFormat, width: int) -> None:
        name = image_format.name()
        original = self._originals.get(name)
        if original is None:
            original = QImage(str(self.image_path(name)))
            if original.isNull():
                return  # a missing picture: Qt shows its placeholder
            self._originals[name] = original
        shown = min(original.width(), width)
        if round(image_format.width()) == shown:
            return
        # QTextDocument scales pictures without smoothing, which makes screenshot text unreadable: hand it
        # a smoothly scaled copy at exactly the size it shows.
        scaled = original.scaledToWidth(shown, Qt.TransformationMode.SmoothTransformation)
        # Under the resolved address: that is where the document looks its pictures up.
        address = self.document().baseUrl().resolved(QUrl(name))
        self.document().addResource(QTextDocument.ResourceType.ImageResource, address, scaled)
        image_format.setWidth(scaled.width())
        image_format.setHeight(scaled.height())
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.path().lower().endswith(".png"):
            self.image_clicked.emit(url.path())


class ScreenshotDialog(QDialog):
    """A screenshot of the guide at full size."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.picture = picture = QLabel()
        picture.setPixmap(QPixmap(str(path)))
        area = QScrollArea()
        area.setWidget(picture)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        size = picture.sizeHint()
        self.resize(min(size.width() + 24, 1400), min(size.height() + 24, 900))


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.contents = QListWidget()
        self.contents.itemActivated.connect(self._jump)
        self.contents.itemClicked.connect(self._jump)
        self.browser = GuideBrowser()
        self.browser.image_clicked.connect(self.show_screenshot)
        self.contents.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 700])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 760)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Load the guide of the language now installed (also after switching language)."""
        self.setWindowTitle(self.tr("User guide"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.load(guide_path())

    def load(self, path: Path) -> None:
        self.path = path
        self.browser.load_markdown(path)
        self.contents.clear()
        for title in section_titles(path.read_text("utf-8")):
            self.contents.addItem(QListWidgetItem(title))

    def show_screenshot(self, name: str) -> ScreenshotDialog:
        dialog = ScreenshotDialog(self.browser.image_path(name), self.windowTitle(), self)
        dialog.show()
        return dialog

    def _jump(self, item: QListWidgetItem) -> None:
        self.show_section(item.text())

    def show_section(self, title: str) -> bool:
        """Scroll so that the section `title` starts at the top of the view."""
        document = self.browser.document()
        cursor = document.find(title, 0, QTextDocument.FindFlag.FindCaseSensitively)
        while not cursor.isNull() and cursor.block().blockFormat().headingLevel() != 2:
            cursor = document.find(title, cursor, QTextDocument.FindFlag.FindCaseSensitively)
        if cursor.isNull():
            return False
        # Go to the end first, so that moving back to the heading puts it at the top, not the bottom.
        self.browser.moveCursor(QTextCursor.MoveOperation.End)
        cursor.clearSelection()
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        return True


def show_user_guide(parent: QWidget) -> UserGuideDialog:
    """One guide window per main window, not modal, so the clerk can follow it while working."""
    dialog = parent.findChild(UserGuideDialog)
    if dialog is None:
        dialog = UserGuideDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
