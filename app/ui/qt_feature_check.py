"""PySide6 looks into every module imported after it for the word "PySide6" (to support its
`from __feature__ import …` switches). It reads the source with `inspect.getsource`, which keeps
each module's whole text in `linecache` for the life of the process: some 15 MiB once the window
and SQLAlchemy are loaded. `read_sources_and_let_go` makes that check read the file and drop it.

Only PySide6's own check is replaced, and only if it is there as we know it; anything else is
left to PySide6.
"""

import linecache
import sys
from types import ModuleType

_MARK = "quadrant_reads_and_lets_go"


def read_sources_and_let_go() -> None:
    """Make PySide6's check read a module's file once without keeping it; forget what it kept."""
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or check is None or getattr(check, _MARK, False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(check(module))  # no source file: PySide6 finds out as it does

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    linecache.clearcache()  # the sources read while PySide6 itself was imported
