"""What the story asks of the level simulation: the :class:`StoryHost` protocol.

The level simulation implements it; the runner calls it while it runs steps. Actors are named by cast id
(``dal``, ``byeol``) or by role (``player``, ``partner``); places by the name of a Tiled object in the scene's
map. The host decides what each command looks like; the story only says what happens.
"""

from __future__ import annotations

from typing import Protocol

from game.story.values import Value


class StoryHost(Protocol):
    """Game commands, inventory and world values, as the level simulation provides them."""

    def move(self, actor: str, to: str, run: bool) -> None:
        """Start walking ``actor`` to the object ``to`` (player input does not move it meanwhile)."""

    def place(self, actor: str, to: str) -> None:
        """Put ``actor`` at the object ``to`` at once (a skipped cutscene's end position)."""

    def moving(self, actor: str) -> bool:
        """True while a story ``move`` of ``actor`` has not arrived yet."""

    def face(self, actor: str, toward: str | None, direction: str | None) -> None:
        """Turn ``actor`` toward an actor or object, or to a direction (up, down, left, right)."""

    def camera(self, to: str, ticks: int) -> None:
        """Move the camera to follow an actor or look at an object over ``ticks`` (0: at once)."""

    def shake(self, strength: float, ticks: int) -> None:
        """Shake the screen (strength 0..1) for ``ticks``."""

    def fade(self, to: str, ticks: int, color: str) -> None:
        """Fade ``out`` to a colour or ``in`` from it over ``ticks`` (0: at once)."""

    def effect(self, name: str, ticks: int) -> None:
        """Start a named presentation effect (a glitch, colours draining) over ``ticks`` (0: at once)."""

    def sound(self, name: str, at: str | None) -> None:
        """Play a sound effect, at an object's place when ``at`` names one."""

    def music(self, name: str, fade_ticks: int) -> None:
        """Change the music (``none`` stops it), crossfading over ``fade_ticks``."""

    def give(self, item: str) -> None:
        """Give the pair an item (``camcorder``)."""

    def has(self, item: str) -> bool:
        """True when the pair holds the item (for ``has("item")`` in conditions)."""

    def objective(self, line_id: str, target: str) -> None:
        """Show a new objective: its line id (the text is looked up by id) and the object to reach."""

    def checkpoint(self, at: str) -> None:
        """Save a checkpoint now; a retry puts the pair at the object ``at``."""

    def scene(self, to: str, ending: str | None) -> None:
        """Leave this level for scene ``to`` (``ending`` names the ending when ``to`` is ``ending``)."""

    def bond(self, delta: float) -> None:
        """Nudge the pair's bond (a quiet moment raises it)."""

    def value(self, name: str) -> Value:
        """A world value a condition reads (``commands.HOST_VALUES``: bond, hands, filming, hidden, seen)."""
