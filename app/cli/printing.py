"""`quadrant print`: the weekly plan as a PDF, with no window.

The one subcommand that loads Qt, and only after the plan is read: QtGui draws the PDF on a
QGuiApplication (no widgets), offscreen when there is no display. The data file is read with
the standard library (`read_plan`), as the window's start-up does, so SQLAlchemy stays unloaded.
"""

import argparse
from datetime import datetime
from pathlib import Path

from app.cli.preferences import urgency_horizon
from app.cli.session import add_subcommand, open_data_file
from app.model.errors import InvalidInput
from app.model.parsing import parse_name
from app.model.week import local_zone, parse_week, week_of

PAGE_SIZE_NAMES = ("A4", "Letter")
EXAMPLES = (
    "quadrant print --output plan.pdf   # this week's plan; no window or display needed",
    'quadrant print --week 2026-W49 --output plan.pdf --page-size Letter --name "Sam Rivera"',
)


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `print` to the `quadrant` command line."""
    plan = add_subcommand(commands, "print", "save a week's plan as a PDF to print", EXAMPLES)
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
    opened = open_data_file(data_dir)
    from app.model.plan import read_plan

    try:
        name, horizon = _plan_name(args.name, data_dir), urgency_horizon(data_dir)
        plan = read_plan(opened.path, week, now.date(), now, name, horizon)
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
