"""Weeks in the user's local time: their days, the instants they span, and ISO week numbers.

Blocks are stored as UTC instants and shown in the local time zone. A week is seven local days
from local midnight of its first day, so a week with a daylight-saving change lasts 167 or 169
hours; a position on a day is its wall-clock time ("09:00"), whatever the offset that day.
"""

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.model.errors import InvalidInput
from app.model.wording import QT_TRANSLATE_NOOP, DateWords

# English names, like the rest of the app: strftime follows the C locale, which Qt sets from
# the environment, and would mix languages on one screen or page.
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ISO_WEEK = re.compile(r"(\d{4})-?[Ww](\d{1,2})")
MINUTES_PER_DAY = 24 * 60


def local_zone() -> tzinfo:
    """The system's time zone with its daylight-saving rules (TZ, else /etc/localtime).

    A fixed offset (today's) is the last resort: right except across a daylight-saving change.
    """
    name = os.environ.get("TZ", "").lstrip(":")
    try:
        if name.startswith("/"):
            with open(name, "rb") as file:
                return ZoneInfo.from_file(file, key=name)
        if name:
            return ZoneInfo(name)
        linked = os.path.realpath("/etc/localtime")  # usually a link into the zone database
        if "/zoneinfo/" in linked:
            with contextlib.suppress(ValueError, ZoneInfoNotFoundError):
                return ZoneInfo(linked.split("/zoneinfo/", 1)[1])  # with its name: Europe/Berlin
        with open("/etc/localtime", "rb") as file:
            return ZoneInfo.from_file(file, key="localtime")
    except (OSError, ValueError, ZoneInfoNotFoundError):
        pass
    return datetime.now().astimezone().tzinfo or UTC


def local_instant(day: date, minutes: float, zone: tzinfo) -> datetime:
    """The UTC instant the clocks in `zone` show `minutes` after midnight on `day`.

    A wall time skipped by a daylight-saving change (02:30 on a spring-forward night) is read
    with the offset before the change, which lands the same distance past the gap (03:30).
    """
    wall = datetime.combine(day, time()) + timedelta(minutes=minutes)
    return wall.replace(tzinfo=zone).astimezone(UTC)


def wall_minutes(instant: datetime, day: date, zone: tzinfo) -> float:
    """Minutes from midnight of `day` to the wall-clock time of `instant` in `zone`."""
    local = instant.astimezone(zone).replace(tzinfo=None)
    return (local - datetime.combine(day, time())).total_seconds() / 60


def exists_locally(day: date, minutes: float, zone: tzinfo) -> bool:
    """False for a wall time the clocks skip (a spring-forward gap)."""
    return wall_minutes(local_instant(day, minutes, zone), day, zone) == minutes


@dataclass(frozen=True)
class Week:
    """Seven local days from `first_day` in `zone`."""

    first_day: date
    zone: tzinfo

    @property
    def days(self) -> list[date]:
        return [self.first_day + timedelta(days=n) for n in range(7)]

    @property
    def start(self) -> datetime:
        """Local midnight of the first day, as a UTC instant."""
        return local_instant(self.first_day, 0, self.zone)

    @property
    def end(self) -> datetime:
        """Local midnight after the last day, as a UTC instant."""
        return local_instant(self.first_day + timedelta(days=7), 0, self.zone)

    def day_start(self, index: int) -> datetime:
        return local_instant(self.first_day + timedelta(days=index), 0, self.zone)

    @property
    def iso(self) -> tuple[int, int]:
        """ISO year and week number, taken from the Monday among the week's days."""
        monday = next(day for day in self.days if day.weekday() == 0)
        year, number, _ = monday.isocalendar()
        return year, number

    @property
    def name(self) -> str:
        """The week as `--week` takes it, e.g. 2026-W48."""
        year, number = self.iso
        return f"{year:04d}-W{number:02d}"

    def span_text(self) -> str:
        """The dates in words: "23 – 29 Nov 2026", "30 Nov – 6 Dec 2026" or across a new year
        "28 Dec 2026 – 3 Jan 2027"."""
        first, last = self.first_day, self.first_day + timedelta(days=6)
        end = f"{last.day} {MONTHS[last.month - 1]} {last.year}"
        if first.year != last.year:
            return f"{first.day} {MONTHS[first.month - 1]} {first.year} – {end}"
        if first.month != last.month:
            return f"{first.day} {MONTHS[first.month - 1]} – {end}"
        return f"{first.day} – {end}"

    def shifted(self, weeks: int) -> "Week":
        return Week(self.first_day + timedelta(weeks=weeks), self.zone)

    def index_of(self, day: date) -> int | None:
        offset = (day - self.first_day).days
        return offset if 0 <= offset < 7 else None


def day_text(day: date, today: date | None = None) -> str:
    """ "Tue 24 Nov" (with the year when it is not `today`'s year)."""
    text = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    return text if today is None or day.year == today.year else f"{text} {day.year}"


def day_with_year(day: date) -> str:
    """ "1 Mar 2027"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """ "24 Nov"."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def _weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]


ENGLISH_DATES = DateWords(day_text, _weekday, day_with_year, short_date, Week.span_text)


def week_of(day: date, zone: tzinfo, first_weekday: int = 0) -> Week:
    """The week holding `day`, starting on `first_weekday` (0 Monday ... 6 Sunday)."""
    back = (day.weekday() - first_weekday) % 7
    return Week(day - timedelta(days=back), zone)


def parse_week(text: str, zone: tzinfo) -> Week:
    """An ISO week, "2026-W48" (Monday to Sunday)."""
    found = _ISO_WEEK.fullmatch(text.strip())
    if not found:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "“{text}” is not a week; write it as YYYY-Www, e.g. 2026-W48"
            ),
            text=text,
        )
    year, number = int(found[1]), int(found[2])
    if year == 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a week: there is no year 0"),
            text=text.strip(),
        )
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        weeks = date(year, 12, 28).isocalendar()[1]  # the week of 28 December is the last
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a week: {year} has weeks 1 to {weeks}"),
            text=text,
            year=year,
            weeks=weeks,
        ) from None
    return Week(monday, zone)
