"""The `quadrant` command: opens the window, or captures and lists tasks from a terminal.

With no subcommand it hands the data folder to the Qt application. The subcommands never
import Qt, and import SQLAlchemy only once they need the data file, so the window path stays
quick to start. `print` alone loads Qt (QtGui, no widgets) to draw the PDF.

This module assembles the parser and runs the chosen subcommand; each group of subcommands
lives in its own module (`tasks`, `changes`, `blocks`, `block_changes`, `printing`,
`calendar_files`, `review`, `waiting`, `backup`, `sync`, `desktop`, `completion`), and `session`
holds what they share.

A command that succeeded takes today's daily backup (cheap once it exists; see `rotation`).

Exit codes: 0 done, 1 the data file could not be used, 2 the command was typed wrong. Every
error is one line on stderr, never a traceback.
"""

import argparse
import os
import sys
from collections.abc import Sequence

from app import __version__
from app.cli import (
    backup,
    block_changes,
    blocks,
    calendar_files,
    changes,
    completion,
    desktop,
    printing,
    review,
    sync,
    tasks,
    waiting,
)
from app.cli.session import EXIT_STORAGE, EXIT_USAGE, PROG, Command, fail, take_todays_backup
from app.model.database import resolve_data_dir
from app.model.errors import InvalidInput, StorageError


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: sys.argv[1:]) and return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and argparse's own usage errors
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    if args.data_dir is not None and not args.data_dir.strip():
        return fail("--data-dir needs a folder; it was given an empty name", EXIT_USAGE)
    data_dir = resolve_data_dir(args.data_dir)
    command: Command | None = args.run
    if command is None:
        if not _has_display():
            return fail(
                "no desktop to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
                "from a terminal, use `quadrant add` and `quadrant list`",
                EXIT_STORAGE,
            )
        from app.ui.application import run_gui  # only here: subcommands must not load Qt

        return run_gui(data_dir, debug=args.debug)
    try:
        code = command(args, data_dir)
    except InvalidInput as error:
        return fail(str(error), EXIT_USAGE)
    except (StorageError, OSError) as error:
        return fail(str(error), EXIT_STORAGE)
    if code == 0 and args.takes_backup:
        take_todays_backup(data_dir)
    return code


def _has_display() -> bool:
    """False where Qt could only abort: Linux and the like with no X or Wayland session."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def build_parser() -> argparse.ArgumentParser:
    """The whole `quadrant` command line: global options, then each group's subcommands."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Triage tasks into the Eisenhower matrix. With no command, open the window.",
        allow_abbrev=False,
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the data file lives (default: $QUADRANT_DATA_DIR, else your user data folder)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="the window logs in detail, task titles included (also: QUADRANT_DEBUG=1)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.set_defaults(run=None, takes_backup=True)  # today's daily backup, after a command
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    tasks.add_parsers(commands)
    changes.add_parsers(commands)
    block_changes.add_parsers(blocks.add_parser(commands))
    printing.add_parser(commands)
    calendar_files.add_parser(commands)
    review.add_parsers(commands)
    waiting.add_parsers(commands)
    backup.add_parser(commands)
    desktop.add_parser(commands)
    sync.add_parser(commands)
    completion.add_parser(commands, parser)
    return parser
