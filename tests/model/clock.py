"""A clock for tests: every reading is one second after the last, so times are predictable."""

from datetime import UTC, datetime, timedelta


class TickingClock:
    """UTC instants one second apart; `now` is the last one handed out."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now
