"""`quadrant done`, `reopen`, `move`, `edit` and `delete`: what the window does to tasks, from a
terminal. An open window shows each change within the file-watch interval.

An id that names no task is a mistake (exit 2) and nothing is changed, even when other ids given
with it exist.
"""

import argparse
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.arguments import missing, parse_id, parse_ids
from app.cli.preferences import urgency_horizon
from app.cli.session import add_subcommand, open_services
from app.cli.tasks import print_json, suggestions
from app.model.change import Change
from app.model.parsing import (
    parse_date,
    parse_delegate,
    parse_estimate,
    parse_notes,
    parse_tags,
    parse_title,
)
from app.model.quadrant import Quadrant
from app.model.task import Task, TaskEdit
from app.model.urgency import Suggestion

if TYPE_CHECKING:
    from app.model.services import Services

Operation = Callable[["Services", list[int]], Change]

EXAMPLES = {
    "done": ("quadrant done 12 14   # also: reopen, delete; each takes several ids",),
    "reopen": ("quadrant reopen 12",),
    "move": ("quadrant move 12 14 --to do", "quadrant move 12 --to defer --before 3"),
    "edit": (
        "quadrant edit 12 --due fri --estimate 90m --tag q2   # only what you give changes",
        "quadrant edit 12 --delegate Priya --follow-up +3d --tag hiring --tag q2",
        'quadrant edit 12 --due ""   # an empty value clears the field',
    ),
    "delete": ("quadrant delete 12 14", "quadrant delete 12 --json"),
}


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add the task-changing subcommands to the `quadrant` command line."""
    for name, summary in (
        ("done", "mark tasks done"),
        ("reopen", "mark done tasks open again"),
        ("delete", "delete tasks (their blocks stay, unlinked)"),
    ):
        parser = add_subcommand(commands, name, summary, EXAMPLES[name])
        _ids_and_json(parser)
        parser.set_defaults(run=_RUNS[name])

    move = add_subcommand(commands, "move", "send tasks to a lane", EXAMPLES["move"])
    _ids_and_json(move)
    move.add_argument("--to", required=True, metavar="QUADRANT", help="inbox, do, defer, … or 0-4")
    move.add_argument("--before", metavar="ID", help="place them before this task of that lane")
    move.set_defaults(run=_move)

    edit = add_subcommand(commands, "edit", "change a task's fields", EXAMPLES["edit"])
    edit.add_argument("id", metavar="ID", help="the task's number, as `quadrant list` shows it")
    edit.add_argument("--title", metavar="TITLE")
    edit.add_argument("--notes", metavar="TEXT")
    edit.add_argument("--due", metavar="DATE", help="YYYY-MM-DD, today, fri, +3d; empty clears")
    edit.add_argument("--estimate", metavar="TIME", help="45m, 2h, 1h30m; empty clears")
    edit.add_argument("--delegate", metavar="NAME", help="who it is delegated to; empty clears")
    edit.add_argument("--follow-up", metavar="DATE", help="when to follow up; empty clears")
    tags = edit.add_mutually_exclusive_group()
    tags.add_argument("--tag", action="append", metavar="T", help="the tags (repeatable)")
    tags.add_argument("--no-tags", action="store_true", help="remove every tag")
    edit.add_argument("--json", action="store_true", help="print the task as JSON")
    edit.set_defaults(run=_edit)


def _ids_and_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ids", nargs="+", metavar="ID", help="task numbers, as `list` shows")
    parser.add_argument("--json", action="store_true", help="print the changed tasks as JSON")


# -- commands ---------------------------------------------------------------------------------


def _change(args: argparse.Namespace, data_dir: Path, operation: Operation, did: str) -> int:
    ids = parse_ids(args.ids)
    with open_services(data_dir) as services:
        found = services.tasks.get(ids)
        if len(found) != len(ids):
            raise missing(ids, found)
        change = operation(services, ids)
        now = services.tasks.get(ids)
        tasks = [now.get(i) or found[i] for i in ids]
        suggested = _suggested(args, data_dir, services, tasks)
    _report(args, tasks, change, did, suggested)
    return 0


def _done(args: argparse.Namespace, data_dir: Path) -> int:
    return _change(args, data_dir, lambda s, ids: s.tasks.set_done(ids, True), "Done")


def _reopen(args: argparse.Namespace, data_dir: Path) -> int:
    return _change(args, data_dir, lambda s, ids: s.tasks.set_done(ids, False), "Reopened")


def _delete(args: argparse.Namespace, data_dir: Path) -> int:
    return _change(args, data_dir, lambda s, ids: s.tasks.delete(ids), "Deleted")


def _move(args: argparse.Namespace, data_dir: Path) -> int:
    quadrant = Quadrant.parse(args.to)
    before = parse_id(args.before) if args.before is not None else None
    did = f"Moved to {quadrant.label}"
    return _change(args, data_dir, lambda s, ids: s.tasks.move(ids, quadrant, before), did)


def _edit(args: argparse.Namespace, data_dir: Path) -> int:
    task_id = parse_id(args.id)
    with open_services(data_dir) as services:
        found = services.tasks.get([task_id])
        if not found:
            raise missing([task_id], found)
        edit = _edited(found[task_id], args)  # every input is checked before anything changes
        change = services.tasks.edit(task_id, edit)
        task = services.tasks.get([task_id]).get(task_id, found[task_id])
        suggested = _suggested(args, data_dir, services, [task])
    _report(args, [task], change, "Edited", suggested)
    return 0


def _edited(task: Task, args: argparse.Namespace) -> TaskEdit:
    """The task's fields with the options given applied; an empty value clears a field."""
    today = date.today()
    tags = task.tags
    if args.no_tags:
        tags = ()
    elif args.tag is not None:
        tags = parse_tags(args.tag)
    return TaskEdit(
        title=task.title if args.title is None else parse_title(args.title),
        notes=task.notes if args.notes is None else parse_notes(args.notes),
        due=task.due if args.due is None else parse_date(args.due, today),
        estimate=task.estimate if args.estimate is None else parse_estimate(args.estimate),
        delegate=task.delegate if args.delegate is None else parse_delegate(args.delegate),
        follow_up=task.follow_up if args.follow_up is None else parse_date(args.follow_up, today),
        tags=tags,
    )


def _suggested(
    args: argparse.Namespace, data_dir: Path, services: "Services", tasks: Sequence[Task]
) -> dict[int, Suggestion]:
    if not args.json:
        return {}
    return suggestions(tasks, urgency_horizon(data_dir))


def _report(
    args: argparse.Namespace,
    tasks: Sequence[Task],
    change: Change,
    did: str,
    suggested: Mapping[int, Suggestion],
) -> None:
    if args.json:
        print_json(tasks, suggested)
        return
    for task in tasks:
        unchanged = task.id not in change.after
        note = " (no change)" if unchanged else ""
        print(f"{did} #{task.id}{note}: {task.title}")


_RUNS = {"done": _done, "reopen": _reopen, "delete": _delete}
