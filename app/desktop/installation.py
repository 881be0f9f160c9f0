"""Installing Quadrant into the current user's application menu, the freedesktop.org way: the
desktop entry into `$XDG_DATA_HOME/applications`, the metainfo into `metainfo/`, the icons
into `icons/hicolor/` (default `$XDG_DATA_HOME`: ~/.local/share). Uninstalling removes exactly
those files. Desktops watch these folders, so the menu shows the change without a log-out.

The installed desktop entry starts this Quadrant: its Exec line names the program that ran
the installation (the bundle, or the `quadrant` script beside this Python), so the menu works
even when that is not on the PATH a desktop session sees.
"""

import os
import shutil
import sys
from pathlib import Path

from app.desktop import APP_ID, DESKTOP_ENTRY, ICONS, METAINFO

_DESKTOP_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")  # an argument with one of them is quoted


def data_home() -> Path:
    """Where the user's desktop data goes: $XDG_DATA_HOME, else ~/.local/share."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def placements(home: Path) -> list[tuple[Path, Path]]:
    """Each file to install, with where it goes under `home`."""
    pairs = [
        (DESKTOP_ENTRY, home / "applications" / DESKTOP_ENTRY.name),
        (METAINFO, home / "metainfo" / METAINFO.name),
    ]
    for icon in sorted(ICONS.rglob(f"{APP_ID}.*")):
        pairs.append((icon, home / "icons" / icon.relative_to(ICONS)))
    return pairs


def this_program() -> list[str]:
    """The command line that starts the Quadrant running now."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return [sys.executable]
    script = Path(sys.executable).parent / ("quadrant.exe" if os.name == "nt" else "quadrant")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "app"]


def exec_line(command: list[str]) -> str:
    """`command` as the desktop entry spec wants it in Exec: quoted where needed, % doubled."""

    def quoted(argument: str) -> str:
        argument = argument.replace("%", "%%")
        if not _DESKTOP_RESERVED.intersection(argument):
            return argument
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        return f'"{escaped}"'

    return " ".join(quoted(argument) for argument in command)


def install(home: Path, command: list[str]) -> list[Path]:
    """Install the desktop entry (starting `command`), metainfo and icons under `home`; the
    files written."""
    written = []
    for source, target in placements(home):
        target.parent.mkdir(parents=True, exist_ok=True)
        if source == DESKTOP_ENTRY:
            target.write_text(_with_exec(source.read_text(encoding="utf-8"), command), "utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove what `install` put under `home`; the files removed."""
    removed = []
    for _source, target in placements(home):
        if target.exists():
            target.unlink()
            removed.append(target)
    return removed


def _with_exec(entry: str, command: list[str]) -> str:
    lines = entry.splitlines()
    return (
        "\n".join(
            f"Exec={exec_line(command)}" if line.startswith("Exec=") else line for line in lines
        )
        + "\n"
    )
