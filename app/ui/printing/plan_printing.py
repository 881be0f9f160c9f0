"""File ▸ Print… and File ▸ Export PDF…: the weekly plan in a print preview, or saved as a PDF.

`PlanPrinting` owns the two actions. It is given a callable that returns the plan of the week
the window shows (None when the data file could not be read; whoever reads says why), so it
knows nothing of the database or the calendar. Dialogs open with `open()`, never `exec()`.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from app.model.file_writing import WriteError
from app.model.plan import WeeklyPlan, plan_for
from app.model.sources import PlanSource
from app.model.urgency import DEFAULT_HORIZON
from app.model.week import Week, local_zone, week_of
from app.ui.printing.plan_pdf import default_page_size, write_pdf
from app.ui.printing.plan_renderer import RenderError, render_plan
from app.ui.printing.plan_words import plan_title
from app.ui.translation import Counts, in_words, translate

PlanReader = Callable[[], WeeklyPlan | None]
Read = Callable[[Callable[[PlanSource], WeeklyPlan]], WeeklyPlan | None]


def current_week() -> Week:
    """The week holding today, in the local time zone."""
    zone = local_zone()
    return week_of(datetime.now(zone).date(), zone)


def week_plan(
    read: Read,
    week: Callable[[], Week],
    name: Callable[[], str | None] = lambda: None,
    horizon: Callable[[], int] = lambda: DEFAULT_HORIZON,
) -> PlanReader:
    """A PlanReader for MainWindow: `read` runs a reading on the service (`Board.read`),
    `week` says which week the window shows, `name` whose plan it is, `horizon` the urgency
    horizon its suggestions use."""

    def build() -> WeeklyPlan | None:
        shown, person, days = week(), name(), horizon()
        now = datetime.now(shown.zone)
        return read(lambda services: plan_for(services, shown, now.date(), now, person, days))

    return build


class PlanPrinting(QObject):
    """What File ▸ Print… and File ▸ Export PDF… open for `parent`.

    Signals: exported(str): a PDF was written, at this path; failed(str): printing or an
    export failed, with the sentence the user was shown.
    """

    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget, plan: PlanReader) -> None:
        super().__init__(parent)
        self._window = parent
        self.plan = plan  # reads the plan of the week on show
        self._printer: QPrinter | None = None  # the preview's; it must outlive the dialog
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = Path(documents) if documents else Path.home()

    # -- print ------------------------------------------------------------------------------------

    def preview(self) -> QPrintPreviewDialog | None:
        """Open the print preview of the plan; printing goes on from its Print button."""
        plan = self.plan()
        if plan is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat:  # no system printer
            printer.setPageSize(QPageSize(default_page_size()))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        title = plan_title(plan)
        printer.setDocName(translate("Plan", "Quadrant — {week}").format(week=title))
        self._printer = printer
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setObjectName("print-preview")
        dialog.setWindowTitle(translate("Plan", "Print — {week}").format(week=title))
        dialog.paintRequested.connect(lambda target: self._paint(plan, target))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _paint(self, plan: WeeklyPlan, printer: QPrinter) -> None:
        try:
            render_plan(plan, printer)
        except RenderError as error:
            text = translate("Plan", "The plan could not be printed: {reason}.")
            self._tell(translate("Plan", "Print"), text.format(reason=in_words(error)))

    # -- export -----------------------------------------------------------------------------------

    def export_pdf(self) -> QFileDialog | None:
        """Ask where to save the plan as PDF, then save it."""
        plan = self.plan()
        if plan is None:
            return None
        name = translate("Plan", "Weekly plan {week}.pdf").format(week=plan.week.name)
        dialog = QFileDialog(
            self._window,
            translate("Plan", "Export Weekly Plan as PDF"),
            str(self.folder / name),
            translate("Plan", "PDF files (*.pdf)"),
        )
        dialog.setObjectName("export-pdf-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save(plan, Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save(self, plan: WeeklyPlan, path: Path) -> bool:
        """Write the PDF (safely: see `write_pdf`); on failure, tell the user and return False."""
        self.folder = path.parent
        try:
            pages = write_pdf(plan, path, default_page_size())
        except WriteError as error:
            text = translate("Plan", "The plan was not saved: {reason}.")
            self._tell(translate("Plan", "Export PDF"), text.format(reason=in_words(error)))
            return False
        self.exported.emit(str(path))
        if isinstance(self._window, QMainWindow):
            saved = Counts.tr("Saved {name} (%n page(s)).", "", pages).format(name=path.name)
            self._window.statusBar().showMessage(saved, 6000)
        return True

    def _tell(self, title: str, text: str) -> None:
        self.failed.emit(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._window
        )
        box.setObjectName("print-problem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
