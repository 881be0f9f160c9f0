"""Lane names as people type them."""

import pytest

from app.model.errors import InvalidInput
from app.model.quadrant import Quadrant


@pytest.mark.parametrize(
    ("text", "quadrant"),
    [
        ("inbox", Quadrant.INBOX),
        ("DO", Quadrant.DO),
        (" Defer ", Quadrant.DEFER),
        ("deLEGate", Quadrant.DELEGATE),
        ("eliminate", Quadrant.ELIMINATE),
        ("0", Quadrant.INBOX),
        ("1", Quadrant.DO),
        ("2", Quadrant.DEFER),
        ("3", Quadrant.DELEGATE),
        ("4", Quadrant.ELIMINATE),
    ],
)
def test_parse(text: str, quadrant: Quadrant) -> None:
    assert Quadrant.parse(text) is quadrant


@pytest.mark.parametrize("text", ["", "5", "-1", "urgent", "d", "do it"])
def test_unknown_quadrant_lists_the_choices(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        Quadrant.parse(text)
    assert str(caught.value) == (
        f"unknown quadrant “{text}”; use one of inbox, do, defer, delegate, eliminate"
    )


def test_labels_and_keys() -> None:
    assert [(q.label, q.key) for q in Quadrant] == [
        ("Inbox", "0"),
        ("Do", "1"),
        ("Defer", "2"),
        ("Delegate", "3"),
        ("Eliminate", "4"),
    ]
