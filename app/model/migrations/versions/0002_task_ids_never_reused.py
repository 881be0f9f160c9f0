"""Task ids are never reused (AUTOINCREMENT).

Undo and redo write a task back under its id. Without AUTOINCREMENT SQLite hands the id of the
newest deleted task to the next insert, so a task the CLI added meanwhile could be overwritten.
SQLite cannot add AUTOINCREMENT to a table, so the table is rebuilt with its rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_COLUMNS = (
    "id, uid, title, notes, quadrant, position, status, due, estimate_minutes, delegate, "
    "follow_up, tags, created_at, updated_at, completed_at"
)


def upgrade() -> None:
    _rebuild(autoincrement=True)


def downgrade() -> None:
    _rebuild(autoincrement=False)


def _rebuild(autoincrement: bool) -> None:
    op.create_table(
        "task_rebuilt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("quadrant", sa.String(16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("estimate_minutes", sa.Integer(), nullable=True),
        sa.Column("delegate", sa.Text(), nullable=True),
        sa.Column("follow_up", sa.Date(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        sa.CheckConstraint(
            "estimate_minutes IS NULL OR estimate_minutes > 0", name="estimate_positive"
        ),
        sqlite_autoincrement=autoincrement,
    )
    op.execute(f"INSERT INTO task_rebuilt ({_COLUMNS}) SELECT {_COLUMNS} FROM task")
    op.drop_index("ix_task_order", table_name="task")
    op.drop_index("ix_task_lane", table_name="task")
    op.drop_table("task")
    op.rename_table("task_rebuilt", "task")
    op.create_index("ix_task_lane", "task", ["status", "quadrant", "position"])
    op.create_index("ix_task_order", "task", ["quadrant", "position"])
