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
from typing import TYPE_CHECKING, NamedTuple, Protocol

if TYPE_CHECKING:
    from app.model.week import Week

Translate = Callable[[str, str], str]


def english(context: str, source: str) -> str:
    """The text as written in the code: the model's own language."""
    return source


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for the catalogue under `context` and give it back untranslated."""
    return source


class Counting(Protocol):
    """What words a count: the window passes its `Counts` (app/ui/translation.py), whose
    catalogue has every language's plural forms; the model's default is `EnglishCounts`.

    lupdate marks a plural only as `Counts.tr("%n day(s)", "", n)` written out, so a wording
    function that counts takes this as a parameter named `Counts` and calls it so."""

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


class EnglishCounts:
    """English plurals for the model's own language: "%n day(s)" is "1 day", "2 days"."""

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return source.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


class DateWords(NamedTuple):
    """How a wording function names days: the window passes its own (`app.ui.local_dates`,
    from the locale), so no day or month name is in the catalogue; the model's default is
    `app.model.week.ENGLISH_DATES`."""

    day: Callable[[date, date | None], str]  # "Tue 1 Dec" (with the year if not today's)
    weekday: Callable[[date], str]  # "Tue"
    day_with_year: Callable[[date], str]  # "1 Mar 2027"
    short: Callable[[date], str]  # "24 Nov"
    span: Callable[["Week"], str]  # "30 Nov – 6 Dec 2026"
