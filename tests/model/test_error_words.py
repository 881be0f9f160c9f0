"""An error's message is its English template and values: `str()` is the English sentence the
CLI prints (unchanged), and any language can word it from the template, values and all."""

import re
from datetime import date
from pathlib import Path

import pytest

from app.model.caldav_server import ServerError, _check
from app.model.errors import InvalidInput, StorageError, Words
from app.model.parsing import parse_date, parse_title
from app.model.storage_errors import refuse_newer, storage_error


def shouting(context: str, source: str) -> str:
    """A stand-in language: the template in capitals, its placeholders kept."""
    assert context == "Errors"
    return "".join(
        part if part.startswith("{") else part.upper() for part in re.split(r"(\{\w+\})", source)
    )


def caught(action) -> Exception:
    with pytest.raises((InvalidInput, ServerError)) as raised:
        action()
    return raised.value


def test_the_english_text_is_the_same_as_before() -> None:
    error = caught(lambda: parse_date("2026-02-30", date(2026, 11, 24)))
    assert isinstance(error, InvalidInput)
    assert str(error) == "“2026-02-30” is not a date: February 2026 has 28 days"
    assert error.words.template == "“{text}” is not a date: {month_name} {year} has {days} days"
    assert str(caught(lambda: parse_title("  ", "block"))) == "a block needs a title"
    newer = refuse_newer(Path("/data/quadrant.sqlite3"), "0099")
    assert str(newer) == (
        "/data/quadrant.sqlite3 was written by a newer version of Quadrant (schema 0099); "
        "update Quadrant to open it — the file was not changed"
    )


def test_another_language_words_the_template_and_the_words_inside_it() -> None:
    error = caught(lambda: parse_date("2026-02-30", date(2026, 11, 24)))
    assert isinstance(error, InvalidInput)
    # the month is a word of its own, worded in the same language
    assert error.worded(shouting) == "“2026-02-30” IS NOT A DATE: FEBRUARY 2026 HAS 28 DAYS"


def test_an_error_inside_an_error_is_worded_too() -> None:
    inner = InvalidInput("a task needs a title")
    outer = InvalidInput("{label}: {reason}", label="Title", reason=inner)
    assert str(outer) == "Title: a task needs a title"
    assert outer.worded(shouting) == "Title: A TASK NEEDS A TITLE"


def test_a_plain_message_keeps_its_braces() -> None:
    error = StorageError("the file {odd} name")
    assert str(error) == error.worded() == "the file {odd} name"
    assert str(Words("{n} left", n=3)) == "3 left"


def test_a_full_disk_is_its_own_words_and_an_os_error_keeps_its_text() -> None:
    full = OSError(28, "No space left on device")
    full.errno = 28
    assert str(storage_error(full)) == (
        "the disk holding the data file is full; nothing was changed — free some space and "
        "try again"
    )
    other = storage_error(PermissionError(13, "Permission denied"))
    assert str(other) == "the data file could not be used: [Errno 13] Permission denied"


def test_a_server_error_keeps_whether_it_may_pass() -> None:
    error = caught(lambda: _check(503))
    assert isinstance(error, ServerError)
    assert (str(error), error.transient) == (
        "The server failed (error 503); try again later.",
        True,
    )
    assert error.words.values == {"status": 503}
