"""Dates and repeats typed in the window's language, as the model's parsers read them.

The parsers (`model.parsing.parse_date`, `model.task_repeats.parse_task_repeat`) read English:
"today", "fri", "weekly", "3d after done". A field of the task editor or the delegate popup
passes what was typed through here first, so that "morgen", "Freitag" or "Fr." and
"wöchentlich" or "3 Tage nach Erledigung" work in a German window (the words come from the
catalogue, the day names from the locale); English still works in every language, and a text
that is neither goes on unchanged, so the parser's message names it as typed.
"""

import re

from PySide6.QtCore import QLocale

from app.ui.translation import QT_TRANSLATE_NOOP, translate

_DATE_WORDS = (
    QT_TRANSLATE_NOOP("TypedWords", "today"),
    QT_TRANSLATE_NOOP("TypedWords", "tomorrow"),
)
_REPEAT_WORDS = (
    QT_TRANSLATE_NOOP("TypedWords", "daily"),
    QT_TRANSLATE_NOOP("TypedWords", "weekdays"),
    QT_TRANSLATE_NOOP("TypedWords", "weekly"),
    QT_TRANSLATE_NOOP("TypedWords", "monthly"),
    QT_TRANSLATE_NOOP("TypedWords", "yearly"),
)
_PARSER_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_AFTER_DONE = re.compile(r"(\d{1,3})d after done")


def _key(text: str) -> str:
    return text.strip().rstrip(".").casefold()


def date_hint() -> str:
    """What a date field takes, for its placeholder."""
    return translate("TypedWords", "YYYY-MM-DD, today, tomorrow, fri, +3d")


def repeat_hint() -> str:
    """What a task's repeat field takes, for its placeholder."""
    return translate("TypedWords", "weekly, weekdays, monthly, 3d after done, FREQ=WEEKLY;BYDAY=MO")


def _catalogue_word(key: str, words: tuple[str, ...]) -> str | None:
    """The English word of `words` whose translation `key` is, if one is."""
    return next((word for word in words if key == _key(translate("TypedWords", word))), None)


def date_for_parser(text: str) -> str:
    """ "morgen" → "tomorrow", "Freitag" or "Fr." → "fri"; anything else as typed."""
    key = _key(text)
    if word := _catalogue_word(key, _DATE_WORDS):
        return word
    locale = QLocale()
    for number, name in enumerate(_PARSER_DAYS, 1):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            if key == _key(locale.dayName(number, form)):
                return name
    return text


def _after_done() -> str:
    return translate("TypedWords", "{days}d after done")


def repeat_for_parser(text: str) -> str:
    """ "wöchentlich" → "weekly", "3 Tage nach Erledigung" → "3d after done"; else as typed."""
    if word := _catalogue_word(_key(text), _REPEAT_WORDS):
        return word
    before, _, after = _after_done().partition("{days}")
    pattern = rf"\s*{re.escape(before.strip())}\s*(\d{{1,3}})\s*{re.escape(after.strip())}\s*"
    found = re.fullmatch(pattern, text, re.IGNORECASE)
    return f"{found[1]}d after done" if found else text


def repeat_as_shown(typed: str) -> str:
    """The other way: a repeat as the model types it ("weekly", "3d after done"), in the
    window's language, for the field to show."""
    if typed in _REPEAT_WORDS:
        return translate("TypedWords", typed)
    found = _AFTER_DONE.fullmatch(typed)
    return _after_done().format(days=found[1]) if found else typed
