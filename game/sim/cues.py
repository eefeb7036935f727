"""Cues: what the simulation asks presentation to show or play this tick. Plain data; drawing never feeds back."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class CueKind(Enum):
    """What kind of presentation request a cue is."""

    SOUND = "sound"
    """``name``: an effect; ``x``/``y``: where (for panning), or NaN for a non-positional sound."""
    MUSIC = "music"
    """``name``: a track (``none`` stops), ``ticks``: crossfade."""
    SHAKE = "shake"
    """``value``: strength 0..1, ``ticks``: duration."""
    FADE = "fade"
    """``name``: ``out`` or ``in``, ``ticks``, ``detail``: colour."""
    EFFECT = "effect"
    """``name``: a named screen effect (``glitch``, ``drain``, ``overlap``), ``ticks``: how long."""
    FOOTSTEP = "footstep"
    """``name``: the actor, ``detail``: running or walking."""
    AI = "ai"
    """``name``: an AI event kind (state changes, lock-on, capture...), ``detail`` its detail."""
    CAUGHT = "caught"
    """The pair was caught: the caught overlay plays, then the level retries from the checkpoint."""
    CHECKPOINT = "checkpoint"
    """A checkpoint was reached: autosave now (``name``: the checkpoint's object name)."""
    ITEM = "item"
    """``name``: an item was picked up."""
    CAMCORDER = "camcorder"
    """``name``: ``on``, ``off`` or ``empty``."""
    HIDE = "hide"
    """``name``: ``in`` or ``out``."""
    HANDS = "hands"
    """``name``: ``take`` or ``let_go``."""
    DENIED = "denied"
    """An action was refused (``detail`` says why, e.g. the camcorder's battery is too low)."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One presentation request."""

    kind: CueKind
    name: str = ""
    x: float = float("nan")
    y: float = float("nan")
    value: float = 0.0
    ticks: int = 0
    detail: str = ""
