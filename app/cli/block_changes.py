"""`quadrant block edit` and `quadrant block delete`: change or remove time blocks from a
terminal, as the window does. An open window shows each change within the file-watch
interval. An id that names no block is a mistake (exit 2) and nothing is changed."""

import argparse
import json
from pathlib import Path

from app.cli.arguments import missing, parse_id, parse_ids
from app.cli.blocks import block_json, block_span, hours_text
from app.cli.session import add_subcommand, open_services
from app.model.block import BlockEdit, BlockKind, TimeBlock
from app.model.parsing import parse_notes, parse_title
from app.model.week import day_text, local_zone

EDIT_EXAMPLES = (
    'quadrant block edit 7 --start "thu 14:00"   # keeps its length; also --minutes, --kind',
    "quadrant block edit 7 --minutes 45 --kind meeting",
    'quadrant block edit 7 --title "Deep work: Q1 plan" --task 12',
)
DELETE_EXAMPLES = ("quadrant block delete 7", "quadrant block delete 7 8 --json")


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
    edit.add_argument("--json", action="store_true", help="print the block as JSON")
    edit.set_defaults(run=_edit)

    delete = add_subcommand(actions, "delete", "delete time blocks", DELETE_EXAMPLES)
    delete.add_argument("ids", nargs="+", metavar="ID", help="block numbers, as `list` shows")
    delete.add_argument("--json", action="store_true", help="print the deleted blocks as JSON")
    delete.set_defaults(run=_delete)


def _edit(args: argparse.Namespace, data_dir: Path) -> int:
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
    ids = parse_ids(args.ids, "block")
    with open_services(data_dir) as services:
        found = services.blocks.get(ids)
        if len(found) != len(ids):
            raise missing(ids, found, "block")
        services.blocks.delete(ids)
    _report(args, [found[i] for i in ids], "Deleted")
    return 0


def _report(args: argparse.Namespace, blocks: list[TimeBlock], did: str) -> None:
    zone = local_zone()
    if args.json:
        rows = [block_json(block, zone) for block in blocks]
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for block in blocks:
        day = block.start.astimezone(zone).date()
        print(f"{did} block #{block.id}: {day_text(day)} {hours_text(block, zone)} {block.title}")
