"""The readiness report: a PDF a user can keep, print, or show.

``build_report(db, on, lang)`` gathers the content (plain data, no Qt painting, no
writes); ``write_pdf(model, path)`` prints it to an A4 PDF with the bundled CJK font
embedded; ``render_pages(model, dpi)`` paints the same pages as images for a preview.
Both take ``progress(done, total)``, which may return False to cancel
(``ReportCancelled``). Drawing needs a ``QApplication`` (made on demand) and the GUI
thread (the charts are widgets); ``paint_pdf``/``paint_images`` paint a page per step
for an app that keeps its window responsive, and ``save_pdf`` writes the bytes anywhere.
"""

from __future__ import annotations

from credithealth.report.build import build_report
from credithealth.report.mask import mask_text
from credithealth.report.model import ReportModel

__all__ = [
    "ReportCancelled",
    "ReportModel",
    "build_report",
    "mask_text",
    "paint_images",
    "paint_pdf",
    "pdf_bytes",
    "render_pages",
    "save_pdf",
    "write_pdf",
]


def __getattr__(name: str) -> object:
    # the painting half imports Qt: only load it when it is asked for
    if name in {
        "write_pdf",
        "render_pages",
        "pdf_bytes",
        "paint_pdf",
        "paint_images",
        "save_pdf",
        "ReportCancelled",
    }:
        from credithealth.report import output

        return getattr(output, name)
    raise AttributeError(name)
