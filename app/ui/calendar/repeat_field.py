"""RepeatField: how a block repeats, in the block editor — none, every day, every weekday,
weekly (every N weeks on chosen days), monthly, or a custom RFC 5545 rule; ending never, on a
day, or after N times. `rule()` gives the checked rule the file holds (see `model.repeats`).
"""

from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.errors import InvalidInput
from app.model.repeats import (
    A_MONDAY,
    DAY_NAMES,
    WEEKDAYS_RULE,
    key_instant,
    parse_rule,
    rule_parts,
    until_day,
    with_end,
)
from app.ui.local_dates import day_name, short_day_name
from app.ui.translation import QT_TRANSLATE_NOOP, Counts, translate

CHOICES = (
    QT_TRANSLATE_NOOP("RepeatField", "Does not repeat"),
    QT_TRANSLATE_NOOP("RepeatField", "Every day"),
    QT_TRANSLATE_NOOP("RepeatField", "Every weekday"),
    QT_TRANSLATE_NOOP("RepeatField", "Weekly"),
    QT_TRANSLATE_NOOP("RepeatField", "Monthly"),
    QT_TRANSLATE_NOOP("RepeatField", "Custom rule"),
)
_PRESETS = {"FREQ=DAILY": 1, WEEKDAYS_RULE: 2, "FREQ=MONTHLY": 4}
ENDS = (
    QT_TRANSLATE_NOOP("RepeatField", "Never"),
    QT_TRANSLATE_NOOP("RepeatField", "On"),
    QT_TRANSLATE_NOOP("RepeatField", "After"),
)
_CODES = list(DAY_NAMES)  # MO … SU


class RepeatField(QWidget):
    def __init__(self, rule: str | None, start: datetime, zone: tzinfo) -> None:
        super().__init__()
        self._start, self._zone = start, zone
        self.choice = _combo("repeat", translate("RepeatField", "Repeat"), CHOICES)
        self.every = QSpinBox()
        self.every.setObjectName("repeat-every")
        self.every.setAccessibleName(translate("RepeatField", "Every how many weeks"))
        self.every.setRange(1, 52)
        self.every.valueChanged.connect(self._weeks_said)
        self._weeks_said(self.every.value())
        self.days: list[QToolButton] = []
        weekly = QHBoxLayout()
        weekly.setContentsMargins(0, 0, 0, 0)
        weekly.addWidget(QLabel(translate("RepeatField", "every")))
        weekly.addWidget(self.every)
        for number, code in enumerate(DAY_NAMES):
            weekday = A_MONDAY + timedelta(days=number)  # named in the window's language
            name = day_name(weekday)
            button = QToolButton()
            button.setText(short_day_name(weekday).rstrip(".")[:2])
            button.setCheckable(True)
            button.setProperty("role", "choice")  # checked: in the accent (theme.style_sheet)
            button.setObjectName(f"repeat-{code.lower()}")
            button.setAccessibleName(name)
            self.days.append(button)
            weekly.addWidget(button)
        weekly.addStretch()
        self.weekly = QWidget()
        self.weekly.setLayout(weekly)
        self.custom = QLineEdit()
        self.custom.setObjectName("repeat-rule")
        self.custom.setAccessibleName(translate("RepeatField", "Repeat rule"))
        self.custom.setPlaceholderText("FREQ=WEEKLY;BYDAY=TU,TH")
        self.ends = _combo("repeat-ends", translate("RepeatField", "Ends"), ENDS)
        self.until = QDateEdit()
        self.until.setObjectName("repeat-until")
        self.until.setAccessibleName(translate("RepeatField", "Last day"))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(translate("Dates", "d MMM yyyy"))
        self.count = QSpinBox()
        self.count.setObjectName("repeat-count")
        self.count.setAccessibleName(translate("RepeatField", "How many times"))
        self.count.setRange(1, 999)
        self.count.valueChanged.connect(self._count_said)
        self._count_said(self.count.value())
        ending = QHBoxLayout()
        ending.setContentsMargins(0, 0, 0, 0)
        ending.addWidget(QLabel(translate("RepeatField", "ends")))
        for part in (self.ends, self.until, self.count):
            ending.addWidget(part)
        ending.addStretch()
        self.ending = QWidget()
        self.ending.setLayout(ending)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.choice, self.weekly, self.custom, self.ending):
            layout.addWidget(widget)
        self._show(rule)
        self.choice.currentIndexChanged.connect(self._shown)
        self.ends.currentIndexChanged.connect(self._shown)
        self._shown()

    def _count_said(self, count: int) -> None:
        self.count.setSuffix(Counts.tr(" time(s)", "", count))

    def _weeks_said(self, weeks: int) -> None:
        self.every.setSuffix(Counts.tr(" week(s) on", "", weeks))

    def _show(self, rule: str | None) -> None:
        local = self._start.astimezone(self._zone)
        self.until.setDate(QDate(local.year, local.month, local.day).addMonths(3))
        self.days[local.weekday()].setChecked(True)
        if rule is None:
            return
        parts = rule_parts(rule)
        if "UNTIL" in parts:
            last = key_instant(parts["UNTIL"]).astimezone(self._zone).date()
            self.ends.setCurrentIndex(1)
            self.until.setDate(QDate(last.year, last.month, last.day))
        elif "COUNT" in parts:
            self.ends.setCurrentIndex(2)
            self.count.setValue(int(parts["COUNT"]))
        body = with_end(rule)
        self.custom.setText(body)  # what Custom rule starts from
        plain = {k: v for k, v in rule_parts(body).items()}
        if body in _PRESETS:
            self.choice.setCurrentIndex(_PRESETS[body])
        elif (
            plain.get("FREQ") == "WEEKLY"
            and set(plain) <= {"FREQ", "INTERVAL", "BYDAY"}
            and all(day in _CODES for day in plain.get("BYDAY", "").split(",") if day)
        ):
            self.choice.setCurrentIndex(3)
            self.every.setValue(int(plain.get("INTERVAL", "1")))
            chosen = set(plain.get("BYDAY", "").split(","))
            for code, button in zip(_CODES, self.days, strict=True):
                button.setChecked(code in chosen if chosen != {""} else button.isChecked())
        else:
            self.choice.setCurrentIndex(5)

    def _shown(self) -> None:
        choice = self.choice.currentIndex()
        self.weekly.setVisible(choice == 3)
        self.custom.setVisible(choice == 5)
        self.ending.setVisible(choice != 0)
        self.until.setVisible(self.ends.currentIndex() == 1)
        self.count.setVisible(self.ends.currentIndex() == 2)

    def rule(self) -> str | None:
        """The rule chosen, checked; None: no repeat. Raises InvalidInput in words."""
        choice = self.choice.currentIndex()
        if choice == 0:
            return None
        if choice == 3:
            chosen = [code for code, b in zip(_CODES, self.days, strict=True) if b.isChecked()]
            if not chosen:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "choose the days of the week it repeats on")
                )
            interval = self.every.value()
            body = "FREQ=WEEKLY" + (f";INTERVAL={interval}" if interval > 1 else "")
            body += ";BYDAY=" + ",".join(chosen)
        elif choice == 5:
            body = self.custom.text()
        else:
            body = {1: "FREQ=DAILY", 2: WEEKDAYS_RULE, 4: "FREQ=MONTHLY"}[choice]
        rule = with_end(parse_rule(body, self._start, self._zone))
        if self.ends.currentIndex() == 1:
            last: date = self.until.date().toPython()  # type: ignore[assignment]
            if last < self._start.astimezone(self._zone).date():
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "the last day it repeats is before its first")
                )
            return with_end(rule, until=until_day(last, self._zone))
        if self.ends.currentIndex() == 2:
            return with_end(rule, count=self.count.value())
        return rule


def _combo(name: str, accessible: str, items: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItems([translate("RepeatField", item) for item in items])
    return combo
