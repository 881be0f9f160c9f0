"""The window's language: Qt's translation system, and how code here marks its words.

`install_translations` loads Quadrant's catalogue (`quadrant_<lang>.qm`, built by
`scripts/setup-env` from `resources/translations/*.ts`) and Qt's own (`qtbase_<lang>.qm`, for
the standard buttons and dialogs) for the default locale (the system's), or for `QUADRANT_LANGUAGE`
(then `LANGUAGE`) when set, which then becomes the default so dates and day names follow.

How to mark a string so `scripts/update-translations` (pyside6-lupdate) finds it:
- `translate("Context", "text")`, the name `translate` bare, the context a literal naming the
  part of the window; fill in values with `.format()` on the result, never an f-string;
- module-level tables: `QT_TRANSLATE_NOOP("Context", "text")`, translated where shown;
- a count: `Counts.tr("%n task(s)", "", count)` (lupdate marks only these as plurals).
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from app.model.errors import WordedError, Words
from app.model.wording import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

__all__ = [
    "CATALOGUES",
    "QT_TRANSLATE_NOOP",
    "Counts",
    "in_words",
    "install_translations",
    "translate",
]

# Built here by scripts/setup-env (git-ignored); package data, so a wheel or bundle carries them.
CATALOGUES = Path(__file__).with_name("translations")


class Counts(QObject):
    """The context of every phrase with a count: `Counts.tr("%n task(s)", "", n)`."""

    if TYPE_CHECKING:  # called on the class, as lupdate needs to see it; PySide6's stub differs

        @staticmethod
        def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def in_words(said: BaseException | Words | str) -> str:
    """An error's message (or other `Words` from the model) in the window's language: the
    model's errors carry their English template and values (`app.model.errors`) and are worded
    here; any other error (or a text, such as the system's) gives its own text."""
    return said.worded(translate) if isinstance(said, WordedError | Words) else str(said)


def chosen_locale() -> QLocale | None:
    """`QUADRANT_LANGUAGE`, else `LANGUAGE` (its first entry); None: the default locale."""
    for variable in ("QUADRANT_LANGUAGE", "LANGUAGE"):
        wanted = os.environ.get(variable, "").split(":")[0].strip()
        if wanted:
            return QLocale(wanted)
    return None


def install_translations(app: QCoreApplication) -> QLocale:
    """Load Quadrant's and Qt's catalogues for the chosen locale into `app` (again, if called
    again); a chosen locale becomes the default one. Returns the locale the window speaks.

    The English catalogue comes first, under the others: it holds only the English plural
    forms ("1 task" for "%n task(s)"), so a language without a catalogue reads well too."""
    chosen = chosen_locale()
    if chosen is not None:
        QLocale.setDefault(chosen)
    locale = QLocale()
    for old in app.findChildren(QTranslator, "quadrant-translation"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    english = QLocale.Language.English
    wanted = [(QLocale(english), "quadrant", CATALOGUES)]
    if locale.language() not in (english, QLocale.Language.C):
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted += [(locale, "quadrant", CATALOGUES), (locale, "qtbase", Path(qt_folder))]
    for language, name, folder in wanted:
        translator = QTranslator(app)
        translator.setObjectName("quadrant-translation")
        if translator.load(language, name, "_", str(folder)):
            QCoreApplication.installTranslator(translator)
        else:
            translator.deleteLater()
    return locale
