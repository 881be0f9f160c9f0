"""`quadrant install-desktop [--uninstall]`: add Quadrant to the current user's application
menu, with its icon, or take it out again (see app/desktop/installation.py)."""

import argparse
import sys
from pathlib import Path

from app.cli.session import EXIT_USAGE, add_subcommand, fail
from app.desktop import installation

EXAMPLES = ("quadrant install-desktop", "quadrant install-desktop --uninstall")


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = add_subcommand(
        commands,
        "install-desktop",
        "add Quadrant to your application menu, with its icon (for you alone)",
        EXAMPLES,
    )
    parser.add_argument(
        "--uninstall", action="store_true", help="take Quadrant out of the menu again"
    )
    parser.set_defaults(run=_run, takes_backup=False)  # touches no data


def _run(args: argparse.Namespace, data_dir: Path) -> int:
    if sys.platform in ("win32", "darwin"):
        return fail("install-desktop is for Linux and other freedesktop.org desktops", EXIT_USAGE)
    home = installation.data_home()
    if args.uninstall:
        removed = installation.uninstall(home)
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print(f"Quadrant was not installed in {home}")
        return 0
    for path in installation.install(home, installation.this_program()):
        print(f"installed {path}")
    return 0
