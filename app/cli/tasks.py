"""`quadrant add` and `quadrant list`: capture tasks and show them lane by lane.

`task_json` is the JSON shape of a task, the one place that says which fields `--json` prints.
"""

import argparse
import json
import re
import sys
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

from app.cli.session import TITLE_COLUMN, add_subcommand, open_data_file, open_services
from app.model.capture import add_tasks
from app.model.errors import InvalidInput
from app.model.parsing import (
    format_estimate,
    lines,
    parse_date,
    parse_delegate,
    parse_estimate,
    parse_notes,
    parse_tags,
    parse_title,
)
from app.model.quadrant import Quadrant
from app.model.task import Task, TaskDraft

ADD_EXAMPLES = (
    'quadrant add "Prepare the Q1 headcount plan" --quadrant do --due fri --estimate 2h'
    " --tag planning",
    'quadrant add "Collect interview feedback" --quadrant delegate --delegate Priya'
    " --follow-up +2d",
    r"printf 'Book the offsite\nRead the deploy-freeze RFC\n' | quadrant add -"
    "   # one task per line",
)
LIST_EXAMPLES = (
    "quadrant list   # open tasks, lane by lane",
    "quadrant list --quadrant do --json",
)


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `add` and `list` to the `quadrant` command line."""
    add = add_subcommand(commands, "add", "capture a task", ADD_EXAMPLES)
    add.add_argument("title", metavar="TITLE", help="the title; - reads one per line from stdin")
    add.add_argument("--quadrant", default="inbox", help="inbox (default), do, defer, ... or 0-4")
    add.add_argument("--due", metavar="DATE", help="YYYY-MM-DD, today, tomorrow, a weekday, +3d")
    add.add_argument("--estimate", metavar="TIME", help="how long it takes: 45m, 2h, 1h30m")
    add.add_argument("--delegate", metavar="NAME", help="the person it is delegated to")
    add.add_argument("--follow-up", metavar="DATE", help="when to check on the delegate")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    add.add_argument("--notes", metavar="TEXT", default="", help="free text")
    add.add_argument("--json", action="store_true", help="print the created tasks as JSON")
    add.set_defaults(run=_add)

    show = add_subcommand(commands, "list", "show tasks in lane order", LIST_EXAMPLES)
    show.add_argument("--quadrant", help="only this lane")
    show.add_argument("--all", action="store_true", help="include done tasks")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(run=_list)


# -- commands ---------------------------------------------------------------------------------


def _add(args: argparse.Namespace, data_dir: Path) -> int:
    template = _draft_options(args)  # every input is checked before the data file is touched
    bulk = args.title == "-"
    titles = _read_titles(sys.stdin.read()) if bulk else [parse_title(args.title)]
    drafts = [_with_title(template, title) for title in titles]
    created = add_tasks(open_data_file(data_dir).path, drafts)
    if args.json:
        _print_json(created)
    elif bulk:
        count = f"{len(created)} task" + ("" if len(created) == 1 else "s")
        print(f"Added {count} to {template.quadrant.label}.")
    else:
        task = created[0]
        print(f"Added #{task.id} to {task.quadrant.label}: {task.title}")
    return 0


def _list(args: argparse.Namespace, data_dir: Path) -> int:
    quadrant = Quadrant.parse(args.quadrant) if args.quadrant is not None else None
    with open_services(data_dir) as service:
        tasks = service.tasks.lanes(include_done=args.all, quadrant=quadrant)  # in lane order
    if args.json:
        _print_json(tasks)
    elif not tasks:
        where = f" in {quadrant.label}" if quadrant else ""
        print(f"No {'' if args.all else 'open '}tasks{where}.")
    else:
        text = "\n".join(_text_lines(tasks))
        print(visible(text) if sys.stdout.isatty() else text)
    return 0


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """`text` with control characters shown as escapes (\\x1b), so a title cannot move the
    cursor, change colours or retitle the terminal it is printed on."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match[0]):02x}", text)


# -- input ------------------------------------------------------------------------------------


def _draft_options(args: argparse.Namespace) -> TaskDraft:
    """Everything `add` was given except the title, parsed; the title is filled in later."""
    today = date.today()
    return TaskDraft(
        title="",
        quadrant=Quadrant.parse(args.quadrant),
        notes=parse_notes(args.notes),
        due=parse_date(args.due or "", today),
        estimate=parse_estimate(args.estimate or ""),
        delegate=parse_delegate(args.delegate or ""),
        follow_up=parse_date(args.follow_up or "", today),
        tags=parse_tags(args.tag),
    )


def _with_title(template: TaskDraft, title: str) -> TaskDraft:
    return TaskDraft(
        title=title,
        quadrant=template.quadrant,
        notes=template.notes,
        due=template.due,
        estimate=template.estimate,
        delegate=template.delegate,
        follow_up=template.follow_up,
        tags=template.tags,
    )


def _read_titles(text: str) -> list[str]:
    """One title per non-blank line; the first bad line stops everything and is named."""
    titles = []
    for number, line in enumerate(lines(text), start=1):
        if not line.strip():
            continue
        try:
            titles.append(parse_title(line))
        except InvalidInput as error:
            raise InvalidInput(f"line {number}: {error}") from error
    if not titles:
        raise InvalidInput("no titles on standard input; give one title per line")
    return titles


# -- output -----------------------------------------------------------------------------------


def _instant(value: datetime | None) -> str | None:
    return value.astimezone().isoformat() if value else None  # local time, with its offset


def task_json(task: Task) -> dict[str, object]:
    """The JSON object for a task, as `add --json` and `list --json` print it."""
    return {
        "id": task.id,
        "uid": task.uid,
        "title": task.title,
        "quadrant": task.quadrant.value,
        "position": task.position,
        "status": task.status.value,
        "due": task.due.isoformat() if task.due else None,
        "estimate_minutes": task.estimate,
        "delegate": task.delegate,
        "follow_up": task.follow_up.isoformat() if task.follow_up else None,
        "tags": list(task.tags),
        "notes": task.notes,
        "created": _instant(task.created),
        "updated": _instant(task.updated),
        "completed": _instant(task.completed),
    }


def _print_json(tasks: Sequence[Task]) -> None:
    print(json.dumps([task_json(task) for task in tasks], indent=2, ensure_ascii=False))


def _details(task: Task) -> list[str]:
    details = []
    if task.due:
        details.append(f"due {task.due.isoformat()}")
    if task.estimate:
        details.append(format_estimate(task.estimate))
    if task.delegate:
        details.append(f"delegated to {task.delegate}")
    if task.follow_up:
        details.append(f"follow up {task.follow_up.isoformat()}")
    if task.tags:
        details.append(" ".join(f"#{tag}" for tag in task.tags))
    if not task.is_open:
        details.append(f"[{task.status.value}]")
    return details


def _text_lines(tasks: Sequence[Task]) -> Iterator[str]:
    """A header per non-empty lane, then one aligned line per task (tasks in lane order)."""
    id_width = max(len(f"#{task.id}") for task in tasks)
    title_width = min(max(len(task.title) for task in tasks), TITLE_COLUMN)
    lane: Quadrant | None = None
    for task in tasks:
        if task.quadrant is not lane:
            if lane is not None:
                yield ""
            lane = task.quadrant
            count = sum(1 for other in tasks if other.quadrant is lane)
            yield f"{lane.label} ({count})"
        details = " · ".join(_details(task))
        line = f"  {f'#{task.id}':>{id_width}}  {task.title:<{title_width}}  {details}"
        yield line.rstrip()
