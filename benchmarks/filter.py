"""Filter keystroke: one more character typed into the filter field (Ctrl+F), until every lane
is narrowed and the window repainted.

Each keystroke sets the field's text (as typing does: `textChanged` narrows the five lanes'
cached rows and fades the week's blocks) and repaints the window synchronously. The text is
typed a character at a time and erased again, a few words over. The baseline is a bare PySide6
window of five QListViews over QStringListModels of the same sizes, repainted the same way, in
the same run, before Quadrant's theme is applied.

    .venv/bin/python -m benchmarks.filter [--rounds 5] [--keep-dir]

Figures only: nothing here passes or fails on time.
"""

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QHBoxLayout, QListView, QWidget

from benchmarks import fixtures
from benchmarks.report import data_root, machine_line

TARGET_MS = 16.0  # one frame, from the issue
TYPED = ("budget", "#ops", "review plan", "@priya", "due:week")


def keystrokes() -> list[str]:
    """The field's text after each keystroke: each word typed, then erased."""
    texts = []
    for word in TYPED:
        texts += [word[:n] for n in range(1, len(word) + 1)]
        texts += [word[:n] for n in range(len(word) - 1, -1, -1)]
    return texts


def timed(step: Callable[[str], None], texts: Sequence[str]) -> list[float]:
    times = []
    for text in texts:
        start = time.perf_counter()
        step(text)
        times.append((time.perf_counter() - start) * 1000)
    return times


def bare_window(sizes: Sequence[int]) -> QWidget:
    window = QWidget()
    layout = QHBoxLayout(window)
    for size in sizes:
        view = QListView()
        view.setModel(QStringListModel([f"task {n}" for n in range(size)], view))
        layout.addWidget(view)
    window.resize(1280, 800)
    window.show()
    return window


def summary(name: str, times: Sequence[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"  {name:<34} median {statistics.median(times):6.2f}   p95 {p95:6.2f}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.filter", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--rounds", type=int, default=5, help="times the words are typed")
    parser.add_argument("--keep-dir", action="store_true", help="keep the temporary data folder")
    parser.add_argument("--platform", default="offscreen", help="Qt platform (default offscreen)")
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    texts = keystrokes() * max(1, args.rounds)
    with data_root(None, args.keep_dir, prefix="quadrant-filter-") as root:
        data_dir = fixtures.build(fixtures.OPEN_10K, root / fixtures.OPEN_10K.name)
        app = QApplication(sys.argv[:1])
        print("Quadrant filter benchmark")
        print(machine_line(app.platformName()))
        sizes = fixtures.lane_sizes(data_dir)
        print(f"  {fixtures.OPEN_10K.label}; lanes hold {', '.join(map(str, sizes))}")
        bare = bare_window(sizes)
        app.processEvents()
        bare_times = timed(lambda _text: bare.repaint(), texts)
        bare.close()

        from app.ui.application import create_app, open_window

        create_app()
        window = open_window(
            data_dir, lambda title, text: print(f"{title}: {text}", file=sys.stderr)
        )
        if window is None:
            raise SystemExit("the window could not be opened")
        window.resize(1280, 800)
        window.show()
        window.matrix.complete()
        window.filter.start()
        app.processEvents()

        def keystroke(text: str) -> None:
            window.search.setText(text)
            window.repaint()

        timed(keystroke, texts[:20])  # warm up
        app_times = timed(keystroke, texts)
        print(f"\nKeystroke → lanes narrowed and window repainted, in ms ({len(texts)} each)")
        print(summary("bare PySide6 window repaint", bare_times))
        print(summary("Quadrant filter keystroke", app_times))
        median = statistics.median(app_times)
        print(f"  target: within one frame ({TARGET_MS:.0f} ms): "
              f"{'met' if median <= TARGET_MS else 'NOT met'} at the median")  # fmt: skip
        window.board.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
