"""The week calendar: time grid, blocks, block editor, working hours, the cards' schedule."""
