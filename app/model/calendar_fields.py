"""What the properties of one calendar item (a VEVENT or VTODO read by `icalendar`) become in
Quadrant: its title and notes as Quadrant keeps them, its categories, its instants and end, the
time zone its times are read in, and what of it had to be left out.

Used by `calendar_import`; like it, imported only when a calendar file is used.
"""

from contextlib import suppress
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.model.calendar_reading import clean_text
from app.model.errors import InvalidInput, Words, joined
from app.model.parsing import NOTES_MAX, TITLE_MAX, parse_title
from app.model.wording import QT_TRANSLATE_NOOP


def end(component: Any, start: date) -> date:
    if "DTEND" in component:
        end: date = component.decoded("DTEND")
        return end
    if "DURATION" in component:
        duration: timedelta = component.decoded("DURATION")
        return start + duration
    return start + timedelta(days=1) if not isinstance(start, datetime) else start


def recurrence_key(moment: date, floating: tzinfo) -> str:
    """An occurrence's identity as text: its UTC instant, or its day for all-day events."""
    if isinstance(moment, datetime):
        return aware(moment, floating).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return moment.strftime("%Y%m%d")


def categories(component: Any) -> list[str]:
    found: list[str] = []
    values = component.get("CATEGORIES")
    for value in values if isinstance(values, list) else [values] if values else []:
        found.extend(str(category) for category in getattr(value, "cats", [value]))
    return found


def text(component: Any, name: str) -> str:
    value = component.get(name)
    return clean_text(str(value)).strip() if value is not None else ""


def left_out(component: Any) -> str:
    """What of an item that is imported is left out ("" if nothing): lines `icalendar` cannot
    read, a title or notes too long to keep whole (stored cut at their limits)."""
    left: list[str] = []
    unread = [message for name, message in getattr(component, "errors", []) if name is None]
    if len(unread) == 1:
        one = QT_TRANSLATE_NOOP("Errors", "a line it cannot read left out ({reason})")
        left.append(Words(one, reason=unread[0]))
    elif unread:
        many = QT_TRANSLATE_NOOP("Errors", "{count} lines it cannot read left out ({reason})")
        left.append(Words(many, count=len(unread), reason=unread[0]))
    if len(" ".join(text(component, "SUMMARY").split())) > TITLE_MAX:
        cut = QT_TRANSLATE_NOOP("Errors", "title cut to {limit} characters")
        left.append(Words(cut, limit=TITLE_MAX))
    if len(text(component, "DESCRIPTION")) > NOTES_MAX:
        cut = QT_TRANSLATE_NOOP("Errors", "notes cut to {limit:,} characters")
        left.append(Words(cut, limit=NOTES_MAX))
    return joined(left, ", ") if left else ""


def title(component: Any) -> str:
    """SUMMARY as a title Quadrant can store: one line, cut at the limit; never empty."""
    title = " ".join(text(component, "SUMMARY").split())[:TITLE_MAX]
    try:
        return parse_title(title)
    except InvalidInput:
        return "(no title)"


def notes(component: Any) -> str:
    return text(component, "DESCRIPTION")[:NOTES_MAX]


def instant(component: Any, name: str) -> datetime | None:
    try:
        value = component.decoded(name) if name in component else None
    except Exception:
        return None
    return aware(value, UTC).astimezone(UTC) if isinstance(value, datetime) else None


def aware(moment: datetime, floating: tzinfo) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=floating)


def midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(), zone).astimezone(UTC)


def zone(name: str, default: tzinfo) -> tzinfo:
    if not name:
        return default
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

        mapped = WINDOWS_TO_OLSON.get(name)
        return ZoneInfo(mapped) if mapped else default


def learn_zone(component: Any) -> None:
    """Let later items use a VTIMEZONE the file describes under a name nobody else knows."""
    from icalendar import timezone

    # If it cannot be read, its items are read as floating times, in the calendar's zone.
    with suppress(Exception):
        timezone.tzp.cache_timezone_component(component)
