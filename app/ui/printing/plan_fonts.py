"""The weekly plan's fonts, sized in layout units so their metrics do not depend on the device.

The layout works in its own unit, `PT` per typographic point, and its fonts are sized in pixels
of that unit: the same plan lays out the same on a 72 dpi preview, a PDF and a 1200 dpi
printer. `Fonts` measures, elides and wraps text in points.
"""

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

PT = 10.0  # layout units per point

_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
FAMILIES = ["Inter", "Noto Sans", "Source Sans 3", "DejaVu Sans", "Helvetica", "Arial"]


def make_font(
    points: float, weight: QFont.Weight = QFont.Weight.Normal, narrow: bool = False
) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(round(points * PT))
    font.setWeight(weight)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if narrow:
        font.setStretch(QFont.Stretch.SemiCondensed)
    return font


class Fonts:
    """The plan's fonts and their metrics, made once per rendering."""

    def __init__(self) -> None:
        bold, semi = QFont.Weight.Bold, QFont.Weight.DemiBold
        self.title = make_font(20, bold)
        self.span = make_font(12)
        self.name = make_font(12, semi)
        self.day = make_font(8, semi, narrow=True)
        self.hour = make_font(6.5, narrow=True)
        self.block_title = make_font(6.5, semi, narrow=True)
        self.block_time = make_font(6, narrow=True)
        self.badge = make_font(5.5, bold)
        self.section = make_font(9.5, bold)
        self.count = make_font(8)
        self.subsection = make_font(7, semi)
        self.item = make_font(8, narrow=True)
        self.detail = make_font(7, narrow=True)
        self.detail_bold = make_font(7, bold, narrow=True)
        self.small = make_font(6.5)
        self.small_bold = make_font(6.5, semi)
        self._metrics: dict[int, QFontMetricsF] = {}  # by id() of the fonts above

    def metrics(self, font: QFont) -> QFontMetricsF:
        """The metrics of one of these fonts, made once."""
        found = self._metrics.get(id(font))
        if found is None:
            found = self._metrics[id(font)] = QFontMetricsF(font)
        return found

    def width(self, font: QFont, text: str) -> float:
        """Advance of `text`, in points."""
        return self.metrics(font).horizontalAdvance(text) / PT

    def line(self, font: QFont) -> float:
        """Line height, in points."""
        return self.metrics(font).height() / PT

    def elide(self, font: QFont, text: str, width: float) -> str:
        """`text` cut with "…" to `width` points (at a grapheme boundary, as Qt elides)."""
        return self.metrics(font).elidedText(text, _ELIDE_RIGHT, width * PT)

    def wrap(
        self, font: QFont, text: str, width: float, lines: int, inside_words: bool = False
    ) -> list[str]:
        """Up to `lines` lines of `text` at most `width` points wide, broken where the script
        allows (at spaces, or between CJK characters). The last line is elided when text is
        left over, and so is a line holding a word too long for it — unless `inside_words`,
        for narrow boxes, where such a word goes on over the next line instead."""
        layout = QTextLayout(text, font)
        option = QTextOption()
        wrap = QTextOption.WrapMode
        option.setWrapMode(wrap.WrapAtWordBoundaryOrAnywhere if inside_words else wrap.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        spans: list[tuple[int, bool]] = []  # where each line starts, and whether it is too wide
        while len(spans) < lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width * PT)
            spans.append((line.textStart(), line.naturalTextWidth() > width * PT + 0.5))
        layout.endLayout()
        result: list[str] = []
        # Qt counts UTF-16 code units; Python strings count code points.
        cuts = [_code_point_index(text, start) for start, _ in spans] + [len(text)]
        for index, (start, end) in enumerate(itertools.pairwise(cuts)):
            last = index == len(spans) - 1
            too_wide = spans[index][1]
            if last or too_wide:
                result.append(self.elide(font, text[start:].strip(), width))
                break
            result.append(text[start:end].strip())
        return result


def _code_point_index(text: str, utf16_index: int) -> int:
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_index:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)
