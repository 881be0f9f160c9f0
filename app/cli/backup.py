"""`quadrant backup list` and `quadrant backup restore NAME`: the daily backups Quadrant keeps in
`backups/` inside the data folder, and putting one back in place of the data file.

A restore keeps the file it replaces beside it (`quadrant.sqlite3.before-restore-<time>`) and
refuses a backup that is damaged, another program's or from a newer Quadrant. `list --json`
objects carry `name`, `day` (YYYY-MM-DD), `path`, `open_tasks` (null if unreadable) and
`problem` (null, or why it cannot be restored).
"""

import argparse
import json
from pathlib import Path

from app.cli.session import add_subcommand
from app.model.restore import describe_backups, find_backup, restore
from app.model.rotation import backup_folder

LIST_EXAMPLES = ("quadrant backup list", "quadrant backup list --json")
RESTORE_EXAMPLES = (
    "quadrant backup restore 2026-03-02",
    "quadrant backup restore quadrant-2026-03-02.sqlite3",
)


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `backup list` and `backup restore` to the `quadrant` command line."""
    backup = add_subcommand(
        commands, "backup", "list or restore the daily backups", (*LIST_EXAMPLES, *RESTORE_EXAMPLES)
    )
    backup.set_defaults(takes_backup=False)  # a restore must not become today's backup
    actions = backup.add_subparsers(title="commands", metavar="COMMAND", required=True)
    listing = add_subcommand(actions, "list", "list the daily backups, newest first", LIST_EXAMPLES)
    listing.add_argument("--json", action="store_true", help="print JSON instead of text")
    listing.set_defaults(run=_list, takes_backup=False)
    putting = add_subcommand(
        actions, "restore", "put a backup in place of the data file", RESTORE_EXAMPLES
    )
    putting.add_argument("name", metavar="NAME", help="the backup's name or day (YYYY-MM-DD)")
    putting.set_defaults(run=_restore, takes_backup=False)


def _list(args: argparse.Namespace, data_dir: Path) -> int:
    found = describe_backups(data_dir)
    if args.json:
        rows = [
            {
                "name": info.name,
                "day": info.day.isoformat(),
                "path": str(info.path),
                "open_tasks": info.open_tasks,
                "problem": info.problem,
            }
            for info in found
        ]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(f"No backups yet in {backup_folder(data_dir)}.")
        return 0
    for info in found:
        what = f"{info.open_tasks} open tasks" if info.problem is None else info.problem
        print(f"{info.day.isoformat()}  {info.name}  {what}")
    return 0


def _restore(args: argparse.Namespace, data_dir: Path) -> int:
    backup = find_backup(data_dir, args.name)
    kept = restore(data_dir, backup)
    print(f"Restored {backup.name}; the file it replaced is kept at {kept}.")
    return 0
