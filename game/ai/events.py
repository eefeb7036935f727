"""What the AI tells the rest of the game each tick: small frozen events for presentation and the world."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class AIEventKind(Enum):
    """Kinds of AI event. Presentation telegraphs them (light colour, hum pitch, HUD cue); the world acts on
    ``CAUGHT`` (send the pair to the checkpoint) and ``PARTNER_CATCH_UP`` (place the partner at ``x, y``)."""

    STATE = "state"
    """The Cube's state changed; ``detail`` is ``"old>new"``."""
    HEARD = "heard"
    """The Cube heard a noise at ``x, y``."""
    NOTICED = "noticed"
    """A glimpse: awareness of ``target`` reached the notice level."""
    LOCK_ON = "lock_on"
    """The wind-up began on ``target`` (the light changes colour; the chase follows after the wind-up)."""
    LOCKED = "locked"
    """The wind-up ended with the target in sight: the chase begins."""
    LOST = "lost"
    """The Cube lost sight of ``target`` long enough to search; ``x, y`` is the last known position."""
    CAPTURE_STARTED = "capture_started"
    CAPTURE_BROKEN = "capture_broken"
    CAUGHT = "caught"
    """The capture channel completed on ``target``: the pair is caught."""
    WAVE = "wave"
    """The patrol wave changed (``detail``: the new mode); the Cube turns back on its route."""
    AREA_HINT = "area_hint"
    """The director gave the Cube an area (centre ``x, y``, radius in ``detail``)."""
    RETREAT = "retreat"
    """The director sent the Cube away after a sustained peak."""
    PHASE = "phase"
    """The director's pacing phase changed (``detail``)."""
    PARTNER_CATCH_UP = "partner_catch_up"
    """The partner was stuck too long: the world should place it at ``x, y`` (see ``companion``)."""


@dataclass(frozen=True, slots=True)
class AIEvent:
    """One thing that happened in the AI this tick."""

    kind: AIEventKind
    tick: int
    target: str | None = None
    x: float = 0.0
    y: float = 0.0
    detail: str = ""

    def snapshot(self) -> list[object]:
        """Plain values (for logs and hashes)."""
        return [self.kind.value, self.tick, self.target, round(self.x, 3), round(self.y, 3), self.detail]
