"""File ▸ Export Calendar… and File ▸ Import Calendar…, and a calendar file dropped on the window.

Export writes the week the calendar shows as an .ics file, whole or not at all (`replacing`).
Import reads the file in a worker thread, behind a progress dialog whose Cancel leaves nothing
imported; the parsed contents come back to the main thread through a queued signal, and the
Board writes them on another worker thread in one transaction (the dialog stays, without
Cancel, till then), as one undo step ("Import team.ics"). The status bar then says what came in
and what was skipped. Dialogs open with `open()`, never `exec()`.
"""

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QProgressDialog

from app.model.file_writing import WriteError, replacing
from app.model.week import Week, local_zone
from app.ui.board import Board, sentence
from app.ui.shell.calendar_summaries import import_summary
from app.ui.translation import QT_TRANSLATE_NOOP, Counts, in_words, translate
from app.ui.worker import emit_alive, in_background

if TYPE_CHECKING:
    from app.model.calendar_import import CalendarContents
    from app.model.calendar_service import ImportResult

CALENDAR_FILTER = QT_TRANSLATE_NOOP("CalendarFiles", "Calendar files (*.ics)")
SUMMARY_SECONDS = 20


def dropped_calendar(data: QMimeData) -> Path | None:
    """The local .ics file a drag brings (the first of its urls that is one), or None."""
    if not data.hasUrls():
        return None
    for url in data.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".ics"):
            return Path(url.toLocalFile())
    return None


class _Reading(QObject):
    """A calendar file read in a worker thread; its signals reach the main thread queued.

    Signals: progressed(int, int): items read, of how many; read(object): the contents;
    failed(str): why the file could not be read; cancelled()."""

    progressed = Signal(int, int)
    read = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, data: bytes, name: str) -> None:
        super().__init__()
        self.name = name
        self.stop = threading.Event()
        self._data = data

    def start(self) -> None:
        in_background(f"read {self.name}", self._run)

    def _run(self) -> None:
        from app.model.calendar_import import Cancelled, read_calendar  # icalendar: on use

        zone = local_zone()

        def progress(done: int, total: int) -> bool:
            emit_alive(self, self.progressed, done, total)
            return not self.stop.is_set()

        try:
            contents = read_calendar(
                self._data, self.name, zone, datetime.now(zone).date(), progress
            )
        except Cancelled:
            emit_alive(self, self.cancelled)
        except Exception as error:  # anything the reader raises: one line, nothing written
            text = translate("CalendarFiles", "{file} could not be read: {reason}")
            emit_alive(self, self.failed, text.format(file=self.name, reason=in_words(error)))
        else:
            emit_alive(self, self.read, contents)


class CalendarFiles(QObject):
    """Calendar files in and out of `window`, which also takes dropped .ics files.

    Signals: finished(str): an import or export ended; the sentence the status bar shows."""

    finished = Signal(str)

    def __init__(
        self,
        board: Board,
        week: Callable[[], Week],
        window: QMainWindow,
        problem: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._board = board
        self._week = week
        self._window = window
        self._problem = problem
        self._reading: _Reading | None = None
        self.progress: QProgressDialog | None = None
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = Path(documents) if documents else Path.home()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # -- export -----------------------------------------------------------------------------------

    def export_calendar(self) -> QFileDialog:
        """File ▸ Export Calendar…: ask where, then write the week on show."""
        week = self._week()
        suggested = self.folder / f"Quadrant {week.name}.ics"
        dialog = QFileDialog(
            self._window,
            translate("CalendarFiles", "Export Week as Calendar File"),
            str(suggested),
            translate("CalendarFiles", CALENDAR_FILTER),
        )
        dialog.setObjectName("export-calendar-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("ics")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_to(self, path: Path) -> bool:
        """Write the week on show to `path`; False (and a problem shown) if it was not written."""
        from app.model.calendar_export import calendar_file  # icalendar: only when used

        self.folder = path.parent
        week = self._week()
        read = self._board.read(
            lambda services: (
                blocks := services.blocks.for_calendar(week.start, week.end, week.zone),
                services.tasks.get({b.task_id for b in blocks if b.task_id is not None}),
            )
        )
        if read is None:
            return False
        blocks, linked = read
        data = calendar_file(blocks, linked, week.zone, datetime.now(week.zone))
        try:
            with replacing(path) as temporary:
                temporary.write_bytes(data)
        except (WriteError, OSError) as error:
            text = translate("CalendarFiles", "The calendar file was not saved: {reason}")
            self._problem(text.format(reason=sentence(error)))
            return False
        wrote = Counts.tr("Wrote %n block(s) of {week} to {file}.", "", len(blocks))
        self._tell(wrote.format(week=week.name, file=path.name))
        return True

    # -- import -----------------------------------------------------------------------------------

    def import_calendar(self) -> QFileDialog:
        """File ▸ Import Calendar…: ask which file, then import it."""
        title = translate("CalendarFiles", "Import Calendar File")
        dialog = QFileDialog(self._window, title, str(self.folder))
        everything = translate("CalendarFiles", "All files (*)")
        dialog.setNameFilters([translate("CalendarFiles", CALENDAR_FILTER), everything])
        dialog.setObjectName("import-calendar-dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> QProgressDialog | None:
        """Read `path` behind a progress dialog, then import it (see the module's docstring)."""
        if self._reading is not None:
            self._problem(
                translate(
                    "CalendarFiles", "A calendar file is being imported; wait for it, or cancel it."
                )
            )
            return None
        self.folder = path.parent
        try:
            data = path.read_bytes()
        except OSError as error:
            text = translate("CalendarFiles", "Cannot read {file}: {reason}.")
            self._problem(text.format(file=path.name, reason=error.strerror or error))
            return None
        reading = _Reading(data, path.name)
        queued = Qt.ConnectionType.QueuedConnection
        reading.progressed.connect(self._progressed, queued)
        reading.read.connect(self._read, queued)
        reading.failed.connect(self._failed, queued)
        reading.cancelled.connect(self._cancelled, queued)
        reading_text = translate("CalendarFiles", "Reading {file}…").format(file=path.name)
        cancel = translate("CalendarFiles", "Cancel")
        dialog = QProgressDialog(reading_text, cancel, 0, 0, self._window)
        dialog.setObjectName("import-progress")
        dialog.setWindowTitle(translate("CalendarFiles", "Import Calendar"))
        dialog.setMinimumDuration(300)  # a small file is done before it shows
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(reading.stop.set)
        self._reading, self.progress = reading, dialog
        dialog.open()
        reading.start()
        return dialog

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _read(self, contents: "CalendarContents") -> None:
        shown = self.progress
        if shown is not None and shown.wasCanceled() and self._reading is not None:
            self._reading.stop.set()
        if self._reading is None or self._reading.stop.is_set():  # cancelled after the last
            self._end_reading()
            self._cancelled_import(contents.source)
            return
        if shown is not None:  # saving is one transaction: it cannot stop half-way
            shown.setCancelButton(None)
            saving = translate("CalendarFiles", "Saving the events and to-dos from {file}…")
            shown.setLabelText(saving.format(file=contents.source))
            shown.setRange(0, 0)
        self._board.import_calendar(contents, lambda result: self._written(contents, result))

    def _written(self, contents: "CalendarContents", result: "ImportResult | None") -> None:
        self._end_reading()
        if result is not None:
            self._tell(import_summary(result, contents.source))
        else:  # the Board said why
            self.finished.emit("")

    def _failed(self, text: str) -> None:
        self._end_reading()
        self._problem(text)
        self.finished.emit(text)

    def _cancelled(self) -> None:
        reading = self._end_reading()
        if reading is None:
            self._tell(translate("CalendarFiles", "Import cancelled; nothing was imported."))
        else:
            self._cancelled_import(reading.name)

    def _cancelled_import(self, name: str) -> None:
        text = translate("CalendarFiles", "Import of {file} cancelled; nothing was imported.")
        self._tell(text.format(file=name))

    def _end_reading(self) -> _Reading | None:
        reading, self._reading = self._reading, None
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        return reading

    # -- dropped files ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
        ):
            assert isinstance(event, QDragMoveEvent)  # a DragEnter is one too
            if dropped_calendar(event.mimeData()) is not None:
                event.acceptProposedAction()
                return True
        if watched is self._window and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            if self.drop(event.mimeData()):
                event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)

    def drop(self, data: QMimeData) -> bool:
        """Import the .ics file `data` brings; False if it brings none."""
        path = dropped_calendar(data)
        if path is None:
            return False
        self.import_file(path)
        return True

    def _tell(self, text: str) -> None:
        self._window.statusBar().showMessage(text, SUMMARY_SECONDS * 1000)
        self.finished.emit(text)
