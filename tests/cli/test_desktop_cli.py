"""Quadrant on the desktop: the desktop entry and the AppStream metainfo pass the freedesktop.org
validators and share one id; the wheel carries them with the icons; `quadrant install-desktop`
puts them in the user's data folder, starting this Quadrant, and `--uninstall` takes them out."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from app.desktop import APP_ID, DESKTOP_ENTRY, ICON_SIZES, METAINFO, WINDOW_ICON
from app.desktop.installation import exec_line

ROOT = Path(__file__).resolve().parents[2]


def validator(name: str) -> str:
    """The validator's path; without it the test is skipped here, but fails on CI."""
    found = shutil.which(name)
    if found is None:
        reason = f"{name} is not installed (scripts/setup-env test installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    return found


def entry(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    checked = subprocess.run(
        [validator("desktop-file-validate"), str(DESKTOP_ENTRY)], capture_output=True, text=True
    )
    assert (checked.returncode, checked.stdout + checked.stderr) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    checked = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_one_id_names_the_component_the_entry_and_the_icon() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_ENTRY.name == f"{APP_ID}.desktop"
    assert component.findtext("project_license") == "MIT"
    assert entry(DESKTOP_ENTRY.read_text())["Icon"] == APP_ID
    assert WINDOW_ICON.name == f"{APP_ID}.svg"
    assert component.find("releases/release") is not None
    assert component.find("content_rating") is not None
    assert component.findall("screenshots/screenshot")
    for screenshot in component.iterfind("screenshots/screenshot/image"):  # shot from this tree
        assert screenshot.text is not None
        assert (ROOT / screenshot.text.split("/main/", 1)[1]).is_file()


def test_the_wheel_carries_the_desktop_files_and_the_license(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONWARNINGS": "ignore"},
    )
    assert built.returncode == 0, built.stderr
    [wheel] = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    hicolor = "app/desktop/icons/hicolor"
    assert {
        f"app/desktop/{APP_ID}.desktop",
        f"app/desktop/{APP_ID}.metainfo.xml",
        f"{hicolor}/scalable/apps/{APP_ID}.svg",
        *(f"{hicolor}/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES),
    } <= names
    assert any(name.endswith("licenses/LICENSE") for name in names)
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("/METADATA")))
    assert b"License-Expression: MIT" in metadata


def quadrant(home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *arguments],
        env={**os.environ, "XDG_DATA_HOME": str(home)},
        capture_output=True,
        text=True,
    )


def test_install_desktop_adds_quadrant_to_the_menu_and_uninstall_takes_it_out(
    tmp_path: Path,
) -> None:
    home = tmp_path / "share"
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "other.desktop").write_text("[Desktop Entry]\n")  # not ours

    installed = quadrant(home, "install-desktop")
    assert (installed.returncode, installed.stderr) == (0, "")
    expected = {
        home / "applications" / f"{APP_ID}.desktop",
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        *(home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES),
    }
    assert {Path(line.removeprefix("installed ")) for line in installed.stdout.splitlines()} == (
        expected
    )
    assert all(path.is_file() for path in expected)
    desktop_file = home / "applications" / f"{APP_ID}.desktop"
    checked = subprocess.run(
        [validator("desktop-file-validate"), str(desktop_file)], capture_output=True, text=True
    )
    assert (checked.returncode, checked.stdout) == (0, "")
    command = entry(desktop_file.read_text())["Exec"].split()  # this tree's path has no spaces
    version = subprocess.run([*command, "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("quadrant ")  # the menu starts this Quadrant

    removed = quadrant(home, "install-desktop", "--uninstall")
    assert removed.returncode == 0
    assert {Path(line.removeprefix("removed ")) for line in removed.stdout.splitlines()} == expected
    assert not any(path.exists() for path in expected)
    assert (home / "applications" / "other.desktop").exists()
    again = quadrant(home, "install-desktop", "--uninstall")
    assert again.stdout == f"Quadrant was not installed in {home}\n"


def test_the_exec_line_quotes_what_the_desktop_entry_spec_asks_for() -> None:
    assert exec_line(["/usr/bin/quadrant"]) == "/usr/bin/quadrant"
    assert exec_line(["/home/a b/python3", "-m", "app"]) == '"/home/a b/python3" -m app'
    assert exec_line(['/opt/say "$hi"/q']) == '"/opt/say \\"\\$hi\\"/q"'
    assert exec_line(["/opt/100%/q"]) == "/opt/100%%/q"
