"""Turning what a person types into task fields, with a clear message when it cannot be used.

Every parser raises `InvalidInput` with a sentence that names the bad value and says what would
work; the caller shows it and keeps the input, so nothing typed is lost.
"""

import calendar
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, timedelta

from app.model.errors import InvalidInput, Words
from app.model.wording import QT_TRANSLATE_NOOP

TITLE_MAX = 500
NOTES_MAX = 100_000
DELEGATE_MAX = 100
TAG_MAX = 40
ESTIMATE_MAX_MINUTES = 7 * 24 * 60

# English on purpose: the `calendar` names follow LC_TIME, which Qt sets from the desktop's
# locale, and then "friday" would stop being a date for a German user.
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Errors", "January"),
    QT_TRANSLATE_NOOP("Errors", "February"),
    QT_TRANSLATE_NOOP("Errors", "March"),
    QT_TRANSLATE_NOOP("Errors", "April"),
    QT_TRANSLATE_NOOP("Errors", "May"),
    QT_TRANSLATE_NOOP("Errors", "June"),
    QT_TRANSLATE_NOOP("Errors", "July"),
    QT_TRANSLATE_NOOP("Errors", "August"),
    QT_TRANSLATE_NOOP("Errors", "September"),
    QT_TRANSLATE_NOOP("Errors", "October"),
    QT_TRANSLATE_NOOP("Errors", "November"),
    QT_TRANSLATE_NOOP("Errors", "December"),
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_BARE_MINUTES = re.compile(r"\d+")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_RELATIVE = re.compile(r"\+(\d{1,3})\s*([dw])")
_ESTIMATE = re.compile(
    r"(?:(?P<hours>\d+(?:[.,]\d+)?)\s*h)?\s*(?:(?P<minutes>\d+)\s*m(?:in)?)?", re.IGNORECASE
)


def _shorten(text: str, limit: int = 40) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _text(text: str, unreadable: str) -> str:
    """Refuse text that cannot be stored: bytes that were not UTF-8 arrive as lone surrogates.
    `unreadable` is the message that says so (a marked template)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(unreadable) from None
    return text


# A title's messages, by what has the title: a whole sentence each, so each language words it.
_NO_TITLE = {
    "task": QT_TRANSLATE_NOOP("Errors", "a task needs a title"),
    "block": QT_TRANSLATE_NOOP("Errors", "a block needs a title"),
}
_INVISIBLE_TITLE = {
    "task": QT_TRANSLATE_NOOP(
        "Errors", "a task needs a title you can see; this one is only invisible marks"
    ),
    "block": QT_TRANSLATE_NOOP(
        "Errors", "a block needs a title you can see; this one is only invisible marks"
    ),
}


def parse_title(text: str, thing: str = "task") -> str:
    """A title is one line of 1 to TITLE_MAX characters; inner whitespace is folded.
    `thing` is what has the title: "task" or "block"."""
    unreadable = QT_TRANSLATE_NOOP("Errors", "the title has bytes that are not UTF-8 text")
    title = " ".join(_text(text, unreadable).split())
    if not title:
        raise InvalidInput(_NO_TITLE[thing])
    if all(_invisible(character) for character in title):
        raise InvalidInput(_INVISIBLE_TITLE[thing])
    if len(title) > TITLE_MAX:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the title is {length:,} characters long; the limit is {limit} "
                "(put the rest in the notes)",
            ),
            length=len(title),
            limit=TITLE_MAX,
        )
    return title


_INVISIBLE = {"Cc", "Cf", "Cs", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"}  # not Co: icon fonts
_BLANK_LETTERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}  # fillers drawn as nothing


def _invisible(character: str) -> bool:
    """Zero-width and format characters, controls, marks with nothing to sit on, blank fillers."""
    return character in _BLANK_LETTERS or unicodedata.category(character) in _INVISIBLE


def lines(text: str) -> list[str]:
    """Split at line ends only (\\n, \\r\\n, \\r): unlike str.splitlines, a Unicode line
    separator (U+2028) or a form feed inside a line does not start a new one."""
    return re.split(r"\r\n|\r|\n", text)


def parse_notes(text: str) -> str:
    unreadable = QT_TRANSLATE_NOOP("Errors", "the notes have bytes that are not UTF-8 text")
    notes = _text(text, unreadable).strip()
    if len(notes) > NOTES_MAX:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "the notes are {length:,} characters long; the limit is {limit:,}"
            ),
            length=len(notes),
            limit=NOTES_MAX,
        )
    return notes


def parse_date(text: str, today: date) -> date | None:
    """Read a date: YYYY-MM-DD, today, tomorrow, a weekday (the next one), +3d or +2w.

    An empty text means no date.
    """
    value = text.strip().lower()
    if not value:
        return None
    if value in ("today", "tod"):
        return today
    if value in ("tomorrow", "tom"):
        return today + timedelta(days=1)
    if (weekday := _weekday(value)) is not None:
        ahead = (weekday - today.weekday() - 1) % 7 + 1
        return today + timedelta(days=ahead)
    if match := _RELATIVE.fullmatch(value):
        count, unit = int(match[1]), match[2]
        return today + timedelta(days=count * (7 if unit == "w" else 1))
    if match := _ISO_DATE.fullmatch(value):
        year, month, day = (int(part) for part in match.groups())
        if year < 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date: there is no year 0"),
                text=text.strip(),
            )
        if not 1 <= month <= 12:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date: there is no month {month}"),
                text=text.strip(),
                month=month,
            )
        days_in_month = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days_in_month:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "“{text}” is not a date: {month_name} {year} has {days} days"
                ),
                text=text.strip(),
                month_name=Words(_MONTH_NAMES[month - 1]),
                month=month,
                year=year,
                days=days_in_month,
            )
        return date(year, month, day)
    raise InvalidInput(
        QT_TRANSLATE_NOOP(
            "Errors",
            "“{text}” is not a date; use YYYY-MM-DD, today, tomorrow, a weekday or +3d",
        ),
        text=_shorten(text),
    )


def parse_clock(text: str) -> int:
    """A time of day, H:MM or HH:MM (24-hour), as minutes after midnight."""
    match = _CLOCK.fullmatch(text.strip())
    if not match:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a time of day; use HH:MM, e.g. 09:30"),
            text=_shorten(text),
        )
    hours, minutes = int(match[1]), int(match[2])
    if hours > 23 or minutes > 59:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a time of day: the clock goes to 23:59"),
            text=text.strip(),
        )
    return hours * 60 + minutes


def parse_date_time(text: str, today: date) -> tuple[date, int]:
    """A day and a time of day: "2026-11-24 09:00" (or "tomorrow 09:00", "fri 14:30")."""
    day_text, _, clock = text.strip().rpartition(" ")
    if not day_text.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” needs a date and a time, e.g. 2026-11-24 09:00"),
            text=_shorten(text),
        )
    day = parse_date(day_text, today)
    assert day is not None  # the text is not empty
    return day, parse_clock(clock)


def parse_minutes(text: str) -> int:
    """A block's length in whole minutes: 1 to a day."""
    value = text.strip()
    if not _BARE_MINUTES.fullmatch(value) or len(value) > 6:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a number of minutes"), text=_shorten(text)
        )
    minutes = int(value)
    if minutes == 0:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the block has no length; it must last at least one minute")
        )
    if minutes > 24 * 60:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "a block can last at most 24 hours (1440 minutes)")
        )
    return minutes


def _weekday(value: str) -> int | None:
    """Monday=0 for a weekday name or its start of at least three letters ("thu", "thurs")."""
    if len(value) < 3:
        return None
    return next((i for i, name in enumerate(_WEEKDAY_NAMES) if name.startswith(value)), None)


def parse_estimate(text: str) -> int | None:
    """Read an estimate in minutes from 45m, 2h, 1h30m, 1.5h or a bare number of minutes."""
    value = "".join(text.lower().split())
    if not value:
        return None
    # Sums are done in floats: float() takes any number of digits (int() refuses more than
    # 4300) and a huge value becomes inf, which the week limit below then rejects.
    if _BARE_MINUTES.fullmatch(value):
        total = float(value)
    else:
        match = _ESTIMATE.fullmatch(value)
        if not match or not (match["hours"] or match["minutes"]):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "“{text}” is not an estimate; use minutes or hours like 45m, 2h or 1h30m",
                ),
                text=_shorten(text),
            )
        hours = float(match["hours"].replace(",", ".")) if match["hours"] else 0.0
        total = hours * 60 + float(match["minutes"] or 0)
    if total > ESTIMATE_MAX_MINUTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is longer than a week; split the task instead"),
            text=_shorten(text),
        )
    minutes = round(total)
    if minutes <= 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "an estimate must be at least one minute"))
    return minutes


def format_estimate(minutes: int) -> str:
    """45 → '45m', 120 → '2h', 90 → '1h 30m'."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}m"
    return f"{hours}h" if not rest else f"{hours}h {rest}m"


def parse_delegate(text: str) -> str | None:
    """The name of the person a task is delegated to (see `parse_name`)."""
    unreadable = QT_TRANSLATE_NOOP(
        "Errors", "the delegate's name has bytes that are not UTF-8 text"
    )
    too_long = QT_TRANSLATE_NOOP("Errors", "a delegate's name can be at most {limit} characters")
    return _name(text, unreadable, too_long)


def parse_name(text: str) -> str | None:
    """A person's name on one line, at most DELEGATE_MAX characters; empty means none."""
    unreadable = QT_TRANSLATE_NOOP("Errors", "the name has bytes that are not UTF-8 text")
    too_long = QT_TRANSLATE_NOOP("Errors", "a name can be at most {limit} characters")
    return _name(text, unreadable, too_long)


def _name(text: str, unreadable: str, too_long: str) -> str | None:
    name = " ".join(_text(text, unreadable).split())
    if len(name) > DELEGATE_MAX:
        raise InvalidInput(too_long, limit=DELEGATE_MAX)
    return name or None


def parse_tags(texts: Iterable[str]) -> tuple[str, ...]:
    """Split on commas and spaces, drop a leading '#', keep the first spelling of each tag."""
    tags: list[str] = []
    seen: set[str] = set()
    for text in texts:
        unreadable = QT_TRANSLATE_NOOP("Errors", "the tag list has bytes that are not UTF-8 text")
        for raw in re.split(r"[,\s]+", _text(text, unreadable)):
            tag = raw.lstrip("#")
            if not tag:
                continue
            if len(tag) > TAG_MAX:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP(
                        "Errors", "the tag “{tag}” is longer than {limit} characters"
                    ),
                    tag=_shorten(tag),
                    limit=TAG_MAX,
                )
            if tag.casefold() not in seen:
                seen.add(tag.casefold())
                tags.append(tag)
    return tuple(tags)


_LIST_MARK = re.compile(r"^\s*(?:[-*+•]\s+)?(?:\[[ xX]?\]\s+)?")


def pasted_titles(text: str) -> list[str]:
    """The lines of a pasted list, one title each: blank lines dropped, and list marks such as
    "- ", "* ", "• " or "- [ ] " taken off (numbers are kept: they may be part of a title)."""
    return [line for raw in lines(text) if (line := without_list_mark(raw))]


def without_list_mark(line: str) -> str:
    """A line of a list without its mark ("- ", "* ", "• ", "- [ ] ") and outer spaces."""
    return _LIST_MARK.sub("", line).strip()
