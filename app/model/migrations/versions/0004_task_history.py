"""Task history: an append-only event per change of a task's lane or status (see
app/model/history.py). Files from before have no events for what happened until now.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "task_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("task_uid", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("from_quadrant", sa.String(16), nullable=True),
        sa.Column("to_quadrant", sa.String(16), nullable=True),
        sa.Column("delegate", sa.Text(), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_task_event_task", "task_event", ["task_id", "at"])
    op.create_index("ix_task_event_at", "task_event", ["at"])


def downgrade() -> None:
    op.drop_index("ix_task_event_at", table_name="task_event")
    op.drop_index("ix_task_event_task", table_name="task_event")
    op.drop_table("task_event")
