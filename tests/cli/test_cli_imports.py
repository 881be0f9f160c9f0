"""What each `quadrant` subcommand loads: Qt never (except `print`), SQLAlchemy only once the
data file is needed. Each case runs in a fresh interpreter so nothing is loaded beforehand."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
HEAVY = ("PySide6", "sqlalchemy", "alembic")


def loaded_after(*argv: str) -> list[str]:
    """The heavy packages loaded once `quadrant ARGV...` has run (its output is dropped)."""
    script = (
        "import contextlib, io, json, sys\n"
        "from app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main({list(argv)!r})\n"
        "packages = {name.split('.')[0] for name in sys.modules}\n"
        f"print(json.dumps([code, sorted(packages & {set(HEAVY)!r})]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "QUADRANT_DATA_DIR"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT,
        timeout=60, check=False,
    )  # fmt: skip
    assert done.stderr == ""
    code, loaded = json.loads(done.stdout)
    assert code == 0
    return list(loaded)


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["add", "--help"], ["block", "list", "--help"], ["print", "--help"]],
)
def test_help_loads_neither_qt_nor_sqlalchemy(argv: list[str]) -> None:
    assert loaded_after(*argv) == []


@pytest.mark.parametrize("argv", [["list"], ["block", "list"], ["add", "Call the bank"]])
def test_commands_on_the_data_file_load_sqlalchemy_but_not_qt(
    argv: list[str], data_dir: Path
) -> None:
    loaded = loaded_after("--data-dir", str(data_dir), *argv)
    assert "sqlalchemy" in loaded
    assert "PySide6" not in loaded


def test_capture_on_a_current_file_loads_neither_qt_nor_sqlalchemy(data_dir: Path) -> None:
    loaded_after("--data-dir", str(data_dir), "add", "The first task makes the file")
    assert loaded_after("--data-dir", str(data_dir), "add", "Call the bank") == []
    assert loaded_after("--data-dir", str(data_dir), "add", "--json", "Ask Priya") == []
