"""What a player perceives of a level in one tick: what is on screen and what comes out of the speakers.

A :class:`PlayerView` is one read-only value, built once per tick by ``game.sim.perceive`` from the simulation
and the camera. The HUD, the captions, the soundscape and the bot read only this; none of them reads the
simulation. What is in it, and why a player has it:

- the screen: the camera's rectangle (640x360 at the canvas) in world pixels and the tiles it shows; the map's
  geometry (:class:`MapView`, the tiles' flags, shared for the whole level, never copied) may be read only for
  tiles on screen now or seen before (a player remembers what they saw: the bot keeps that memory itself);
- the pair (always seen or heard: the partner's steps are panned), the Cube's light where it falls on screen,
  the things drawn in the map that a player can use (:class:`PlaceView`: ways out, hiding places, things to
  pick up, things to kick) while they are on screen; never a trigger, a checkpoint or a patrol, which are not
  drawn;
- the HUD: the awareness eye (five stages and a small meter, :class:`EyeView`), the objective's words and, once
  the place the words name is on screen, that place (a player reading "Under the log" knows the log when they
  see it); the battery, the bond, the timecode, what is carried;
- the dialogue: the line on screen, whether it waits for a press, the choice offered and its cursor, whether a
  cutscene has the controls (the skip hint shows and the pair do not answer the stick);
- the speakers: this tick's sounds with where they come from (the simulation's cues), the hum's loudness and
  where it comes from (:class:`HumView`), the music.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from game.sim.cues import Cue
from game.story.views import ChoiceView, LineView, OptionView

__all__ = [
    "ActorView",
    "ChoiceView",
    "EyeView",
    "HumView",
    "LightView",
    "LineView",
    "MapView",
    "ObjectiveView",
    "OptionView",
    "PlaceView",
    "PlayerView",
    "TalkView",
]

EYE_METER = 12
"""Pixels of the eye's meter (``game.render.ui.draw_awareness``): the finest step of awareness the HUD shows."""
EYE_QUIET = 0.02
"""Awareness up to which the eye shows closed, with no meter."""


@dataclass(frozen=True, slots=True)
class MapView:
    """The level's geometry as drawn, the same object all level long (read a tile only once it was on screen).

    ``reality`` and ``dream`` are the tiles' flags (``game.world.level.TileFlag``) row by row, in each view."""

    scene: str
    width: int
    height: int
    tile_size: int
    reality: bytes
    dream: bytes
    dream_scene: bool
    """The whole scene is seen through the camcorder (it costs no battery there)."""
    cast: Mapping[str, str]
    """Speakers' names as the dialogue box writes them (English), by cast id."""


@dataclass(frozen=True, slots=True)
class ActorView:
    """One of the pair as drawn: where their feet are and how they move (the walk cycle's step, for footsteps)."""

    name: str
    x: float
    y: float
    moving: bool
    running: bool
    hidden: bool
    """Drawn crouched, out of sight (in cover or a hiding place)."""
    in_hide_spot: bool
    """Inside a hiding place (drawn tucked in; ``interact`` climbs out)."""
    step_ticks: int


@dataclass(frozen=True, slots=True)
class LightView:
    """The Cube's light on the ground, where it is on screen: its centre, radius and colour (tone)."""

    x: float
    y: float
    radius: float
    tone: str
    """``calm``, ``wary``, ``alarm``, ``capture`` or ``dim`` (the colour and rim style drawn)."""


@dataclass(frozen=True, slots=True)
class HumView:
    """The Cube's hum as the speakers play it: loudness 0..1 and where it comes from (it pans and fades)."""

    loudness: float
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class EyeView:
    """The HUD's awareness eye: ``level`` 0 is closed; 1..13 are the meter's 0..12 pixels (stages follow)."""

    level: int

    @classmethod
    def of(cls, awareness: float) -> EyeView:
        """The eye the HUD draws for an awareness."""
        if awareness <= EYE_QUIET:
            return _EYES[0]
        return _EYES[1 + min(EYE_METER, int(EYE_METER * min(1.0, awareness)))]

    @property
    def stage(self) -> int:
        """Closed, slit, half, open, wide: 0..4."""
        return 0 if self.level == 0 else min(4, 1 + (self.level - 1) * 4 // EYE_METER)

    @property
    def shown(self) -> float:
        """An awareness the HUD draws exactly as this eye (the middle of the meter's pixel)."""
        return 0.0 if self.level == 0 else min(1.0, (self.level - 0.5) / EYE_METER)


_EYES = tuple(EyeView(level) for level in range(EYE_METER + 2))
"""Every eye the HUD can draw (a view reuses them, one per level)."""


@dataclass(frozen=True, slots=True)
class PlaceView:
    """A thing drawn in the map that a player can use: an ``exit`` (a way out), a ``hide`` (a hiding place),
    an ``item`` (something to pick up, ``in_reach`` when it lies at the player's feet) or a ``noise`` (something
    to kick); or the ``place`` an objective names. ``area`` lists the tiles whose middle lies inside it."""

    id: int
    kind: str
    name: str
    x: float
    y: float
    area: tuple[int, ...]
    view: str
    """In which view it is drawn: ``reality``, ``dream`` or ``both``."""
    in_reach: bool = False


@dataclass(frozen=True, slots=True)
class ObjectiveView:
    """The objective the HUD writes: its line id, its words (a line, variables filled in) and its place once
    that is on screen."""

    id: str
    line: LineView | None
    place: PlaceView | None

    @property
    def english(self) -> str | None:
        """The objective's words in English (what the bot reads, so every language plays alike)."""
        return None if self.line is None else self.line.text


@dataclass(frozen=True, slots=True)
class TalkView:
    """The dialogue on screen: a line (and whether it waits for a press), a choice and its cursor, a cutscene."""

    line: LineView | None
    waits: bool
    """The line waits for the player (a bark moves on by itself)."""
    choice: ChoiceView | None
    cursor: int
    cutscene: bool
    """A cutscene has the controls (the skip hint shows; the pair do not answer the stick)."""

    @property
    def holds(self) -> bool:
        """A line waiting for a press or a choice is up: the world holds still."""
        return self.choice is not None or (self.line is not None and self.waits)

    @property
    def options(self) -> ChoiceView | None:
        """The choice on screen when it offers something to pick."""
        return self.choice if self.choice is not None and self.choice.options else None


@dataclass(frozen=True, slots=True)
class PlayerView:
    """Everything a player sees and hears this tick (see the module's docstring)."""

    tick: int
    map: MapView
    camera: tuple[float, float, int, int]
    """The view rectangle in world pixels: left, top, width, height."""
    tiles: tuple[int, int, int, int]
    """The tiles on screen: ``tx0, ty0, tx1, ty1`` (the last two excluded)."""
    player: ActorView
    partner: ActorView
    filming: bool
    """Looking through the camcorder: the dream view is drawn."""
    holding_hands: bool
    light: LightView | None
    eye: EyeView | None
    """None when the level has no Cube."""
    hum: HumView | None
    places: tuple[PlaceView, ...]
    objective: ObjectiveView | None
    talk: TalkView
    inventory: tuple[str, ...]
    battery: float
    """The camcorder's charge, 0..1, as the battery icon and the viewfinder show it."""
    battery_to_film: bool
    """Enough battery to start filming (the camcorder refuses with a caption otherwise)."""
    bond: float
    timecode: int
    """Ticks the carried camcorder's timecode shows."""
    music: str
    cues: Sequence[Cue]
    """This tick's sounds and happenings, each with where it comes from (NaN: everywhere)."""
