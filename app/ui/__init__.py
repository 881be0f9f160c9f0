"""Quadrant's Qt user interface: the window, its views, undo commands and dialogs."""

import PySide6

from app.ui.qt_feature_check import read_sources_and_let_go

del PySide6
read_sources_and_let_go()  # before the window's modules are imported (see the module)
