"""What a screen shows the bot besides a level's :class:`PlayerView`, by Protocol: the bot never probes a
scene's attributes, and a scene that shows these says so by having them (checked by ``isinstance``)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from game.view.player_view import PlayerView


class Screen(Protocol):
    """Any scene on top of the stack: its name says which."""

    @property
    def name(self) -> str:
        """The scene's name (``play``, ``title``, ``chapter``...)."""


@runtime_checkable
class LevelScreen(Protocol):
    """A level on screen (the play scene)."""

    @property
    def player_view(self) -> PlayerView:
        """What the player sees and hears as of the last tick."""


@runtime_checkable
class MenuScreen(Protocol):
    """A menu on screen (the title)."""

    def menu_shown(self) -> tuple[tuple[str, ...], int]:
        """The ids of the items shown, in order, and the index of the one under the cursor."""
