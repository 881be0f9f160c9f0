"""Start-up time and peak memory of Quadrant's window, beside a bare PySide6 window.

For each case a fresh Python process is started (`benchmarks.first_paint`) on the offscreen
platform: either a bare QWidget of 1280×800, or Quadrant's window built the way `run_gui`
builds it (create_app, open_window, show, warm_up) on a data folder. The time is taken in this
process, from just before `Popen` to the moment the child's "painted" line is read — the child
writes it right after the lanes that hold tasks have been painted. The child also reports its
peak RSS then, and again once the background warm-up has finished and it has idled 1 s.

Cases run alternately, in rotating order, after one discarded round that warms the disk cache
and the bytecode cache. Databases (10,000 open; 100,000 with 95% done; 5,000 open) are built
once with `benchmarks.fixtures`; a fourth, the 5,000 open tasks with 5,000 time blocks over the
weeks around this one (a year of planning), with `benchmarks.block_fixtures`.

    .venv/bin/python -m benchmarks.startup [--runs 7] [--dir DIR | --keep-dir]

Figures only: nothing here passes or fails on time.
"""

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks import block_fixtures, fixtures, report
from benchmarks.report import (
    add_run_options,
    check_runs,
    child_env,
    data_root,
    machine_line,
    measure,
    mib,
    ratio,
    verdict,
)

ROOT = Path(__file__).resolve().parents[1]
CHILD_TIMEOUT_SECONDS = 60.0

# What the issue asks for, printed beside the figures.
STARTUP_TARGET = 3.0  # × the bare window's time to first paint
MEMORY_TARGET = 2.0  # × the bare window's peak memory
HISTORY_TARGET = 1.10  # 100k/95%-done (or 5k-open + 5k-block) start-up ÷ 5k-open start-up


@dataclass(frozen=True)
class Case:
    label: str
    data_dir: Path | None  # None: the bare window

    def command(self) -> list[str]:
        kind = ["bare"] if self.data_dir is None else ["app", str(self.data_dir)]
        return [sys.executable, "-m", "benchmarks.first_paint", *kind]


@dataclass(frozen=True)
class Sample:
    seconds: float  # Popen → "painted" line read
    rss_painted: int  # KiB
    rss_settled: int  # KiB
    warm_up_ms: float  # warm-up still running this long after the first paint


Results = report.Results[Case, Sample]


class ChildError(RuntimeError):
    pass


def run_child(case: Case, root: Path) -> Sample:
    env = child_env(root, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            case.command(), stdout=subprocess.PIPE, stderr=errors, cwd=ROOT, env=env, text=True
        )
        watchdog = threading.Timer(CHILD_TIMEOUT_SECONDS, child.kill)
        watchdog.start()
        try:
            assert child.stdout is not None
            painted = child.stdout.readline()
            painted_at = time.perf_counter()
            settled = child.stdout.readline()
            code = child.wait()
        finally:
            watchdog.cancel()
        if code != 0 or not painted.startswith("painted ") or not settled.startswith("settled "):
            errors.seek(0)
            detail = errors.read().decode(errors="replace").strip()[-2000:]
            raise ChildError(f"{case.label}: exit {code}, output {painted!r} {settled!r}\n{detail}")
    _, rss_painted = painted.split()
    _, rss_settled, warm_up_ms = settled.split()
    return Sample(painted_at - started, int(rss_painted), int(rss_settled), float(warm_up_ms))


def print_startup(results: Sequence[Results], runs: int) -> None:
    bare = results[0]
    base = bare.median("seconds")
    print(f"\nStart-up: process start → first paint (parent clock; {runs} runs each)")
    print(f"  {'case':<26} {'median':>9} {'min':>9}   × bare median")
    for result in results:
        median, minimum = result.median("seconds"), result.minimum("seconds")
        line = f"  {result.case.label:<26} {median * 1000:6.1f} ms {minimum * 1000:6.1f} ms"
        if result is not bare:
            line += f"   {ratio(median, base)}  {verdict(median / base, STARTUP_TARGET)}"
        print(line)


def print_memory(results: Sequence[Results]) -> None:
    bare = results[0]
    print("\nPeak memory (peak RSS of the child, VmHWM; median; × is against the bare window then)")
    print(f"  {'case':<26} {'at first paint':<18} {'after warm-up + 1 s idle'}")
    for result in results:
        cells = []
        for name in ("rss_painted", "rss_settled"):
            value = result.median(name)
            times = "" if result is bare else ratio(value, bare.median(name))
            cells.append(f"{mib(value)} {times:<7}")
        line = f"  {result.case.label:<26} {cells[0]} {cells[1]}"
        if result is not bare:
            factor = result.median("rss_settled") / bare.median("rss_settled")
            line += f" {verdict(factor, MEMORY_TARGET)}"
        print(line.rstrip())
    print("\nBackground warm-up still running after the first paint (median)")
    for result in results[1:]:
        print(f"  {result.case.label:<26} {result.median('warm_up_ms'):6.1f} ms")


def print_history(
    history: Results, baseline: Results, bare: Results, title: str = "History"
) -> None:
    print(f"\n{title}: {history.case.label} against {baseline.case.label} (medians)")
    seconds, base = history.median("seconds"), baseline.median("seconds")
    within = "within" if seconds / base <= HISTORY_TARGET else "OVER"
    print(
        f"  start-up   {seconds * 1000:6.1f} ms vs {base * 1000:6.1f} ms   {ratio(seconds, base)}"
        f"  target ≤ {HISTORY_TARGET:.2f}× ({within})"
        f"   [bare window: {bare.median('seconds') * 1000:.1f} ms]"
    )
    for name, moment in (("rss_painted", "at first paint"), ("rss_settled", "settled")):
        value, base = history.median(name), baseline.median(name)
        print(
            f"  memory {mib(value)} vs {mib(base)}   {ratio(value, base)}  {moment}"
            f"   [bare window: {mib(bare.median(name)).strip()}]"
        )


def print_header(runs: int, root: Path) -> None:
    print("Quadrant start-up benchmark")
    print(machine_line())
    print(f"  data folders in {root}; {runs} runs per case after one warm-up round")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.startup", description=__doc__.split("\n")[0]
    )
    add_run_options(parser)
    args = parser.parse_args(argv)
    check_runs(parser, args)
    with data_root(args.dir, args.keep_dir) as root:
        specs = (fixtures.OPEN_10K, fixtures.MOSTLY_DONE_100K, fixtures.OPEN_5K)
        folders = {spec: fixtures.ensure(spec, root) for spec in specs}
        blocks = block_fixtures.OPEN_5K_BLOCKS_5K
        blocks_folder = block_fixtures.ensure_history(blocks, root)
        cases = [Case("bare PySide6 window", None)]
        cases += [Case(spec.label, folders[spec]) for spec in specs]
        cases.append(Case(blocks.label, blocks_folder))
        print_header(args.runs, root)
        results = measure(cases, args.runs, lambda case: run_child(case, root))
        bare, _, history, baseline, with_blocks = results
        print_startup(results, args.runs)
        print_memory(results)
        print_history(history, baseline, bare)
        print_history(with_blocks, baseline, bare, "Time blocks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
