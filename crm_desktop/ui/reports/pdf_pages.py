"""PDF pages as pictures, for the preview and for printing through Qt (pypdfium2: QtPdf is not in
PySide6-Essentials, STACK.md). Safe to call on a worker thread: it makes QImages, never QPixmaps."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

from crm_desktop.services.progress import Progress
from crm_desktop.services.text import QT_TRANSLATE_NOOP


def render_pages(path: Path | str, dpi: float, progress: Progress | None = None) -> list[QImage]:
    """Every page of the PDF at `dpi`, as RGB images."""
    progress = progress or Progress()
    document = pdfium.PdfDocument(str(path))
    try:
        images = []
        total = len(document)
        for number in range(total):
            progress(number, total, QT_TRANSLATE_NOOP("Services", "Drawing the pages"))
            page = document[number]
            try:
                picture = page.render(scale=dpi / 72).to_pil().convert("RGB")
            finally:
                page.close()
            width, height = picture.size
            data = picture.tobytes("raw", "RGB")
            images.append(QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy())
        progress(total, total, QT_TRANSLATE_NOOP("Services", "Drawing the pages"))
        return images
    finally:
        document.close()
