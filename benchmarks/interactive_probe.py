"""The child process of `benchmarks.interactive`: run a window with a probe that says when it
was painted with its content, when it took the first input, and how long its event loop stalled.

    python -m benchmarks.interactive_probe bare            a QMainWindow, sized as Quadrant's
    python -m benchmarks.interactive_probe app DATA_DIR    `python -m app --data-dir DATA_DIR`

The app is run unchanged, through `runpy`, as `python -m app` runs it. The probe attaches itself
to the QApplication when one is constructed (it wraps `QApplication.__init__` before anything is
imported) and installs an application-wide event filter. It writes lines to the file descriptor
named by $QUADRANT_PROBE_FD; times are `time.monotonic()` (CLOCK_MONOTONIC, the same clock in
every process), so the parent subtracts its own reading taken just before starting the process:

    painted T                 the paint pass that showed the content has finished (see below)
    input T VmHWM             the parent's X pointer motion reached the app (the loop was free)
    idle VmHWM VmRSS STALL_MS STALL_AT_MS QUIET_MS W H ROWS
                              2 s after `input`: memory, the longest event-loop stall in the
                              2 s after `painted` and when it began (ms after `painted`), the
                              end of the last stall over 50 ms (ms after `painted`), the window
                              size, and the rows the watched lanes held at the paint

"Painted with its content": with $QUADRANT_PROBE_VIEWS (object names, comma-separated) the
probe waits until every named item view has had a paint event while its model held rows; without
it, for the first paint event of a top-level widget. Either way it then posts itself a
high-priority event, which runs as soon as that paint pass is over — ahead of anything the
painted code posted with normal priority, such as work that finishes after the first paint.

The parent answers `painted` at once with a real pointer motion (XTest) to the point in
$QUADRANT_PROBE_TARGET ("X,Y", inside the window); the probe's `input` is the moment the app's
event loop delivers that motion. Meanwhile a 5 ms precise timer measures how late the loop is.

The filter is a Python call per event until the input arrives: about 1.3 µs each, some 3,800
events (≈ 5 ms) before Quadrant's first paint, far fewer for the bare window.
"""

import os
import sys
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow, QWidget

from benchmarks.first_paint import max_rss_kib, rss_kib

FD_VARIABLE = "QUADRANT_PROBE_FD"
VIEWS_VARIABLE = "QUADRANT_PROBE_VIEWS"
TARGET_VARIABLE = "QUADRANT_PROBE_TARGET"
HEARTBEAT_MS = 5
WATCH_MS = 2000  # stalls are watched this long after the paint; memory read this long after input
LONG_STALL_MS = 50.0  # a stall a person notices (the "long task" of web performance)
INPUT_TIMEOUT_MS = 10_000
_PAINTED = QEvent.Type(QEvent.registerEventType())


class Probe(QObject):
    def __init__(self, fd: int, views: Sequence[str], target: QPointF) -> None:
        super().__init__()
        self._fd = fd
        self._views = set(views)
        self._target = target
        self._rows = 0
        self._window: QWidget | None = None
        self._painted_at = 0.0
        self._input_hwm = 0
        self._heartbeat = QTimer(self)
        self._heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._last_beat = 0.0
        self._stall = (0.0, 0.0)  # (ms, ms after the paint when it began)
        self._quiet_ms = 0.0
        self._waiting = "paint"

    def _write(self, line: str) -> None:
        os.write(self._fd, f"{line}\n".encode())

    # -- the paint ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and self._waiting == "paint":
            self._saw_paint(watched)
        elif kind == QEvent.Type.MouseMove and self._waiting == "input" and watched.isWindowType():
            self._saw_motion(event)
        return False

    def _saw_paint(self, watched: QObject) -> None:
        if not isinstance(watched, QWidget):
            return
        if not self._views:
            if watched.isWindow():
                self._window = watched
                self._post_painted()
            return
        view = watched if isinstance(watched, QAbstractItemView) else watched.parent()
        if not isinstance(view, QAbstractItemView) or view.objectName() not in self._views:
            return
        model = view.model()
        rows = model.rowCount() if model is not None else 0
        if rows:
            self._views.discard(view.objectName())
            self._rows += rows
            if not self._views:
                self._window = view.window()
                self._post_painted()

    def _post_painted(self) -> None:
        self._waiting = "painted"
        QCoreApplication.postEvent(self, QEvent(_PAINTED), Qt.EventPriority.HighEventPriority.value)

    def event(self, event: QEvent) -> bool:
        if event.type() != _PAINTED:
            return super().event(event)
        self._painted_at = self._last_beat = time.monotonic()
        self._waiting = "input"
        self._write(f"painted {self._painted_at:.6f}")
        self._heartbeat.start()
        QTimer.singleShot(INPUT_TIMEOUT_MS, self._no_input)
        return True

    # -- the input and the loop's lateness ----------------------------------------------------

    def _saw_motion(self, event: QEvent) -> None:
        if isinstance(event, QMouseEvent) and event.globalPosition() == self._target:
            self._took_input()

    def _took_input(self) -> None:
        now = time.monotonic()
        self._input_hwm = max_rss_kib()
        self._waiting = "idle"
        self._write(f"input {now:.6f} {self._input_hwm}")
        if (app := QCoreApplication.instance()) is not None:
            app.removeEventFilter(self)  # it costs ~1.3 µs an event
        QTimer.singleShot(WATCH_MS, self._finish)

    def _beat(self) -> None:
        now = time.monotonic()
        since_paint_ms = (now - self._painted_at) * 1000
        if since_paint_ms > WATCH_MS:
            self._heartbeat.stop()
            return
        late_ms = (now - self._last_beat) * 1000 - HEARTBEAT_MS
        began_ms = (self._last_beat - self._painted_at) * 1000
        if late_ms > self._stall[0]:
            self._stall = (late_ms, began_ms)
        if late_ms > LONG_STALL_MS:
            self._quiet_ms = since_paint_ms
        self._last_beat = now

    def _no_input(self) -> None:
        if self._waiting == "input":
            print("probe: the pointer motion never reached the app", file=sys.stderr, flush=True)
            os._exit(3)

    def _finish(self) -> None:
        window = self._window
        size = (window.width(), window.height()) if window is not None else (0, 0)
        stall, stall_at = self._stall
        self._write(
            f"idle {max_rss_kib()} {rss_kib()} {stall:.1f} {stall_at:.1f} {self._quiet_ms:.1f}"
            f" {size[0]} {size[1]} {self._rows}"
        )
        os.close(self._fd)
        QApplication.closeAllWindows()  # as the user would: the app saves its layout and exits
        QCoreApplication.quit()


def install() -> None:
    """Attach a Probe, configured from the environment, to the QApplication once it exists."""
    fd = int(os.environ[FD_VARIABLE])
    views = [name for name in os.environ.get(VIEWS_VARIABLE, "").split(",") if name]
    x, y = (float(part) for part in os.environ[TARGET_VARIABLE].split(","))
    original = QApplication.__init__

    def init(app: QApplication, *args: Any, **kwargs: Any) -> None:
        original(app, *args, **kwargs)
        QApplication.__init__ = original  # type: ignore[method-assign]
        probe = Probe(fd, views, QPointF(x, y))
        probe.setParent(app)
        app.installEventFilter(probe)

    QApplication.__init__ = init  # type: ignore[method-assign]


def default_size(app: QApplication) -> tuple[int, int]:
    """The size Quadrant's window takes on first start (MainWindow._default_size)."""
    screen = app.primaryScreen().availableGeometry()
    return min(1480, screen.width() - 40), min(900, screen.height() - 40)


def bare() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(*default_size(app))
    window.show()
    return app.exec()


def run_app(data_dir: str) -> int:
    import runpy

    sys.argv = ["quadrant", "--data-dir", data_dir]
    try:
        runpy.run_module("app", run_name="__main__", alter_sys=True)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1
    return 0


def main(argv: Sequence[str]) -> int:
    if argv[:1] == ["bare"]:
        install()
        return bare()
    if argv[:1] == ["app"] and len(argv) == 2:
        install()
        return run_app(argv[1])
    print("usage: python -m benchmarks.interactive_probe bare | app DATA_DIR", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
