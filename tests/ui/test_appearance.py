"""Dark mode: the window follows the desktop's scheme live, View ▸ Appearance overrides it and
is remembered, every colour on screen comes from the scheme's palette, and printing stays light.

The offscreen platform has no desktop to change its scheme, so the desktop's change is given
as Qt gives it: QStyleHints.colorSchemeChanged.
"""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from app.model.block import BlockDraft, BlockKind
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.week import local_instant, local_zone, week_of
from app.ui.printing.plan_renderer import render_plan
from app.ui.shell import theme
from app.ui.shell.appearance import Appearance
from app.ui.shell.main_window import MainWindow
from app.ui.shell.window_state import WindowState
from tests.ui.conftest import seed
from tests.ui.test_printing import make_plan
from tests.week_of_work import seed_week


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    """The application is shared by all tests: leave it light, as the others expect."""
    yield
    QGuiApplication.styleHints().unsetColorScheme()
    theme.apply_theme(qapp, theme.LIGHT)


def pixel(widget: QWidget, point: QPoint) -> str:
    return widget.grab().toImage().pixelColor(point).name().upper()


def samples(window: MainWindow, block_id: int, empty_day: int) -> dict[str, str]:
    """What the window shows at a lane's background, a card, the empty grid and a block."""
    matrix = window.matrix
    panel = matrix.findChild(QWidget, "lane-panel-eliminate")  # an empty lane
    do = matrix.views[Quadrant.DO]
    card = do.visualRect(do.model().index(0, 0))
    canvas = window.calendar.canvas
    block = canvas.block_rect(block_id)
    assert panel is not None
    assert block is not None
    grid = canvas.point_at(empty_day, 15 * 60 + 10).toPoint() + QPoint(12, 0)
    return {
        "lane": pixel(panel, QPoint(panel.width() // 2, panel.height() - 8)),
        "card": pixel(do.viewport(), QPoint(card.right() - 14, card.top() + 6)),
        "grid": pixel(canvas, grid),
        "block": pixel(canvas, block.bottomRight().toPoint() - QPoint(4, 4)),
    }


def expected(colours: theme.Palette) -> dict[str, str]:
    return {
        "lane": colours.lane(Quadrant.ELIMINATE).tint,
        "card": colours.card,
        "grid": colours.card,
        "block": colours.lane(Quadrant.DEFER).tint,  # linked to a Defer task
    }


@pytest.fixture
def shown(service: Services, open_main_window) -> tuple[MainWindow, int, int]:
    """The window over a Do card and a block linked to a Defer task, this week."""
    tasks = seed(service, (Quadrant.DO, ["Fix the pipeline"]), (Quadrant.DEFER, ["Strategy"]))
    zone = local_zone()
    today = datetime.now(UTC).astimezone(zone).date()
    week = week_of(today, zone)
    block_day = 1 if week.index_of(today) != 1 else 3
    empty_day = next(d for d in (2, 4, 0) if d != week.index_of(today))
    start = local_instant(week.days[block_day], 10 * 60, zone)
    draft = BlockDraft(start, start + timedelta(hours=2), "Write strategy doc", BlockKind.FOCUS,
                       tasks["Strategy"].id)  # fmt: skip
    [block] = service.blocks.add([draft]).created_blocks()
    window = open_main_window()
    window.resize(1280, 720)
    window.calendar.set_working_hours(8, 18)
    return window, block.id, empty_day


def test_switching_the_scheme_changes_what_the_window_shows(
    shown: tuple[MainWindow, int, int], data_dir: Path
) -> None:
    window, block, empty_day = shown
    assert samples(window, block, empty_day) == expected(theme.LIGHT)
    window.findChild(QAction, "appearance-dark").trigger()
    assert samples(window, block, empty_day) == expected(theme.DARK)
    window.findChild(QAction, "appearance-light").trigger()
    assert samples(window, block, empty_day) == expected(theme.LIGHT)


def test_the_desktop_scheme_is_followed_live_unless_one_is_chosen(
    shown: tuple[MainWindow, int, int], data_dir: Path
) -> None:
    window, block, empty_day = shown
    hints = QGuiApplication.styleHints()
    appearance = window.appearance
    assert appearance.choice() == "system"
    assert window.findChild(QAction, "appearance-system").isChecked()

    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop turns dark
    assert samples(window, block, empty_day) == expected(theme.DARK)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert samples(window, block, empty_day) == expected(theme.LIGHT)

    dark = window.findChild(QAction, "appearance-dark")
    dark.trigger()
    assert dark.isChecked()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # what the user chose wins
    assert samples(window, block, empty_day) == expected(theme.DARK)
    # Remembered: the next start shows dark at once.
    assert WindowState(data_dir).text("appearance", "") == "dark"
    theme.apply_theme(QApplication.instance(), theme.LIGHT)  # type: ignore[arg-type]
    assert Appearance(WindowState(data_dir)).scheme() == "dark"
    assert theme.shown() is theme.DARK


def test_every_text_meets_wcag_aa_contrast_in_both_schemes() -> None:
    def luminance(colour: str) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        c = QColor(colour)
        r, g, b = (channel(v) for v in (c.redF(), c.greenF(), c.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    def ratio(text: str, background: str) -> float:
        light, dark = sorted((luminance(text), luminance(background)), reverse=True)
        return (light + 0.05) / (dark + 0.05)

    for colours in (theme.LIGHT, theme.DARK):
        pairs = list(theme.pairs(colours))
        assert len(pairs) > 40
        low = [(what, round(ratio(text, on), 2)) for what, text, on in pairs
               if ratio(text, on) < 4.5]  # fmt: skip
        assert low == [], colours.name


def test_the_printed_plan_stays_light_on_a_dark_screen(
    qapp: QApplication, service: Services
) -> None:
    seed_week(service)

    def page() -> QImage:
        image = QImage(842, 595, QImage.Format.Format_RGB32)  # A4 landscape at 72 dpi
        image.setDotsPerMeterX(round(72 / 0.0254))
        image.setDotsPerMeterY(round(72 / 0.0254))
        image.fill(QColor(theme.LIGHT.card))
        render_plan(make_plan(service), image)
        return image

    light = page()
    theme.apply_theme(qapp, theme.DARK)
    assert theme.shown() is theme.DARK
    assert page() == light


def test_no_colour_is_written_outside_the_theme() -> None:
    """Colours live in the palettes of app/ui/shell/theme.py; widgets only name them."""
    import re

    literal = re.compile(
        r"""["']#[0-9A-Fa-f]{3,8}["']|QColor\(\s*(\d|["'][A-Za-z]|Qt\.)|Qt\.GlobalColor"""
        r"""|rgba?\(|setStyleSheet\(|\bQt\.(white|black|red|green|blue|gray|darkGray)\b"""
        r"""|["'](white|black)["']"""
    )
    ui = Path(__file__).resolve().parents[2] / "app" / "ui"
    found = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "theme.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []
