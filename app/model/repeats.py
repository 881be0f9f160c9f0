"""Repeating blocks: their RFC 5545 rules, and the occurrences a span of time shows.

A repeating block is stored once, as its first occurrence with a rule ("FREQ=WEEKLY;
BYDAY=TU,TH", with UNTIL or COUNT if it ends) and the occurrences left out (EXDATE). An
occurrence changed on its own is a row of its own naming the series and the occurrence it
replaces (RECURRENCE-ID). So the file holds what a calendar file holds, and exports and imports
without translation.

Where the standard leaves a choice:
- A rule keeps wall time in the zone the week is shown in: 09:00 stays 09:00 when the clocks
  change. A wall time the clocks skip is read with the offset before the gap, as RFC 5545 says
  (02:30 on a spring-forward night is 03:30).
- Both ends keep wall time: a 09:00–11:00 block is 09:00–11:00 on every day.
- Rules repeat daily, weekly, monthly or yearly; a day that does not exist in a month (the
  31st, 29 February) is skipped, as the standard says; "BYMONTHDAY=-1" is the last day.
- An occurrence the week shows that is not stored has an id of its own below zero, unique in
  what one reading returns; `series_id` and `recurrence_id` say which occurrence it is.

`dateutil.rrule` (a well-kept library icalendar uses too) expands the rules; it is imported
only when a span holds a repeating block, never on the start-up path otherwise.
"""

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from app.model.block import TimeBlock
from app.model.errors import InvalidInput
from app.model.week import ENGLISH_DATES
from app.model.wording import (
    QT_TRANSLATE_NOOP,
    Counting,
    DateWords,
    EnglishCounts,
    Translate,
    english,
)

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
PER_SERIES_MAX = 999  # occurrences of one series in one reading (a week holds at most 7 a day)
KEY_FORMAT = "%Y%m%dT%H%M%SZ"  # a recurrence id: the occurrence's original start in UTC
DAY_NAMES = {"MO": "Mon", "TU": "Tue", "WE": "Wed", "TH": "Thu", "FR": "Fri", "SA": "Sat",
             "SU": "Sun"}  # fmt: skip
WEEKDAYS_RULE = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
SCHEDULE_AHEAD = timedelta(weeks=8)  # how far ahead a task's card looks for its repeating block


class Scope(StrEnum):
    """Which occurrences a change to one occurrence of a repeating block applies to."""

    THIS = "this"
    FOLLOWING = "following"
    ALL = "all"  # the window words them (calendar/series_edits.py)


def recurrence_key(instant: datetime) -> str:
    """An occurrence's recurrence id: its original start as UTC text."""
    return instant.astimezone(UTC).strftime(KEY_FORMAT)


def key_instant(key: str) -> datetime:
    """The original start a recurrence id names (a day alone: its midnight in UTC)."""
    if "T" not in key:
        return datetime.strptime(key[:8], "%Y%m%d").replace(tzinfo=UTC)
    return datetime.strptime(key.rstrip("Z"), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)


def rule_parts(rule: str) -> dict[str, str]:
    """NAME → VALUE of a rule, in its order."""
    parts: dict[str, str] = {}
    for part in rule.split(";"):
        name, _, value = part.partition("=")
        if name:
            parts[name.strip().upper()] = value.strip().upper()
    return parts


def _joined(parts: dict[str, str]) -> str:
    ordered = {"FREQ": parts["FREQ"]} | parts
    return ";".join(f"{name}={value}" for name, value in ordered.items())


def parse_rule(text: str, start: datetime, zone: tzinfo) -> str:
    """A rule as typed (with or without "RRULE:"), checked, in the form the file holds: UNTIL
    in UTC (a day alone means the end of that local day). Raises InvalidInput in words."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts = rule_parts(body)
    if not parts or any(not value for value in parts.values()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "“{text}” is not a repeat rule; write it like FREQ=WEEKLY;BYDAY=TU,TH"
            ),
            text=text,
        )
    frequency = parts.get("FREQ")
    if frequency not in FREQUENCIES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{text}” needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY "
                "(blocks repeat at most daily)",
            ),
            text=text,
        )
    if "UNTIL" in parts and "COUNT" in parts:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "“{text}” gives both UNTIL and COUNT; a repeat ends one way"
            ),
            text=text,
        )
    if "UNTIL" in parts:
        parts["UNTIL"] = _until_text(parts["UNTIL"], zone, text)
    rule = _joined(parts)
    try:
        _rule(rule, start, zone)
    except (ValueError, TypeError) as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "“{text}” is not a repeat rule Quadrant can follow ({reason})"
            ),
            text=text,
            reason=error,
        ) from None
    return rule


def _until_text(value: str, zone: tzinfo, typed: str) -> str:
    try:
        if value.endswith("Z"):
            moment = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        elif "T" in value:
            moment = datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=zone)
        else:
            return until_day(datetime.strptime(value, "%Y%m%d").date(), zone)
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” has an UNTIL that is not a date: {value}"),
            text=typed,
            value=value,
        ) from None
    return recurrence_key(moment)


def until_day(day: date, zone: tzinfo) -> str:
    """UNTIL for a repeat that ends on `day` (its occurrences on that day included)."""
    last = datetime.combine(day + timedelta(days=1), time(), zone) - timedelta(seconds=1)
    return recurrence_key(last)


def with_end(rule: str, until: str | None = None, count: int | None = None) -> str:
    """`rule` ending with UNTIL `until` (UTC text), or after `count` occurrences, or never."""
    parts = {k: v for k, v in rule_parts(rule).items() if k not in ("UNTIL", "COUNT")}
    if until is not None:
        parts["UNTIL"] = until
    if count is not None:
        if count < 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "a repeat happens at least once; give a count of 1 or more"
                )
            )
        parts["COUNT"] = str(count)
    return _joined(parts)


def _rule(rule: str, start: datetime, zone: tzinfo):  # type: ignore[no-untyped-def]
    from dateutil.rrule import rrulestr  # type: ignore[import-untyped]  # only when needed

    return rrulestr(f"RRULE:{rule}", dtstart=start.astimezone(zone))


def starts(series: TimeBlock, zone: tzinfo, after: datetime, before: datetime) -> list[datetime]:
    """The original starts (UTC) of the occurrences of `series` that start in (after, before),
    leaving none out."""
    assert series.repeat is not None
    anchor = _anchor(series.repeat, series.start, zone, after)
    found = _rule(series.repeat, anchor, zone).between(
        after.astimezone(UTC), before.astimezone(UTC)
    )
    return [moment.astimezone(UTC) for moment in found[:PER_SERIES_MAX]]


_SKIPPABLE = {"FREQ", "INTERVAL", "BYDAY", "UNTIL", "WKST"}


def _anchor(rule: str, start: datetime, zone: tzinfo, after: datetime) -> datetime:
    """Where to start expanding: `start`, or for a daily or weekly rule without COUNT, the
    same wall time whole periods later, just before `after` — the same occurrences, without
    walking through years of them (a daily series two years old: 6.7 ms a week, else 0.1)."""
    parts = rule_parts(rule)
    if parts.get("FREQ") not in ("DAILY", "WEEKLY") or not set(parts) <= _SKIPPABLE:
        return start
    step = int(parts.get("INTERVAL", "1") or 1) * (7 if parts["FREQ"] == "WEEKLY" else 1)
    wall = _wall(start, zone)
    periods = (after.astimezone(zone).date() - wall.date()).days // step - 1
    if periods <= 0:
        return start
    return (wall + timedelta(days=periods * step)).replace(tzinfo=zone)


def occurrence_end(series: TimeBlock, start: datetime, zone: tzinfo) -> datetime:
    """Where an occurrence starting at `start` ends: as long on the clock as the series."""
    wall_length = _wall(series.end, zone) - _wall(series.start, zone)
    return (_wall(start, zone) + wall_length).replace(tzinfo=zone).astimezone(UTC)


def _wall(instant: datetime, zone: tzinfo) -> datetime:
    return instant.astimezone(zone).replace(tzinfo=None)


def occurrences(
    series: TimeBlock, zone: tzinfo, start: datetime, end: datetime, skip: Iterable[str] = ()
) -> list[TimeBlock]:
    """The occurrences of `series` overlapping [start, end), as blocks, less the recurrence
    ids in `skip` (changed on their own) and the series' exceptions."""
    left_out = set(skip) | set(series.exceptions)
    longest = series.end - series.start + timedelta(hours=3)  # a DST change may lengthen one
    found = []
    for number, moment in enumerate(starts(series, zone, start - longest, end)):
        key = recurrence_key(moment)
        finish = occurrence_end(series, moment, zone)
        if key in left_out or not (moment < end and finish > start):
            continue
        found.append(
            series._replace(
                id=-(series.id * (PER_SERIES_MAX + 1) + number + 1),
                start=moment,
                end=finish,
                series_id=series.id,
                recurrence_id=key,
            )
        )
    return found


def shown(
    blocks: Sequence[TimeBlock],
    series: Sequence[TimeBlock],
    changed: Iterable[tuple[int, str]],
    zone: tzinfo,
    start: datetime,
    end: datetime,
) -> list[TimeBlock]:
    """What [start, end) shows: the single blocks (and occurrences changed on their own) in
    it, and every occurrence of each series (`changed`: (series id, recurrence id) of those
    stored on their own, wherever they went), in order of their start."""
    if not series:
        return list(blocks)
    moved: dict[int, set[str]] = {}
    for series_id, key in changed:
        moved.setdefault(series_id, set()).add(key)
    found = list(blocks)
    for one in series:
        found.extend(occurrences(one, zone, start, end, moved.get(one.id, ())))
    found.sort(key=lambda block: (block.start, block.id))
    return found


def count_before(series: TimeBlock, zone: tzinfo, moment: datetime) -> int:
    """How many occurrences of `series` start before `moment`."""
    assert series.repeat is not None
    rule = _rule(series.repeat, series.start, zone)
    return len(rule.between(series.start - timedelta(seconds=1), moment.astimezone(UTC)))


def rule_in_words(
    rule: str,
    zone: tzinfo,
    translate: Translate = english,
    Counts: Counting = EnglishCounts,  # noqa: N803
    dates: DateWords = ENGLISH_DATES,
) -> str:
    """A rule as people say it: "every week on Tue, Thu until 1 Mar 2027", "every 2 weeks on
    Mon", "every weekday", "every month on the 2nd Tue", "every day, 5 times"."""
    parts = rule_parts(rule)
    frequency = parts.get("FREQ", "")
    interval = int(parts.get("INTERVAL", "1") or 1)
    every = _every(frequency, interval, translate, Counts)
    days = [day for day in parts.get("BYDAY", "").split(",") if day]
    if days == _WORKING_DAYS and interval == 1 and frequency in ("DAILY", "WEEKLY"):
        words = translate("Repeats", "every weekday")
    elif days and frequency == "WEEKLY":
        named = ", ".join(dates.weekday(_weekday(day)) for day in days)
        words = translate("Repeats", "{every} on {days}").format(every=every, days=named)
    elif days and frequency == "MONTHLY":
        named = ", ".join(_nth_day(day, translate, dates) for day in days)
        words = translate("Repeats", "{every} on the {days}").format(every=every, days=named)
    elif parts.get("BYMONTHDAY") == "-1":
        words = translate("Repeats", "{every} on its last day").format(every=every)
    elif "BYMONTHDAY" in parts:
        words = translate("Repeats", "{every} on day {day}")
        words = words.format(every=every, day=parts["BYMONTHDAY"])
    else:
        words = every
    if "UNTIL" in parts:
        last = key_instant(parts["UNTIL"]).astimezone(zone).date()
        until = translate("Repeats", "{repeat} until {day}")
        words = until.format(repeat=words, day=dates.day_with_year(last))
    if parts.get("COUNT") == "1":
        words = translate("Repeats", "{repeat}, once").format(repeat=words)
    elif "COUNT" in parts:
        times = Counts.tr("%n time(s)", "", int(parts["COUNT"]))
        words = translate("Repeats", "{repeat}, {times}").format(repeat=words, times=times)
    return words


_WORKING_DAYS = ["MO", "TU", "WE", "TH", "FR"]
A_MONDAY = date(2024, 1, 1)  # to name a day of the week a rule says (MO … SU)


def _weekday(day: str) -> date:
    """A day of the week a rule names ("TU", "2TU"), as a date on that weekday, to be named."""
    return A_MONDAY + timedelta(days=list(DAY_NAMES).index(day[-2:]))


def _every(frequency: str, interval: int, translate: Translate, Counts: Counting) -> str:  # noqa: N803
    if interval == 1:
        return {
            "DAILY": translate("Repeats", "every day"),
            "WEEKLY": translate("Repeats", "every week"),
            "MONTHLY": translate("Repeats", "every month"),
        }.get(frequency) or translate("Repeats", "every year")
    return {
        "DAILY": Counts.tr("every %n day(s)", "", interval),
        "WEEKLY": Counts.tr("every %n week(s)", "", interval),
        "MONTHLY": Counts.tr("every %n month(s)", "", interval),
    }.get(frequency) or Counts.tr("every %n year(s)", "", interval)


def _nth_day(day: str, translate: Translate, dates: DateWords) -> str:
    """ "2nd Tue", "last Fri", or "Tue" (every one in the month)."""
    number, name = day[:-2], dates.weekday(_weekday(day))
    if not number:
        return name
    if number == "-1":
        return translate("Repeats", "last {day}").format(day=name)
    nth = int(number.lstrip("+"))
    ordinal = {
        1: translate("Repeats", "{nth}st {day}"),
        2: translate("Repeats", "{nth}nd {day}"),
        3: translate("Repeats", "{nth}rd {day}"),
    }.get(nth if nth < 20 else nth % 10) or translate("Repeats", "{nth}th {day}")
    return ordinal.format(nth=nth, day=name)
