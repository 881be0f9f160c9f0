"""Quiet when idle: while nothing happens, nothing in the window wakes the process more than
once a second, so an open Quadrant costs a laptop's battery nothing.

Two things would: a timer that lets Python see Ctrl+C and SIGTERM while Qt waits, and the text
cursor's blinking. `SignalWake` has the signal itself wake Qt (through a wake-up socket, see
`signal.set_wakeup_fd`); `BlinkTimeout` stops the cursor blinking after some seconds without
typing, as GNOME does, and lets it blink again at the next key or click.
"""

import signal
import socket
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

BLINK_SECONDS = 10  # as GNOME's cursor-blink-timeout
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_TYPED = {
    QEvent.Type.KeyPress,
    QEvent.Type.InputMethod,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.FocusIn,
}
_TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


class SignalWake(QObject):
    """Ctrl+C in the terminal, or a logout's SIGTERM, calls `on_signal` (closing the window as
    the user would, so the layout is saved). Python runs a signal handler only when it next
    runs code; the signal's byte on the wake-up socket wakes Qt's event loop, which runs some.
    `stop()` puts the previous handlers back."""

    def __init__(self, on_signal: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {
            number: signal.signal(number, lambda _number, _frame: on_signal())
            for number in STOP_SIGNALS
        }
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)  # the handler has run by now

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):  # all read
            return

    def stop(self) -> None:
        if self._reader.fileno() < 0:
            return
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


class BlinkTimeout(QObject):
    """Stops the text cursor blinking `seconds` after the last key or click in a text field,
    and lets it blink again at the next one. `stop()` leaves blinking as it was."""

    def __init__(self, seconds: float = BLINK_SECONDS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hints = QGuiApplication.styleHints()
        self._flash_ms = self._hints.cursorFlashTime()  # the desktop's setting
        self._field: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(round(seconds * 1000))
        self._timer.timeout.connect(lambda: self._hints.setCursorFlashTime(0))
        app = QApplication.instance()
        self._app = app if isinstance(app, QApplication) and self._flash_ms > 0 else None
        if self._app is not None:
            self._app.focusChanged.connect(self._follow_focus)
            self._follow_focus(None, self._app.focusWidget())

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._let_go()
        self._field = new if isinstance(new, _TEXT_FIELDS) else None
        if self._field is not None:
            self._field.installEventFilter(self)
            self._typed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _TYPED:
            self._typed()
        return False

    def _typed(self) -> None:
        if self._hints.cursorFlashTime() != self._flash_ms:
            self._hints.setCursorFlashTime(self._flash_ms)
        self._timer.start()

    def _let_go(self) -> None:
        if self._field is not None:
            with suppress(RuntimeError):  # a field being deleted: its filters go with it
                self._field.removeEventFilter(self)
            self._field = None

    def stop(self) -> None:
        self._timer.stop()
        if self._app is not None:
            self._app.focusChanged.disconnect(self._follow_focus)
            self._app = None
        self._let_go()
        if self._flash_ms > 0:
            self._hints.setCursorFlashTime(self._flash_ms)
