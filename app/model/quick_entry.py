"""Quick entry: what a person types into the quick-add field (or after `quadrant add`), read into
a task's fields.

    Call Alice about the roadmap tomorrow 3pm #team @alice 30m

Anywhere in the text:
- `!do` `!defer` `!delegate` `!eliminate` `!inbox` (or `!1`…`!4`, `!0`): the lane;
- `#tag`: a tag (`#123` stays in the title: it is an issue number, not a tag);
- `@Name`: who it is delegated to (and the Delegate lane, unless a lane is given);
- `^DATE`: the follow-up date (one word: `^fri`, `^tomorrow`, `^+3d`, `^2026-12-03`).

At the end of the text only, so that "Review Friday's deploy checklist" keeps its words:
- a due date: `today`, `tomorrow`, a weekday (`fri`, `friday`: the next one), `next mon` (in
  next week), `in 3 days`, `in 2 weeks`, `3 dec` or `dec 3` (the next one), `2026-12-03`,
  `+3d`; "by", "on" or "due" just before it go too;
- an estimate: `45m`, `2h`, `1h30`, `1h30m`, `90min`;
- a time of day: `3pm`, `9:30am`, `15:00` (with "at" before it, or not): time is blocked for the
  task then, on the due date (or the next time the clock shows it).

Words in quotes ("…" or “…”) and words after a backslash (`\\#5`) are taken as they are. Dates in
other languages are not read: they stay in the title. When nothing would be left of the title,
the whole text is the title.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from app.model.errors import InvalidInput
from app.model.parsing import format_estimate, parse_date, parse_estimate, parse_tags
from app.model.quadrant import Quadrant
from app.model.task import TaskDraft
from app.model.week import ENGLISH_DATES, local_instant
from app.model.wording import DateWords, Translate, english

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TAG = re.compile(r"#([^\W\d_][\w\-/.]*)")
_PERSON = re.compile(r"@([^\W\d_][\w.\-']*)")
_TRAILING_PUNCTUATION = ",;:.!?)"
_TIME_12 = re.compile(r"(\d{1,2})(?::(\d{2}))?(am|pm)")
_TIME_24 = re.compile(r"(\d{1,2}):(\d{2})")
_ESTIMATE_WORD = re.compile(r"(?:\d+(?:[.,]\d+)?h(?:\d+m?(?:in)?)?|\d+(?:m|min|mins))")
_DAY_NUMBER = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
_CONNECTORS = {"by", "on", "due"}
DEFAULT_BLOCK_MINUTES = 60  # time blocked for a task with no estimate
_PLAIN_DATE = re.compile(r"\+\d{1,3}[dw]|\d{4}-\d{1,2}-\d{1,2}")


@dataclass(frozen=True, slots=True)
class Entry:
    """What was read from the text; None where the text did not say."""

    title: str
    quadrant: Quadrant | None = None
    due: date | None = None
    follow_up: date | None = None
    estimate: int | None = None  # minutes
    delegate: str | None = None
    tags: tuple[str, ...] = ()
    at: int | None = None  # minutes after midnight: block time then, on `block_day`
    block_day: date | None = None

    @property
    def lane(self) -> Quadrant:
        """Where the task goes: the lane given, else Delegate for a person, else the Inbox."""
        if self.quadrant is not None:
            return self.quadrant
        return Quadrant.DELEGATE if self.delegate else Quadrant.INBOX

    def draft(self) -> TaskDraft:
        """The task to create (the title is not checked here: see `parsing.parse_title`)."""
        return TaskDraft(
            self.title, self.lane, due=self.due, estimate=self.estimate, delegate=self.delegate,
            follow_up=self.follow_up, tags=self.tags,
        )  # fmt: skip

    def block_span(self, zone: tzinfo) -> tuple[datetime, datetime] | None:
        """The time to block for the task: at the time of day read, for its estimate (an hour
        if none); None if the text named no time of day."""
        if self.at is None or self.block_day is None:
            return None
        start = local_instant(self.block_day, self.at, zone)
        return start, start + timedelta(minutes=self.estimate or DEFAULT_BLOCK_MINUTES)

    def chips(
        self,
        translate: Translate = english,
        dates: DateWords = ENGLISH_DATES,
        lane_name: Callable[[Quadrant], str] = lambda lane: lane.label,
    ) -> list[tuple[str, str]]:
        """(what, text) for each field read, in the order a preview shows them."""
        found: list[tuple[str, str]] = []
        if self.quadrant is not None or self.delegate:
            found.append(("lane", lane_name(self.lane)))
        if self.due:
            due = translate("QuickAdd", "due {day}").format(day=dates.day(self.due, None))
            found.append(("due", due))
        if self.block_day is not None and self.at is not None:
            hours, minutes = divmod(self.at, 60)
            found.append(("block", f"{dates.day(self.block_day, None)} {hours:02d}:{minutes:02d}"))
        if self.estimate:
            found.append(("estimate", format_estimate(self.estimate)))
        if self.delegate:
            found.append(("person", f"@{self.delegate}"))
        if self.follow_up:
            day = dates.day(self.follow_up, None)
            found.append(("follow-up", translate("QuickAdd", "follow up {day}").format(day=day)))
        found.extend(("tag", f"#{tag}") for tag in self.tags)
        return found


@dataclass
class _Word:
    text: str
    literal: bool = False  # quoted or escaped: never read as a field


@dataclass
class _Reading:
    words: list[_Word]
    today: date
    now_minutes: int
    quadrant: Quadrant | None = None
    due: date | None = None
    follow_up: date | None = None
    estimate: int | None = None
    delegate: str | None = None
    tags: list[str] = field(default_factory=list)
    at: int | None = None


def read_entry(text: str, today: date, now_minutes: int = 0) -> Entry:
    """Read `text` as typed on `today` at `now_minutes` after midnight (local time)."""
    words = _split(text)
    reading = _Reading(words, today, now_minutes)
    kept = [word for word in words if word.literal or not _sigil(reading, word.text)]
    kept = _trailing(reading, kept)
    title = " ".join(word.text for word in kept).strip()
    if not title:  # nothing but fields: the whole text is the title
        return Entry(" ".join(word.text for word in words).strip())
    block_day = None
    if reading.at is not None:
        block_day = reading.due
        if block_day is None:
            block_day = today if reading.at > now_minutes else today + timedelta(days=1)
    return Entry(
        title, reading.quadrant, reading.due, reading.follow_up, reading.estimate,
        reading.delegate, parse_tags(reading.tags), reading.at, block_day,
    )  # fmt: skip


def _split(text: str) -> list[_Word]:
    """Words, with quoted runs and backslash-escaped words kept literal (marks removed)."""
    words: list[_Word] = []
    pattern = re.compile(r'"([^"]*)"|“([^”]*)”|\\(\S+)|(\S+)')
    for match in pattern.finditer(text):
        quoted = match[1] if match[1] is not None else match[2]
        if quoted is not None:
            if quoted.strip():
                words.append(_Word(" ".join(quoted.split()), literal=True))
        elif match[3] is not None:
            words.append(_Word(match[3], literal=True))
        else:
            words.append(_Word(match[4]))
    return words


def _sigil(reading: _Reading, word: str) -> bool:
    """Read a !lane, #tag, @person or ^date word; True if it was one (it leaves the title)."""
    bare = word.rstrip(_TRAILING_PUNCTUATION) if word[:1] in "#@^" else word
    if word.startswith("!") and len(word) > 1:
        try:
            quadrant = Quadrant.parse(word[1:])
        except InvalidInput:
            return False
        reading.quadrant = quadrant
        return True
    if match := _TAG.fullmatch(bare):
        reading.tags.append(match[1])
        return True
    if (match := _PERSON.fullmatch(bare)) and reading.delegate is None:
        reading.delegate = match[1]
        return True
    if bare.startswith("^") and reading.follow_up is None:
        try:
            reading.follow_up = parse_date(bare[1:], reading.today)
        except InvalidInput:
            return False
        return reading.follow_up is not None
    return False


def _trailing(reading: _Reading, words: list[_Word]) -> list[_Word]:
    """Take a due date, an estimate and a time of day off the end of `words`, in any order."""
    while words and not words[-1].literal:
        taken = _take_one(reading, words)
        if not taken:
            break
        words = words[:-taken]
        if words and not words[-1].literal and words[-1].text.lower() in _CONNECTORS | {"at"}:
            words = words[:-1]
    return words


def _take_one(reading: _Reading, words: list[_Word]) -> int:
    """How many words at the end were read as one field (0: none)."""
    last = words[-1].text.lower()
    if reading.estimate is None and _ESTIMATE_WORD.fullmatch(last):
        try:
            reading.estimate = parse_estimate(last + "m" if last[-1].isdigit() else last)
        except InvalidInput:
            return 0
        return 1
    if reading.at is None and (minutes := _time_of_day(last)) is not None:
        reading.at = minutes
        return 1
    if reading.due is None:
        for size in (3, 2, 1):
            if len(words) < size or any(word.literal for word in words[-size:]):
                continue
            phrase = [word.text.lower() for word in words[-size:]]
            day = _date_phrase(phrase, reading.today)
            if day is not None:
                reading.due = day
                return size
    return 0


def _time_of_day(word: str) -> int | None:
    if match := _TIME_12.fullmatch(word):
        hours, minutes = int(match[1]), int(match[2] or 0)
        if not 1 <= hours <= 12 or minutes > 59:
            return None
        return (hours % 12 + (12 if match[3] == "pm" else 0)) * 60 + minutes
    if match := _TIME_24.fullmatch(word):
        hours, minutes = int(match[1]), int(match[2])
        if hours > 23 or minutes > 59:
            return None
        return hours * 60 + minutes
    return None


def _date_phrase(words: list[str], today: date) -> date | None:
    """A due date said in one to three words, or None."""
    if len(words) == 1:
        word = words[0]
        if word in ("today", "tomorrow") or _PLAIN_DATE.fullmatch(word):
            try:
                return parse_date(word, today)
            except InvalidInput:
                return None
        weekday = _weekday(word)
        if weekday is not None:
            return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)
        return None
    if len(words) == 2:
        first, second = words
        if first == "next" and (weekday := _weekday(second)) is not None:
            next_monday = today - timedelta(days=today.weekday()) + timedelta(days=7)
            return next_monday + timedelta(days=weekday)
        return _day_and_month(first, second, today) or _day_and_month(second, first, today)
    first, count, unit = words
    if first == "in" and (count.isdigit() or count == "a") and len(count) <= 3:
        number = 1 if count == "a" else int(count)
        if unit in ("day", "days"):
            return today + timedelta(days=number)
        if unit in ("week", "weeks"):
            return today + timedelta(weeks=number)
    return None


def _weekday(word: str) -> int | None:
    """Monday=0 for a weekday's full name or its first three letters (or "tues", "thurs")."""
    for index, name in enumerate(_WEEKDAYS):
        if word in (name, name[:3]) or (word in ("tues", "thurs") and name.startswith(word)):
            return index
    return None


def _day_and_month(day_word: str, month_word: str, today: date) -> date | None:
    """“3 dec” (or “3rd december”): the next such day from today on."""
    match = _DAY_NUMBER.fullmatch(day_word)
    month = _month(month_word)
    if not match or month is None:
        return None
    for year in range(today.year, today.year + 9):  # 29 February comes round again
        try:
            found = date(year, month, int(match[1]))
        except ValueError:
            continue
        if found >= today:
            return found
    return None


def _month(word: str) -> int | None:
    """1-12 for a month's English name or its start of three letters or more ("sept" too)."""
    word = word.rstrip(".")
    if len(word) < 3:
        return None
    for index, name in enumerate(_MONTH_NAMES):
        if name.startswith(word) or (word == "sept" and index == 8):
            return index + 1
    return None
