"""The `quadrant` command: opens the window, or captures and lists tasks from a terminal.

With no subcommand it hands the data folder to the Qt application. The subcommands (`add`,
`list`, `block`) never import Qt, and import SQLAlchemy only once they need the data file, so
the window path stays quick to start. `print` alone loads Qt (QtGui, no widgets) to draw the PDF.

Exit codes: 0 done, 1 the data file could not be used, 2 the command was typed wrong. Every
error is one line on stderr, never a traceback.
"""

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.model.block import BlockDraft, BlockKind, TimeBlock, check_span
from app.model.database import open_database, resolve_data_dir
from app.model.errors import InvalidInput, StorageError
from app.model.parsing import (
    format_estimate,
    parse_clock,
    parse_date,
    parse_date_time,
    parse_delegate,
    parse_estimate,
    parse_minutes,
    parse_name,
    parse_notes,
    parse_tags,
    parse_title,
)
from app.model.quadrant import Quadrant
from app.model.task import Task, TaskDraft
from app.model.week import (
    Week,
    day_text,
    exists_locally,
    local_instant,
    local_zone,
    parse_week,
    week_of,
)

if TYPE_CHECKING:
    from app.model.tasks import TaskService

PROG = "quadrant"
EXIT_STORAGE = 1
EXIT_USAGE = 2
TITLE_COLUMN = 48  # titles are padded to this width at most, so details line up

Command = Callable[[argparse.Namespace, Path], int]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: sys.argv[1:]) and return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version and argparse's own usage errors
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    data_dir = resolve_data_dir(args.data_dir)
    command: Command | None = args.run
    if command is None:
        if not _has_display():
            return _fail(
                "no desktop to open the window on (DISPLAY and WAYLAND_DISPLAY are unset); "
                "from a terminal, use `quadrant add` and `quadrant list`",
                EXIT_STORAGE,
            )
        from app.ui.application import run_gui  # only here: subcommands must not load Qt

        return run_gui(data_dir)
    try:
        return command(args, data_dir)
    except InvalidInput as error:
        return _fail(str(error), EXIT_USAGE)
    except (StorageError, OSError) as error:
        return _fail(str(error), EXIT_STORAGE)


def _has_display() -> bool:
    """False where Qt could only abort: Linux and the like with no X or Wayland session."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.set_defaults(run=None)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    add = commands.add_parser("add", help="capture a task", allow_abbrev=False)
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

    show = commands.add_parser("list", help="show tasks in lane order", allow_abbrev=False)
    show.add_argument("--quadrant", help="only this lane")
    show.add_argument("--all", action="store_true", help="include done tasks")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(run=_list)

    _add_block_parser(commands)
    _add_print_parser(commands)
    return parser


# -- commands ---------------------------------------------------------------------------------


def _add(args: argparse.Namespace, data_dir: Path) -> int:
    template = _draft_options(args)  # every input is checked before the data file is touched
    bulk = args.title == "-"
    titles = _read_titles(sys.stdin.read()) if bulk else [parse_title(args.title)]
    drafts = [_with_title(template, title) for title in titles]
    with _service(data_dir) as service:
        created = sorted(service.add(drafts).created(), key=lambda task: task.id)
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
    with _service(data_dir) as service:
        tasks = service.lanes(include_done=args.all, quadrant=quadrant)  # in lane order
    if args.json:
        _print_json(tasks)
    elif not tasks:
        where = f" in {quadrant.label}" if quadrant else ""
        print(f"No {'' if args.all else 'open '}tasks{where}.")
    else:
        print("\n".join(_text_lines(tasks)))
    return 0


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
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            titles.append(parse_title(line))
        except InvalidInput as error:
            raise InvalidInput(f"line {number}: {error}") from error
    if not titles:
        raise InvalidInput("no titles on standard input; give one title per line")
    return titles


# -- storage ----------------------------------------------------------------------------------


@contextmanager
def _service(data_dir: Path) -> Iterator["TaskService"]:
    opened = open_database(data_dir)
    if opened.notice:
        print(f"{PROG}: {opened.notice}", file=sys.stderr)
    from app.model.tasks import TaskService  # SQLAlchemy is slow to import; only load it here

    service = TaskService.open(opened.path)
    try:
        yield service
    finally:
        service.close()


# -- output -----------------------------------------------------------------------------------


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: {' '.join(message.split())}", file=sys.stderr)
    return code


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


# -- block: time blocks in the weekly calendar ------------------------------------------------
#
# Times are typed and shown as wall-clock times in the local zone (`local_zone()`); the data
# file holds UTC instants. A wall time the clocks skip (02:30 on a spring-forward night) is
# refused; one the clocks show twice (a fall-back night) means its first occurrence.


def _add_block_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    block = commands.add_parser(
        "block", help="reserve time in the weekly calendar", allow_abbrev=False
    )
    actions = block.add_subparsers(
        title="actions", metavar="ACTION", dest="block_action", required=True
    )

    add = actions.add_parser("add", help="add a time block", allow_abbrev=False)
    add.add_argument(
        "--start", required=True, metavar="WHEN", help='"YYYY-MM-DD HH:MM" or "tomorrow 09:00"'
    )
    length = add.add_mutually_exclusive_group(required=True)
    length.add_argument("--end", metavar="WHEN", help='"YYYY-MM-DD HH:MM", or "HH:MM" that day')
    length.add_argument("--minutes", metavar="N", help="how long it lasts, 1 to 1440")
    add.add_argument("--task", metavar="ID", help="the task it is for (gives the default title)")
    add.add_argument("--title", metavar="TITLE", help="what the time is for")
    add.add_argument("--kind", default="focus", help="focus (default), meeting or personal")
    add.add_argument("--notes", metavar="TEXT", default="", help="free text")
    add.add_argument("--json", action="store_true", help="print the created block as JSON")
    add.set_defaults(run=_block_add)

    show = actions.add_parser("list", help="show a week's blocks, day by day", allow_abbrev=False)
    show.add_argument("--week", metavar="YYYY-Www", help="an ISO week (default: this week)")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(run=_block_list)


def _block_add(args: argparse.Namespace, data_dir: Path) -> int:
    zone = local_zone()
    draft = _block_draft(args, zone)  # every input is checked before the data file is touched
    with _service(data_dir) as service:
        [block] = service.add_blocks([draft]).created_blocks()
    if args.json:
        _print_blocks_json([block], zone)
    else:
        day = block.start.astimezone(zone).date()
        print(f"Added block #{block.id}: {day_text(day)} {_hours(block, zone)} {block.title}")
    return 0


def _block_list(args: argparse.Namespace, data_dir: Path) -> int:
    zone = local_zone()
    if args.week is not None:
        week = parse_week(args.week, zone)
    else:
        week = week_of(datetime.now(zone).date(), zone)
    try:
        with _service(data_dir) as service:
            blocks = service.blocks(week.start, week.end)
    except OverflowError:  # a week at the very edge of the calendar, in year 1 or 9999
        raise InvalidInput(f"“{args.week}” is too far from today to show") from None
    if args.json:
        _print_blocks_json(blocks, zone)
    elif not blocks:
        print(f"No blocks in {week.name}.")
    else:
        print("\n".join(_block_lines(blocks, week, zone)))
    return 0


def _block_draft(args: argparse.Namespace, zone: tzinfo) -> BlockDraft:
    """Everything `block add` was given, parsed and checked."""
    today = datetime.now(zone).date()
    day, minutes = parse_date_time(args.start, today)
    start = _wall_time(day, minutes, zone)
    if args.end is not None:
        if len(args.end.split()) > 1:
            end = _wall_time(*parse_date_time(args.end, today), zone)
        else:  # just a time: on the day the block starts
            end = _wall_time(day, parse_clock(args.end), zone)
    else:
        minutes = parse_minutes(args.minutes)
        try:
            end = start + timedelta(minutes=minutes)
            end.astimezone(zone)  # it is shown in local time
        except OverflowError:
            raise InvalidInput("that block would end after the year 9999") from None
    check_span(start, end)
    task_id = _task_id(args.task) if args.task is not None else None
    if args.title is not None:
        title = parse_title(args.title, "block")
    elif task_id is None:
        raise InvalidInput("a block needs a title: give --title, or --task to use a task's title")
    else:
        title = ""  # the service takes the task's title
    kind = BlockKind.parse(args.kind)
    return BlockDraft(start, end, title, kind, task_id, parse_notes(args.notes))


def _wall_time(day: date, minutes: int, zone: tzinfo) -> datetime:
    """The instant the local clocks show `minutes` after midnight on `day`."""
    typed = f"{day.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}"
    try:
        instant = local_instant(day, minutes, zone)
        exists = exists_locally(day, minutes, zone)
    except OverflowError:  # 0001-01-01 00:00 east of Greenwich is still year 0 in UTC
        raise InvalidInput(f"{typed} is too far from today for the calendar") from None
    if not exists:
        raise InvalidInput(
            f"{typed} does not exist in {_zone_name(zone)}: "
            "the clocks skip it when they go forward that night"
        )
    return instant


def _zone_name(zone: tzinfo) -> str:
    key = getattr(zone, "key", None)
    if isinstance(key, str) and key and not key.startswith("/") and key != "localtime":
        return key
    return "local time"


def _task_id(text: str) -> int:
    value = text.strip().removeprefix("#")
    if not (value.isascii() and value.isdigit()) or len(value) > 18:
        raise InvalidInput(f"“{text}” is not a task id; give the number `quadrant list` shows")
    return int(value)


def block_json(block: TimeBlock, zone: tzinfo) -> dict[str, object]:
    """The JSON object for a block, as `block add --json` and `block list --json` print it:
    instants in ISO 8601 with the local offset."""
    return {
        "id": block.id,
        "uid": block.uid,
        "start": block.start.astimezone(zone).isoformat(),
        "end": block.end.astimezone(zone).isoformat(),
        "minutes": block.minutes,
        "title": block.title,
        "kind": block.kind.value,
        "task_id": block.task_id,
        "notes": block.notes,
        "created": block.created.astimezone(zone).isoformat(),
        "updated": block.updated.astimezone(zone).isoformat(),
    }


def _print_blocks_json(blocks: Sequence[TimeBlock], zone: tzinfo) -> None:
    print(json.dumps([block_json(b, zone) for b in blocks], indent=2, ensure_ascii=False))


def _hours(block: TimeBlock, zone: tzinfo) -> str:
    """From when to when on the clock: 09:00–10:00, 23:00–24:00, 23:00–Wed 25 Nov 01:00."""
    start, end = block.start.astimezone(zone), block.end.astimezone(zone)
    if end.date() == start.date():
        until = f"{end:%H:%M}"
    elif end.date() == start.date() + timedelta(days=1) and end.time() == datetime.min.time():
        until = "24:00"
    else:
        until = f"{day_text(end.date())} {end:%H:%M}"
    return f"{start:%H:%M}–{until}"


def _block_lines(blocks: Sequence[TimeBlock], week: Week, zone: tzinfo) -> Iterator[str]:
    """The week, then a header per day that has blocks and one aligned line per block, under
    the day it starts (a block from the evening before the week shows under that evening)."""
    yield f"{week.name} · {week.span_text()}"
    hours = [_hours(block, zone) for block in blocks]
    hours_width = max(len(text) for text in hours)
    id_width = max(len(f"#{block.id}") for block in blocks)
    title_width = min(max(len(block.title) for block in blocks), TITLE_COLUMN)
    day: date | None = None
    for block, when in zip(blocks, hours, strict=True):
        start_day = block.start.astimezone(zone).date()
        if start_day != day:
            day = start_day
            yield ""
            yield day_text(day)
        details = []
        if block.kind is not BlockKind.FOCUS:
            details.append(block.kind.value)
        if block.task_id is not None:
            details.append(f"task #{block.task_id}")
        line = (
            f"  {when:<{hours_width}}  {f'#{block.id}':>{id_width}}  "
            f"{block.title:<{title_width}}  {' · '.join(details)}"
        )
        yield line.rstrip()


# -- print: the weekly plan as a PDF ----------------------------------------------------------
#
# The one subcommand that loads Qt, and only after the plan is read: QtGui draws the PDF on a
# QGuiApplication (no widgets), offscreen when there is no display. The data file is read with
# the standard library (`read_plan`), as the window's start-up does, so SQLAlchemy stays unloaded.

PAGE_SIZE_NAMES = ("A4", "Letter")


def _add_print_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    plan = commands.add_parser(
        "print", help="save a week's plan as a PDF to print", allow_abbrev=False
    )
    plan.add_argument("--week", metavar="YYYY-Www", help="an ISO week (default: this week)")
    plan.add_argument(
        "--output", "-o", required=True, metavar="FILE", help="the PDF to write, e.g. plan.pdf"
    )
    plan.add_argument(
        "--page-size", metavar="SIZE", help="A4 or Letter (default: the paper of your locale)"
    )
    plan.add_argument("--name", metavar="NAME", help="whose plan it is, printed in the header")
    plan.set_defaults(run=_print_plan)


def _plan_name(given: str | None, data_dir: Path) -> str | None:
    """--name, else the name the window saved for the plan (File ▸ Your Name on the Plan…)."""
    if given is not None:
        return parse_name(given)
    from app.ui.shell.window_state import WindowState  # Qt: `print` loads it anyway

    return WindowState(data_dir).text("name", "") or None


def _print_plan(args: argparse.Namespace, data_dir: Path) -> int:
    zone = local_zone()
    now = datetime.now(zone)
    week = parse_week(args.week, zone) if args.week is not None else week_of(now.date(), zone)
    size = _page_size_name(args.page_size)
    output = Path(args.output).expanduser()
    if not args.output.strip() or output.is_dir():
        raise InvalidInput(f"“{args.output}” is a folder; give a file name, e.g. plan.pdf")
    if not output.parent.is_dir():
        raise InvalidInput(f"cannot write {output}: the folder {output.parent} does not exist")
    opened = open_database(data_dir)
    if opened.notice:
        print(f"{PROG}: {opened.notice}", file=sys.stderr)
    from app.model.plan import read_plan

    try:
        plan = read_plan(opened.path, week, now.date(), now, _plan_name(args.name, data_dir))
    except OverflowError:  # a week at the very edge of the calendar, in year 1 or 9999
        raise InvalidInput(f"“{args.week}” is too far from today to print") from None
    from app.ui.printing.plan_pdf import default_page_size, ensure_app, page_size_named, write_pdf

    ensure_app()
    pages = write_pdf(plan, output, page_size_named(size) if size else default_page_size())
    count = f"{pages} page" + ("" if pages == 1 else "s")
    print(f"Wrote the plan for {week.name} ({week.span_text()}) to {output}: {count}.")
    return 0


def _page_size_name(text: str | None) -> str | None:
    if text is None:
        return None
    for name in PAGE_SIZE_NAMES:
        if text.strip().lower() == name.lower():
            return name
    raise InvalidInput(f"unknown page size “{text}”; use A4 or Letter")
