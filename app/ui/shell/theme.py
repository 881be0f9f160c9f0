"""Colours, words and the style sheet for each lane; one place so views and printing agree."""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.model.block import BlockKind
from app.model.quadrant import Quadrant


@dataclass(frozen=True)
class LaneLook:
    accent: str  # header text, card stripe, selection
    tint: str  # lane background
    subtitle: str
    empty_hint: str  # what belongs here, shown while the lane is empty


LOOKS = {
    Quadrant.INBOX: LaneLook(
        "#5E548E",
        "#F3F1F8",
        "Not triaged yet",
        "New tasks land here.\nDrag each one into a quadrant,\nor select it and press 1–4.",
    ),
    Quadrant.DO: LaneLook(
        "#B5473A",
        "#FBEEEB",
        "Urgent · Important",
        "Crises, deadlines and what\nonly you can do — today.",
    ),
    Quadrant.DEFER: LaneLook(
        "#2F6E9E",
        "#EBF2F8",
        "Important · Not urgent",
        "Coaching, planning, your own growth.\nSchedule time for these.",
    ),
    Quadrant.DELEGATE: LaneLook(
        "#A9741A",
        "#FAF3E3",
        "Urgent · Not important",
        "Hand it to someone,\nand set a follow-up date.",
    ),
    Quadrant.ELIMINATE: LaneLook(
        "#5D6874",
        "#F0F2F4",
        "Not urgent · Not important",
        "Say no on purpose:\ndrop it, or park it here.",
    ),
}

# Blocks not linked to a task are coloured by what the time is for.
KIND_LOOKS = {
    BlockKind.FOCUS: ("#2A7F75", "#E6F3F1"),
    BlockKind.MEETING: ("#4F5D95", "#ECEEF7"),
    BlockKind.PERSONAL: ("#A34E7A", "#F8ECF2"),
}

# The week calendar
GRID_LINE = "#E2E6EB"
HALF_HOUR_LINE = "#F0F2F5"
OFF_HOURS = "#F5F6F8"
TODAY_TINT = "#F4F8FC"
NOW_LINE = "#D93025"

TEXT = "#1F2933"
MUTED = "#5F6B7A"
OVERDUE = "#C62828"
DUE_TODAY = "#B45309"
SCHEDULED = "#1F7A6D"  # "Tue 09:00" on a card whose task has time blocked
CARD = "#FFFFFF"
CARD_BORDER = "#D5DAE1"
WINDOW = "#FAFBFC"


def _slim_scrollbars(*scopes: str) -> str:
    """Thin, quiet vertical scrollbars for the lanes and the calendar."""

    def each(part: str) -> str:
        return ", ".join(f"{scope} QScrollBar{part}" for scope in scopes)

    return f"""
        {each(":vertical")} {{ background: transparent; width: 10px; margin: 2px 2px 2px 0; }}
        {each("::handle:vertical")} {{
            background: rgba(31, 41, 51, 70); border-radius: 4px; min-height: 28px;
        }}
        {each("::handle:vertical:hover")} {{ background: rgba(31, 41, 51, 120); }}
        {each("::add-line:vertical")}, {each("::sub-line:vertical")} {{ height: 0; }}
        {each("::add-page:vertical")}, {each("::sub-page:vertical")} {{ background: transparent; }}
    """


def style_sheet() -> str:
    lanes = "\n".join(
        f"""
        QFrame#lane-panel-{q.value} {{
            background: {look.tint}; border: 1px solid {QColor(look.accent).lighter(170).name()};
            border-radius: 10px;
        }}
        QLabel#lane-title-{q.value} {{ color: {look.accent}; }}
        QLabel#lane-count-{q.value} {{
            color: white; background: {look.accent}; border-radius: 9px; padding: 0 7px;
        }}"""
        for q, look in LOOKS.items()
    )
    return f"""
        QMainWindow, QWidget#central {{ background: {WINDOW}; }}
        QTableView {{
            background: transparent; border: none; selection-background-color: transparent;
        }}
        {_slim_scrollbars("QTableView", "QScrollArea#week-scroll")}
        QTableView::item, QTableView::item:selected, QTableView::item:hover {{
            background: transparent; border: none;
        }}
        QLabel[role="subtitle"] {{ color: {MUTED}; }}
        QLabel[role="axis"] {{ color: {MUTED}; font-weight: 600; letter-spacing: 1px; }}
        QLineEdit#quick-add {{
            padding: 7px 10px; border: 1px solid {CARD_BORDER}; border-radius: 8px;
            background: {CARD}; color: {TEXT};
        }}
        QLineEdit#quick-add:focus {{ border: 1px solid {LOOKS[Quadrant.INBOX].accent}; }}
        {lanes}
    """


def apply_theme(app: QApplication) -> None:
    """A light, calm look that is the same on every desktop (Fusion + our palette)."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor(CARD))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F3F5F7"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#F0F2F5"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(LOOKS[Quadrant.DEFER].accent))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8A94A3"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFFF"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet())
