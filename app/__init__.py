"""Quadrant: triage tasks into the Eisenhower matrix, block focus time, print the week."""

__version__ = "0.1.0"
