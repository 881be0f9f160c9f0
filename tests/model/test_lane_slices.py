"""reading.read_lane_after: a lane read a slice at a time, as the window fills long lanes."""

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from app.model.database import connect
from app.model.quadrant import Quadrant
from app.model.reading import read_lane_after, read_lanes
from app.model.services import Services
from app.model.task import Task


def in_slices(
    connection: sqlite3.Connection, quadrant: Quadrant, include_done: bool, size: int
) -> list[Task]:
    found: list[Task] = []
    while True:
        after = found[-1].sort_key if found else None
        more = read_lane_after(connection, quadrant, after, include_done, size)
        found += more
        if len(more) < size:
            return found


@pytest.mark.parametrize("include_done", [False, True])
@pytest.mark.parametrize("size", [1, 2, 5, 100])
def test_slices_make_up_the_lane(
    db_path: Path,
    service: Services,
    add: Callable[..., list[int]],
    include_done: bool,
    size: int,
) -> None:
    ids = add(*(f"do-{n}" for n in range(9)), quadrant=Quadrant.DO)
    add("inbox-0")
    service.tasks.set_done(ids[2:4], True)
    service.tasks.move([ids[7]], Quadrant.DO, ids[0])  # the lane's order is not the ids'
    with closing(connect(db_path)) as connection:
        whole = read_lanes(connection, include_done, Quadrant.DO)
        assert in_slices(connection, Quadrant.DO, include_done, size) == whole
        assert read_lane_after(connection, Quadrant.DO, whole[-1].sort_key, include_done) == []
        assert read_lane_after(connection, Quadrant.DEFER, None, include_done) == []
