"""The Eisenhower matrix: the Inbox and quadrant lanes, cards, quick add, the task editor."""
