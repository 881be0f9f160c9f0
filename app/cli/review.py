"""`quadrant review` and `quadrant status`: the weekly review's figures, and the status-update
draft, for the week given (default: this week). The figures come from `app.model.review`, the
same ones the window shows.

`review --json` field names are stable (README, "Weekly review as JSON"): hours are numbers,
shares fractions from 0 to 1 (null when there is no work time), days YYYY-MM-DD, instants
ISO 8601 with the local offset.
"""

import argparse
import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.session import add_subcommand, open_services
from app.model.errors import InvalidInput
from app.model.week import Week, local_zone, parse_week, week_of

if TYPE_CHECKING:
    from app.model.review_figures import Capacity, TimeSpent, WeeklyReview

REVIEW_EXAMPLES = (
    "quadrant review                     # this week: where the time went, capacity, what got done",
    "quadrant review --week 2026-W48 --json",
)
STATUS_EXAMPLES = (
    "quadrant status > status.md         # this week's status update, in Markdown",
    "quadrant status --week 2026-W48 --format text",
)


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `review` and `status` to the `quadrant` command line."""
    review = add_subcommand(
        commands, "review", "show the weekly review of a week's time", REVIEW_EXAMPLES
    )
    review.add_argument("--week", metavar="YYYY-Www", help="an ISO week (default: this week)")
    review.add_argument("--json", action="store_true", help="print JSON instead of text")
    review.set_defaults(run=_review)

    status = add_subcommand(commands, "status", "draft the week's status update", STATUS_EXAMPLES)
    status.add_argument("--week", metavar="YYYY-Www", help="an ISO week (default: this week)")
    status.add_argument(
        "--format",
        choices=("markdown", "text"),
        default="markdown",
        help="markdown (default) or plain text",
    )
    status.set_defaults(run=_status)


def _read(args: argparse.Namespace, data_dir: Path) -> "WeeklyReview":
    zone = local_zone()
    today = datetime.now(zone).date()
    week = parse_week(args.week, zone) if args.week is not None else week_of(today, zone)
    from app.model.review import review_for

    with open_services(data_dir) as services:
        try:
            return review_for(services, week, today)
        except OverflowError:  # a week at the edge of the calendar, in year 1 or 9999
            raise InvalidInput(f"“{args.week}” is too far from today to review") from None


def _review(args: argparse.Namespace, data_dir: Path) -> int:
    review = _read(args, data_dir)
    if args.json:
        print(json.dumps(review_json(review), indent=2, ensure_ascii=False))
    else:
        print(review_text(review), end="")
    return 0


def _status(args: argparse.Namespace, data_dir: Path) -> int:
    from app.model.status_update import draft_status, markdown, plain_text

    draft = draft_status(_read(args, data_dir))
    print((markdown if args.format == "markdown" else plain_text)(draft), end="")
    return 0


# -- output -----------------------------------------------------------------------------------


def _hours(value: float) -> float:
    return round(value, 2)


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _week(week: Week) -> dict[str, object]:
    return {
        "week": week.name,
        "first_day": week.days[0].isoformat(),
        "last_day": week.days[6].isoformat(),
    }


def _time(spent: "TimeSpent") -> dict[str, object]:
    return {
        **_week(spent.week),
        "hours": {category.value: _hours(h) for category, h in spent.hours.items()},
        "total_hours": _hours(spent.total),
        "work_hours": _hours(spent.work),
        "reactive_hours": _hours(spent.reactive),
        "defer_hours": _hours(spent.defer),
        "reactive_share": _share(spent.reactive_share),
    }


def _capacity(capacity: "Capacity") -> dict[str, object]:
    return {
        **_week(capacity.week),
        "focus_hours": _hours(capacity.focus_hours),
        "do_hours": _hours(capacity.do_hours),
        "defer_hours": _hours(capacity.defer_hours),
        "work_hours": _hours(capacity.work_hours),
        "balance_hours": _hours(capacity.balance_hours),
        "verdict": capacity.verdict,
        "unestimated": [
            {"id": t.id, "title": t.title, "quadrant": t.quadrant.value}
            for t in capacity.unestimated
        ],
    }


def review_json(review: "WeeklyReview") -> dict[str, object]:
    """The review as JSON-ready data; the field names are a public contract (README)."""
    zone = review.week.zone
    return {
        **_time(review.time),
        "reactive_sentence": review.reactive_sentence,
        "last_week": _time(review.last_week),
        "capacity": _capacity(review.capacity),
        "done": [
            {
                "id": d.task.id,
                "title": d.task.title,
                "quadrant": d.quadrant.value,
                "completed": d.task.completed.astimezone(zone).isoformat()
                if d.task.completed
                else None,
                "tags": list(d.task.tags),
                "delegate": d.task.delegate,
            }
            for d in review.done
        ],
        "done_by_quadrant": {q.value: n for q, n in review.done_by_quadrant.items()},
        "came_back": [
            {
                "id": c.task.id,
                "title": c.task.title,
                "delegate": c.delegate,
                "at": c.at.isoformat(),
                "how": c.how,
            }
            for c in review.came_back
        ],
        "waiting": [_waiting(w) for w in review.waiting],
        "overdue_follow_ups": [_waiting(w) for w in review.overdue_follow_ups],
        "overdue_do": [
            {"id": t.id, "title": t.title, "due": t.due.isoformat() if t.due else None}
            for t in review.overdue_do
        ],
        "trend": [
            {
                "week": t.week.name,
                "reactive_share": _share(t.reactive_share),
                "defer_hours": _hours(t.defer),
                "work_hours": _hours(t.work),
            }
            for t in review.trend
        ],
        "history_from": review.history_from.astimezone(zone).isoformat()
        if review.history_from
        else None,
        "history_note": review.history_note,
    }


def _waiting(item: object) -> dict[str, object]:
    task = item.task  # type: ignore[attr-defined]
    since = item.since  # type: ignore[attr-defined]
    return {
        "id": task.id,
        "title": task.title,
        "delegate": task.delegate,
        "follow_up": task.follow_up.isoformat() if task.follow_up else None,
        "since": since.isoformat() if since else None,
    }


def review_text(review: "WeeklyReview") -> str:
    """The review as a person reads it in a terminal."""
    from app.model.review_figures import Category, hours_text

    time = review.time
    lines = [f"Weekly review: {review.week.name} ({review.week.span_text()})", ""]
    lines.append(f"Where the time went ({hours_text(time.total)} blocked):")
    for category in Category:
        if time.hours[category]:
            lines.append(f"  {category.label:<20} {hours_text(time.hours[category]):>7}")
    lines += ["", review.reactive_sentence + ".", ""]
    capacity = review.capacity
    lines.append(f"Capacity for {capacity.week.name} ({capacity.week.span_text()}):")
    lines.append(f"  {capacity.verdict}.")
    if capacity.unestimated_text:
        lines.append(f"  {capacity.unestimated_text}.")
    lines += ["", f"Done this week: {len(review.done)}"]
    for item in review.done:
        lines.append(f"  {item.quadrant.label:<10} {item.task.title}")
    if review.came_back:
        lines += ["", "Came back from delegation:"]
        for back in review.came_back:
            lines.append(f"  {back.task.title} ({back.delegate or 'no one named'}, {back.how})")
    if review.overdue_follow_ups:
        lines += ["", "Follow-ups overdue:"]
        for waiting in review.overdue_follow_ups:
            lines.append(f"  {waiting.task.title} ({waiting.task.delegate or 'no one named'})")
    lines += ["", "Last 8 weeks (reactive share, Defer hours):"]
    for spent in review.trend:
        share = "–" if spent.reactive_share is None else f"{spent.reactive_share:.0%}"
        lines.append(f"  {spent.week.name}  {share:>5}  {hours_text(spent.defer):>7}")
    if review.history_note:
        lines += ["", review.history_note]
    return "\n".join(lines) + "\n"
