"""Refuge: a top-down 2D narrative escape game."""

__version__ = "0.1.0"
