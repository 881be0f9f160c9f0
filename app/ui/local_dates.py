"""Dates, day names and times of day as the window shows them, in the window's locale
(`QLocale()`, which `translation.install_translations` sets): "Tue 24 Nov" in English, "Di., 24.
Nov." in German; times in the locale's short format ("09:00", or "9:00 AM" in the US).

The patterns are in the translation catalogue (context "Dates"), so each language orders day,
month and year its own way; the names come from the locale. The CLI and files keep the model's
English (`app.model.week`).
"""

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from app.model.week import Week
from app.model.wording import DateWords
from app.ui.translation import translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_day_name(day: date) -> str:
    """ "Tue" ("Di." in German)."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def day_name(day: date) -> str:
    """ "Tuesday" ("Dienstag" in German)."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def day_text(day: date, today: date | None = None) -> str:
    """ "Tue 24 Nov", with the year when it is not `today`'s year."""
    if today is not None and day.year != today.year:
        return day_text_with_year(day)
    return QLocale().toString(_qdate(day), translate("Dates", "ddd d MMM"))


def day_text_with_year(day: date) -> str:
    """ "Tue 24 Nov 2026"."""
    return QLocale().toString(_qdate(day), translate("Dates", "ddd d MMM yyyy"))


def day_month_year(day: date) -> str:
    """ "1 Mar 2027" ("1. März 2027" in German)."""
    return QLocale().toString(_qdate(day), translate("Dates", "d MMM yyyy"))


def span_text(week: Week) -> str:
    """The week's dates: "23 – 29 Nov 2026", "30 Nov – 6 Dec 2026", or across a new year
    "28 Dec 2026 – 3 Jan 2027"."""
    locale = QLocale()
    first, last = _qdate(week.first_day), _qdate(week.days[-1])
    end = locale.toString(last, translate("Dates", "d MMM yyyy"))
    if first.year() != last.year():
        start = locale.toString(first, translate("Dates", "d MMM yyyy"))
    elif first.month() != last.month():
        start = locale.toString(first, translate("Dates", "d MMM"))
    else:
        start = locale.toString(first, translate("Dates", "d"))
    return translate("Dates", "{start} – {end}").format(start=start, end=end)


def time_text(moment: datetime | time) -> str:
    """ "09:00": a time of day (of a local `datetime`) in the locale's short format."""
    qtime = QTime(moment.hour, moment.minute)
    return QLocale().toString(qtime, QLocale.FormatType.ShortFormat)


def short_date(day: date) -> str:
    """ "24 Nov" ("24. Nov." in German)."""
    return QLocale().toString(_qdate(day), translate("Dates", "d MMM"))


# How the model's sentences say dates in the window (see `app.model.wording.DateWords`).
LOCAL_DATES = DateWords(day_text, short_day_name, day_month_year, short_date, span_text)
