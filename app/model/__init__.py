"""Quadrant's domain and persistence. Nothing in this package may import Qt."""
