"""What every `quadrant` subcommand shares: the program's name, its exit codes, the one-line
error on stderr, and opening the data folder.

Opening the data file loads SQLAlchemy, which is slow to import, so it happens inside
`open_services` and only for the commands that read or write tasks and blocks.
"""

import argparse
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.model.database import OpenedDatabase, open_database

if TYPE_CHECKING:
    from app.model.services import Services

PROG = "quadrant"
EXIT_STORAGE = 1  # the data file could not be used
EXIT_USAGE = 2  # the command was typed wrong
TITLE_COLUMN = 48  # titles are padded to this width at most, so details line up

Command = Callable[[argparse.Namespace, Path], int]
"""What a subcommand runs: given the parsed arguments and the data folder, the exit code."""


def add_subcommand(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
    name: str,
    summary: str,
    examples: Sequence[str],
) -> argparse.ArgumentParser:
    """Add the subcommand `name`; its --help ends with `examples`, typed as a person would."""
    return commands.add_parser(
        name,
        help=summary,
        description=summary[:1].upper() + summary[1:] + ".",
        epilog="examples:\n" + "\n".join(f"  {line}" for line in examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )


def fail(message: str, code: int) -> int:
    """Say what went wrong on one line of stderr and return the exit code for it."""
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)
    return code


def open_data_file(data_dir: Path) -> OpenedDatabase:
    """The data file in `data_dir`, made ready; tells the user on stderr if it had to be moved."""
    opened = open_database(data_dir)
    if opened.notice:
        print(f"{PROG}: {opened.notice}", file=sys.stderr)
    return opened


@contextmanager
def open_services(data_dir: Path) -> Iterator["Services"]:
    """The services over the data file in `data_dir`, closed when the command is done."""
    opened = open_data_file(data_dir)
    from app.model.services import Services  # SQLAlchemy is slow to import; only load it here

    service = Services.open(opened.path)
    try:
        yield service
    finally:
        service.close()


def take_todays_backup(data_dir: Path) -> None:
    """Take today's daily backup after a command that succeeded (cheap once it exists).

    The command itself succeeded, so a failure here is a warning on stderr, not an error."""
    from datetime import date

    from app.model.rotation import take_daily_backup

    try:
        take_daily_backup(data_dir, date.today())
    except (sqlite3.Error, OSError) as error:
        print(f"{PROG}: today's backup could not be written: {error}", file=sys.stderr)
