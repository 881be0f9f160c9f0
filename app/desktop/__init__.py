"""What a Linux desktop needs to list and show Quadrant: the desktop entry, the AppStream
metainfo and the icon in the hicolor theme's layout, one id for all of them (`APP_ID`).

They are package data, so the wheel and the PyInstaller bundle carry them and the window finds
its icon wherever it was installed; `installation` copies them into the user's data folder
(`quadrant install-desktop`). The PNG sizes are drawn from the SVG by scripts/render-icons.
"""

from pathlib import Path

APP_ID = "io.github.quadrant.Quadrant"  # the AppStream component id and the desktop file's name
FOLDER = Path(__file__).resolve().parent
DESKTOP_ENTRY = FOLDER / f"{APP_ID}.desktop"
METAINFO = FOLDER / f"{APP_ID}.metainfo.xml"
ICONS = FOLDER / "icons"
WINDOW_ICON = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the PNGs beside the SVG, for menus without SVG
