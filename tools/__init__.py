"""Generators and developer tools (not part of the game package)."""
