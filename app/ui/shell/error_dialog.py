"""When something goes wrong inside the window: an error in an event handler is logged with its
traceback and shown in a dialog that does not block the window, with **Copy Details** for a
bug report and a way to the log folder. The window keeps running.

One dialog at a time: errors that follow while it is open (a paint that fails on every
repaint, say) are logged and counted in it, not piled up as more dialogs.
"""

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui.log_file import log_folder
from app.ui.translation import Counts, translate

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def open_log_folder() -> bool:
    """Show the log folder in the desktop's file manager (Help ▸ Open Log Folder)."""
    folder = log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def details(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """What a bug report needs: the versions and the traceback."""
    return (
        f"Quadrant {__version__}, Python {platform.python_version()}, "
        f"Qt {_qt_version()}, {platform.platform()}\n\n"
        + "".join(traceback.format_exception(kind, error, trace))
    )


def _qt_version() -> str:
    from PySide6 import __version__ as pyside_version

    return pyside_version


class ErrorDialog(QDialog):
    """What happened, the details, and Copy Details / Open Log Folder / Close."""

    def __init__(self, summary: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error-dialog")
        self.setWindowTitle(translate("ErrorDialog", "Quadrant ran into a problem"))
        self.times = 1
        self._summary = summary
        self.message = QLabel()
        self.message.setObjectName("error-message")
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(text)
        self.details.setObjectName("error-details")
        self.details.setAccessibleName(translate("ErrorDialog", "Details"))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(translate("ErrorDialog", "&Copy Details"))
        copy.setObjectName("copy-details")
        copy.clicked.connect(self.copy_details)
        folder = QPushButton(translate("ErrorDialog", "Open &Log Folder"))
        folder.setObjectName("open-log-folder")
        folder.clicked.connect(open_log_folder)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self._say()
        self.resize(640, 360)

    def again(self, text: str) -> None:
        """The same or another error happened while the dialog was open."""
        self.times += 1
        self.details.appendPlainText("\n" + text)
        self._say()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def _say(self) -> None:
        what = translate("ErrorDialog", "Something went wrong: {summary}.").format(
            summary=self._summary
        )
        if self.times > 1:
            what = Counts.tr("{what} It happened %n times.", "", self.times).format(what=what)
        advice = translate(
            "ErrorDialog",
            "The window keeps running, but what you did last may not have been done; look "
            "before you go on. The details are also in the log folder: copy them into a bug "
            "report.",
        )
        self.message.setText(what + "\n\n" + advice)


class ErrorReports:
    """Shows errors that reach `sys.excepthook` in an ErrorDialog; `stop()` puts the hook back."""

    def __init__(self) -> None:
        self.dialog: ErrorDialog | None = None
        self._previous: ExceptHook = sys.excepthook
        sys.excepthook = self.report

    def stop(self) -> None:
        sys.excepthook = self._previous

    def report(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        log.error("an error in an event handler", exc_info=(kind, error, trace))
        if not isinstance(QApplication.instance(), QApplication):
            self._previous(kind, error, trace)
            return
        text = details(kind, error, trace)
        if self.dialog is not None:
            self.dialog.again(text)
            return
        summary = f"{kind.__name__}: {error}" if str(error) else kind.__name__
        self.dialog = ErrorDialog(summary, text, _main_window())
        self.dialog.finished.connect(self._closed)
        self.dialog.show()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


def _main_window() -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()),
        None,
    )
