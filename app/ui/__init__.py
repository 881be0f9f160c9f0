"""Quadrant's Qt user interface: the window, its views, undo commands and dialogs."""
