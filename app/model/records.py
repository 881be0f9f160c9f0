"""The database schema as SQLAlchemy 2 ORM classes. Alembic migrations are written against it."""

from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Enum, ForeignKey, Index, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.model.block import BlockKind
from app.model.quadrant import Quadrant, Status


class Base(DeclarativeBase):
    pass


def _values(enum: type[Quadrant] | type[Status] | type[BlockKind]) -> list[str]:
    return [member.value for member in enum]


class TaskRecord(Base):
    __tablename__ = "task"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    quadrant: Mapped[Quadrant] = mapped_column(
        Enum(Quadrant, native_enum=False, length=16, values_callable=_values)
    )
    position: Mapped[int]
    status: Mapped[Status] = mapped_column(
        Enum(Status, native_enum=False, length=16, values_callable=_values)
    )
    due: Mapped[date | None]
    estimate_minutes: Mapped[int | None]
    delegate: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[date | None]
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime]  # UTC, stored without offset
    updated_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        CheckConstraint(
            "estimate_minutes IS NULL OR estimate_minutes > 0", name="estimate_positive"
        ),
        Index("ix_task_lane", "status", "quadrant", "position"),  # the open tasks, in order
        Index("ix_task_order", "quadrant", "position"),  # neighbours when placing a task
        # Ids are never reused: undo writes a task back under its id, which must not by then
        # belong to a task another program (the CLI) added.
        {"sqlite_autoincrement": True},
    )


class BlockRecord(Base):
    """A time block. Instants are UTC, stored without offset, like the task timestamps."""

    __tablename__ = "time_block"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    start_at: Mapped[datetime]
    end_at: Mapped[datetime]
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[BlockKind] = mapped_column(
        Enum(BlockKind, native_enum=False, length=16, values_callable=_values)
    )
    # A deleted task leaves its blocks in the calendar, unlinked; the service reports that
    # as part of the delete, so undo links them again.
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="block_title_not_empty"),
        CheckConstraint("end_at > start_at", name="block_has_length"),
        Index("ix_block_start", "start_at"),  # the blocks of a week
        Index("ix_block_task", "task_id"),  # when each task is scheduled
        {"sqlite_autoincrement": True},  # ids are never reused, as for tasks
    )
