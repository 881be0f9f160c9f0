"""Blocks (and open tasks) as an iCalendar file (RFC 5545) that calendar apps read.

One VEVENT per block, its UID the block's uid, in the user's time zone with that zone's
VTIMEZONE; with tasks, one VTODO per open task. `icalendar` writes the text (escaping commas,
semicolons, backslashes and new lines, folding long lines at 75 octets); it is imported only
when a calendar file is made, never on the start-up path.

Where the standard leaves a choice:
- CATEGORIES of a block: its kind, and its task's quadrant when it is linked to one. The link
  itself is RELATED-TO the task's uid (the VTODO's UID when tasks are exported too).
- PRIORITY of a task follows its quadrant: Do 1, Defer 3, Delegate 5, Eliminate 9, Inbox 0
  (undefined). The person a task is delegated to goes in CONTACT, which clients keep.
- Times are in the user's zone, named as the zone database names it; where the system's
  zone has no such name, in UTC.
- Text keeps tabs and new lines (a CR LF or lone CR becomes a new line); other control
  characters are dropped, so nothing a title holds can end an event early.
- "Busy only" keeps the times and says only "Busy" (or "Focus time" for focus blocks): no
  titles, notes, categories or links.
- A repeating block is one VEVENT with its RRULE and EXDATEs (see `repeats`); each occurrence
  changed on its own is a VEVENT with the series' UID and a RECURRENCE-ID. Give the series and
  those rows (`BlockService.for_calendar`), not the occurrences a week shows.
"""

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo

from icalendar import Calendar, Event, Todo, vRecur, vText

from app import __version__
from app.model.block import BlockKind, TimeBlock
from app.model.calendar_reading import clean_text
from app.model.quadrant import Quadrant, Status
from app.model.repeats import key_instant
from app.model.task import Task

PRODUCT = f"-//Quadrant//Quadrant {__version__}//EN"
PRIORITY = {
    Quadrant.DO: 1,
    Quadrant.DEFER: 3,
    Quadrant.DELEGATE: 5,
    Quadrant.ELIMINATE: 9,
    Quadrant.INBOX: 0,
}
_TODO_STATUS = {
    Status.OPEN: "NEEDS-ACTION",
    Status.DONE: "COMPLETED",
    Status.DROPPED: "CANCELLED",
}


def calendar_file(
    blocks: Sequence[TimeBlock],
    linked: Mapping[int, Task],
    zone: tzinfo,
    now: datetime,
    todos: Sequence[Task] = (),
    busy_only: bool = False,
) -> bytes:
    """The iCalendar text for `blocks` (their linked tasks in `linked`), and `todos` as VTODOs.

    Times are written in `zone` with its VTIMEZONE; `now` is the DTSTAMP."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = now.astimezone(UTC)
    zone = named_zone(zone)
    series = {block.id: _uid(block) for block in blocks if block.repeat is not None}
    for block in blocks:
        task = linked.get(block.task_id) if block.task_id is not None else None
        event = _event(block, task, zone, stamp, busy_only)
        _add_repeat(event, block, series, zone)
        calendar.add_component(event)
    if not busy_only:
        for task in todos:
            calendar.add_component(_todo(task, stamp))
    if blocks:  # the zone's rules for the span of the blocks, and a year either side
        first = min(block.start for block in blocks).date() - timedelta(days=366)
        last = max(block.end for block in blocks).date() + timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    data: bytes = calendar.to_ical()
    return data


def named_zone(zone: tzinfo) -> tzinfo:
    """`zone` if other apps can know it by name (Europe/Berlin), else UTC: a zone read from a
    file without its name cannot be described to them, and UTC times are always right."""
    key = getattr(zone, "key", None)
    if not isinstance(key, str) or key.startswith("/") or key == "localtime":
        return UTC
    return UTC if key in ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Zulu") else zone


def _event(
    block: TimeBlock, task: Task | None, zone: tzinfo, stamp: datetime, busy_only: bool
) -> Event:
    event = Event()
    event.add("uid", _uid(block))
    event.add("dtstamp", stamp)
    if block.all_day:  # its local days, as dates
        event.add("dtstart", block.start.astimezone(zone).date())
        event.add("dtend", block.end.astimezone(zone).date())
    else:
        event.add("dtstart", block.start.astimezone(zone))
        event.add("dtend", block.end.astimezone(zone))
    event.add("transp", "OPAQUE")
    if busy_only:
        event.add("summary", "Focus time" if block.kind is BlockKind.FOCUS else "Busy")
        return event
    event.add("summary", clean_text(block.title))
    if block.notes:
        event.add("description", clean_text(block.notes))
    categories = [block.kind.label]
    if task is not None:
        categories.append(task.quadrant.label)
        event.add("related-to", task.uid)
    event.add("categories", categories)
    event.add("created", block.created.astimezone(UTC))
    event.add("last-modified", block.updated.astimezone(UTC))
    return event


def _uid(block: TimeBlock) -> str:
    """An imported single event (or series) keeps the UID it came with, so its calendar knows
    it again."""
    imported = block.external_uid is not None and block.recurrence_id is None
    return block.external_uid if imported and block.external_uid else block.uid


def _add_repeat(event: Event, block: TimeBlock, series: Mapping[int, str], zone: tzinfo) -> None:
    """The rule and exceptions of a series; the series' UID and RECURRENCE-ID of one of its
    occurrences changed on its own."""
    if block.repeat is not None:
        event.add("rrule", vRecur.from_ical(block.repeat))
        for key in block.exceptions:
            event.add("exdate", _moment(key, block.all_day, zone))
    elif block.series_id is not None and block.series_id in series and block.recurrence_id:
        event["uid"] = vText(series[block.series_id])
        event.add("recurrence-id", _moment(block.recurrence_id, block.all_day, zone))


def _moment(key: str, all_day: bool, zone: tzinfo) -> date | datetime:
    moment = key_instant(key).astimezone(zone)
    return moment.date() if all_day else moment


def _todo(task: Task, stamp: datetime) -> Todo:
    todo = Todo()
    todo.add("uid", task.uid)
    todo.add("dtstamp", stamp)
    todo.add("summary", clean_text(task.title))
    if task.due is not None:
        todo.add("due", task.due)
    todo.add("priority", PRIORITY[task.quadrant])
    todo.add("categories", [task.quadrant.label, *(clean_text(tag) for tag in task.tags)])
    if task.delegate:
        todo.add("contact", clean_text(task.delegate))
    todo.add("status", _TODO_STATUS[task.status])
    if task.completed is not None:
        todo.add("completed", task.completed.astimezone(UTC))
    if task.notes:
        todo.add("description", clean_text(task.notes))
    todo.add("created", task.created.astimezone(UTC))
    todo.add("last-modified", task.updated.astimezone(UTC))
    return todo
