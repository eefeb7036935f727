"""Scenes on the stack: title, play, pause, caught, ending and the rest."""
