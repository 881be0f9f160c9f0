"""Dismissed suggestions on the task row: the due date the user turned an urgency suggestion
down for (see app/model/urgency.py), so that dismissing is an ordinary, undoable field change.

Schema 0004 had no place for it and kept it in the `delegate` column of the task's `dismissed`
events; this revision moves the latest one of each task onto the task and clears the others.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("task", sa.Column("suggestion_dismissed", sa.Date(), nullable=True))
    op.execute(
        """
        UPDATE task SET suggestion_dismissed = (
            SELECT e.delegate FROM task_event AS e
            WHERE e.task_id = task.id AND e.kind = 'dismissed'
            ORDER BY e.id DESC LIMIT 1)
        """
    )
    # Only a real day stays (julianday carries 30 Feb over into March); a dismissal's event
    # now names the delegate like every other event.
    op.execute(
        """
        UPDATE task SET suggestion_dismissed = NULL
        WHERE date(julianday(suggestion_dismissed)) IS NOT suggestion_dismissed
        """
    )
    op.execute(
        """
        UPDATE task_event SET delegate = (SELECT t.delegate FROM task AS t WHERE t.id = task_id)
        WHERE kind = 'dismissed'
        """
    )


def downgrade() -> None:
    op.drop_column("task", "suggestion_dismissed")
