"""`quadrant block add` and `quadrant block list`: time blocks in the weekly calendar.

Times are typed and shown as wall-clock times in the local zone (`local_zone()`); the data
file holds UTC instants. A wall time the clocks skip (02:30 on a spring-forward night) is
refused; one the clocks show twice (a fall-back night) means its first occurrence.
"""

import argparse
import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from app.cli.arguments import parse_id
from app.cli.json_rows import json_object
from app.cli.session import TITLE_COLUMN, add_subcommand, open_services
from app.model.block import BlockDraft, BlockKind, TimeBlock, check_span
from app.model.errors import InvalidInput
from app.model.parsing import (
    parse_clock,
    parse_date,
    parse_date_time,
    parse_minutes,
    parse_notes,
    parse_title,
)
from app.model.repeats import parse_rule, rule_in_words, until_day, with_end
from app.model.schema import BLOCKS
from app.model.week import (
    Week,
    day_text,
    exists_locally,
    local_instant,
    local_zone,
    parse_week,
    week_of,
)

ADD_EXAMPLES = (
    'quadrant block add --start "2026-11-24 09:00" --minutes 90 --task 12'
    "   # block time for task 12",
    'quadrant block add --start "tomorrow 14:00" --end 15:00 --title "1:1 Sam" --kind meeting',
    'quadrant block add --start "2026-12-01 09:00" --minutes 120 --title "Deep work" '
    '--repeat "FREQ=WEEKLY;BYDAY=TU,TH" --until 2027-03-31',
)
LIST_EXAMPLES = (
    "quadrant block list   # this week's blocks, day by day",
    "quadrant block list --week 2026-W49 --json",
)


def add_parser(
    commands: "argparse._SubParsersAction[argparse.ArgumentParser]",
) -> "argparse._SubParsersAction[argparse.ArgumentParser]":
    """Add `block` with `add` and `list` to the `quadrant` command line; its actions."""
    block = add_subcommand(
        commands, "block", "reserve time in the weekly calendar", ADD_EXAMPLES + LIST_EXAMPLES
    )
    actions = block.add_subparsers(
        title="actions", metavar="ACTION", dest="block_action", required=True
    )

    add = add_subcommand(actions, "add", "add a time block", ADD_EXAMPLES)
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
    add.add_argument(
        "--repeat", metavar="RULE", help='an RFC 5545 rule, e.g. "FREQ=WEEKLY;BYDAY=TU,TH"'
    )
    ends = add.add_mutually_exclusive_group()
    ends.add_argument("--until", metavar="DATE", help="the last day it repeats (with --repeat)")
    ends.add_argument("--count", metavar="N", help="how many times it happens (with --repeat)")
    add.add_argument("--json", action="store_true", help="print the created block as JSON")
    add.set_defaults(run=_block_add)

    show = add_subcommand(actions, "list", "show a week's blocks, day by day", LIST_EXAMPLES)
    show.add_argument("--week", metavar="YYYY-Www", help="an ISO week (default: this week)")
    show.add_argument("--json", action="store_true", help="print JSON instead of text")
    show.set_defaults(run=_block_list)
    return actions


def _block_add(args: argparse.Namespace, data_dir: Path) -> int:
    zone = local_zone()
    draft = _block_draft(args, zone)  # every input is checked before the data file is touched
    with open_services(data_dir) as service:
        [block] = service.blocks.add([draft]).created_blocks()
    if args.json:
        print_blocks_json([block], zone)
    else:
        day = block.start.astimezone(zone).date()
        line = f"Added block #{block.id}: {day_text(day)} {hours_text(block, zone)} {block.title}"
        if block.repeat is not None:
            line += f", repeating {rule_in_words(block.repeat, zone)}"
        print(line)
    return 0


def _block_list(args: argparse.Namespace, data_dir: Path) -> int:
    zone = local_zone()
    if args.week is not None:
        week = parse_week(args.week, zone)
    else:
        week = week_of(datetime.now(zone).date(), zone)
    try:
        with open_services(data_dir) as service:
            blocks = service.blocks.between(week.start, week.end, zone)
    except OverflowError:  # a week at the very edge of the calendar, in year 1 or 9999
        raise InvalidInput(f"“{args.week}” is too far from today to show") from None
    if args.json:
        print_blocks_json(blocks, zone)
    elif not blocks:
        print(f"No blocks in {week.name}.")
    else:
        print("\n".join(_block_lines(blocks, week, zone)))
    return 0


def _block_draft(args: argparse.Namespace, zone: tzinfo) -> BlockDraft:
    """Everything `block add` was given, parsed and checked."""
    start, end = block_span(args, zone)
    check_span(start, end)
    task_id = parse_id(args.task) if args.task is not None else None
    if args.title is not None:
        title = parse_title(args.title, "block")
    elif task_id is None:
        raise InvalidInput("a block needs a title: give --title, or --task to use a task's title")
    else:
        title = ""  # the service takes the task's title
    kind = BlockKind.parse(args.kind)
    repeat = _repeat(args, start, zone)
    return BlockDraft(start, end, title, kind, task_id, parse_notes(args.notes), repeat)


def _repeat(args: argparse.Namespace, start: datetime, zone: tzinfo) -> str | None:
    """The rule --repeat, --until and --count give, checked; None without --repeat."""
    if args.repeat is None:
        if args.until is not None or args.count is not None:
            raise InvalidInput("--until and --count say when a repeat ends; give --repeat too")
        return None
    rule = parse_rule(args.repeat, start, zone)
    if args.until is not None:
        last = parse_date(args.until, datetime.now(zone).date())
        if last is None or last < start.astimezone(zone).date():
            raise InvalidInput(f"--until “{args.until}” must be a day on or after the first")
        return with_end(rule, until=until_day(last, zone))
    if args.count is not None:
        if not args.count.strip().isdigit():
            raise InvalidInput(f"--count “{args.count}” must be a whole number, 1 or more")
        return with_end(rule, count=int(args.count))
    return rule


def block_span(
    args: argparse.Namespace, zone: tzinfo, now: TimeBlock | None = None
) -> tuple[datetime, datetime]:
    """The start and end that --start, --end and --minutes say, in local wall time. For a
    block that exists (`now`), what is not given keeps its value: a new start keeps the
    length, a new end or length keeps the start."""
    today = datetime.now(zone).date()
    if args.start is not None:
        day, minutes = parse_date_time(args.start, today)
        start = _wall_time(day, minutes, zone)
    else:
        assert now is not None, "a new block needs --start"
        start = now.start
        day = start.astimezone(zone).date()
    if args.end is not None:
        if len(args.end.split()) > 1:
            end = _wall_time(*parse_date_time(args.end, today), zone)
        else:  # just a time: on the day the block starts
            end = _wall_time(day, parse_clock(args.end), zone)
    else:
        length = (
            timedelta(minutes=parse_minutes(args.minutes))
            if args.minutes is not None
            else (now.end - now.start if now is not None else timedelta())
        )
        try:
            end = start + length
            end.astimezone(zone)  # it is shown in local time
        except OverflowError:
            raise InvalidInput("that block would end after the year 9999") from None
    check_span(start, end)
    return start, end


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


def block_json(block: TimeBlock, zone: tzinfo) -> dict[str, object]:
    """The JSON object for a block, as `block add --json` and `block list --json` print it:
    instants in ISO 8601 with the local offset, and the block's length in minutes. An
    occurrence of a repeating block carries its series' id (`series_id`, the number `block
    edit` and `block delete` take) and `occurrence: true`; its own `id` is null unless it
    was changed on its own. `repeat` is the rule, `repeat_words` the rule in words."""
    found = json_object(BLOCKS, block, zone) | {"minutes": block.minutes}
    found["occurrence"] = block.is_occurrence
    if block.id < 0:
        found["id"] = None
    found["repeat_words"] = rule_in_words(block.repeat, zone) if block.repeat else None
    return found


def print_blocks_json(blocks: Sequence[TimeBlock], zone: tzinfo) -> None:
    print(json.dumps([block_json(b, zone) for b in blocks], indent=2, ensure_ascii=False))


def hours_text(block: TimeBlock, zone: tzinfo) -> str:
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
    hours = [hours_text(block, zone) for block in blocks]
    hours_width = max(len(text) for text in hours)
    id_width = max(len(block_number(block)) for block in blocks)
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
        if block.repeat is not None:
            details.append(f"↻ {rule_in_words(block.repeat, zone)}")
        elif block.is_occurrence:
            details.append("↻ changed on its own")
        line = (
            f"  {when:<{hours_width}}  {block_number(block):>{id_width}}  "
            f"{block.title:<{title_width}}  {' · '.join(details)}"
        )
        yield line.rstrip()


def block_number(block: TimeBlock) -> str:
    """The number `block edit` takes: an occurrence not stored on its own names its series."""
    return f"#{block.series_id}↻" if block.id < 0 else f"#{block.id}"
