"""The Waiting For view: delegated tasks by person, and following them through."""
