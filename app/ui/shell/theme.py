"""Every colour Quadrant shows, one palette per colour scheme (light and dark), the words that
go with each lane, and the style sheet and QPalette made from a palette.

Widgets never hold a colour of their own: they ask `shown()` for the palette on screen while
they paint (so a switch of scheme shows at the next repaint), and printing always uses `LIGHT`.
`pairs()` lists every text colour with the background it is drawn on, for the contrast test.
"""

from collections.abc import Iterator, Mapping
from dataclasses import astuple, dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.model.block import BlockKind
from app.model.quadrant import Quadrant
from app.ui.translation import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Pair:
    accent: str  # lane title, card stripe, selection, a block's edge
    tint: str  # lane background, a block's fill


@dataclass(frozen=True)
class Palette:
    name: str  # "light" or "dark"
    window: str
    card: str  # cards, the week grid, fields
    card_border: str
    button: str
    text: str
    muted: str  # dates, hour labels, what is secondary
    on_accent: str  # text on an accent (the lane counts, today's date)
    overdue: str
    due_today: str
    scheduled: str  # "Tue 09:00" on a card whose task has time blocked
    grid_line: str
    half_hour_line: str
    off_hours: str
    today_tint: str
    now_line: str
    trend_line: str  # the review's reactive share
    lanes: Mapping[Quadrant, Pair]
    kinds: Mapping[BlockKind, Pair]  # blocks not linked to a task: by what the time is for

    def lane(self, quadrant: Quadrant) -> Pair:
        return self.lanes[quadrant]

    def block(self, kind: BlockKind, quadrant: Quadrant | None) -> Pair:
        """A block's colours: its task's lane, else its kind's."""
        if quadrant is not None and quadrant is not Quadrant.INBOX:
            return self.lanes[quadrant]
        return self.kinds[kind]

    def ink(self, role: "str | Quadrant") -> str:
        """A text colour by role: a field's name ("muted", "overdue"…) or a lane's accent."""
        if isinstance(role, Quadrant):
            return self.lanes[role].accent
        colour = getattr(self, role)
        assert isinstance(colour, str)
        return colour


LIGHT = Palette(
    name="light",
    window="#FAFBFC",
    card="#FFFFFF",
    card_border="#D5DAE1",
    button="#F0F2F5",
    text="#1F2933",
    muted="#5F6B7A",
    on_accent="#FFFFFF",
    overdue="#C62828",
    due_today="#B45309",
    scheduled="#1F7A6D",
    grid_line="#E2E6EB",
    half_hour_line="#F0F2F5",
    off_hours="#F5F6F8",
    today_tint="#F4F8FC",
    now_line="#D0342C",
    trend_line="#B5473A",
    lanes={
        Quadrant.INBOX: Pair("#5E548E", "#F3F1F8"),
        Quadrant.DO: Pair("#B5473A", "#FBEEEB"),
        Quadrant.DEFER: Pair("#2F6E9E", "#EBF2F8"),
        Quadrant.DELEGATE: Pair("#8A5D0F", "#FAF3E3"),
        Quadrant.ELIMINATE: Pair("#5D6874", "#F0F2F4"),
    },
    kinds={
        BlockKind.FOCUS: Pair("#2A7F75", "#E6F3F1"),
        BlockKind.MEETING: Pair("#4F5D95", "#ECEEF7"),
        BlockKind.PERSONAL: Pair("#A34E7A", "#F8ECF2"),
    },
)

DARK = Palette(
    name="dark",
    window="#16181C",
    card="#202329",
    card_border="#3A3F48",
    button="#2A2E35",
    text="#E4E8EE",
    muted="#A0AAB7",
    on_accent="#121418",
    overdue="#FF8A80",
    due_today="#F2B15A",
    scheduled="#5FD0BF",
    grid_line="#343841",
    half_hour_line="#292C33",
    off_hours="#1B1D22",
    today_tint="#1E2834",
    now_line="#FF6F61",
    trend_line="#F59A8E",
    lanes={
        Quadrant.INBOX: Pair("#B9AEEA", "#24212F"),
        Quadrant.DO: Pair("#F4978A", "#2E2120"),
        Quadrant.DEFER: Pair("#7DB8EA", "#1C2631"),
        Quadrant.DELEGATE: Pair("#E6B866", "#2B251A"),
        Quadrant.ELIMINATE: Pair("#AEB8C4", "#23262B"),
    },
    kinds={
        BlockKind.FOCUS: Pair("#6CCBBE", "#1A2B2A"),
        BlockKind.MEETING: Pair("#A4B0EC", "#212436"),
        BlockKind.PERSONAL: Pair("#E89AC1", "#2E2029"),
    },
)

SCHEMES = {palette.name: palette for palette in (LIGHT, DARK)}


@dataclass(frozen=True)
class PrintColours:
    """The printed plan's own lines and shades: on paper, always over the light palette."""

    rule: str = "#AAB3BE"  # lines that must survive a printer: darker than the screen's
    light_rule: str = "#D3D8DE"
    weekend: str = "#F3F4F6"
    today: str = "#EEF4FA"


PRINT = PrintColours()


@dataclass(frozen=True)
class LaneWords:
    name: str
    subtitle: str
    empty_hint: str  # what belongs here, shown while the lane is empty


_LANES = "Lanes"  # the context of these words in the translations
LANE_WORDS = {
    Quadrant.INBOX: LaneWords(
        QT_TRANSLATE_NOOP("Lanes", "Inbox"),
        QT_TRANSLATE_NOOP("Lanes", "Not triaged yet"),
        QT_TRANSLATE_NOOP(
            "Lanes",
            "New tasks land here.\nDrag each one into a quadrant,\nor select it and press 1–4.",
        ),
    ),
    Quadrant.DO: LaneWords(
        QT_TRANSLATE_NOOP("Lanes", "Do"),
        QT_TRANSLATE_NOOP("Lanes", "Urgent · Important"),
        QT_TRANSLATE_NOOP("Lanes", "Crises, deadlines and what\nonly you can do — today."),
    ),
    Quadrant.DEFER: LaneWords(
        QT_TRANSLATE_NOOP("Lanes", "Defer"),
        QT_TRANSLATE_NOOP("Lanes", "Important · Not urgent"),
        QT_TRANSLATE_NOOP(
            "Lanes", "Coaching, planning, your own growth.\nSchedule time for these."
        ),
    ),
    Quadrant.DELEGATE: LaneWords(
        QT_TRANSLATE_NOOP("Lanes", "Delegate"),
        QT_TRANSLATE_NOOP("Lanes", "Urgent · Not important"),
        QT_TRANSLATE_NOOP("Lanes", "Hand it to someone,\nand set a follow-up date."),
    ),
    Quadrant.ELIMINATE: LaneWords(
        QT_TRANSLATE_NOOP("Lanes", "Eliminate"),
        QT_TRANSLATE_NOOP("Lanes", "Not urgent · Not important"),
        QT_TRANSLATE_NOOP("Lanes", "Say no on purpose:\ndrop it, or park it here."),
    ),
}


def lane_words(quadrant: Quadrant) -> LaneWords:
    """A lane's name and words in the window's language."""
    words = LANE_WORDS[quadrant]
    return LaneWords(*(translate(_LANES, text) for text in astuple(words)))


def lane_name(quadrant: Quadrant) -> str:
    return translate(_LANES, LANE_WORDS[quadrant].name)


KIND_NAMES = {
    BlockKind.FOCUS: QT_TRANSLATE_NOOP("Blocks", "Focus"),
    BlockKind.MEETING: QT_TRANSLATE_NOOP("Blocks", "Meeting"),
    BlockKind.PERSONAL: QT_TRANSLATE_NOOP("Blocks", "Personal"),
}


def kind_name(kind: BlockKind) -> str:
    """A block's kind in the window's language."""
    return translate("Blocks", KIND_NAMES[kind])


def shown() -> Palette:
    """The palette on screen now, told by the application's window colour (light when no
    theme was applied)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def blend(colour: str | QColor, under: str | QColor, amount: float) -> QColor:
    """`colour` laid over `under` at `amount` (0–1) opacity, as one opaque colour."""
    top, bottom = QColor(colour), QColor(under)
    return QColor.fromRgbF(
        bottom.redF() + (top.redF() - bottom.redF()) * amount,
        bottom.greenF() + (top.greenF() - bottom.greenF()) * amount,
        bottom.blueF() + (top.blueF() - bottom.blueF()) * amount,
    )


def translucent(colour: str | QColor, alpha: int) -> QColor:
    result = QColor(colour)
    result.setAlpha(alpha)
    return result


def pairs(p: Palette) -> Iterator[tuple[str, str, str]]:
    """(what, text colour, background) for every text the window draws on a colour of ours."""
    for on in ("card", "window"):
        for role in ("text", "muted", "overdue", "due_today", "scheduled"):
            yield f"{role} on {on}", p.ink(role), p.ink(on)
    yield "hour labels on off hours", p.muted, p.off_hours
    yield "hour labels on today", p.muted, blend(p.today_tint, p.card, 200 / 255).name()
    yield "today's day name", p.now_line, p.window
    yield "today's date", p.on_accent, p.now_line
    for quadrant, lane in p.lanes.items():
        yield f"{quadrant.value} title on its lane", lane.accent, lane.tint
        yield f"{quadrant.value} count", p.on_accent, lane.accent
        yield f"{quadrant.value} suggestion on a card", lane.accent, p.card
        selected = blend(lane.accent, p.card, 28 / 255).name()
        yield f"a selected {quadrant.value} card", p.text, selected
        yield f"muted on a selected {quadrant.value} card", p.muted, selected
    for name, pair in [*((q.value, x) for q, x in p.lanes.items()),
                       *((k.value, x) for k, x in p.kinds.items())]:  # fmt: skip
        yield f"block title on {name}", p.text, pair.tint
        yield f"block time on {name}", p.muted, pair.tint
    yield "selection", p.on_accent, p.lanes[Quadrant.DEFER].accent


def qt_palette(p: Palette) -> QPalette:
    """The palette for Qt's own widgets (Fusion): menus, dialogs, fields, the review."""
    role = QPalette.ColorRole
    palette = QPalette(QColor(p.button), QColor(p.window))  # derives Light, Mid, Dark, Shadow
    for each, colour in (
        (role.Window, p.window),
        (role.WindowText, p.text),
        (role.Base, p.card),
        (role.AlternateBase, p.off_hours),
        (role.Text, p.text),
        (role.Button, p.button),
        (role.ButtonText, p.text),
        (role.BrightText, p.overdue),
        (role.Highlight, p.lanes[Quadrant.DEFER].accent),
        (role.HighlightedText, p.on_accent),
        (role.PlaceholderText, p.muted),
        (role.ToolTipBase, p.card),
        (role.ToolTipText, p.text),
        (role.Link, p.trend_line),
        (role.Mid, p.card_border),
    ):
        palette.setColor(each, QColor(colour))
    for group in (QPalette.ColorGroup.Disabled,):
        for each in (role.WindowText, role.Text, role.ButtonText):
            palette.setColor(group, each, QColor(p.muted))
    return palette


def _slim_scrollbars(p: Palette, *scopes: str) -> str:
    """Thin, quiet vertical scrollbars for the lanes and the calendar."""

    def each(part: str) -> str:
        return ", ".join(f"{scope} QScrollBar{part}" for scope in scopes)

    handle, hover = translucent(p.text, 70), translucent(p.text, 120)

    def rgba(colour: QColor) -> str:
        return f"rgba({colour.red()}, {colour.green()}, {colour.blue()}, {colour.alpha()})"

    return f"""
        {each(":vertical")} {{ background: transparent; width: 10px; margin: 2px 2px 2px 0; }}
        {each("::handle:vertical")} {{
            background: {rgba(handle)}; border-radius: 4px; min-height: 28px;
        }}
        {each("::handle:vertical:hover")} {{ background: {rgba(hover)}; }}
        {each("::add-line:vertical")}, {each("::sub-line:vertical")} {{ height: 0; }}
        {each("::add-page:vertical")}, {each("::sub-page:vertical")} {{ background: transparent; }}
    """


def style_sheet(p: Palette) -> str:
    lanes = "\n".join(
        f"""
        QFrame#lane-panel-{q.value} {{
            background: {lane.tint}; border: 1px solid {blend(lane.accent, lane.tint, 0.35).name()};
            border-radius: 10px;
        }}
        QLabel#lane-title-{q.value} {{ color: {lane.accent}; }}
        QLabel#lane-count-{q.value} {{
            color: {p.on_accent}; background: {lane.accent}; border-radius: 9px; padding: 0 7px;
        }}"""
        for q, lane in p.lanes.items()
    )
    return f"""
        QMainWindow, QWidget#central {{ background: {p.window}; }}
        QTableView {{
            background: transparent; border: none; selection-background-color: transparent;
        }}
        {_slim_scrollbars(p, "QTableView", "QScrollArea#week-scroll")}
        QTableView::item, QTableView::item:selected, QTableView::item:hover {{
            background: transparent; border: none;
        }}
        QLabel[role="subtitle"] {{ color: {p.muted}; }}
        QLabel[role="axis"] {{ color: {p.muted}; font-weight: 600; letter-spacing: 1px; }}
        QLabel[role="problem"] {{ color: {p.overdue}; }}
        QLineEdit#quick-add {{
            padding: 7px 10px; border: 1px solid {p.card_border}; border-radius: 8px;
            background: {p.card}; color: {p.text};
        }}
        QLineEdit#quick-add:focus {{ border: 1px solid {p.lanes[Quadrant.INBOX].accent}; }}
        QToolButton[role="choice"]:checked {{
            background: {p.lanes[Quadrant.INBOX].accent}; color: {p.on_accent};
            border: 1px solid {p.lanes[Quadrant.INBOX].accent}; border-radius: 3px;
        }}
        {lanes}
    """


def apply_theme(app: QApplication, p: Palette = LIGHT) -> None:
    """A calm look that is the same on every desktop: Fusion, with `p` for our widgets and
    Qt's alike. Widgets repaint on the palette change that follows."""
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(qt_palette(p))
    app.setStyleSheet(style_sheet(p))
