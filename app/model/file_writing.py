"""Writing a file the user asked for (a PDF, a calendar file) so that it is whole or not there:
into a temporary file beside the target, flushed to disk, then renamed over the target in one
step. A write that fails or is interrupted leaves no half-written file under that name, and an
older file of that name untouched. A temporary file a killed write left behind is removed by the
next write in that folder, once it is STALE_SECONDS old (younger ones may be another write's)."""

import contextlib
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.model.errors import WordedError
from app.model.wording import QT_TRANSLATE_NOOP

STALE_SECONDS = 60
# ".plan.pdf.k3j_x9a2.part": mkstemp's eight random characters between the name and ".part"
_TEMPORARY = re.compile(r"\..+\.[a-z0-9_]{8}\.part")


class WriteError(WordedError, OSError):
    """The file could not be written; the message says why in words, with the file's name."""


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary file beside `target` to write into; when the block ends without an error
    it is flushed to disk and renamed to `target` in one step, otherwise it is removed."""
    folder = target.parent
    if target.is_dir():
        raise WriteError(
            QT_TRANSLATE_NOOP("Errors", "could not write {path}: it is a folder"), path=target
        )
    if not folder.is_dir():
        raise WriteError(
            QT_TRANSLATE_NOOP(
                "Errors", "could not write {name}: the folder {folder} does not exist"
            ),
            name=target.name,
            folder=folder,
        )
    remove_stale_parts(folder)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with temporary.open("rb+") as file:
            os.fsync(file.fileno())
        _set_mode(temporary, target)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(folder)


def remove_stale_parts(folder: Path) -> None:
    """Remove the temporary files interrupted writes left in `folder` (see STALE_SECONDS)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if _TEMPORARY.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    if now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS:
                        os.unlink(entry.path)


def _set_mode(temporary: Path, target: Path) -> None:
    """mkstemp makes the file private; give it the mode a new file (or the old one) has."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        mode = 0o666 & ~mask
    os.chmod(temporary, mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
