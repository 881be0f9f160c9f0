"""`quadrant add` and `quadrant list`: capture tasks and show them lane by lane.

`task_json` is the JSON shape of a task, the one place that says which fields `--json` prints.
"""

import argparse
import json
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from app.cli.json_rows import json_object
from app.cli.preferences import urgency_horizon
from app.cli.session import TITLE_COLUMN, add_subcommand, open_data_file, open_services
from app.model.block import BlockDraft, TimeBlock
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
    without_list_mark,
)
from app.model.quadrant import Quadrant
from app.model.quick_entry import DEFAULT_BLOCK_MINUTES, Entry, read_entry
from app.model.schema import TASKS
from app.model.task import Task, TaskDraft
from app.model.task_filter import DUE_CHOICES, TaskFilter
from app.model.task_repeats import parse_task_repeat, task_repeat_in_words
from app.model.urgency import Suggestion, suggestion, today_in
from app.model.week import day_text, local_instant, local_zone, week_of

ADD_EXAMPLES = (
    'quadrant add "Prepare the Q1 headcount plan" --quadrant do --due fri --estimate 2h'
    " --tag planning",
    'quadrant add "Collect interview feedback" --quadrant delegate --delegate Priya'
    " --follow-up +2d",
    r"printf 'Book the offsite\nRead the deploy-freeze RFC\n' | quadrant add -"
    "   # one task per line",
    'quadrant add "Call Alice about the roadmap tomorrow 3pm 30m #team @alice"',
    'quadrant add "Weekly 1:1 notes" --quadrant defer --due mon --repeat weekly',
)
LIST_EXAMPLES = (
    "quadrant list   # open tasks, lane by lane",
    "quadrant list --quadrant do --json",
    "quadrant list --json --horizon 5   # suggest Do for tasks due within 5 days",
    'quadrant list --search "budget #q1 @priya due:week"'
    "   # also --tag, --person, --due today|week|overdue",
)


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `add` and `list` to the `quadrant` command line."""
    add = add_subcommand(commands, "add", "capture a task", ADD_EXAMPLES)
    add.add_argument(
        "title",
        metavar="TITLE",
        help="the title, which may say more: !do #tag @person fri 2h 3pm ^fri (see README);"
        " - reads one per line from stdin",
    )
    add.add_argument(
        "--literal", action="store_true", help="take the title word for word: read no fields"
    )
    add.add_argument(
        "--quadrant", help="inbox (default; delegate for a person), do, defer, ... or 0-4"
    )
    add.add_argument("--due", metavar="DATE", help="YYYY-MM-DD, today, tomorrow, a weekday, +3d")
    add.add_argument("--estimate", metavar="TIME", help="how long it takes: 45m, 2h, 1h30m")
    add.add_argument("--delegate", metavar="NAME", help="the person it is delegated to")
    add.add_argument("--follow-up", metavar="DATE", help="when to check on the delegate")
    add.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    add.add_argument("--notes", metavar="TEXT", default="", help="free text")
    add.add_argument(
        "--repeat",
        metavar="RULE",
        help='daily, weekdays, weekly, monthly, yearly, "3d after done", or FREQ=WEEKLY;BYDAY=MO',
    )
    add.add_argument("--json", action="store_true", help="print the created tasks as JSON")
    add.set_defaults(run=_add)

    show = add_subcommand(commands, "list", "show tasks in lane order", LIST_EXAMPLES)
    show.add_argument("--quadrant", help="only this lane")
    show.add_argument("--all", action="store_true", help="include done tasks")
    show.add_argument(
        "--search",
        metavar="TEXT",
        help='words in the title or notes; also #tag @person due:week is:done, "a phrase"',
    )
    show.add_argument("--tag", action="append", default=[], metavar="T", help="has this tag")
    show.add_argument("--person", metavar="NAME", help="delegated to this person")
    show.add_argument("--due", choices=DUE_CHOICES, help="due today, this week, or overdue")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.add_argument(
        "--horizon",
        type=int,
        metavar="DAYS",
        help="suggest Do for tasks due within DAYS (default: the window's preference, else 2)",
    )
    show.set_defaults(run=_list)


# -- commands ---------------------------------------------------------------------------------


def _add(args: argparse.Namespace, data_dir: Path) -> int:
    zone = local_zone()
    now = datetime.now(zone)
    given = _draft_options(args, now.date())  # every input is checked before the file is touched
    bulk = args.title == "-"
    texts = _read_titles(sys.stdin.read()) if bulk else [args.title]
    entries = [_entry(text, args.literal, now) for text in texts]
    drafts = [_draft(entry, given, args) for entry in entries]
    if args.repeat is not None:
        repeat = parse_task_repeat(args.repeat, now.date())
        drafts = [replace(draft, repeat=repeat) for draft in drafts]
    path = open_data_file(data_dir).path
    created = add_tasks(path, drafts)
    scheduled = _schedule(data_dir, entries, created, zone)
    if args.json:
        print_json(created, suggestions(created, urgency_horizon(data_dir)))
    elif bulk:
        count = f"{len(created)} task" + ("" if len(created) == 1 else "s")
        lanes = sorted({task.quadrant for task in created}, key=list(Quadrant).index)
        print(f"Added {count} to {', '.join(lane.label for lane in lanes)}.")
    else:
        task = created[0]
        when = f" (time blocked {scheduled[0]})" if scheduled else ""
        if task.repeat is not None:
            when += f", repeating {task_repeat_in_words(task.repeat)}"
        print(f"Added #{task.id} to {task.quadrant.label}: {task.title}{when}")
    return 0


def _entry(text: str, literal: bool, now: datetime) -> Entry:
    if literal:
        return Entry(parse_title(text))
    entry = read_entry(text, now.date(), now.hour * 60 + now.minute)
    parse_title(entry.title)  # an empty or overlong title is refused here, with its reason
    return entry


def _draft(entry: Entry, given: TaskDraft, args: argparse.Namespace) -> TaskDraft:
    """The task to create: what the options say wins over what the title says."""
    delegate = given.delegate if args.delegate is not None else entry.delegate
    if args.quadrant is not None:
        quadrant = given.quadrant
    elif entry.quadrant is not None:
        quadrant = entry.quadrant
    else:
        quadrant = Quadrant.DELEGATE if delegate else Quadrant.INBOX
    return TaskDraft(
        title=entry.title,
        quadrant=quadrant,
        notes=given.notes,
        due=given.due if args.due is not None else entry.due,
        estimate=given.estimate if args.estimate is not None else entry.estimate,
        delegate=delegate,
        follow_up=given.follow_up if args.follow_up is not None else entry.follow_up,
        tags=parse_tags([*entry.tags, *given.tags]),
    )


def _schedule(
    data_dir: Path, entries: Sequence[Entry], created: Sequence[Task], zone: tzinfo
) -> list[str]:
    """Block time for the tasks whose title named a time of day; how each reads."""
    drafts = []
    for entry, task in zip(entries, created, strict=True):
        if entry.at is None or entry.block_day is None:
            continue
        start = local_instant(entry.block_day, entry.at, zone)
        end = start + timedelta(minutes=task.estimate or DEFAULT_BLOCK_MINUTES)
        drafts.append(BlockDraft(start, end, "", task_id=task.id))
    if not drafts:
        return []
    with open_services(data_dir) as services:
        blocks = services.blocks.add(drafts).created_blocks()
    return [_block_text(block, zone) for block in blocks]


def _block_text(block: TimeBlock, zone: tzinfo) -> str:
    start, end = block.start.astimezone(zone), block.end.astimezone(zone)
    return f"{day_text(start.date())} {start:%H:%M}–{end:%H:%M}"


def _list(args: argparse.Namespace, data_dir: Path) -> int:
    quadrant = Quadrant.parse(args.quadrant) if args.quadrant is not None else None
    found = TaskFilter.parse(args.search or "").narrowed(args.tag, args.person, args.due)
    with open_services(data_dir) as service:
        every = service.tasks.lanes(include_done=True, quadrant=quadrant)  # in lane order
    zone = local_zone()
    today = datetime.now(zone).date()
    week_end = week_of(today, zone).days[-1]
    tasks = [every[i] for i in found.matching(every, today, week_end, args.all)]
    if args.json:
        print_json(tasks, suggestions(tasks, urgency_horizon(data_dir, args.horizon)))
    elif not tasks:
        where = f" in {quadrant.label}" if quadrant else ""
        which = "matching " if not found.is_empty else "" if args.all else "open "
        print(f"No {which}tasks{where}.")
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


def _draft_options(args: argparse.Namespace, today: date) -> TaskDraft:
    """The options `add` was given, parsed; the title is read later, and the options win."""
    return TaskDraft(
        title="",
        quadrant=Quadrant.parse(args.quadrant) if args.quadrant is not None else Quadrant.INBOX,
        notes=parse_notes(args.notes),
        due=parse_date(args.due or "", today),
        estimate=parse_estimate(args.estimate or ""),
        delegate=parse_delegate(args.delegate or ""),
        follow_up=parse_date(args.follow_up or "", today),
        tags=parse_tags(args.tag),
    )


def _read_titles(text: str) -> list[str]:
    """One title per non-blank line, list marks ("- ", "* ", "- [ ] ") taken off as a paste
    into the window does; the first bad line stops everything and is named."""
    titles = []
    for number, line in enumerate(lines(text), start=1):
        title = without_list_mark(line)
        if not title:
            continue
        try:
            titles.append(parse_title(title))  # checked as typed; fields are read later
        except InvalidInput as error:
            raise InvalidInput(f"line {number}: {error}") from error
    if not titles:
        raise InvalidInput("no titles on standard input; give one title per line")
    return titles


# -- output -----------------------------------------------------------------------------------


def task_json(task: Task, suggested: Suggestion | None = None) -> dict[str, object]:
    """The JSON object for a task, as `add --json` and `list --json` print it: its columns,
    and what the urgency rule suggests for it (null: nothing)."""
    found = json_object(TASKS, task, local_zone())
    found["suggestion"] = suggested.as_json() if suggested is not None else None
    return found


def suggestions(tasks: Sequence[Task], horizon: int) -> dict[int, Suggestion]:
    """What the urgency rule suggests for each task today (see `app.model.urgency`)."""
    today = today_in(datetime.now(UTC), local_zone())
    found = {t.id: suggestion(t, today, horizon) for t in tasks}
    return {task_id: found for task_id, found in found.items() if found is not None}


def print_json(tasks: Sequence[Task], suggested: Mapping[int, Suggestion]) -> None:
    found = [task_json(task, suggested.get(task.id)) for task in tasks]
    print(json.dumps(found, indent=2, ensure_ascii=False))


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
