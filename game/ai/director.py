"""The director: the Cube's pacing (Left 4 Dead's build-up, peak and relax; Alien: Isolation's two brains).

The director knows where the player is; the Cube does not. It uses that knowledge only in three fair ways:

- **Menace** (0..1) ebbs by ``menace_fall`` every tick and grows by ``menace_rise`` while a target is seen
  or heard, again while the Cube locks on, chases or captures, and by up to half that with proximity (the
  Cube's ground point within 10 tiles of the nearer of the pair). Phases: ``BUILD_UP``
  until menace reaches ``peak_menace``; ``PEAK`` while it stays there; after ``peak_ticks`` at the peak the
  director orders a retreat (``FADE``) — *unless* a target stands still in the light (no relief for a pair
  that does not try), in which case the peak simply goes on; then ``RELAX`` for ``relax_ticks``: no hints,
  slower Cube.
- **Area hints**: after ``quiet_hint_ticks`` with nothing sensed (and not while relaxing), and every
  ``hint_interval`` after that, the Cube is given a circle of radius ``hint_radius`` that holds the player,
  its centre offset at random (an area, never a tile).
- **Speed scaling** within ``1 ± speed_band``, and only while the Cube is outside the player's 640x360 view
  (centred on the player; the sim does not know the camera's clamping at map edges, so near an edge the rule
  is conservative on one side only): faster when far during build-up, slower while relaxing. Never on screen.
- **Grace**: for ``grace_ticks`` after a spawn or checkpoint the Cube's awareness cannot rise.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from enum import Enum

from game.ai.params import AIParams

VIEW_HALF_W = 320.0
VIEW_HALF_H = 180.0
"""Half the 640x360 canvas: the player's view rectangle around them."""
NEAR = 160.0
"""Proximity counts within this many pixels (10 tiles)."""


class Phase(Enum):
    """Where the pacing is."""

    BUILD_UP = "build_up"
    PEAK = "peak"
    FADE = "fade"
    RELAX = "relax"


@dataclass(frozen=True, slots=True)
class AreaHint:
    """A circle the player is somewhere inside, given to the Cube after long quiet."""

    x: float
    y: float
    radius: float
    tick: int


@dataclass(slots=True)
class Director:
    """Pacing state, stepped once per tick after perception."""

    params: AIParams
    menace: float = 0.0
    phase: Phase = Phase.BUILD_UP
    phase_tick: int = 0
    quiet_ticks: int = 0
    grace_until: int = 0
    hint: AreaHint | None = None
    last_hint_tick: int = -(10**9)
    speed_scale: float = 1.0
    retreat_ordered: bool = False
    """Set on the tick the director orders a retreat; the Cube reads and clears it."""

    def grace(self, tick: int) -> bool:
        """True while spawn/checkpoint grace holds."""
        return tick < self.grace_until

    def start_grace(self, tick: int) -> None:
        """Begin grace (spawn, checkpoint, retry) and calm the pacing down."""
        self.grace_until = tick + self.params.grace_ticks
        self.quiet_ticks = 0
        self.hint = None

    def step(
        self,
        tick: int,
        rng: random.Random,
        *,
        player_xy: tuple[float, float],
        cube_xy: tuple[float, float],
        nearest: float,
        sensed: bool,
        hunting: bool,
        no_relief: bool,
    ) -> None:
        """Advance one tick.

        ``nearest`` is the Cube's distance to the nearer of the pair, ``sensed`` whether it saw or heard
        anyone this tick, ``hunting`` whether it locks on, chases or captures, ``no_relief`` whether a retreat
        must wait (a target stands still and seen in the light, or a capture is under way).
        """
        p = self.params
        # Menace always ebbs; it grows only while the Cube senses or hunts the pair (closeness adds to that,
        # but a Cube merely hovering near hidden people lets it fall).
        rise = -p.menace_fall
        if nearest < NEAR:
            rise += 0.5 * p.menace_rise * (1.0 - nearest / NEAR)
        if sensed:
            rise += p.menace_rise
        if hunting:
            rise += p.menace_rise
        self.menace = min(1.0, max(0.0, self.menace + rise))
        self.quiet_ticks = 0 if (sensed or hunting) else self.quiet_ticks + 1

        if self.phase is Phase.BUILD_UP:
            if self.menace >= p.peak_menace:
                self._enter(Phase.PEAK, tick)
        elif self.phase is Phase.PEAK:
            if self.menace < p.peak_menace * 0.8:
                self._enter(Phase.BUILD_UP, tick)
            elif tick - self.phase_tick >= p.peak_ticks and not no_relief:
                self.retreat_ordered = True
                self._enter(Phase.FADE, tick)
        elif self.phase is Phase.FADE:
            self.menace = max(0.0, self.menace - p.menace_fall * 2.0)
            if tick - self.phase_tick >= p.retreat_ticks:
                self._enter(Phase.RELAX, tick)
        elif self.phase is Phase.RELAX and tick - self.phase_tick >= p.relax_ticks:
            self._enter(Phase.BUILD_UP, tick)

        self._hints(tick, rng, player_xy)
        self.speed_scale = self._speed(player_xy, cube_xy, nearest)

    def _enter(self, phase: Phase, tick: int) -> None:
        self.phase = phase
        self.phase_tick = tick
        if phase in (Phase.FADE, Phase.RELAX):
            self.hint = None

    def _hints(self, tick: int, rng: random.Random, player_xy: tuple[float, float]) -> None:
        p = self.params
        if self.phase in (Phase.FADE, Phase.RELAX) or self.quiet_ticks < p.quiet_hint_ticks:
            if self.quiet_ticks == 0:
                self.hint = None
            return
        if tick - self.last_hint_tick < p.hint_interval:
            return
        # The player is somewhere in the circle; its centre is offset so that an area, not a tile, is told.
        angle = rng.random() * 2.0 * math.pi
        off = rng.random() * p.hint_radius * 0.6
        hx = player_xy[0] + math.cos(angle) * off
        hy = player_xy[1] + math.sin(angle) * off
        self.hint = AreaHint(hx, hy, p.hint_radius, tick)
        self.last_hint_tick = tick

    def _speed(self, player_xy: tuple[float, float], cube_xy: tuple[float, float], nearest: float) -> float:
        band = self.params.speed_band
        on_screen = (
            abs(cube_xy[0] - player_xy[0]) <= VIEW_HALF_W + 48.0
            and abs(cube_xy[1] - player_xy[1]) <= VIEW_HALF_H + 48.0
        )
        if on_screen:
            return 1.0
        if self.phase in (Phase.FADE, Phase.RELAX):
            return 1.0 - band
        if self.phase is Phase.BUILD_UP and nearest > 2.0 * NEAR:
            return 1.0 + band
        return 1.0

    def snapshot(self) -> list[object]:
        """Plain values for the state hash."""
        hint = None if self.hint is None else [round(self.hint.x, 3), round(self.hint.y, 3), self.hint.tick]
        return [
            round(self.menace, 3),
            self.phase.value,
            self.phase_tick,
            self.quiet_ticks,
            self.grace_until,
            hint,
            self.last_hint_tick,
            round(self.speed_scale, 3),
        ]

    def to_save(self) -> dict[str, object]:
        """What must survive a save."""
        hint = None
        if self.hint is not None:
            hint = [self.hint.x, self.hint.y, self.hint.radius, self.hint.tick]
        return {
            "menace": self.menace,
            "phase": self.phase.value,
            "phase_tick": self.phase_tick,
            "quiet_ticks": self.quiet_ticks,
            "grace_until": self.grace_until,
            "hint": hint,
            "last_hint_tick": self.last_hint_tick,
        }

    def load(self, data: dict[str, object]) -> None:
        """Restore from :meth:`to_save`'s dict."""
        self.menace = float(data.get("menace", 0.0))  # type: ignore[arg-type]
        self.phase = Phase(str(data.get("phase", Phase.BUILD_UP.value)))
        self.phase_tick = int(data.get("phase_tick", 0))  # type: ignore[call-overload]
        self.quiet_ticks = int(data.get("quiet_ticks", 0))  # type: ignore[call-overload]
        self.grace_until = int(data.get("grace_until", 0))  # type: ignore[call-overload]
        self.last_hint_tick = int(data.get("last_hint_tick", -(10**9)))  # type: ignore[call-overload]
        hint = data.get("hint")
        if isinstance(hint, list) and len(hint) == 4:
            self.hint = AreaHint(float(hint[0]), float(hint[1]), float(hint[2]), int(hint[3]))
        else:
            self.hint = None
