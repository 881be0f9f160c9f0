"""LaneFilling: brings in the rest of long lanes after the first paint, a slice at a time, so
the window takes input while thousands of cards arrive.

Each turn of the event loop reads at most SLICE tasks — those that sort after a filling lane's
last card, from the file as it is then — and appends them to the lane. Edits in between need no
care here: a lane that is still filling holds exactly the file's tasks up to its last card
(`LaneModel.apply` leaves later ones to the reads), so the next slice starts where it should.
Only the open counts in the headers, which the lanes cannot know yet, are read again after an
edit.

Signals:
    finished(): every lane is whole, or a read failed, or filling was stopped after it began.
    problem(str): the rest of the lanes could not be read.
"""

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from app.model.errors import StorageError
from app.model.quadrant import Quadrant
from app.model.task import Task
from app.ui.matrix.lane_model import LaneModel
from app.ui.translation import in_words, translate

# Tasks read and shown in one turn of the event loop: about 3 ms of reading, converting and
# inserting rows on the 2-CPU test machine (500 took 8–18 ms), so input waits no longer.
SLICE = 250


class LaneSource(Protocol):
    """Where the lanes are read from, a slice at a time."""

    def read_after(
        self, quadrant: Quadrant, after: tuple[int, int] | None, include_done: bool, limit: int
    ) -> list[Task]:
        """The lane's tasks that sort after `after` (None: from the first), in lane order; at
        most `limit`."""
        ...

    def open_counts(self) -> Mapping[Quadrant, int]:
        """How many open tasks each lane holds now."""
        ...


class LaneFilling(QObject):
    finished = Signal()
    problem = Signal(str)

    def __init__(
        self,
        source: LaneSource,
        lanes: Sequence[LaneModel],
        open_counts: Mapping[Quadrant, int],
        parent: QObject | None = None,
    ) -> None:
        """Mark `lanes` as filling, their headers counting `open_counts` till they are whole;
        `start` brings the rest in."""
        super().__init__(parent)
        self._source = source
        self._lanes = list(lanes)  # those still filling, in the order they are filled
        self._recount = False
        self._started = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # the next slice once the events waiting now are handled
        self._timer.timeout.connect(self._step)
        for lane in self._lanes:
            lane.begin_filling(open_counts.get(lane.quadrant, 0))

    def start(self) -> None:
        self._started = True
        self._timer.start()  # the lanes, or an empty step that says they are whole

    def stop(self) -> None:
        """Stop filling (the lanes were read whole some other way)."""
        self._timer.stop()
        self._lanes.clear()
        if self._started:
            self._started = False
            self.finished.emit()

    def finish(self) -> None:
        """Read the rest now, in one go (`finished` follows if filling began, else at `start`)."""
        self._timer.stop()
        while self._lanes:
            self._read_slice()
        self._end()

    def recount(self) -> None:
        """Tasks changed: the counts of lanes still filling are read again with the next slice."""
        self._recount = bool(self._lanes)

    def _step(self) -> None:
        self._read_slice()
        if self._lanes:
            self._timer.start()
        else:
            self._end()

    def _end(self) -> None:
        if self._started:
            self._started = False
            self.finished.emit()

    def _read_slice(self) -> None:
        try:
            if self._recount:
                self._recount = False
                counts = self._source.open_counts()
                for lane in self._lanes:
                    lane.set_known_open(counts.get(lane.quadrant, 0))
            wanted = SLICE
            while self._lanes and wanted > 0:
                lane = self._lanes[0]
                tasks = self._source.read_after(
                    lane.quadrant, lane.last_key(), lane.show_done, wanted
                )
                whole = len(tasks) < wanted
                lane.extend(tasks, whole)
                wanted -= len(tasks)
                if whole:
                    self._lanes.pop(0)
        except (sqlite3.Error, StorageError) as error:
            for lane in self._lanes:  # count what is shown rather than a stale number
                lane.end_filling()
            self._lanes.clear()
            self.problem.emit(
                translate(
                    "Lanes",
                    "Only the first cards of long lanes are shown: the rest could not be read "
                    "({error}). Restart Quadrant to try again.",
                ).format(error=in_words(error))
            )
