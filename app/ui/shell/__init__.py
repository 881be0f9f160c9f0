"""The window shell: main window, table of actions, form dialogs, theme, window state."""
