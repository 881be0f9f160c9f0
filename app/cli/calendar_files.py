"""`quadrant export --ics FILE`: the blocks of a week (or of any days), and with --tasks the open
tasks, as a calendar file other calendar apps read. Written whole or not at all.

`quadrant import FILE.ics`: its events as blocks "from calendar FILE", its to-dos as Inbox
tasks; importing it again updates them. One summary line names what was skipped and why."""

import argparse
import json
from datetime import date, datetime, timedelta
from pathlib import Path

from app.cli.session import add_subcommand, open_services
from app.model.errors import InvalidInput
from app.model.file_writing import replacing
from app.model.parsing import parse_date
from app.model.week import local_instant, local_zone, parse_week, week_of

EXAMPLES = (
    "quadrant export --ics week.ics   # this week's blocks",
    "quadrant export --ics plan.ics --from today --to +4w --tasks",
    "quadrant export --ics busy.ics --week 2026-W49 --busy-only   # times only, for sharing",
)


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    export = add_subcommand(
        commands, "export", "write blocks and tasks to a calendar file", EXAMPLES
    )
    export.add_argument("--ics", required=True, metavar="FILE", help="the .ics file to write")
    span = export.add_mutually_exclusive_group()
    span.add_argument("--week", metavar="YYYY-Www", help="an ISO week (default: this week)")
    span.add_argument("--from", dest="first", metavar="DATE", help="the first day (with --to)")
    export.add_argument("--to", dest="last", metavar="DATE", help="the last day, included")
    export.add_argument("--tasks", action="store_true", help="the open tasks too, as to-dos")
    export.add_argument(
        "--busy-only", action="store_true", help='only the times, as "Busy" or "Focus time"'
    )
    export.set_defaults(run=_export)
    bring = add_subcommand(
        commands, "import", "bring a calendar file's events and to-dos in", IMPORT_EXAMPLES
    )
    bring.add_argument("file", metavar="FILE.ics", help="the calendar file to read")
    bring.add_argument("--json", action="store_true", help="print the summary as JSON")
    bring.set_defaults(run=_import)


IMPORT_EXAMPLES = (
    "quadrant import team.ics   # meetings become blocks; again later to update them",
    "quadrant import tasks.ics --json",
)


def _import(args: argparse.Namespace, data_dir: Path) -> int:
    source = Path(args.file).expanduser()
    try:
        data = source.read_bytes()
    except OSError as error:
        raise InvalidInput(f"cannot read {source}: {error.strerror or error}") from None
    zone = local_zone()
    from app.model.calendar_import import read_calendar  # icalendar: only when it is used

    contents = read_calendar(data, source.name, zone, datetime.now(zone).date())
    with open_services(data_dir) as services:
        result = services.calendar.apply(contents)
    if args.json:
        first, last = contents.window
        report = {
            "source": source.name,
            "events": result.events,
            "todos": result.todos,
            "removed": result.removed,
            "outside": result.outside,
            "skipped": list(result.skipped),
            "partly": list(result.partly),
            "window": [first.isoformat(), last.isoformat()],
        }
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(result.summary(source.name))
    return 0


def _export(args: argparse.Namespace, data_dir: Path) -> int:
    zone = local_zone()
    now = datetime.now(zone)
    start, end, what = _span(args, now.date())
    target = Path(args.ics).expanduser()
    from app.model.calendar_export import calendar_file  # icalendar: only when it is used

    with open_services(data_dir) as services:
        blocks = services.blocks.for_calendar(start, end, zone)
        linked = services.tasks.get({b.task_id for b in blocks if b.task_id is not None})
        todos = services.tasks.lanes() if args.tasks and not args.busy_only else []
    data = calendar_file(blocks, linked, zone, now, todos, args.busy_only)
    with replacing(target) as temporary:
        temporary.write_bytes(data)
    tasks = f" and {len(todos)} task" + ("" if len(todos) == 1 else "s") if todos else ""
    count = f"{len(blocks)} block" + ("" if len(blocks) == 1 else "s")
    print(f"Wrote {count}{tasks} of {what} to {target}.")
    return 0


def _span(args: argparse.Namespace, today: date) -> tuple[datetime, datetime, str]:
    """The instants to export, and how to name them."""
    zone = local_zone()
    if args.first is not None or args.last is not None:
        if args.first is None or args.last is None:
            raise InvalidInput("give both --from and --to, or --week")
        first, last = parse_date(args.first, today), parse_date(args.last, today)
        if first is None or last is None:
            raise InvalidInput("--from and --to need a date")
        if last < first:
            raise InvalidInput("--to is before --from")
        start = local_instant(first, 0, zone)
        end = local_instant(last + timedelta(days=1), 0, zone)
        return start, end, f"{first.isoformat()} to {last.isoformat()}"
    week = parse_week(args.week, zone) if args.week is not None else week_of(today, zone)
    return week.start, week.end, week.name
