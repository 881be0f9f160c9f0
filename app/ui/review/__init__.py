"""The weekly review window: figures, trend chart and the status-update draft."""
