"""Saving a WeeklyPlan as a PDF file, safely, and the paper size a locale expects.

Both File ▸ Export PDF… and `quadrant print` go through `write_pdf`: the PDF is drawn into a
temporary file in the chosen folder, checked, flushed to disk and only then renamed over the
chosen name. An export that fails or is interrupted leaves no half-written file under that name
(and an older file of that name untouched).
"""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from app.model.file_writing import WriteError, replacing
from app.model.plan import WeeklyPlan
from app.ui.printing.plan_renderer import RenderError, render_plan
from app.ui.printing.plan_words import plan_title
from app.ui.translation import QT_TRANSLATE_NOOP, install_translations, translate

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
# Where Letter is the usual paper (the Americas mostly, and the Philippines); A4 elsewhere.
_LETTER = {
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.CostaRica,
    QLocale.Country.DominicanRepublic, QLocale.Country.ElSalvador, QLocale.Country.Guatemala,
    QLocale.Country.Nicaragua, QLocale.Country.Panama, QLocale.Country.Philippines,
    QLocale.Country.PuertoRico, QLocale.Country.Venezuela, QLocale.Country.Belize,
}  # fmt: skip


def default_page_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter where the locale's territory uses it, else A4. Without a locale given, the
    paper setting (LC_PAPER) wins over the general one, as on a Unix desktop."""
    if locale is None:
        paper = os.environ.get("LC_ALL") or os.environ.get("LC_PAPER")
        locale = QLocale(paper.split(".")[0]) if paper else QLocale.system()
    return QPageSize.PageSizeId.Letter if locale.territory() in _LETTER else QPageSize.PageSizeId.A4


def page_size_named(name: str) -> QPageSize.PageSizeId:
    """ "A4" or "Letter", in any case."""
    try:
        return PAGE_SIZES[name.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown page size “{name}”; use A4 or Letter") from None


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication (no widgets) for a command line
    run; with no display to talk to, on the offscreen platform. It speaks the language the
    window would (`QUADRANT_LANGUAGE`, `LANGUAGE`, else the system's), so a plan printed from
    the terminal reads like one printed from the window."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        unix_desktop = sys.platform not in ("win32", "darwin")
        if unix_desktop and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["quadrant"])
    install_translations(app)
    return app


def write_pdf(plan: WeeklyPlan, target: Path, page_size: QPageSize.PageSizeId) -> int:
    """Write the plan to `target` (landscape), replacing it only once the whole PDF is on
    disk; returns the number of pages. Raises WriteError saying what went wrong."""
    try:
        with replacing(target) as temporary:
            pages = _draw_pdf(plan, temporary, page_size)
            _check_pdf(temporary)
    except RenderError as error:
        raise WriteError(
            QT_TRANSLATE_NOOP("Errors", "could not write {name}: {reason}"),
            name=target.name,
            reason=error,
        ) from error
    except WriteError:
        raise
    except OSError as error:
        raise WriteError(
            QT_TRANSLATE_NOOP("Errors", "could not write {path}: {reason}"),
            path=target,
            reason=error.strerror or str(error),
        ) from error
    return pages


def _draw_pdf(plan: WeeklyPlan, path: Path, page_size: QPageSize.PageSizeId) -> int:
    writer = QPdfWriter(str(path))
    writer.setCreator("Quadrant")
    writer.setTitle(translate("Plan", "{week} — weekly plan").format(week=plan_title(plan)))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(page_size),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    return render_plan(plan, writer)  # the writer closes the file when painting ends


def _check_pdf(path: Path) -> None:
    """A PDF that was cut short (a full disk) does not end with %%EOF."""
    with path.open("rb") as file:
        head = file.read(5)
        file.seek(0, os.SEEK_END)
        file.seek(max(0, file.tell() - 1024))
        tail = file.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise RenderError("the PDF came out incomplete (is the disk full?)")
