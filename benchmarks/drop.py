"""Drop latency: one task dragged to another lane (or place), until the lanes are repainted.

A drop goes through the model's drag-and-drop API, as a real drop on a lane does: the source
lane's `mimeData([index])` (made when the drag starts, so outside the clock), then the target
lane's `dropMimeData(data, MoveAction, row, 0, QModelIndex())` — for Quadrant that is the
service write (one transaction) and the lane models' updates — then the two lanes' pending item
layouts are run and their viewports repainted synchronously. That is the figure ("drop →
repainted"); a second one goes on until the event loop has handled everything the drop posted
("→ idle"; the window's own timers, such as its poll of the data file, may fire in there).

The baseline is a bare PySide6 window of five QListViews over QStringListModels holding as
many rows as Quadrant's lanes, where a drop is Qt's own dropMimeData plus removing the source
row (what a view does after a move). It runs first, in the same process, before Quadrant's
theme is applied, so it stays bare. Both get the same seeded plan of moves: every source and
target lane (the same lane too), from and to the top, middle and end.

Quadrant's side is the window from `open_window` on a fresh 10,000-open-task database, shown,
with the write service opened and the background warm-up finished before the clock runs.

    .venv/bin/python -m benchmarks.drop [--drops 200] [--keep-dir] [--profile]

Figures only: nothing here passes or fails on time.
"""

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHBoxLayout, QListView, QWidget

from app.model.quadrant import Quadrant
from benchmarks import fixtures
from benchmarks.first_paint import WARM_UP_THREAD
from benchmarks.report import data_root, machine_line

TARGET_MS = 16.0  # median drop, from the issue
PLACES = ("top", "middle", "end")
LANES = len(Quadrant)
WARM_UP_DROPS = 10


@dataclass(frozen=True)
class Move:
    source: int  # lane number, in the order of `Quadrant`
    source_place: str  # which card is dragged
    target: int
    target_place: str  # where it is dropped

    @property
    def lanes(self) -> set[int]:
        return {self.source, self.target}


def plan(count: int, seed: int = 7) -> list[Move]:
    """`count` moves cycling through every kind of move in a seeded order.

    Moves that would leave the card where it is (same lane, same place) are left out.
    """
    kinds = [
        Move(source, source_place, target, target_place)
        for source in range(LANES)
        for target in range(LANES)
        for source_place in PLACES
        for target_place in PLACES
        if source != target or source_place != target_place
    ]
    random.Random(seed).shuffle(kinds)
    return [kinds[i % len(kinds)] for i in range(count)]


def _source_row(place: str, count: int) -> int:
    return {"top": 0, "middle": count // 2, "end": count - 1}[place]


def _target_row(place: str, count: int) -> int:
    return {"top": 0, "middle": count // 2, "end": count}[place]


@dataclass(frozen=True)
class Prepared:
    """A drag under way: its payload and where it will be dropped."""

    move: Move
    data: QMimeData
    row: int  # the source row
    target_row: int
    what: object  # identifies the dragged card, to check it landed


class Lanes(ABC):
    """Five list views and how a card is dropped between them."""

    views: list[QAbstractItemView]

    @abstractmethod
    def prepare(self, move: Move) -> Prepared: ...

    @abstractmethod
    def drop(self, drag: Prepared) -> None: ...

    @abstractmethod
    def landed(self, drag: Prepared) -> bool: ...

    def sizes(self) -> list[int]:
        return [view.model().rowCount() for view in self.views]


class BareLanes(Lanes):
    """A bare PySide6 window: five QListViews over QStringListModels."""

    def __init__(self, sizes: Sequence[int]) -> None:
        self.window = QWidget()
        self.window.resize(1280, 800)
        layout = QHBoxLayout(self.window)
        titles = fixtures.sample_titles(sum(sizes))
        self.models: list[QStringListModel] = []
        self.views = []
        start = 0
        for size in sizes:
            model = QStringListModel(titles[start : start + size])
            start += size
            view = QListView()
            view.setUniformItemSizes(True)  # as Quadrant's lanes, so the layouts compare
            view.setModel(model)
            layout.addWidget(view)
            self.models.append(model)
            self.views.append(view)
        self.window.show()

    def prepare(self, move: Move) -> Prepared:
        source = self.models[move.source]
        row = _source_row(move.source_place, source.rowCount())
        target_row = _target_row(move.target_place, self.models[move.target].rowCount())
        data = source.mimeData([source.index(row)])
        return Prepared(move, data, row, target_row, source.stringList()[row])

    def drop(self, drag: Prepared) -> None:
        source, target = self.models[drag.move.source], self.models[drag.move.target]
        target.dropMimeData(drag.data, Qt.DropAction.MoveAction, drag.target_row, 0, QModelIndex())
        row = drag.row + 1 if source is target and drag.target_row <= drag.row else drag.row
        source.removeRows(row, 1)

    def landed(self, drag: Prepared) -> bool:
        row = drag.target_row
        if drag.move.source == drag.move.target and drag.row < drag.target_row:
            row -= 1
        return self.models[drag.move.target].stringList()[row] == drag.what


class QuadrantLanes(Lanes):
    """Quadrant's window, as `run_gui` builds it, with the write service open."""

    def __init__(self, data_dir: Path) -> None:
        from app.ui.application import create_app, open_window, warm_up

        create_app()
        window = open_window(
            data_dir, lambda title, text: print(f"{title}: {text}", file=sys.stderr)
        )
        if window is None:
            raise SystemExit("the window could not be opened")
        self.window = window
        window.resize(1280, 800)
        window.show()
        warm_up()
        window.matrix.complete()  # whole lanes now, not only the first paint's cards
        self.failures: list[str] = []
        window.board.failed.connect(self.failures.append)
        lane_views = [window.matrix.views[quadrant] for quadrant in Quadrant]
        self.views = list(lane_views)
        self.models = [view.lane() for view in lane_views]
        window.board.services  # noqa: B018 - opened now, not by the first timed drop
        for thread in threading.enumerate():
            if thread.name == WARM_UP_THREAD:
                thread.join()

    def prepare(self, move: Move) -> Prepared:
        source = self.models[move.source]
        row = _source_row(move.source_place, source.rowCount())
        target_row = _target_row(move.target_place, self.models[move.target].rowCount())
        data = source.mimeData([source.index(row)])
        return Prepared(move, data, row, target_row, source.task_at(row).id)

    def drop(self, drag: Prepared) -> None:
        target = self.models[drag.move.target]
        target.dropMimeData(drag.data, Qt.DropAction.MoveAction, drag.target_row, 0, QModelIndex())

    def landed(self, drag: Prepared) -> bool:
        assert isinstance(drag.what, int)
        return self.models[drag.move.target].row_of(drag.what) is not None


@dataclass(frozen=True)
class Timing:
    move: Move
    painted_ms: float  # drop → both lanes repainted
    idle_ms: float  # drop → posted events handled too
    landed: bool


def settle() -> None:
    """Let the event loop handle what is pending, so one drop's leftovers do not bill the next."""
    for _ in range(3):
        QApplication.processEvents()


def timed_drop(lanes: Lanes, move: Move) -> Timing:
    drag = lanes.prepare(move)
    settle()
    started = time.perf_counter()
    lanes.drop(drag)
    for lane in move.lanes:
        view = lanes.views[lane]
        view.executeDelayedItemsLayout()  # QListView lays items out on a zero timer otherwise
        view.viewport().repaint()
    painted = time.perf_counter()
    QApplication.processEvents()
    idle = time.perf_counter()
    return Timing(move, (painted - started) * 1000, (idle - started) * 1000, lanes.landed(drag))


def run(lanes: Lanes, moves: Sequence[Move]) -> list[Timing]:
    for move in plan(WARM_UP_DROPS, seed=99):
        timed_drop(lanes, move)
    return [timed_drop(lanes, move) for move in moves]


# -- printing ---------------------------------------------------------------------------------


def _p95(values: Sequence[float]) -> float:
    return (
        statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]
    )


def _figures(values: Sequence[float]) -> str:
    return f"{statistics.median(values):7.2f} {_p95(values):7.2f} {max(values):7.2f}"


def print_results(bare: Sequence[Timing], app: Sequence[Timing]) -> None:
    print(f"\nDrop latency in ms ({len(app)} drops each, after {WARM_UP_DROPS} warm-up drops)")
    print(f"  {'':<44} {'median':>7} {'p95':>7} {'max':>7}   median × bare")
    for name, what in (
        ("painted_ms", "drop → lanes repainted"),
        ("idle_ms", "drop → event loop idle"),
    ):
        bare_values = [getattr(t, name) for t in bare]
        app_values = [getattr(t, name) for t in app]
        ratio = statistics.median(app_values) / statistics.median(bare_values)
        print(f"  {'bare PySide6 lists: ' + what:<44} {_figures(bare_values)}")
        line = f"  {'Quadrant: ' + what:<44} {_figures(app_values)}   {ratio:6.1f}×"
        if name == "painted_ms":
            within = "within" if statistics.median(app_values) < TARGET_MS else "OVER"
            line += f"  target median < {TARGET_MS:g} ms ({within})"
        print(line)
    print("\nQuadrant, drop → lanes repainted, by kind of move (median / max ms, count)")
    groups: dict[str, list[float]] = {}
    for timing in app:
        move = timing.move
        where = "same lane" if move.source == move.target else "other lane"
        for key in (f"to the {move.target_place} of the {where}", f"from the {move.source_place}"):
            groups.setdefault(key, []).append(timing.painted_ms)
    for key, values in sorted(groups.items()):
        print(f"  {key:<44} {statistics.median(values):7.2f} {max(values):7.2f}  ({len(values)})")
    missed = sum(not t.landed for t in app) + sum(not t.landed for t in bare)
    if missed:
        print(f"\n  NOTE: {missed} drops did not land where expected; the figures include them")


def profile_drops(lanes: Lanes, moves: Sequence[Move], top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for move in moves:
        timed_drop(lanes, move)
    profiler.disable()
    print(f"\nProfile of {len(moves)} more Quadrant drops (by own time)")
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.drop", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--drops", type=int, default=200, help="timed drops per side (default 200)")
    parser.add_argument("--keep-dir", action="store_true", help="keep the temporary data folder")
    parser.add_argument(
        "--profile", action="store_true", help="also profile 50 more Quadrant drops"
    )
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")
    args = parser.parse_args(argv)
    if args.drops < 1:
        parser.error("--drops must be at least 1")
    os.environ["QT_QPA_PLATFORM"] = args.platform

    with data_root(None, args.keep_dir, prefix="quadrant-drop-") as root:
        data_dir = fixtures.build(fixtures.OPEN_10K, root / fixtures.OPEN_10K.name)
        app = QApplication(sys.argv[:1])
        moves = plan(args.drops)
        print("Quadrant drop benchmark")
        print(machine_line(app.platformName()))
        sizes = fixtures.lane_sizes(data_dir)
        print(f"  {fixtures.OPEN_10K.label}; lanes hold {', '.join(map(str, sizes))}")
        bare = BareLanes(sizes)  # first: Quadrant's theme, once applied, styles every widget
        bare_timings = run(bare, moves)
        bare.window.close()
        quadrant = QuadrantLanes(data_dir)
        if quadrant.sizes() != sizes:
            print(f"  NOTE: Quadrant's lanes hold {quadrant.sizes()}")
        app_timings = run(quadrant, moves)
        print_results(bare_timings, app_timings)
        if quadrant.failures:
            failures = quadrant.failures
            print(f"  NOTE: the board reported {len(failures)} failures, first: {failures[0]}")
        if args.profile:
            profile_drops(quadrant, plan(50, seed=3), top=25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
