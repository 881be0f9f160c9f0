"""A calendar file's text as separate items, so that one broken item never costs the rest.

Real files are untidy: a byte order mark, LF-only or CR-only line ends, very long lines,
folded lines, a missing END. The text is unfolded and cut into its top-level components
(VEVENT, VTODO, VTIMEZONE) by hand; each is then parsed on its own by `icalendar`, which is
imported only when a calendar file is read.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.model.errors import Words
from app.model.wording import QT_TRANSLATE_NOOP

ITEMS = ("VEVENT", "VTODO", "VTIMEZONE")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Text as a calendar file carries it, out or in: new lines (a CR LF or a lone CR is one)
    and tabs kept, other control characters gone."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True, slots=True)
class RawItem:
    """One top-level component's text, or why it cannot be read."""

    name: str  # VEVENT, VTODO or VTIMEZONE
    text: str  # unfolded lines joined with CR LF, BEGIN and END included
    line: int  # where it begins in the file, from 1
    problem: str = ""  # "" when the item is whole


@dataclass(frozen=True)
class RawCalendar:
    """The calendar's own properties (X-WR-TIMEZONE, PRODID…) and its items in file order."""

    properties: dict[str, str] = field(default_factory=dict)
    items: list[RawItem] = field(default_factory=list)


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (a byte order mark dropped), or Latin-1 when it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def unfolded_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, logical line): continuation lines (a leading space or tab) joined."""
    current: str | None = None
    start = 0
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if line[:1] in (" ", "\t") and current is not None:
            current += line[1:]
            continue
        if current is not None:
            yield start, current
        current, start = line, number
    if current:
        yield start, current


def split_calendar(text: str) -> RawCalendar:
    """The calendar's properties and top-level items; an item whose END never comes is kept
    with its problem, and unknown components (VJOURNAL, VFREEBUSY) are passed over."""
    calendar = RawCalendar()
    name = ""  # the top-level item being collected
    lines: list[str] = []
    start = 0
    depth = 0  # components open inside the item (VALARM…)
    for number, line in unfolded_lines(text):
        key, _, value = line.partition(":")
        word = key.split(";", 1)[0].strip().upper()
        value_word = value.strip().upper()
        if name:
            if word == "BEGIN" and value_word in ITEMS and depth == 0:
                unended = QT_TRANSLATE_NOOP("Errors", "no END:{name} before line {line}")
                problem = Words(unended, name=name, line=number)
                calendar.items.append(RawItem(name, "", start, problem))
                name = ""
            elif word == "END" and value_word == "VCALENDAR":
                unended = QT_TRANSLATE_NOOP("Errors", "no END:{name}")
                calendar.items.append(RawItem(name, "", start, Words(unended, name=name)))
                name = ""
                continue
            else:
                lines.append(line)
                if word == "BEGIN":
                    depth += 1
                elif word == "END" and depth > 0:
                    depth -= 1
                elif word == "END" and value_word == name:
                    calendar.items.append(RawItem(name, "\r\n".join(lines) + "\r\n", start))
                    name = ""
                continue
        if word == "BEGIN" and value_word in ITEMS:
            name, lines, start, depth = value_word, [line], number, 0
        elif word not in ("BEGIN", "END") and line.strip():
            calendar.properties.setdefault(word, value.strip())
    if name:
        unended = QT_TRANSLATE_NOOP("Errors", "no END:{name} (the file ends)")
        calendar.items.append(RawItem(name, "", start, Words(unended, name=name)))
    return calendar
