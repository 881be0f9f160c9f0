"""The weekly status update, drafted from a `WeeklyReview`: what a lead sends their own manager.

Four sections, each a list of short lines: **Done this week** (grouped by each task's first
tag; untagged last, under "Other"), **Planned next week** (Defer work with time blocked next
week), **Waiting on** (every open delegated task: person, what, since when) and **Risks**
(overdue Do tasks, overdue follow-ups). `markdown` and `plain_text` write the same draft.
`draft_status` words it with `translate` and `dates` (English by default, for the CLI).
"""

from dataclasses import dataclass

from app.model.review_figures import WeeklyReview
from app.model.week import ENGLISH_DATES
from app.model.wording import DateWords, Translate, english

OTHER = ""  # the group of tasks without a tag, worded "Other" when shown


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
    nothing: str = "Nothing to report."  # what an empty section says


def draft_status(
    review: WeeklyReview, translate: Translate = english, dates: DateWords = ENGLISH_DATES
) -> StatusUpdate:
    _year, number = review.week.iso
    title = translate("Review", "Status update — week {number}, {span}").format(
        number=number, span=dates.span(review.week)
    )
    return StatusUpdate(
        title,
        (
            Section(translate("Review", "Done this week"), _done(review, translate)),
            Section(
                translate("Review", "Planned next week"),
                (("", _planned(review, translate, dates)),),
            ),
            Section(translate("Review", "Waiting on"), (("", _waiting(review, translate, dates)),)),
            Section(translate("Review", "Risks"), (("", _risks(review, translate, dates)),)),
        ),
        translate("Review", "Nothing to report."),
    )


def _done(review: WeeklyReview, translate: Translate) -> tuple[tuple[str, tuple[str, ...]], ...]:
    groups: dict[str, list[str]] = {}
    for item in review.done:
        task = item.task
        tag = task.tags[0] if task.tags else OTHER
        line = task.title
        if task.delegate:
            line = translate("Review", "{title} (with {person})").format(
                title=task.title, person=task.delegate
            )
        groups.setdefault(tag, []).append(line)
    order = sorted((tag for tag in groups if tag != OTHER), key=str.lower)
    # With no tags at all, a heading "Other" says nothing: one plain list.
    if not order:
        return (("", tuple(groups.get(OTHER, ()))),)
    found = [(tag, tuple(groups[tag])) for tag in order]
    if OTHER in groups:
        found.append((translate("Review", "Other"), tuple(groups[OTHER])))
    return tuple(found)


def _planned(review: WeeklyReview, translate: Translate, dates: DateWords) -> tuple[str, ...]:
    return tuple(
        translate("Review", "{title} — {day}").format(
            title=task.title, day=dates.day(slot.start.date(), review.today)
        )
        for task, slot in review.planned
    )


def _waiting(review: WeeklyReview, translate: Translate, dates: DateWords) -> tuple[str, ...]:
    lines = []
    for item in review.waiting:
        task = item.task
        who = task.delegate or translate("Review", "(no one named)")
        if item.since:
            line = translate("Review", "{person} — {title} (since {day})")
            lines.append(line.format(person=who, title=task.title, day=dates.short(item.since)))
        else:
            lines.append(
                translate("Review", "{person} — {title}").format(person=who, title=task.title)
            )
    return tuple(lines)


def _risks(review: WeeklyReview, translate: Translate, dates: DateWords) -> tuple[str, ...]:
    lines = []
    for task in review.overdue_do:
        assert task.due is not None
        line = translate("Review", "Overdue: {title} (due {day})")
        lines.append(line.format(title=task.title, day=dates.short(task.due)))
    for item in review.overdue_follow_ups:
        task = item.task
        assert task.follow_up is not None
        who = task.delegate or translate("Review", "the delegate")
        line = translate("Review", "Follow-up overdue: {title} with {person} (was due {day})")
        lines.append(line.format(title=task.title, person=who, day=dates.short(task.follow_up)))
    return tuple(lines)


def markdown(update: StatusUpdate) -> str:
    out = [f"## {update.title}"]
    for section in update.sections:
        out += ["", f"### {section.heading}"]
        if section.is_empty:
            out.append(update.nothing)
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
            out.append(f"  {update.nothing}")
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
