"""The real X pointer, moved by xdotool in a separate process.

Qt has to keep handling events while the pointer moves — a drag runs inside `QDrag.exec`'s
nested event loop — so a gesture is started without waiting for it. The test waits for what the
app does (usually a change in the database), then for the gesture to end.

Every pause is generous: Qt needs to see the press before the first move, and must have entered
its drag loop before the pointer sets off for the target, even on a slow, busy machine.
"""

import subprocess

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

PAUSE = 0.3  # seconds between the stages of a gesture
STEP = 0.12  # seconds between the small moves inside a stage
TIMEOUT_MS = 10_000

# Away from the card in small steps, past QApplication.startDragDistance() (10 px by default).
_DRAG_OFF = (3, 7, 12, 18, 24)
_TRAVEL_STEPS = 5


def _xy(point: QPoint) -> list[str]:
    return [str(point.x()), str(point.y())]


class Pointer:
    def __init__(self, qtbot: QtBot) -> None:
        self._qtbot = qtbot
        self._gestures: list[subprocess.Popen[bytes]] = []

    def park_point(self) -> QPoint:
        """A spot in the screen's corner, off the window, where no hover or tooltip starts."""
        screen = QGuiApplication.primaryScreen().geometry()
        return screen.bottomRight() - QPoint(4, 4)

    # -- gestures ---------------------------------------------------------------------------------

    def click(self, point: QPoint, ctrl: bool = False) -> None:
        steps = ["mousemove", *_xy(point), "sleep", str(PAUSE)]
        if ctrl:
            steps += ["keydown", "ctrl", "sleep", str(STEP)]
        steps += ["click", "1", "sleep", str(STEP)]
        if ctrl:
            steps += ["keyup", "ctrl"]
        # Stay past the double-click interval, so the next click is not read as a double-click.
        steps += ["sleep", str(PAUSE * 2)]
        self._start(steps)

    def drag(self, start: QPoint, end: QPoint) -> None:
        """Press on `start`, drag to `end` in steps, hover there, release, then park."""
        steps: list[str] = []

        def move(point: QPoint, pause: float = STEP) -> None:
            steps.extend(["mousemove", *_xy(point), "sleep", str(pause)])

        move(start, PAUSE)
        steps += ["mousedown", "1", "sleep", str(PAUSE)]
        for offset in _DRAG_OFF:
            move(start + QPoint(offset, offset))
        steps += ["sleep", str(PAUSE)]  # Qt is in QDrag.exec by now
        origin = start + QPoint(_DRAG_OFF[-1], _DRAG_OFF[-1])
        for n in range(1, _TRAVEL_STEPS + 1):
            move(origin + (end - origin) * (n / _TRAVEL_STEPS))
        # A nudge and back, so the view under `end` gets a drag move at exactly that spot.
        move(end + QPoint(2, 0))
        move(end, PAUSE * 1.5)
        steps += ["mouseup", "1", "sleep", str(PAUSE)]
        move(self.park_point(), 0)
        self._start(steps)

    def type_text(self, text: str) -> None:
        """Type `text` with the real keyboard, then press Enter."""
        self._start(["type", "--delay", "40", text])  # `type` takes every argument after it
        self._start(["sleep", str(STEP), "key", "Return"])

    def keys(self, *combos: str) -> None:
        """Press key combinations one after another, e.g. keys("ctrl+z")."""
        steps: list[str] = []
        for combo in combos:
            steps += ["key", combo, "sleep", str(PAUSE)]
        self._start(steps)

    def park(self) -> None:
        self._start(["mousemove", *_xy(self.park_point()), "sleep", str(STEP)])

    # -- waiting and cleaning up ------------------------------------------------------------------

    def finish(self) -> None:
        """Keep Qt running until every gesture has ended; fail if xdotool did."""
        self._qtbot.waitUntil(
            lambda: all(g.poll() is not None for g in self._gestures), timeout=TIMEOUT_MS
        )
        gestures, self._gestures = self._gestures, []
        for gesture in gestures:
            _, error = gesture.communicate()
            assert gesture.returncode == 0, f"xdotool failed: {error.decode(errors='replace')}"

    def close(self) -> None:
        """End unfinished gestures and let go of anything they held down."""
        cut_short = False  # then a button or Ctrl may still be down
        for gesture in self._gestures:
            if gesture.poll() is None:
                gesture.kill()
                cut_short = True
            gesture.communicate()
        self._gestures = []
        if cut_short:
            subprocess.run(["xdotool", "keyup", "ctrl", "mouseup", "1"], check=False, timeout=10)
        subprocess.run(["xdotool", "mousemove", *_xy(self.park_point())], check=False, timeout=10)

    def _start(self, steps: list[str]) -> None:
        self.finish()  # one gesture at a time: two xdotool processes would move the pointer at once
        self._gestures.append(
            subprocess.Popen(["xdotool", *steps], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        )
