"""A calendar file (RFC 5545) as the blocks and tasks it brings: the model's half of
`quadrant import` and File ▸ Import Calendar…; `CalendarImport.apply` writes the result.

Decisions where the standard or the request leaves a choice:
- VEVENTs become meeting blocks marked "from calendar FILE-NAME" (their `source`); a file
  written by Quadrant keeps each block's kind (its first CATEGORY). VTODOs become Inbox tasks
  with their due day (a file from Quadrant keeps the quadrant); COMPLETED ones are done,
  CANCELLED ones dropped.
- Repeating events (RRULE with COUNT/UNTIL, EXDATE, RDATE, RECURRENCE-ID overrides) are
  expanded by `recurring-ical-events` over the import window: from 4 weeks before today to
  26 weeks after. Single events outside the window are left out too, and counted.
- A repeating block Quadrant wrote (its RRULE, EXDATEs and RECURRENCE-ID overrides) comes back
  as a repeating block with its rule (see `repeats`), not expanded; one Quadrant could not
  follow (an RDATE, an hourly rule, all day) is expanded like any other.
- All-day events become all-day blocks, one per local day, from midnight to midnight.
- Times with a zone keep it (Windows names such as "W. Europe Standard Time" are mapped by
  `icalendar`); UTC stays UTC; floating times, and zones nobody knows, are read in the
  calendar's X-WR-TIMEZONE, else in the user's zone.
- An event longer than a day (not all-day), one that ends before it starts, or one without a
  DTSTART is skipped with its reason, as is anything `icalendar` cannot read.
- Control characters other than tabs and new lines are dropped from the text. A title or notes
  longer than Quadrant keeps are cut at the limit, and lines `icalendar` cannot read in an
  item that is otherwise whole are left out; the summary says which items came in part.
"""

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from app.model import calendar_fields as props
from app.model.block import BLOCK_MAX, BlockKind
from app.model.calendar_reading import RawItem, decode, split_calendar
from app.model.errors import InvalidInput, Words
from app.model.quadrant import Quadrant, Status
from app.model.repeats import parse_rule
from app.model.wording import QT_TRANSLATE_NOOP

WEEKS_BEFORE = 4
WEEKS_AFTER = 26
_KINDS = {kind.label: kind for kind in BlockKind}
_LANES = {lane.label: lane for lane in Quadrant}
Progress = Callable[[int, int], bool]  # (done, total) → go on? False cancels


class Cancelled(Exception):  # noqa: N818 - the user's word, not an error
    """The user cancelled the import; nothing was written."""


@dataclass(frozen=True, slots=True)
class EventItem:
    """One occurrence of an event, as a block: instants in UTC."""

    external_uid: str
    recurrence_id: str | None
    start: datetime
    end: datetime
    title: str
    notes: str
    kind: BlockKind
    all_day: bool
    created: datetime | None = None
    updated: datetime | None = None
    related_to: str | None = None
    repeat: str | None = None  # a series Quadrant wrote keeps its rule (see `repeats`)
    exceptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TodoItem:
    """A to-do, as a task."""

    external_uid: str
    title: str
    notes: str
    quadrant: Quadrant
    status: Status
    due: date | None
    delegate: str | None
    tags: tuple[str, ...]
    completed: datetime | None = None


@dataclass
class CalendarContents:
    """What a file brings, under its name, and each item left out with the reason."""

    source: str
    window: tuple[datetime, datetime]
    events: list[EventItem] = field(default_factory=list)
    todos: list[TodoItem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    partly: list[str] = field(default_factory=list)  # items imported in part, and what not
    outside: int = 0  # occurrences outside the window
    event_uids: set[str] = field(default_factory=set)  # every event UID the file holds


def import_window(today: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The span repeating events are expanded over: 4 weeks back to 26 weeks ahead."""
    first = today - timedelta(weeks=WEEKS_BEFORE)
    last = today + timedelta(weeks=WEEKS_AFTER)
    return props.midnight(first, zone), props.midnight(last, zone)


def read_calendar(
    data: bytes,
    source: str,
    zone: tzinfo,
    today: date,
    progress: Progress | None = None,
    window: tuple[datetime, datetime] | None = None,
    ours: bool | None = None,
) -> CalendarContents:
    """The items of a calendar file named `source`. Raises Cancelled when `progress` says so.

    `window` replaces the import window (see `import_window`); `ours` says whether categories
    carry Quadrant's kinds and lanes (by default: whether Quadrant wrote the file)."""
    from icalendar import Component  # only when a calendar file is read

    raw = split_calendar(decode(data))
    contents = CalendarContents(source, window or import_window(today, zone))
    floating = props.zone(raw.properties.get("X-WR-TIMEZONE", ""), zone)
    if ours is None:
        ours = raw.properties.get("PRODID", "").startswith("-//Quadrant//")
    series: dict[str, list[Any]] = {}  # repeating events and their overrides, by UID
    total = len(raw.items)
    for done, item in enumerate(raw.items, 1):
        if progress is not None and done % 200 == 0 and not progress(done, total):
            raise Cancelled
        if item.problem:
            contents.skipped.append(_where(item, item.problem))
            continue
        try:
            component = Component.from_ical(item.text)
        except Exception as error:  # icalendar raises many kinds; the item is skipped
            contents.skipped.append(_where(item, Words(_UNREADABLE, reason=error)))
            continue
        problem = _broken(component)
        if problem:
            contents.skipped.append(_where(item, problem))
            continue
        if left_out := props.left_out(component):
            contents.partly.append(_where(item, left_out))
        if item.name == "VTIMEZONE":
            props.learn_zone(component)
        elif item.name == "VTODO":
            contents.todos.append(_todo(component, ours))
        else:
            uid = str(component.get("UID", "")) or f"line-{item.line}"
            contents.event_uids.add(uid)
            if "RRULE" in component or "RDATE" in component or "RECURRENCE-ID" in component:
                series.setdefault(uid, []).append(component)
            else:
                try:
                    _add_occurrence(contents, item, component, uid, None, floating, zone, ours)
                except Exception as error:  # a value icalendar read but cannot give back
                    contents.skipped.append(_where(item, Words(_UNREADABLE, reason=error)))
    for uid, components in series.items():
        if not (ours and _keep_rule(contents, uid, components, floating, zone)):
            _expand(contents, uid, components, floating, zone, ours)
    if progress is not None:
        progress(total, total)
    return contents


def _expand(
    contents: CalendarContents,
    uid: str,
    components: list[Any],
    floating: tzinfo,
    zone: tzinfo,
    ours: bool,
) -> None:
    """Every occurrence of one repeating event within the window."""
    import recurring_ical_events  # type: ignore[import-untyped]
    from icalendar import Calendar

    calendar = Calendar()
    for component in components:
        calendar.add_component(component)
    first, last = contents.window
    try:
        occurrences = recurring_ical_events.of(calendar).between(first, last)
        for occurrence in occurrences:
            recurrence = occurrence.get("RECURRENCE-ID")
            moment = occurrence.decoded("DTSTART") if recurrence is None else recurrence.dt
            key = props.recurrence_key(moment, floating)
            item = RawItem("VEVENT", "", 0)
            _add_occurrence(contents, item, occurrence, uid, key, floating, zone, ours)
    except Exception as error:  # a rule the library cannot follow: the series is skipped
        unreadable = QT_TRANSLATE_NOOP(
            "Errors", "event {uid}: its repeat rule cannot be read ({reason})"
        )
        contents.skipped.append(Words(unreadable, uid=uid, reason=error))


def _keep_rule(
    contents: CalendarContents, uid: str, components: list[Any], floating: tzinfo, zone: tzinfo
) -> bool:
    """Add a repeating block Quadrant wrote with its rule, exceptions and occurrences changed
    on their own; False (nothing added) if its rule is not one Quadrant follows."""
    masters = [c for c in components if "RECURRENCE-ID" not in c]
    if len(masters) != 1 or "RRULE" not in masters[0] or "RDATE" in masters[0]:
        return False
    master = masters[0]
    try:
        start = master.decoded("DTSTART")
        if not isinstance(start, datetime):
            return False
        rule = parse_rule(master["RRULE"].to_ical().decode(), props.aware(start, floating), zone)
        excluded = master.get("EXDATE", [])
        exceptions = tuple(
            sorted(
                props.recurrence_key(moment.dt, floating)
                for value in (excluded if isinstance(excluded, list) else [excluded])
                for moment in value.dts
            )
        )
        keys = [
            None if c is master else props.recurrence_key(c.decoded("RECURRENCE-ID"), floating)
            for c in components
        ]
    except (InvalidInput, ValueError, KeyError, TypeError):
        return False
    first = len(contents.events)
    for component, key in zip(components, keys, strict=True):
        item = RawItem("VEVENT", "", 0)
        _add_occurrence(contents, item, component, uid, key, floating, zone, True, anywhere=True)
    for index in range(first, len(contents.events)):
        if contents.events[index].recurrence_id is None:
            contents.events[index] = replace(
                contents.events[index], repeat=rule, exceptions=exceptions
            )
    return True


def _add_occurrence(
    contents: CalendarContents,
    item: RawItem,
    component: Any,
    uid: str,
    recurrence_id: str | None,
    floating: tzinfo,
    zone: tzinfo,
    ours: bool,
    anywhere: bool = False,
) -> None:
    """Add the component as a block (`anywhere`: even outside the import window)."""
    title = props.title(component)
    if str(component.get("STATUS", "")).upper() == "CANCELLED":
        return
    start_value = component.decoded("DTSTART")
    end_value = props.end(component, start_value)
    first, last = contents.window
    kind = BlockKind.MEETING
    categories = props.categories(component)
    if ours and categories and categories[0] in _KINDS:
        kind = _KINDS[categories[0]]
    common: dict[str, Any] = {
        "external_uid": uid,
        "title": title,
        "notes": props.notes(component),
        "kind": kind,
        "created": props.instant(component, "CREATED"),
        "updated": props.instant(component, "LAST-MODIFIED"),
        "related_to": props.text(component, "RELATED-TO") or None,
    }
    if not isinstance(start_value, datetime):  # all day: one block per local day
        day, end_day = start_value, end_value if isinstance(end_value, date) else start_value
        end_day = max(end_day, day + timedelta(days=1))
        added = 0
        while day < end_day:
            start, end = props.midnight(day, zone), props.midnight(day + timedelta(days=1), zone)
            if start < last and end > first:
                key = recurrence_id if added == 0 else f"{recurrence_id or ''}+{day}"
                contents.events.append(EventItem(recurrence_id=key, start=start, end=end,
                                                 all_day=True, **common))  # fmt: skip
                added += 1
            day += timedelta(days=1)
        contents.outside += added == 0
        return
    start = props.aware(start_value, floating)
    end = props.aware(end_value, floating) if isinstance(end_value, datetime) else start
    if end <= start:
        end = start + timedelta(minutes=1) if end == start else end
    if end < start:
        backwards = QT_TRANSLATE_NOOP("Errors", "“{title}” ends before it starts")
        contents.skipped.append(_where(item, Words(backwards, title=title), uid))
        return
    if end - start > BLOCK_MAX:
        too_long = QT_TRANSLATE_NOOP("Errors", "“{title}” lasts longer than a day")
        contents.skipped.append(_where(item, Words(too_long, title=title), uid))
        return
    if not (anywhere or (start < last and end > first)):
        contents.outside += 1
        return
    contents.events.append(EventItem(recurrence_id=recurrence_id, start=start.astimezone(UTC),
                                     end=end.astimezone(UTC), all_day=False, **common))  # fmt: skip


def _todo(component: Any, ours: bool) -> TodoItem:
    status = str(component.get("STATUS", "")).upper()
    categories = props.categories(component)
    lane = Quadrant.INBOX
    if ours and categories and categories[0] in _LANES:
        lane, categories = _LANES[categories[0]], categories[1:]
    due = component.decoded("DUE") if "DUE" in component else None
    if isinstance(due, datetime):
        due = due.date()
    done = {"COMPLETED": Status.DONE, "CANCELLED": Status.DROPPED}.get(status, Status.OPEN)
    return TodoItem(
        external_uid=str(component.get("UID", "")) or props.text(component, "SUMMARY"),
        title=props.title(component),
        notes=props.notes(component),
        quadrant=lane,
        status=done,
        due=due,
        delegate=props.text(component, "CONTACT") or None,
        tags=tuple(categories) if ours else (),
        completed=props.instant(component, "COMPLETED"),
    )


def _broken(component: Any) -> str:
    """Why an item cannot be imported, or ""."""
    errors = getattr(component, "errors", [])
    for name, message in errors:
        if name in ("DTSTART", "DTEND", "DUE", "DURATION", "RRULE", "RECURRENCE-ID"):
            return Words(
                QT_TRANSLATE_NOOP("Errors", "bad {name} ({reason})"), name=name, reason=message
            )
    if component.name == "VEVENT" and "DTSTART" not in component:
        return Words(QT_TRANSLATE_NOOP("Errors", "no DTSTART"))
    return ""


_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "unreadable ({reason})")
# Where a problem is, by the kind of item and what names its place: a whole phrase each.
_WHERE = {
    ("VTODO", "line"): QT_TRANSLATE_NOOP("Errors", "to-do at line {line}: {problem}"),
    ("VTODO", "uid"): QT_TRANSLATE_NOOP("Errors", "to-do {uid}: {problem}"),
    ("VTODO", ""): QT_TRANSLATE_NOOP("Errors", "to-do: {problem}"),
    ("VTIMEZONE", "line"): QT_TRANSLATE_NOOP("Errors", "time zone at line {line}: {problem}"),
    ("VTIMEZONE", "uid"): QT_TRANSLATE_NOOP("Errors", "time zone {uid}: {problem}"),
    ("VTIMEZONE", ""): QT_TRANSLATE_NOOP("Errors", "time zone: {problem}"),
    ("VEVENT", "line"): QT_TRANSLATE_NOOP("Errors", "event at line {line}: {problem}"),
    ("VEVENT", "uid"): QT_TRANSLATE_NOOP("Errors", "event {uid}: {problem}"),
    ("VEVENT", ""): QT_TRANSLATE_NOOP("Errors", "event: {problem}"),
}


def _where(item: RawItem, problem: str, uid: str = "") -> Words:
    kind = item.name if item.name in ("VTODO", "VTIMEZONE") else "VEVENT"
    place = "line" if item.line else "uid" if uid else ""
    return Words(_WHERE[kind, place], line=item.line, uid=uid, problem=problem)
