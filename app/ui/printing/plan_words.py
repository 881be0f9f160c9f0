"""The printed plan's words that say when: its title, the grid's day heads, the all-day line and
the footer's stamp, in the window's language and its locale's dates ("Montag, 30. November
2026" in German). The patterns are in the catalogue (context "Plan"); the names come from the
locale, as everywhere in the window (`app.ui.local_dates`).
"""

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QLocale

from app.model.plan import WeeklyPlan
from app.ui.printing.plan_lists import clock
from app.ui.translation import translate


def _on(day: date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def plan_title(plan: WeeklyPlan) -> str:
    """ "Week 48 · 2026" ("KW 48 · 2026"): the PDF's title, the print job's name."""
    return plan.title_text(translate)


def week_heading(plan: WeeklyPlan) -> str:
    """ "Week 48", big, at the top of every page."""
    _, number = plan.week.iso
    return translate("Plan", "Week {number}").format(number=number)


def day_head(day: date) -> str:
    """A column of the grid: "Mon 23" ("Mo., 23." in German)."""
    return _on(day, translate("Plan", "ddd d"))


def all_day_line(days: Iterable[tuple[date, list[str]]]) -> str:
    """ "All day: Tue 24 Birthday · Thu 26 Fair, Offsite"."""
    each = translate("Plan", "{day} {titles}")
    return translate("Plan", "All day: {events}").format(
        events=" · ".join(each.format(day=day_head(d), titles=", ".join(t)) for d, t in days)
    )


def printed_stamp(plan: WeeklyPlan) -> str:
    """The footer's left side: "2026-W48 · printed Monday 23 November 2026, 10:05 · Quadrant"."""
    printed = plan.printed
    return translate("Plan", "{week} · printed {day}, {time} · Quadrant").format(
        week=plan.week.name,
        day=_on(printed.date(), translate("Plan", "dddd d MMMM yyyy")),
        time=clock(printed),
    )
