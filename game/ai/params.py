"""Difficulty presets: every number the Cube, the director and the partner use, as one frozen parameter set.

Difficulty is data, not code paths: ``assist``, ``normal`` and ``hard`` are three :class:`AIParams` values and
every module reads its numbers from the one it is given. Units: distances in pixels, times in ticks (60 Hz),
speeds in pixels per tick (the pair walk at 1.0 and run at 1.75, see ``game.world.movement``), rates per tick.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum


class Difficulty(Enum):
    """The three presets a player can pick."""

    ASSIST = "assist"
    NORMAL = "normal"
    HARD = "hard"


@dataclass(frozen=True, slots=True)
class AIParams:
    """One difficulty's numbers (see the module docstring for units)."""

    # Perception: the searchlight and the awareness meter.
    light_radius: float = 44.0
    """Radius of the light's footprint on the ground."""
    light_core: float = 0.55
    """Fraction of the radius lit fully; beyond it exposure falls linearly to ``rim_factor`` at the edge."""
    rim_factor: float = 0.35
    still_factor: float = 0.55
    """Exposure of a target standing still (movement catches the eye)."""
    walk_factor: float = 0.8
    """Exposure of a target walking; running counts fully."""
    partial_cover_factor: float = 0.55
    """Exposure of a target beside cover or a sight-blocking wall (the light reaches it only in part)."""
    awareness_gain: float = 1 / 36
    """Awareness gained per tick at full exposure (0.6 s from nothing to certainty in the light's core)."""
    awareness_decay: float = 1 / 240
    """Awareness lost per tick while a target is not exposed."""
    notice_at: float = 0.2
    """Awareness at which the Cube turns to look (SUSPICIOUS)."""
    lock_at: float = 0.55
    """Awareness at which the Cube starts its lock-on wind-up."""
    saw_go_in_ticks: int = 15
    """A target that hides within this many ticks of being seen was seen going in: its hiding fails."""

    # Behaviour: the state machine's timers.
    wind_up_ticks: int = 45
    capture_ticks: int = 60
    capture_break_ticks: int = 6
    """Ticks out of the light that break a capture channel."""
    lose_sight_ticks: int = 60
    """Ticks a chase goes on without sight (to the last known place, bounded prediction) before searching."""
    max_predict_ticks: int = 30
    """Pursuit leads the target by at most this many ticks of its observed velocity."""
    investigate_ticks: int = 360
    search_ticks: int = 1200
    search_points: int = 8
    caution_ticks: int = 600
    retreat_ticks: int = 480
    hear_scale: float = 1.0
    """Multiplies every noise's radius."""

    # Flight.
    patrol_speed: float = 0.9
    """For routes that do not say (a ``Patrol`` object's ``speed`` is pixels per tick)."""
    patrol_scale: float = 1.0
    """Multiplies every patrol speed."""
    investigate_speed: float = 1.05
    search_speed: float = 1.1
    chase_speed: float = 1.45
    """A running pair (1.75) outruns the chase; a walking one (1.0) does not (Pac-Man's speed gap)."""
    capture_speed: float = 0.9
    retreat_speed: float = 1.6
    accel: float = 0.05
    turn_rate: float = 0.07
    """Radians per tick the flight direction may turn, so that intent is readable."""
    altitude: float = 96.0
    capture_altitude: float = 64.0

    # Director.
    grace_ticks: int = 180
    """After a spawn or checkpoint the Cube's awareness cannot rise."""
    quiet_hint_ticks: int = 1200
    """After this long with nothing sensed the director gives the Cube an area hint."""
    hint_interval: int = 720
    hint_radius: float = 112.0
    """An area hint is a circle this wide that holds the player, its centre offset at random."""
    peak_menace: float = 0.85
    peak_ticks: int = 240
    """Menace held at the peak this long sends the Cube away (unless a target stands still in its light)."""
    relax_ticks: int = 1800
    menace_rise: float = 1 / 400
    menace_fall: float = 1 / 900
    speed_band: float = 0.1
    """Off-screen speed scaling stays within 1 ± this."""

    # Patrol mode waves, Pac-Man style: route, sweep, route, sweep, ... then sweep for ever.
    waves: tuple[int, ...] = (420, 1200, 420, 1200, 300, 1200, 300)

    # The partner.
    follow_near: float = 18.0
    follow_far: float = 30.0
    follow_run: float = 72.0
    stuck_ticks: int = 20
    catch_up_ticks: int = 300
    """After this long without getting closer, the partner catches up (see ``companion``)."""


NORMAL = AIParams()
ASSIST = replace(
    NORMAL,
    awareness_gain=1 / 60,
    awareness_decay=1 / 150,
    saw_go_in_ticks=8,
    wind_up_ticks=75,
    capture_ticks=100,
    capture_break_ticks=4,
    lose_sight_ticks=40,
    chase_speed=1.3,
    patrol_scale=0.9,
    search_ticks=900,
    grace_ticks=300,
    quiet_hint_ticks=1800,
    peak_ticks=180,
    relax_ticks=2400,
    light_radius=40.0,
)
HARD = replace(
    NORMAL,
    awareness_gain=1 / 28,
    awareness_decay=1 / 360,
    saw_go_in_ticks=24,
    wind_up_ticks=32,
    capture_ticks=45,
    capture_break_ticks=8,
    lose_sight_ticks=90,
    chase_speed=1.55,
    patrol_scale=1.1,
    search_ticks=1500,
    grace_ticks=120,
    quiet_hint_ticks=900,
    peak_ticks=360,
    relax_ticks=1200,
    light_radius=48.0,
)

PRESETS: dict[Difficulty, AIParams] = {
    Difficulty.ASSIST: ASSIST,
    Difficulty.NORMAL: NORMAL,
    Difficulty.HARD: HARD,
}


def params_for(difficulty: Difficulty) -> AIParams:
    """The parameter set of a difficulty preset."""
    return PRESETS[difficulty]


def assisted(params: AIParams, cube_speed: float, capture_grace: bool) -> AIParams:
    """Assist settings applied to a preset: a slower Cube (``cube_speed`` < 1), a longer capture channel."""
    return replace(
        params,
        patrol_speed=params.patrol_speed * cube_speed,
        investigate_speed=params.investigate_speed * cube_speed,
        search_speed=params.search_speed * cube_speed,
        chase_speed=params.chase_speed * cube_speed,
        capture_speed=params.capture_speed * cube_speed,
        capture_ticks=round(params.capture_ticks * (1.5 if capture_grace else 1.0)),
    )
