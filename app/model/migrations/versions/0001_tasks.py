"""The first schema: tasks.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "task",
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
    )
    op.create_index("ix_task_lane", "task", ["status", "quadrant", "position"])
    op.create_index("ix_task_order", "task", ["quadrant", "position"])


def downgrade() -> None:
    op.drop_index("ix_task_order", table_name="task")
    op.drop_index("ix_task_lane", table_name="task")
    op.drop_table("task")
