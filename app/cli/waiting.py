"""`quadrant waiting` and `quadrant followed-up`: the Waiting For list, and recording that you
checked on a delegated task (the window's Waiting For view does the same)."""

import argparse
import json
from datetime import UTC, date, datetime
from pathlib import Path

from app.cli.arguments import missing, parse_id
from app.cli.session import add_subcommand, open_services
from app.cli.tasks import task_json, visible
from app.model.errors import InvalidInput
from app.model.parsing import parse_date
from app.model.urgency import next_follow_up, today_in
from app.model.waiting import Person, Waiting, waiting_for
from app.model.week import day_text, local_zone

EXAMPLES = {
    "waiting": (
        "quadrant waiting   # every open delegated task, by person, overdue follow-ups first",
        "quadrant waiting --person Priya   # for a 1:1: open, and done in the last two weeks",
        "quadrant waiting --json",
    ),
    "followed-up": (
        "quadrant followed-up 12   # next follow-up in 3 working days",
        "quadrant followed-up 12 --next fri",
    ),
}


def add_parsers(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Add `waiting` and `followed-up` to the `quadrant` command line."""
    waiting = add_subcommand(
        commands, "waiting", "what you are waiting for, by person", EXAMPLES["waiting"]
    )
    waiting.add_argument("--person", metavar="NAME", help="only what is delegated to NAME")
    waiting.add_argument("--json", action="store_true", help="print JSON instead of text")
    waiting.set_defaults(run=_waiting)

    followed = add_subcommand(
        commands, "followed-up", "record that you followed up", EXAMPLES["followed-up"]
    )
    followed.add_argument("id", metavar="ID", help="the task's number, as `waiting` shows it")
    followed.add_argument(
        "--next", metavar="DATE", help="the next follow-up (default: in 3 working days)"
    )
    followed.add_argument("--json", action="store_true", help="print the task as JSON")
    followed.set_defaults(run=_followed_up)


def _waiting(args: argparse.Namespace, data_dir: Path) -> int:
    zone = local_zone()
    today = today_in(datetime.now(UTC), zone)
    person = args.person.strip() if args.person is not None else None
    if person == "":
        raise InvalidInput("--person needs a name")
    with open_services(data_dir) as services:
        tasks = services.tasks.lanes(include_done=True)
        events = services.history.of_tasks(task.id for task in tasks)
    people = waiting_for(tasks, events, today, zone, person)
    if args.json:
        print(json.dumps([_person_json(p) for p in people], indent=2, ensure_ascii=False))
    elif not people:
        print(f"Nothing delegated to {person}." if person else "Nothing delegated.")
    else:
        print(visible("\n".join(_text(people, today))))
    return 0


def _person_json(person: Person) -> dict[str, object]:
    return {
        "person": person.name,
        "open": [_waiting_json(w) for w in person.open],
        "done": [_waiting_json(w) for w in person.done],
    }


def _waiting_json(waiting: Waiting) -> dict[str, object]:
    """The task as `list --json` prints it, and where its follow-up stands."""
    last = waiting.last_followed_up
    return task_json(waiting.task) | {
        "since": waiting.since.isoformat(),
        "last_followed_up": last.isoformat() if last else None,
        "overdue": waiting.overdue,
    }


def _text(people: list[Person], today: date) -> list[str]:
    found: list[str] = []
    for person in people:
        if found:
            found.append("")
        overdue = f", {person.overdue} overdue" if person.overdue else ""
        found.append(f"{person.name} ({len(person.open)} open{overdue})")
        for waiting in person.open:
            mark = "!" if waiting.overdue else " "
            since = day_text(waiting.since, today)
            found.append(
                f" {mark}#{waiting.task.id}  {waiting.task.title}  · since {since}"
                f" · {waiting.state}"
            )
        if person.done:
            found.append("  Recently done:")
            found.extend(f"   #{w.task.id}  {w.task.title}  · {w.state}" for w in person.done)
    return found


def _followed_up(args: argparse.Namespace, data_dir: Path) -> int:
    task_id = parse_id(args.id)
    today = today_in(datetime.now(UTC), local_zone())
    following = parse_date(args.next, today) if args.next is not None else next_follow_up(today)
    if args.next is not None and following is None:
        raise InvalidInput("--next needs a date, e.g. fri or 2026-12-04")
    with open_services(data_dir) as services:
        found = services.tasks.get([task_id])
        if not found:
            raise missing([task_id], found)
        services.delegation.followed_up([task_id], following)
        task = services.tasks.get([task_id]).get(task_id, found[task_id])
    if args.json:
        print(json.dumps([task_json(task)], indent=2, ensure_ascii=False))
    else:
        after = f"; next {day_text(following, today)}" if following else ""
        print(f"Followed up #{task.id}{after}: {task.title}")
    return 0
