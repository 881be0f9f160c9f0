"""Repeating tasks: how a task repeats, in words, and the due date of its next occurrence.

A task repeats by an RFC 5545 rule from its due date ("FREQ=WEEKLY;BYDAY=MO": every Monday;
"FREQ=MONTHLY;BYMONTHDAY=15"), or a number of days after it was done ("AFTER-DONE=3"; not a
calendar rule, so it stays Quadrant's own).

Where the request leaves a choice:
- The next due date is the rule's first date after both the due date and the day it was done:
  a weekly task done three weeks late is next due in the coming week, on its weekday, not in
  the past. A task without a due date counts from the day it was done.
- Typed, a repeat is a rule, or in words: daily, weekdays, weekly, monthly, yearly, or
  "3d after done" (also "every 3 days after done").
"""

import re
from datetime import UTC, date, datetime, time, timedelta

from app.model.errors import InvalidInput
from app.model.repeats import WEEKDAYS_RULE, rule_in_words, rule_parts
from app.model.week import ENGLISH_DATES
from app.model.wording import (
    QT_TRANSLATE_NOOP,
    Counting,
    DateWords,
    EnglishCounts,
    Translate,
    english,
)

AFTER_DONE = "AFTER-DONE="
_WORDS = {
    "daily": "FREQ=DAILY",
    "weekdays": WEEKDAYS_RULE,
    "weekly": "FREQ=WEEKLY",
    "monthly": "FREQ=MONTHLY",
    "yearly": "FREQ=YEARLY",
}
_AFTER = re.compile(r"(?:every\s+)?(\d{1,3})\s*d(?:ays?)?\s+after\s+(?:it\s+is\s+)?done", re.I)


def parse_task_repeat(text: str, start: date) -> str:
    """A repeat as typed, checked, as the file holds it. Raises InvalidInput in words."""
    typed = text.strip()
    found = _AFTER.fullmatch(typed)
    if found:
        days = int(found[1])
        if days < 1:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "a task repeats at least 1 day after it is done")
            )
        return f"{AFTER_DONE}{days}"
    rule = _WORDS.get(typed.lower(), typed)
    if not rule.upper().removeprefix("RRULE:").startswith("FREQ="):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{text}” is not a repeat; use daily, weekdays, weekly, monthly, yearly, "
                "“3d after done”, or a rule like FREQ=WEEKLY;BYDAY=MO",
            ),
            text=text,
        )
    from app.model.repeats import parse_rule
    from app.model.week import local_zone

    zone = local_zone()
    checked = parse_rule(rule, datetime.combine(start, time(), zone), zone)
    if "UNTIL" in rule_parts(checked) or "COUNT" in rule_parts(checked):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "a repeating task repeats until you stop it: leave out UNTIL and COUNT"
            )
        )
    return checked


def repeat_as_typed(rule: str) -> str:
    """A repeat as it can be typed again: "weekly", "3d after done", or the rule."""
    if rule.startswith(AFTER_DONE):
        return f"{rule.removeprefix(AFTER_DONE)}d after done"
    return next((word for word, known in _WORDS.items() if known == rule), rule)


def task_repeat_in_words(
    rule: str,
    translate: Translate = english,
    Counts: Counting = EnglishCounts,  # noqa: N803
    dates: DateWords = ENGLISH_DATES,
) -> str:
    """ "every week on Mon", "3 days after it is done"."""
    if rule.startswith(AFTER_DONE):
        days = int(rule.removeprefix(AFTER_DONE))
        return Counts.tr("%n day(s) after it is done", "", days)
    return rule_in_words(rule, UTC, translate, Counts, dates)  # no UNTIL: the zone says nothing


def next_due(rule: str, due: date | None, done_on: date) -> date:
    """The due date of the occurrence after one due on `due` and done on `done_on`."""
    if rule.startswith(AFTER_DONE):
        return done_on + timedelta(days=int(rule.removeprefix(AFTER_DONE)))
    from dateutil.rrule import rrulestr  # type: ignore[import-untyped]

    anchor = datetime.combine(due or done_on, time())
    after = datetime.combine(max(due or done_on, done_on), time())
    found = rrulestr(f"RRULE:{rule}", dtstart=anchor).after(after)
    if found is None:  # a rule that ends (should not happen: they are refused)
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "this repeat has no next date"))
    moment: datetime = found
    return moment.date()
