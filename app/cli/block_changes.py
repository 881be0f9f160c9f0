"""`quadrant block edit` and `quadrant block delete`: change or remove time blocks from a
terminal, as the window does. An open window shows each change within the file-watch
interval. An id that names no block is a mistake (exit 2) and nothing is changed.

A repeating block's number names its series: without `--on` a change or deletion is the whole
series' (all); `--on DATE` picks the occurrence that day (this one, as a drag in the window),
and `--and-following` takes the later ones with it (this and following)."""

import argparse
import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.arguments import missing, parse_id, parse_ids
from app.cli.blocks import block_json, block_number, block_span, hours_text
from app.cli.session import add_subcommand, open_services
from app.model.block import BlockEdit, BlockKind, TimeBlock
from app.model.errors import InvalidInput
from app.model.parsing import parse_date, parse_notes, parse_title
from app.model.repeats import Scope
from app.model.week import day_text, local_instant, local_zone

if TYPE_CHECKING:
    from app.model.services import Services

EDIT_EXAMPLES = (
    'quadrant block edit 7 --start "thu 14:00"   # keeps its length; also --minutes, --kind',
    "quadrant block edit 7 --minutes 45 --kind meeting",
    'quadrant block edit 7 --title "Deep work: Q1 plan" --task 12',
    'quadrant block edit 9 --on 2026-12-03 --start "2026-12-03 15:00"   # one occurrence',
)
DELETE_EXAMPLES = (
    "quadrant block delete 7",
    "quadrant block delete 7 8 --json",
    "quadrant block delete 9 --on 2026-12-24 --and-following   # end a series there",
)


def add_parsers(actions: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `edit` and `delete` to `quadrant block`."""
    edit = add_subcommand(actions, "edit", "move, resize or change a time block", EDIT_EXAMPLES)
    edit.add_argument("id", metavar="ID", help="the block's number, as `block list` shows it")
    edit.add_argument("--start", metavar="WHEN", help='"YYYY-MM-DD HH:MM"; keeps the length')
    length = edit.add_mutually_exclusive_group()
    length.add_argument("--end", metavar="WHEN", help='"YYYY-MM-DD HH:MM", or "HH:MM" that day')
    length.add_argument("--minutes", metavar="N", help="how long it lasts, 1 to 1440")
    edit.add_argument("--title", metavar="TITLE")
    edit.add_argument("--kind", help="focus, meeting or personal")
    edit.add_argument("--notes", metavar="TEXT")
    link = edit.add_mutually_exclusive_group()
    link.add_argument("--task", metavar="ID", help="link it to this task")
    link.add_argument("--no-task", action="store_true", help="unlink it from its task")
    _occurrence_options(edit)
    edit.add_argument("--json", action="store_true", help="print the block as JSON")
    edit.set_defaults(run=_edit)

    delete = add_subcommand(actions, "delete", "delete time blocks", DELETE_EXAMPLES)
    delete.add_argument("ids", nargs="+", metavar="ID", help="block numbers, as `list` shows")
    _occurrence_options(delete)
    delete.add_argument("--json", action="store_true", help="print the deleted blocks as JSON")
    delete.set_defaults(run=_delete)


def _occurrence_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--on", metavar="DATE", help="a repeating block: only its occurrence that day"
    )
    parser.add_argument(
        "--and-following", action="store_true", help="with --on: that one and the later ones"
    )


def _edit(args: argparse.Namespace, data_dir: Path) -> int:
    if args.on is not None:
        return _edit_occurrence(args, data_dir)
    _no_following(args)
    zone = local_zone()
    block_id = parse_id(args.id, "block")
    with open_services(data_dir) as services:
        found = services.blocks.get([block_id])
        if not found:
            raise missing([block_id], found, "block")
        old = found[block_id]
        # Every input is checked before anything changes.
        moves = any(value is not None for value in (args.start, args.end, args.minutes))
        start, end = block_span(args, zone, old) if moves else (old.start, old.end)
        edit = _edited(old, args)
        if (start, end) != (old.start, old.end):
            services.blocks.change_span(block_id, start, end)
        services.blocks.edit(block_id, edit)
        block = services.blocks.get([block_id]).get(block_id, old)
    _report(args, [block], "Edited")
    return 0


def _edited(block: TimeBlock, args: argparse.Namespace) -> BlockEdit:
    task_id = block.task_id
    if args.no_task:
        task_id = None
    elif args.task is not None:
        task_id = parse_id(args.task)
    return BlockEdit(
        title=block.title if args.title is None else parse_title(args.title, "block"),
        kind=block.kind if args.kind is None else BlockKind.parse(args.kind),
        notes=block.notes if args.notes is None else parse_notes(args.notes),
        task_id=task_id,
    )


def _delete(args: argparse.Namespace, data_dir: Path) -> int:
    if args.on is not None:
        return _delete_occurrence(args, data_dir)
    _no_following(args)
    ids = parse_ids(args.ids, "block")
    with open_services(data_dir) as services:
        found = services.blocks.get(ids)
        if len(found) != len(ids):
            raise missing(ids, found, "block")
        services.blocks.delete(ids)
    _report(args, [found[i] for i in ids], "Deleted")
    return 0


def _no_following(args: argparse.Namespace) -> None:
    if args.and_following:
        raise InvalidInput("--and-following needs --on DATE (the first occurrence it takes)")


def _scope(args: argparse.Namespace) -> Scope:
    return Scope.FOLLOWING if args.and_following else Scope.THIS


def _occurrence(services: "Services", series_id: int, on: str) -> TimeBlock:
    """The occurrence of repeating block `series_id` that starts on the day `on` names."""
    zone = local_zone()
    day = parse_date(on, datetime.now(zone).date())
    assert day is not None
    found = services.blocks.get([series_id])
    if series_id not in found:
        raise missing([series_id], found, "block")
    if not found[series_id].repeat:
        raise InvalidInput(f"block #{series_id} does not repeat; leave out --on")
    start = local_instant(day, 0, zone)
    that_day = services.blocks.between(start, local_instant(day + timedelta(days=1), 0, zone))
    for block in that_day:
        if series_id in (block.id, block.series_id) and block.start.astimezone(zone).date() == day:
            return block
    raise InvalidInput(f"block #{series_id} has no occurrence on {day_text(day)} {day.year}")


def _edit_occurrence(args: argparse.Namespace, data_dir: Path) -> int:
    zone = local_zone()
    series_id = parse_id(args.id, "block")
    with open_services(data_dir) as services:
        occurrence = _occurrence(services, series_id, args.on)
        moves = any(value is not None for value in (args.start, args.end, args.minutes))
        if moves and args.and_following:
            raise InvalidInput(
                "an occurrence moves on its own: leave out --and-following, or move the series"
            )
        span = block_span(args, zone, occurrence) if moves else None
        edit = _edited(occurrence, args)
        changed = services.series.edit(occurrence, edit, _scope(args), zone)
        if span is not None and span != (occurrence.start, occurrence.end):
            changed = changed.then(services.series.change_span(
                _occurrence(services, series_id, args.on), *span))  # fmt: skip
        after = [block for block in changed.blocks_after.values() if block is not None]
    _report(args, after or [occurrence], "Edited")
    return 0


def _delete_occurrence(args: argparse.Namespace, data_dir: Path) -> int:
    series_id = parse_id(args.ids[0], "block") if len(args.ids) == 1 else None
    if series_id is None:
        raise InvalidInput("--on takes one repeating block's number")
    with open_services(data_dir) as services:
        occurrence = _occurrence(services, series_id, args.on)
        services.series.delete(occurrence, _scope(args))
    _report(args, [occurrence], "Deleted")
    return 0


def _report(args: argparse.Namespace, blocks: list[TimeBlock], did: str) -> None:
    zone = local_zone()
    if args.json:
        rows = [block_json(block, zone) for block in blocks]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for block in blocks:
        day = block.start.astimezone(zone).date()
        said = f"{day_text(day)} {hours_text(block, zone)} {block.title}"
        print(f"{did} block {block_number(block)}: {said}")
