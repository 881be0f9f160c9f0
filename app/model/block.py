"""Time blocks: reserved stretches of the week, optionally for a task, as plain values."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from app.model.errors import InvalidInput
from app.model.wording import QT_TRANSLATE_NOOP

BLOCK_MAX = timedelta(hours=24)


class BlockKind(StrEnum):
    """What the time is for. The value is the internal name used in code, CLI and files."""

    FOCUS = "focus"
    MEETING = "meeting"
    PERSONAL = "personal"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @classmethod
    def parse(cls, text: str) -> "BlockKind":
        wanted = text.strip().lower()
        for kind in cls:
            if wanted == kind.value:
                return kind
        names = ", ".join(kind.value for kind in cls)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "unknown kind “{text}”; use one of {names}"),
            text=text,
            names=names,
        )


class TimeBlock(NamedTuple):
    """A block as it is stored at one moment. Instants are aware datetimes in UTC."""

    id: int
    uid: str
    start: datetime
    end: datetime
    title: str
    kind: BlockKind
    task_id: int | None
    notes: str
    created: datetime
    updated: datetime
    all_day: bool = False
    source: str | None = None  # the calendar file it was imported from
    external_uid: str | None = None  # its UID in that file
    recurrence_id: str | None = None  # which occurrence of a repeating event it is
    repeat: str | None = None  # the RFC 5545 rule of a repeating block (see `repeats`)
    exceptions: tuple[str, ...] = ()  # the recurrence ids of occurrences left out
    series_id: int | None = None  # the repeating block this occurrence belongs to

    @property
    def is_occurrence(self) -> bool:
        """One occurrence of a repeating block, as the week shows it (stored or not)."""
        return self.series_id is not None

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


class Slot(NamedTuple):
    """When a task is scheduled: one of its blocks' start and end."""

    start: datetime
    end: datetime
    block_id: int = 0


def next_slot(slots: list[Slot], now: datetime) -> tuple[Slot, int] | None:
    """The slot to show on a task's card, and how many more are still to come.

    That is the first slot that has not ended; when all have, the last one (with none to come).
    """
    if not slots:
        return None
    coming = [slot for slot in slots if slot.end > now]
    if not coming:
        return slots[-1], 0
    return coming[0], len(coming) - 1


@dataclass(frozen=True, slots=True)
class BlockDraft:
    """A block to be created; `check_span` has approved its times, the title is parsed."""

    start: datetime
    end: datetime
    title: str
    kind: BlockKind = BlockKind.FOCUS
    task_id: int | None = None
    notes: str = ""
    repeat: str | None = None  # a rule `repeats.parse_rule` has checked


@dataclass(frozen=True, slots=True)
class BlockEdit:
    """The fields the block editor changes, all at once."""

    title: str
    kind: BlockKind
    notes: str
    task_id: int | None


def check_span(start: datetime, end: datetime) -> None:
    """Refuse a block that ends before it starts, has no length, or is longer than a day."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("block instants must be aware datetimes")
    if end < start:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "the block ends before it starts"))
    if end == start:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "the block has no length; it must last at least one minute")
        )
    if end - start > BLOCK_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "a block can last at most 24 hours"))
