"""The weekly status update, drafted from a `WeeklyReview`: what a lead sends their own manager.

Four sections, each a list of short lines: **Done this week** (grouped by each task's first
tag; untagged last, under "Other"), **Planned next week** (Defer work with time blocked next
week), **Waiting on** (every open delegated task: person, what, since when) and **Risks**
(overdue Do tasks, overdue follow-ups). `markdown` and `plain_text` write the same draft.
"""

from dataclasses import dataclass

from app.model.review_figures import WeeklyReview, short_date
from app.model.week import WEEKDAYS

NOTHING = "Nothing to report."
OTHER = "Other"


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (subheading or "", lines)

    @property
    def is_empty(self) -> bool:
        return not any(lines for _, lines in self.groups)


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    title: str
    sections: tuple[Section, ...]


def draft_status(review: WeeklyReview) -> StatusUpdate:
    _year, number = review.week.iso
    title = f"Status update — week {number}, {review.week.span_text()}"
    return StatusUpdate(
        title,
        (
            Section("Done this week", _done(review)),
            Section("Planned next week", (("", _planned(review)),)),
            Section("Waiting on", (("", _waiting(review)),)),
            Section("Risks", (("", _risks(review)),)),
        ),
    )


def _done(review: WeeklyReview) -> tuple[tuple[str, tuple[str, ...]], ...]:
    groups: dict[str, list[str]] = {}
    for item in review.done:
        task = item.task
        tag = task.tags[0] if task.tags else OTHER
        line = task.title + (f" (with {task.delegate})" if task.delegate else "")
        groups.setdefault(tag, []).append(line)
    order = sorted((tag for tag in groups if tag != OTHER), key=str.lower)
    if OTHER in groups:
        order.append(OTHER)
    # With no tags at all, a heading "Other" says nothing: one plain list.
    if order == [OTHER]:
        return (("", tuple(groups[OTHER])),)
    return tuple((tag, tuple(groups[tag])) for tag in order)


def _planned(review: WeeklyReview) -> tuple[str, ...]:
    return tuple(
        f"{task.title} — {WEEKDAYS[slot.start.weekday()]} {short_date(slot.start.date())}"
        for task, slot in review.planned
    )


def _waiting(review: WeeklyReview) -> tuple[str, ...]:
    lines = []
    for item in review.waiting:
        task = item.task
        who = task.delegate or "(no one named)"
        since = f" (since {short_date(item.since)})" if item.since else ""
        lines.append(f"{who} — {task.title}{since}")
    return tuple(lines)


def _risks(review: WeeklyReview) -> tuple[str, ...]:
    lines = []
    for task in review.overdue_do:
        assert task.due is not None
        lines.append(f"Overdue: {task.title} (due {short_date(task.due)})")
    for item in review.overdue_follow_ups:
        task = item.task
        assert task.follow_up is not None
        who = task.delegate or "the delegate"
        lines.append(
            f"Follow-up overdue: {task.title} with {who} (was due {short_date(task.follow_up)})"
        )
    return tuple(lines)


def markdown(update: StatusUpdate) -> str:
    out = [f"## {update.title}"]
    for section in update.sections:
        out += ["", f"### {section.heading}"]
        if section.is_empty:
            out.append(NOTHING)
            continue
        for heading, lines in section.groups:
            if not lines:
                continue
            if heading:
                out.append(f"**{heading}**")
            out += [f"- {_escaped(line)}" for line in lines]
    return "\n".join(out) + "\n"


def plain_text(update: StatusUpdate) -> str:
    out = [update.title, "=" * len(update.title)]
    for section in update.sections:
        out += ["", section.heading]
        if section.is_empty:
            out.append(f"  {NOTHING}")
            continue
        for heading, lines in section.groups:
            if not lines:
                continue
            indent = "  "
            if heading:
                out.append(f"  {heading}:")
                indent = "    "
            out += [f"{indent}- {line}" for line in lines]
    return "\n".join(out) + "\n"


def _escaped(line: str) -> str:
    """Markdown that reads as written: a title's own * _ ` [ ] do not turn into formatting."""
    for mark in ("\\", "*", "_", "`", "[", "]"):
        line = line.replace(mark, "\\" + mark)
    return line
