"""How the model words a sentence the window shows, without knowing Qt.

A function here that builds a sentence takes `translate` (the shape of Qt's
`QCoreApplication.translate`: context, then the English text) and calls it with literal
arguments, `translate("Context", "…")`, so that `pyside6-lupdate` finds the text in `app/model`
too; values are filled in with `.format()` on the result. The window passes Qt's function; the
CLI and the tests get `english`, which gives the text back as written. A text kept for later
(a table, an error's message) is marked with `QT_TRANSLATE_NOOP` and translated where shown.
A sentence with a date takes `dates` too (`DateWords`: the window's locale says the names).
"""

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from app.model.week import MONTHS, Week, day_text

Translate = Callable[[str, str], str]


def english(context: str, source: str) -> str:
    """The text as written in the code: the model's own language."""
    return source


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for the catalogue under `context` and give it back untranslated."""
    return source


class DateWords(NamedTuple):
    """How a sentence of the model says a date: `english` as the CLI prints it by default; the
    window passes its locale's (`app.ui.local_dates.LOCAL_DATES`)."""

    short: Callable[[date], str]  # "24 Nov"
    day: Callable[[date, date | None], str]  # "Tue 24 Nov", with the year when not today's
    span: Callable[[Week], str]  # "30 Nov – 6 Dec 2026"


def short_date(day: date) -> str:
    """ "24 Nov"."""
    return f"{day.day} {MONTHS[day.month - 1]}"


ENGLISH_DATES = DateWords(short_date, day_text, Week.span_text)
