"""The child process of `benchmarks.startup`: show one window and say when it first painted.

    python -m benchmarks.first_paint bare            a QWidget, 1280×800, shown
    python -m benchmarks.first_paint app DATA_DIR    Quadrant's window, built as run_gui does

The parent sets the Qt platform. The child writes two lines to stdout:

    painted <peak RSS KiB>                     once every watched widget has been painted
    settled <peak RSS KiB> <warm-up ms>        after the background warm-up has finished
                                               (ms after the first paint) and 1 s of idling

and then quits. The parent times the first line, so only the moment of writing it matters; the
app's modules are imported inside the branch that needs them, so the bare window does not pay
for them.
"""

import resource
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

IDLE_MS = 1000
WARM_UP_THREAD = "warm-up"  # the name app.ui.application.warm_up gives its thread
POLL_MS = 10


def _status_kib(key: str) -> int | None:
    """A memory figure from /proc/self/status ("VmHWM", "VmRSS"), in KiB; None off Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(f"{key}:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def max_rss_kib() -> int:
    """Peak resident set size of this process so far, in KiB.

    On Linux this is VmHWM: `ru_maxrss` would do, except that it survives exec, so a child of
    a big parent starts with the parent's peak (the benchmark parent holds 100k tasks' worth).
    """
    if (peak := _status_kib("VmHWM")) is not None:
        return peak
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib // 1024 if sys.platform == "darwin" else kib  # macOS reports bytes


def rss_kib() -> int:
    """Resident set size of this process now, in KiB (0 where /proc is missing)."""
    return _status_kib("VmRSS") or 0


class PaintWatch(QObject):
    """Calls `on_painted` once every one of `widgets` has had a paint event, after the paint."""

    def __init__(self, widgets: Sequence[QWidget], on_painted: Callable[[], None]) -> None:
        super().__init__()
        self._waiting = list(widgets)
        self._on_painted = on_painted
        for widget in self._waiting:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self._waiting:
            self._waiting.remove(watched)
            watched.removeEventFilter(self)
            if not self._waiting:
                # The filter runs before the widget paints; report once that paint is done.
                QTimer.singleShot(0, self._on_painted)
        return False


def _report(title: str, message: str) -> None:
    print(f"{title}: {message}", file=sys.stderr, flush=True)


def _warming_up() -> bool:
    """The app's background warm-up has yet to start, or is running (never for the bare window:
    it does not import the app)."""
    if "app.ui.application" in sys.modules and "app.model.tasks" not in sys.modules:
        return True
    return any(t.name == WARM_UP_THREAD and t.is_alive() for t in threading.enumerate())


OnPainted = Callable[[Callable[[], None]], object]  # calls its argument once, after the paint


def bare_window() -> tuple[QApplication, OnPainted, Callable[[], None]]:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1280, 800)
    watches: list[PaintWatch] = []
    return app, lambda painted: watches.append(PaintWatch([window], painted)), window.show


def app_window(data_dir: Path) -> tuple[QApplication, OnPainted, Callable[[], None]]:
    """Quadrant's window as run_gui makes it.

    As in run_gui, the background warm-up starts once the matrix has shown every task (right
    after its first paint, when long lanes are completed).
    """
    from app.ui.application import create_app, open_window, warm_up

    app = create_app()
    window = open_window(data_dir, _report)
    if window is None:
        raise SystemExit(1)
    window.resize(1280, 800)
    window.matrix.loaded.connect(warm_up)

    def show() -> None:
        window.show()

    # The matrix says when its first paint is done (all lanes paint in that one pass); a
    # PaintWatch's report would queue behind the completing of long lanes that follows it.
    return app, window.matrix.firstPainted.connect, show


def main(argv: Sequence[str]) -> int:
    if argv[:1] == ["bare"]:
        app, on_painted, show = bare_window()
    elif argv[:1] == ["app"] and len(argv) == 2:
        app, on_painted, show = app_window(Path(argv[1]))
    else:
        print("usage: python -m benchmarks.first_paint bare | app DATA_DIR", file=sys.stderr)
        return 2
    painted_at = 0.0
    warmed_at: float | None = None

    def painted() -> None:
        nonlocal painted_at
        print(f"painted {max_rss_kib()}", flush=True)
        painted_at = time.perf_counter()
        settle()

    def settle() -> None:
        nonlocal warmed_at
        if _warming_up():
            QTimer.singleShot(POLL_MS, settle)
            return
        warmed_at = time.perf_counter()
        QTimer.singleShot(IDLE_MS, finish)

    def finish() -> None:
        warm_up_ms = ((warmed_at or painted_at) - painted_at) * 1000
        print(f"settled {max_rss_kib()} {warm_up_ms:.1f}", flush=True)
        app.quit()

    on_painted(painted)
    show()
    code = app.exec()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
