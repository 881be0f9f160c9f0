"""What every benchmark prints and takes alike: the machine line, and the options for how many
runs and where the data folders go."""

import argparse
import os
import platform
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
