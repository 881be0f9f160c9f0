"""Benchmarks: scripts that measure Quadrant and print figures beside a bare PySide6 window.

They never pass or fail on time. Run them from the repository root, e.g.
``.venv/bin/python -m benchmarks.startup`` and ``.venv/bin/python -m benchmarks.drop``.
"""
