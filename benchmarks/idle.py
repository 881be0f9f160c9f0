"""Idle wake-ups: how often the event loop wakes for a timer while nobody uses the window,
beside a bare PySide6 window with a focused text field, in the same run.

Each window is shown, a few words are typed into its text field (Quadrant's quick-add field),
and once it has idled as long as the cursor blinks after a key (Quadrant's window is set up as
`run_gui` sets it up: signals wake it through a socket; the cursor stops blinking ten seconds
after the last key), every timer event the application delivers is counted for `--seconds`.
Printed: wake-ups a second, and the timers by what they belong to.

    .venv/bin/python -m benchmarks.idle [--seconds 10]

Figures only: nothing here passes or fails on time.
"""

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

from app.ui.quiet import BLINK_SECONDS
from benchmarks.report import machine_line

SAME_WAKE_S = 0.02  # timer events this close together were handled in one wake-up


class TimerEvents(QObject):
    """Counts the timer events the event loop delivers, by what the timer belongs to, and the
    wake-ups they came in (timers due together are handled in one)."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[str] = Counter()
        self.wakes = 0
        self._last = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            now = time.monotonic()
            self.wakes += now - self._last > SAME_WAKE_S
            self._last = now
            owner = watched.parent() or watched
            name = f"{owner.metaObject().className()}/{watched.metaObject().className()}"
            self.counts[f"{name} #{event.timerId()}"] += 1  # type: ignore[attr-defined]
        return False


def wait(app: QApplication, seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()
    app.processEvents()


def idle_counts(app: QApplication, field: QLineEdit, seconds: float) -> TimerEvents:
    field.setFocus()
    QTest.keyClicks(field, "half a thought")
    wait(app, BLINK_SECONDS + 1)
    events = TimerEvents()
    app.installEventFilter(events)
    wait(app, seconds)
    app.removeEventFilter(events)
    return events


def show(name: str, events: TimerEvents, seconds: float) -> None:
    wakes = events.wakes - 1  # the benchmark's own timer that ends the wait
    print(f"  {name:<34} {wakes / seconds:5.2f} wake-ups/s")
    for timer, times in events.counts.most_common(5):
        print(f"      {times:4d}  {timer}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.idle", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--seconds", type=float, default=10, help="how long to count (10)")
    args = parser.parse_args(argv)
    from app.ui.application import create_app, open_window
    from app.ui.quiet import BlinkTimeout, SignalWake

    app = create_app()
    print("Quadrant idle wake-ups benchmark")
    print(machine_line(app.platformName()))
    print(f"\nTimer wake-ups while idle, counted over {args.seconds:g} s")
    bare = QMainWindow()
    bare.setCentralWidget(QLineEdit())
    bare.resize(1280, 800)
    bare.show()
    bare.activateWindow()
    field = bare.centralWidget()
    assert isinstance(field, QLineEdit)
    counts = idle_counts(app, field, args.seconds)
    show("bare PySide6 window, text field", counts, args.seconds)
    bare.close()

    with tempfile.TemporaryDirectory(prefix="quadrant-idle-") as folder:
        window = open_window(Path(folder), lambda t, text: print(f"{t}: {text}", file=sys.stderr))
        if window is None:
            raise SystemExit("the window could not be opened")
        signals, blinking = SignalWake(window.close, window), BlinkTimeout(parent=window)
        window.resize(1280, 800)
        window.show()
        window.activateWindow()
        counts = idle_counts(app, window.quick_add, args.seconds)
        show("Quadrant window, quick-add field", counts, args.seconds)
        signals.stop()
        blinking.stop()
        window.board.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
