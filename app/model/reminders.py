"""Reminders when a block starts (and a few minutes before), and the focus block running now:
plain functions of the blocks and the time, so the window's timers stay thin and tests need no
waiting.

Where the request leaves a choice:
- A block gets a reminder N minutes before it starts (N = `lead`, 0: none) and one when it
  starts. All-day blocks get none.
- Reminders missed while the computer slept or before Quadrant started are not all said at
  once: a block that has started gets one reminder, and only while it still runs; one that
  has ended gets none. A "before" reminder is said only while the block has not started.
- The focus block running now is the one that started last (blocks may overlap).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from app.model.block import BlockKind, TimeBlock
from app.model.wording import Counting, EnglishCounts, Translate, english

DEFAULT_LEAD_MINUTES = 5
LEAD_SETTING = "reminder_minutes"
REMINDERS_SETTING = "reminders"  # "on" or "off"
LEAD_MAX_MINUTES = 120


@dataclass(frozen=True, slots=True)
class Reminder:
    """Say that `block` starts now (`starting`) or in a few minutes."""

    block: TimeBlock
    starting: bool

    def title(self) -> str:
        return self.block.title

    def text(
        self,
        now: datetime,
        zone: tzinfo,
        translate: Translate = english,
        Counts: Counting = EnglishCounts,  # noqa: N803
    ) -> str:
        """What the notification says under the title: "Your focus block runs now, until
        11:00.", "Your meeting block starts in 5 min, at 10:00."."""
        start = f"{self.block.start.astimezone(zone):%H:%M}"
        end = f"{self.block.end.astimezone(zone):%H:%M}"
        kind = self.block.kind
        if self.starting:
            now_text = {
                BlockKind.FOCUS: translate("Reminders", "Your focus block runs now, until {end}."),
                BlockKind.MEETING: translate(
                    "Reminders", "Your meeting block runs now, until {end}."
                ),
            }.get(kind) or translate("Reminders", "Your personal block runs now, until {end}.")
            return now_text.format(end=end)
        minutes = max(1, -(-int((self.block.start - now).total_seconds()) // 60))
        soon = {
            BlockKind.FOCUS: Counts.tr(
                "Your focus block starts in %n min, at {start}.", "", minutes
            ),
            BlockKind.MEETING: Counts.tr(
                "Your meeting block starts in %n min, at {start}.", "", minutes
            ),
        }.get(kind) or Counts.tr("Your personal block starts in %n min, at {start}.", "", minutes)
        return soon.format(start=start)


def _timed(blocks: Iterable[TimeBlock]) -> list[TimeBlock]:
    return [block for block in blocks if not block.all_day]


def due(
    blocks: Sequence[TimeBlock], lead: timedelta, after: datetime, now: datetime
) -> list[Reminder]:
    """The reminders that fell due in (after, now] and still matter at `now`, in order."""
    found = []
    for block in _timed(blocks):
        if block.end <= now:
            continue  # over: nothing to say any more
        if after < block.start <= now:
            found.append(Reminder(block, starting=True))
        elif lead and after < block.start - lead <= now < block.start:
            found.append(Reminder(block, starting=False))
    found.sort(key=lambda reminder: (reminder.block.start, reminder.block.id))
    return found


def next_due(blocks: Sequence[TimeBlock], lead: timedelta, now: datetime) -> datetime | None:
    """When the next reminder after `now` falls due (None: none among these blocks)."""
    moments = [
        moment
        for block in _timed(blocks)
        for moment in ((block.start - lead, block.start) if lead else (block.start,))
        if moment > now
    ]
    return min(moments, default=None)


def running_focus(blocks: Sequence[TimeBlock], now: datetime) -> TimeBlock | None:
    """The focus block running at `now` (the one that started last)."""
    running = [
        block
        for block in _timed(blocks)
        if block.kind is BlockKind.FOCUS and block.start <= now < block.end
    ]
    return max(running, key=lambda block: (block.start, block.id), default=None)


def time_left(
    block: TimeBlock,
    now: datetime,
    translate: Translate = english,
    Counts: Counting = EnglishCounts,  # noqa: N803
) -> str:
    """ "42 min left", "1 h 5 min left" (rounded up to the minute)."""
    minutes = max(0, -(-int((block.end - now).total_seconds()) // 60))
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return Counts.tr("%n min left", "", minutes)
    if not minutes:
        return Counts.tr("%n h left", "", hours)
    return translate("Reminders", "{hours} h {minutes} min left").format(
        hours=hours, minutes=minutes
    )


def clamp_lead(minutes: int) -> int:
    return max(0, min(LEAD_MAX_MINUTES, minutes))
