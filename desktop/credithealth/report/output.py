"""The report as a PDF file (``write_pdf``) and as page images for a preview (``render_pages``).

Both paint the same pages with the same code; only the paint device differs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Generator
from contextlib import closing
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, qVersion
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from credithealth import APP_NAME, __version__
from credithealth.report.fonts import family
from credithealth.report.model import ReportModel
from credithealth.report.pages import Pages, Progress, ReportCancelled
from credithealth.report.qtapp import ensure_app
from credithealth.report.style import DPI, PAGE_H, PAGE_W
from credithealth.store.private_files import FILE_MODE, make_private

__all__ = [
    "ReportCancelled",
    "paint_images",
    "paint_pdf",
    "pdf_bytes",
    "render_pages",
    "save_pdf",
    "write_pdf",
]

_PDF_DATE = re.compile(rb"(/(?:CreationDate|ModDate) \(D:)(\d{14})")


def _xmp(model: ReportModel, title: str) -> bytes:
    when = f"{model.on.isoformat()}T00:00:00Z"
    lang = "zh-CN" if model.lang == "zh_CN" else "en"
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{APP_NAME}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <xmp:CreatorTool>{APP_NAME} {__version__}</xmp:CreatorTool>
   <pdf:Producer>Qt {qVersion()}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def pdf_bytes(model: ReportModel, progress: Progress | None = None) -> bytes:
    """The whole PDF in memory; raises ``ReportCancelled`` if ``progress`` says stop."""
    return _drive(paint_pdf(model), progress)[0]


def paint_pdf(model: ReportModel) -> Generator[tuple[int, int], None, bytes]:
    """The PDF painted one page per step, for a caller that must keep its event loop
    turning between pages: yields (pages done, pages in all) and returns the file's bytes.
    Closing the generator early stops and keeps nothing. Runs on the GUI thread (the
    charts are widgets)."""
    ensure_app()
    family()
    title = f"{model.cover.title} {model.on.isoformat()}"
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(title)
    writer.setAuthor(APP_NAME)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setDocumentXmpMetadata(QByteArray(_xmp(model, title)))
    pages = Pages(model)
    painter = QPainter(writer)
    try:
        _hints(painter)

        def start(i: int) -> QPainter:
            if i:
                writer.newPage()
            return painter

        yield from pages.paint_steps(start)
    finally:
        painter.end()
        pages.close()
    data = bytes(buffer.data().data())
    # Qt stamps the clock time; the report's date makes the same data give the same file
    stamp = f"{model.on:%Y%m%d}000000".encode()
    return _PDF_DATE.sub(lambda m: m.group(1) + stamp, data)


def _drive(
    steps: Generator[tuple[int, int], None, bytes], progress: Progress | None
) -> tuple[bytes, int]:
    """Run ``steps`` to the end, reporting each; (its result, the pages in all)."""
    with closing(steps):
        total = 0
        while True:
            try:
                done, total = next(steps)
            except StopIteration as stop:
                return stop.value, total
            if progress is not None and progress(done, total) is False:
                raise ReportCancelled


def write_pdf(model: ReportModel, path: Path | str, progress: Progress | None = None) -> int:
    """Write the PDF to ``path`` and return its page count. Nothing is left behind when
    cancelled or failing; an existing file is replaced only once the new one is whole."""
    data, pages = _drive(paint_pdf(model), progress)
    save_pdf(data, path)
    return pages


def save_pdf(data: bytes, path: Path | str, cancelled: Callable[[], bool] | None = None) -> None:
    """Put ``data`` (from ``paint_pdf``) at ``path`` whole or not at all. No Qt: it may run
    on any thread. ``cancelled`` is asked once the bytes are safe on disk, before an
    existing file is replaced: True stops with ``ReportCancelled`` and nothing written."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp.unlink(missing_ok=True)
        # 0600 from the start, whatever the umask: the report is a person's debts
        with os.fdopen(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, FILE_MODE), "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if cancelled is not None and cancelled():
            raise ReportCancelled
        make_private(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        # name the file the user asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def render_pages(
    model: ReportModel, dpi: float = 110, progress: Progress | None = None
) -> list[QImage]:
    """Every page as an image at ``dpi`` (the preview): the PDF's pages, rasterised by Qt."""
    images: list[QImage] = []
    with closing(paint_images(model, dpi)) as steps:
        for image, total in steps:
            images.append(image)
            if progress is not None and progress(len(images), total) is False:
                raise ReportCancelled
    return images


def paint_images(model: ReportModel, dpi: float = 110) -> Generator[tuple[QImage, int], None, None]:
    """The preview one page per step: yields (the page as an image at ``dpi``, pages in
    all). Runs on the GUI thread (the charts are widgets)."""
    ensure_app()
    family()
    scale = dpi / DPI
    pages = Pages(model)
    pages.line_scale = scale
    size = (round(PAGE_W * scale), round(PAGE_H * scale))
    try:
        for i in range(len(pages)):
            image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
            # measured at 96 dpi like the layout; the painter scales up to the image's pixels
            _set_dpi(image, DPI)
            image.fill(QColor("white"))
            painter = QPainter(image)
            try:
                _hints(painter)
                painter.scale(scale, scale)
                pages.paint(painter, i)
            finally:
                painter.end()
            _set_dpi(image, dpi)
            yield image, len(pages)
    finally:
        pages.close()


def _set_dpi(image: QImage, dpi: float) -> None:
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)


def _hints(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
