"""Errors the model raises for the user to read: each carries a one-line, plain-words message.

A message is kept as its English template, marked for the catalogue under the context
"Errors", and the named values that fill it in:
`InvalidInput(QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date: there is no year 0"), text=t)`.
`str(error)` is the English sentence (what the CLI prints); the window words it in the user's
language with `error.worded(translate)`. A value is data (a title, a path, a number, an OS
error's own text), never an English word the sentence needs: a sentence with another word is
another template. A value may be `Words` or an error itself; it is worded the same way.

`Words` is itself the English text (a `str`), so a list of reasons can hold them and still be
printed, joined or written as JSON as before; the window words each one.
"""

from collections.abc import Mapping, Sequence

from app.model.wording import Translate, english

CONTEXT = "Errors"  # the catalogue's context of every template here


class Words(str):
    """A sentence (or part of one): the English text, and the marked English template and
    values it was made from."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, /, **values: object) -> "Words":
        words = super().__new__(cls, template.format(**values) if values else template)
        words.template = template
        words.values = values
        return words

    def worded(self, translate: Translate = english) -> str:
        """The sentence in the language of `translate` (English by default)."""
        text = translate(CONTEXT, self.template)
        if not self.values:  # a plain message: its braces are not placeholders
            return text
        return text.format(
            **{name: _worded(value, translate) for name, value in self.values.items()}
        )

    def __repr__(self) -> str:
        return f"Words({str(self)!r})"


def joined(parts: Sequence[str], separator: str) -> Words:
    """`parts` one after the other, each worded in its own right; the separator (", ", "; ",
    ": ") is punctuation, the same in every language."""
    names = {f"part{index}": part for index, part in enumerate(parts)}
    return Words(separator.join("{" + name + "}" for name in names), **names)


def _worded(value: object, translate: Translate) -> object:
    if isinstance(value, Words | WordedError):
        return value.worded(translate)
    return value


class WordedError(Exception):
    """An error whose message is `Words`: `str()` gives the English, `worded()` any language."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.words = Words(template, **values)
        super().__init__(self.words.worded())

    def worded(self, translate: Translate = english) -> str:
        return self.words.worded(translate)


class InvalidInput(WordedError, ValueError):  # noqa: N818 -- public name, used by the UI and CLI
    """Something the user typed cannot be used (empty title, impossible date, bad estimate...)."""


class UnreadableValue(WordedError, ValueError):  # noqa: N818 -- says what it is
    """A value in the data file is not one Quadrant can read (changed by hand or by a tool)."""


class StorageError(WordedError):
    """The data file cannot be used as asked; nothing was changed."""


class NewerDatabase(StorageError):  # noqa: N818 -- public name
    """The data file was written by a newer Quadrant; it is never written to."""


class StorageBusy(StorageError):  # noqa: N818 -- public name
    """Another program holds the data file locked for longer than we are willing to wait."""


class ForeignDatabase(StorageError):  # noqa: N818 -- public name
    """The data file is another program's SQLite database; it is never migrated or written."""
