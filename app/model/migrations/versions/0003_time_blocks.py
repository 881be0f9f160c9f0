"""Time blocks: the weekly calendar.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "time_block",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("start_at", sa.DateTime(), nullable=False),
        sa.Column("end_at", sa.DateTime(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column(
            "task_id", sa.Integer(), sa.ForeignKey("task.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(title)) > 0", name="block_title_not_empty"),
        sa.CheckConstraint("end_at > start_at", name="block_has_length"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_block_start", "time_block", ["start_at"])
    op.create_index("ix_block_task", "time_block", ["task_id"])


def downgrade() -> None:
    op.drop_index("ix_block_task", table_name="time_block")
    op.drop_index("ix_block_start", table_name="time_block")
    op.drop_table("time_block")
