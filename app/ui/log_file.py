"""The window's log: what happened, for the user to look at or send when something goes wrong.

Python's logging and Qt's own messages go there, in the platform's user log folder (on Linux
`~/.local/state/Quadrant/log`): `quadrant.log`, rotated so it never grows past a few
megabytes, and `crash.log`, where `faulthandler` writes the Python stacks of a native crash
(a segmentation fault in Qt, say), which no Python code could log any more.

The log holds no task titles, notes or names: Quadrant's own messages never carry them, and in
an error's text whatever stands in quotes (“Buy milk”, 'Bob') is replaced by “…”. With debug
logging on (`quadrant --debug`, or QUADRANT_DEBUG=1) everything is logged as it is, each undo
step's name included.
"""

import faulthandler
import logging
import os
import re
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

import platformdirs
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from app import __version__

DEBUG_VARIABLE = "QUADRANT_DEBUG"
LOG_NAME = "quadrant.log"
CRASH_NAME = "crash.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
CRASH_BYTES = 256_000  # a longer crash file is set aside (crash.log.1) at the next start

_QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|«[^»]*»|\"[^\"\n]*\"|'[^'\n]*'")
_FRAME = re.compile(r'^\s*File "')  # a traceback's "File …, line …": a path, kept

QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], object]

log = logging.getLogger(__name__)


def log_folder() -> Path:
    """Where the log and the crash file are written."""
    return platformdirs.user_log_path("Quadrant", appauthor=False)


def debug_wanted(flag: bool = False) -> bool:
    return flag or os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


def without_quotes(text: str) -> str:
    """`text` with whatever stands in quotes replaced by “…”: where task titles, notes and
    names appear in error messages."""
    return "\n".join(
        line if _FRAME.match(line) else _QUOTED.sub("“…”", line) for line in text.split("\n")
    )


class PrivateFormatter(logging.Formatter):
    """Formats records with nothing quoted from the user's data, unless debugging."""

    def __init__(self, debug: bool) -> None:
        # The process id: a second start on the same folder writes a few lines between the
        # window's.
        super().__init__("%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s")
        self._debug = debug

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text if self._debug else without_quotes(text)


class LogFile:
    """The log and the crash file, open for this run. `close()` stops writing to them."""

    def __init__(self, folder: Path, debug: bool) -> None:
        self.folder = folder
        self.debug = debug
        folder.mkdir(parents=True, exist_ok=True)
        self._handler = RotatingFileHandler(
            folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        self._handler.setFormatter(PrivateFormatter(debug))
        root = logging.getLogger()
        root.addHandler(self._handler)
        root.setLevel(logging.DEBUG if debug else logging.INFO)
        if not debug:  # Alembic names each of its plugins as it loads them
            logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
        self._crashes = _open_crash_file(folder / CRASH_NAME)
        self._faulthandler_was_on = faulthandler.is_enabled()
        faulthandler.enable(self._crashes, all_threads=True)
        self._thread_hook = threading.excepthook
        threading.excepthook = _log_thread_exception
        self._qt_taken = False
        self._qt_handler: QtMessageHandler | None = None
        log.info(
            "Quadrant %s started (Python %s, pid %d)%s",
            __version__,
            sys.version.split()[0],
            os.getpid(),
            ", debug logging on" if debug else "",
        )

    def take_qt_messages(self) -> None:
        """Log Qt's own warnings too (they still go to stderr); `close()` gives them back."""
        self._qt_handler = qInstallMessageHandler(_log_qt_message)
        self._qt_taken = True

    def close(self) -> None:
        if self._qt_taken:
            qInstallMessageHandler(self._qt_handler)
        threading.excepthook = self._thread_hook
        faulthandler.disable()
        if self._faulthandler_was_on:  # as it was (in a test run, say): on, onto stderr
            faulthandler.enable(sys.__stderr__ or sys.stderr, all_threads=True)
        self._crashes.close()
        logging.getLogger().removeHandler(self._handler)
        self._handler.close()


def start_log(debug: bool = False) -> LogFile | None:
    """Log to the user log folder; None (and a line on stderr) if the folder cannot be written:
    Quadrant runs without a log rather than not at all."""
    folder = log_folder()
    try:
        return LogFile(folder, debug_wanted(debug))
    except OSError as error:
        print(f"quadrant: cannot write the log in {folder}: {error.strerror}", file=sys.stderr)
        return None


def _open_crash_file(path: Path) -> IO[str]:
    try:
        if path.stat().st_size > CRASH_BYTES:
            path.replace(path.with_name(path.name + ".1"))
    except FileNotFoundError:
        pass
    return open(path, "a", encoding="utf-8")  # open while the program runs


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_qt_log = logging.getLogger("qt")


def _log_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(kind, logging.WARNING)
    _qt_log.log(level, "%s", message)
    if level > logging.DEBUG:
        print(message, file=sys.stderr)


def _log_thread_exception(args: threading.ExceptHookArgs) -> None:
    exc_info: tuple[type[BaseException], BaseException, TracebackType | None] | None = None
    if args.exc_value is not None:
        exc_info = (args.exc_type, args.exc_value, args.exc_traceback)
    name = args.thread.name if args.thread is not None else "?"
    log.error("an error in the background (thread %s)", name, exc_info=exc_info)
