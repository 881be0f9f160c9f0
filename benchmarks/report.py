"""What every benchmark prints and takes alike: the machine line, the options for how many
runs and where the data folders go, cases measured in alternating rounds, and how figures are
written (MiB, × a baseline, within or over a target)."""

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, Protocol, TypeVar

import PySide6


def machine_line(qpa: str = "offscreen") -> str:
    """ "Python 3.11.7 · PySide6 6.11.3 · Linux 6.1 · 2 CPUs · QPA offscreen"."""
    return (
        f"  Python {platform.python_version()} · PySide6 {PySide6.__version__} · "
        f"{platform.system()} {platform.release()} · {os.cpu_count()} CPUs · QPA {qpa}"
    )


def add_run_options(parser: argparse.ArgumentParser, runs: int = 7) -> None:
    """--runs N, and --dir DIR (build or reuse the data there) or --keep-dir."""
    parser.add_argument(
        "--runs", type=int, default=runs, help=f"measured runs per case (default {runs})"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--dir", type=Path, help="build (or reuse) the databases in this folder")
    where.add_argument("--keep-dir", action="store_true", help="keep the temporary folder")


def check_runs(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.runs < 1:
        parser.error("--runs must be at least 1")


def child_env(root: Path, **extra: str) -> dict[str, str]:
    """The environment for a measured child process: this one's, without $QUADRANT_DATA_DIR,
    and with Python's bytecode cached under `root` (as an installed app has it: pip compiles
    on install) even where $PYTHONDONTWRITEBYTECODE is set; a warm-up round fills the cache.
    """
    env = os.environ | {"PYTHONPYCACHEPREFIX": str(root / "pycache"), **extra}
    env.pop("QUADRANT_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@contextmanager
def data_root(given: Path | None, keep: bool, prefix: str = "quadrant-bench-") -> Iterator[Path]:
    """The folder the benchmark's data lives in: `given`, else a temporary one, removed at the
    end unless `keep`."""
    root = given.resolve() if given else Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield root
    finally:
        if given is None and not keep:
            shutil.rmtree(root, ignore_errors=True)
        elif keep:
            print(f"\nkept {root}")


class Labelled(Protocol):
    @property
    def label(self) -> str: ...


CaseT = TypeVar("CaseT", bound=Labelled)
SampleT = TypeVar("SampleT")


@dataclass
class Results(Generic[CaseT, SampleT]):
    """The samples of one case; figures are read by the name of a sample's field."""

    case: CaseT
    samples: list[SampleT] = field(default_factory=list)

    def values(self, name: str) -> list[float]:
        return [getattr(sample, name) for sample in self.samples]

    def median(self, name: str) -> float:
        return statistics.median(self.values(name))

    def minimum(self, name: str) -> float:
        return min(self.values(name))

    def maximum(self, name: str) -> float:
        return max(self.values(name))


def measure(
    cases: Sequence[CaseT], runs: int, run: Callable[[CaseT], SampleT]
) -> list[Results[CaseT, SampleT]]:
    """`runs` samples of each case, taken in alternating rounds in rotating order, after one
    round that warms the disk and bytecode caches and is not kept."""
    results = [Results[CaseT, SampleT](case) for case in cases]
    for round_ in range(runs + 1):
        shift = round_ % len(results)
        for result in results[shift:] + results[:shift]:
            sample = run(result.case)
            if round_:
                result.samples.append(sample)
        print(f"  round {round_}/{runs} done", file=sys.stderr, flush=True)
    return results


def mib(kib: float) -> str:
    return f"{kib / 1024:6.1f} MiB"


def ratio(value: float, base: float) -> str:
    return f"{value / base:5.2f}×"


def verdict(ratio: float, target: float) -> str:
    return f"target ≤ {target:g}× ({'within' if ratio <= target else 'OVER'})"
