"""The Cube's brain: an explicit state machine over its senses, flown by its pilot.

States and what moves them (every change is an ``AIEventKind.STATE`` event; ``state``/``state_tick`` are
public so presentation can telegraph them — :data:`TONE` maps each state to the light's colour state):

    PATROL     walk the Tiled route (mode waves; SWEEP waves sweep the director's area hint)
      |  glimpse (awareness >= notice_at) or a noise heard          -> SUSPICIOUS
    SUSPICIOUS fly to what was seen or heard, look around; nothing for investigate_ticks -> CAUTION
      |  awareness >= lock_at while seen (from PATROL, SUSPICIOUS, SEARCH, CAUTION) -> LOCK_ON
    LOCK_ON    the wind-up: brake, drift towards the target, light turns; after wind_up_ticks:
               target seen lately -> CHASE, else -> SEARCH
    CHASE      pursuit with bounded prediction (straight when the air is clear, an air route otherwise);
               full awareness and the target in the light's core -> CAPTURE;
               out of sight for lose_sight_ticks -> SEARCH
    CAPTURE    a channel of capture_ticks while the target stays seen -> CAUGHT (then RETREAT);
               out of the light for capture_break_ticks -> CHASE
    SEARCH     fly to the last known position, then the places the pair could have reached (cover first);
               done or search_ticks -> CAUTION
    CAUTION    walk the route alert (faster) for caution_ticks -> PATROL
    RETREAT    the director's relief (or after a catch): fly away for retreat_ticks -> PATROL

The Cube knows only what its senses report (:class:`TargetSense`) and the director's area hint; the retreat
point is the one place the director's knowledge steers it, and only away from the pair.
"""

from __future__ import annotations

import math
import random
from enum import Enum

from game.ai.director import Director
from game.ai.events import AIEvent, AIEventKind
from game.ai.flight import Pilot
from game.ai.nav import FlowField, NavGrid
from game.ai.params import AIParams
from game.ai.patrol import PatrolRoute, WaveMode, Waves, route_for
from game.ai.perception import TargetSense
from game.ai.search import search_places, visit_order
from game.ai.steering import Body, pursuit_point
from game.world.level import Level


class CubeState(Enum):
    """The Cube's behaviour states."""

    PATROL = "patrol"
    SUSPICIOUS = "suspicious"
    LOCK_ON = "lock_on"
    CHASE = "chase"
    CAPTURE = "capture"
    SEARCH = "search"
    CAUTION = "caution"
    RETREAT = "retreat"


class LightTone(Enum):
    """The colour state of the light, for presentation (never colour alone: the hum and HUD follow it too)."""

    CALM = "calm"
    WARY = "wary"
    ALARM = "alarm"
    CAPTURE = "capture"
    DIM = "dim"


TONE: dict[CubeState, LightTone] = {
    CubeState.PATROL: LightTone.CALM,
    CubeState.SUSPICIOUS: LightTone.WARY,
    CubeState.SEARCH: LightTone.WARY,
    CubeState.CAUTION: LightTone.WARY,
    CubeState.LOCK_ON: LightTone.ALARM,
    CubeState.CHASE: LightTone.ALARM,
    CubeState.CAPTURE: LightTone.CAPTURE,
    CubeState.RETREAT: LightTone.DIM,
}
HUNTING = frozenset((CubeState.LOCK_ON, CubeState.CHASE, CubeState.CAPTURE))
DWELL_TICKS = 30
"""Ticks the Cube hovers over each search place."""
REACH = 10.0


class Cube:
    """The Cube: body, state and memory. ``think`` decides and ``move`` flies, each tick."""

    def __init__(
        self, level: Level, params: AIParams, air: NavGrid, walk: NavGrid, start: tuple[float, float]
    ) -> None:
        x, y = start
        self.level = level
        self.params = params
        self.walk = walk
        self.body = Body(x, y)
        self.pilot = Pilot(self.body, air, level.tile_size)
        self.altitude = params.altitude
        self.state = CubeState.PATROL
        self.state_tick = 0
        self.route: PatrolRoute = route_for(level, x, y)
        self.waves = Waves(params.waves)
        self.focus = 0
        self.lkp: tuple[float, float] | None = None
        self.lkp_tick = 0
        self.investigate: tuple[float, float] | None = None
        self.sweep: tuple[float, float] | None = None
        self.sweep_hint_tick = -1
        self.search: list[tuple[float, float]] = []
        self.search_index = 0
        self.search_built = False
        self.dwell = 0
        self.capture_ticks = 0
        self.capture_out = 0
        self.hold_capture = False
        """Set by the level each tick: while the player cannot act (a cutscene, just after one), a capture
        channel may run but never completes. Derived from the story's state, so never saved."""
        self.retreat_to: tuple[float, float] = (x, y)
        self.goal: tuple[float, float] = (x, y)
        self.speed = 0.0
        self._field = FlowField(walk)

    @property
    def tone(self) -> LightTone:
        """The light's colour state."""
        return TONE[self.state]

    @property
    def light_radius(self) -> float:
        """The radius of the light's footprint on the ground."""
        return self.params.light_radius

    def enter(self, state: CubeState, tick: int, events: list[AIEvent]) -> None:
        """Change state (an explicit, evented transition) and reset that state's counters."""
        if state is self.state:
            return
        events.append(AIEvent(AIEventKind.STATE, tick, detail=f"{self.state.value}>{state.value}"))
        self.state = state
        self.state_tick = tick
        self.dwell = 0
        if state is CubeState.CAPTURE:
            self.capture_ticks = self.capture_out = 0
        elif state is CubeState.SEARCH:
            self.search = []
            self.search_index = 0
            self.search_built = False
        elif state in (CubeState.PATROL, CubeState.CAUTION):
            nearest = route_for(self.level, self.body.x, self.body.y)
            if nearest.source != self.route.source:
                self.route = nearest  # the hunt moved: walk the route where the Cube now is
            else:
                self.route.index = self.route.nearest_vertex(self.body.x, self.body.y)
            self.sweep = None

    def order_retreat(self, tick: int, to: tuple[float, float], events: list[AIEvent]) -> None:
        """The director's relief: fly away to ``to``."""
        self.retreat_to = to
        events.append(AIEvent(AIEventKind.RETREAT, tick, x=to[0], y=to[1]))
        self.enter(CubeState.RETREAT, tick, events)

    def think(
        self,
        tick: int,
        senses: list[TargetSense],
        heard: tuple[float, float] | None,
        director: Director,
        *,
        rng: random.Random,
        events: list[AIEvent],
    ) -> None:
        """Decide this tick's transition and flight goal from the senses, hearing and the director's hint."""
        state = self.state
        if state in (
            CubeState.PATROL,
            CubeState.SUSPICIOUS,
            CubeState.SEARCH,
            CubeState.CAUTION,
        ) and self._react(tick, senses, heard, events):
            state = self.state
        if state is CubeState.PATROL:
            self._patrol(tick, director, rng, events)
        elif state is CubeState.SUSPICIOUS:
            self._suspicious(tick, events)
        elif state is CubeState.LOCK_ON:
            self._lock_on(tick, senses, events)
        elif state is CubeState.CHASE:
            self._chase(tick, senses, events)
        elif state is CubeState.CAPTURE:
            self._capture(tick, senses, events)
        elif state is CubeState.SEARCH:
            self._search(tick, rng, events)
        elif state is CubeState.CAUTION:
            self._caution(tick, events)
        else:
            self._retreat(tick, events)

    def move(self, speed_scale: float) -> None:
        """Fly one tick towards this tick's goal and ease the altitude."""
        p = self.params
        gx, gy = self.goal
        if self.speed <= 0.0:
            self.pilot.hover(p.accel, p.turn_rate)
        else:
            self.pilot.fly_to(
                gx, gy, self.speed * speed_scale, slow_radius=24.0, accel=p.accel, turn_rate=p.turn_rate
            )
        want = p.capture_altitude if self.state is CubeState.CAPTURE else p.altitude
        if abs(want - self.altitude) <= 0.5:
            self.altitude = want
        else:
            self.altitude += 0.5 if want > self.altitude else -0.5

    def _react(
        self, tick: int, senses: list[TargetSense], heard: tuple[float, float] | None, events: list[AIEvent]
    ) -> bool:
        """The calm states' shared reactions to sight and sound; True when the state changed."""
        p = self.params
        best = -1
        for k, s in enumerate(senses):
            if s.visible and (best < 0 or s.awareness > senses[best].awareness):
                best = k
        if best >= 0:
            s = senses[best]
            if s.awareness >= p.lock_at:
                self.focus = best
                self.lkp, self.lkp_tick = (s.seen_x, s.seen_y), tick
                events.append(AIEvent(AIEventKind.LOCK_ON, tick, s.name, s.seen_x, s.seen_y))
                self.enter(CubeState.LOCK_ON, tick, events)
                return True
            if s.awareness >= p.notice_at:
                self.focus = best
                self.lkp, self.lkp_tick = (s.seen_x, s.seen_y), tick
                if self.state in (CubeState.PATROL, CubeState.CAUTION):
                    events.append(AIEvent(AIEventKind.NOTICED, tick, s.name, s.seen_x, s.seen_y))
                    self.investigate = (s.seen_x, s.seen_y)
                    self.enter(CubeState.SUSPICIOUS, tick, events)
                    return True
                if self.state is CubeState.SUSPICIOUS:
                    self.investigate = (s.seen_x, s.seen_y)
                elif self.state is CubeState.SEARCH:
                    self.search_built = False
                return False
        if heard is not None:
            events.append(AIEvent(AIEventKind.HEARD, tick, x=heard[0], y=heard[1]))
            if self.state is CubeState.SEARCH:
                self.lkp, self.lkp_tick = heard, tick
                self.search_built = False
                self.search_index = 0
                return False
            self.investigate = heard
            if self.state is CubeState.SUSPICIOUS:
                self.state_tick = tick  # a new sound keeps it curious
                return False
            self.enter(CubeState.SUSPICIOUS, tick, events)
            return True
        return False

    def _patrol(self, tick: int, director: Director, rng: random.Random, events: list[AIEvent]) -> None:
        p = self.params
        if self.waves.tick():
            self.route.reverse()
            self.sweep = None
            events.append(AIEvent(AIEventKind.WAVE, tick, detail=self.waves.mode.value))
        hint = director.hint
        if self.waves.mode is WaveMode.SWEEP and hint is not None:
            if self.sweep is None or self.sweep_hint_tick != hint.tick or self._at(self.sweep):
                self.sweep = self._point_in(hint.x, hint.y, hint.radius, rng)
                self.sweep_hint_tick = hint.tick
            self.goal, self.speed = self.sweep, p.search_speed
            return
        self.route.advance_if_reached(self.body.x, self.body.y)
        route_speed = p.patrol_speed if self.route.speed is None else self.route.speed
        self.goal, self.speed = self.route.target(), route_speed * p.patrol_scale

    def _suspicious(self, tick: int, events: list[AIEvent]) -> None:
        p = self.params
        spot = self.investigate or (self.body.x, self.body.y)
        if self._at(spot, 24.0):
            # Look around the spot: a slow circle, so the light sweeps what is beside it.
            angle = (tick - self.state_tick) * 0.05
            self.goal = (spot[0] + math.cos(angle) * 28.0, spot[1] + math.sin(angle) * 28.0)
            self.speed = p.patrol_speed
        else:
            self.goal, self.speed = spot, p.investigate_speed
        if tick - self.state_tick >= p.investigate_ticks:
            self.enter(CubeState.CAUTION, tick, events)

    def _lock_on(self, tick: int, senses: list[TargetSense], events: list[AIEvent]) -> None:
        p = self.params
        s = senses[self.focus]
        if s.visible:
            self.lkp, self.lkp_tick = (s.seen_x, s.seen_y), tick
        self.goal = (s.seen_x, s.seen_y)
        self.speed = p.patrol_speed * 0.4
        if tick - self.state_tick < p.wind_up_ticks:
            return
        if tick - s.seen_tick <= p.lose_sight_ticks // 2:
            events.append(AIEvent(AIEventKind.LOCKED, tick, s.name, s.seen_x, s.seen_y))
            self.enter(CubeState.CHASE, tick, events)
        else:
            events.append(AIEvent(AIEventKind.LOST, tick, s.name, s.seen_x, s.seen_y))
            self.enter(CubeState.SEARCH, tick, events)

    def _chase(self, tick: int, senses: list[TargetSense], events: list[AIEvent]) -> None:
        p = self.params
        s = senses[self.focus]
        if not s.visible:
            for k, other in enumerate(senses):
                if k != self.focus and other.visible and other.awareness >= p.notice_at:
                    self.focus, s = k, other
                    break
        self.speed = p.chase_speed
        if s.visible:
            self.lkp, self.lkp_tick = (s.seen_x, s.seen_y), tick
            self.goal = pursuit_point(
                self.body,
                s.seen_x,
                s.seen_y,
                s.vel_x,
                s.vel_y,
                speed=p.chase_speed,
                max_lead=p.max_predict_ticks,
            )
            core = self.light_radius * p.light_core
            if (
                s.awareness >= 1.0
                and (s.seen_x - self.body.x) ** 2 + (s.seen_y - self.body.y) ** 2 <= core * core
            ):
                events.append(AIEvent(AIEventKind.CAPTURE_STARTED, tick, s.name, s.seen_x, s.seen_y))
                self.enter(CubeState.CAPTURE, tick, events)
            return
        since = tick - s.seen_tick
        lead = min(since, p.max_predict_ticks)
        self.goal = (s.seen_x + s.vel_x * lead, s.seen_y + s.vel_y * lead)
        if since > p.lose_sight_ticks:
            events.append(AIEvent(AIEventKind.LOST, tick, s.name, s.seen_x, s.seen_y))
            self.enter(CubeState.SEARCH, tick, events)

    def _capture(self, tick: int, senses: list[TargetSense], events: list[AIEvent]) -> None:
        p = self.params
        s = senses[self.focus]
        if s.visible:
            self.capture_ticks += 1
            self.capture_out = 0
            self.lkp, self.lkp_tick = (s.seen_x, s.seen_y), tick
        else:
            self.capture_out += 1
        self.goal, self.speed = (s.seen_x, s.seen_y), p.capture_speed
        if self.capture_out >= p.capture_break_ticks:
            events.append(AIEvent(AIEventKind.CAPTURE_BROKEN, tick, s.name, s.seen_x, s.seen_y))
            self.enter(CubeState.CHASE, tick, events)
        elif self.capture_ticks >= p.capture_ticks and not self.hold_capture:
            events.append(AIEvent(AIEventKind.CAUGHT, tick, s.name, s.seen_x, s.seen_y))

    def _search(self, tick: int, rng: random.Random, events: list[AIEvent]) -> None:
        p = self.params
        lkp = self.lkp or (self.body.x, self.body.y)
        self.speed = p.search_speed
        if not self.search_built:
            self.goal = lkp
            if self._at(lkp, 16.0) or tick - self.state_tick > 300:
                places, n_cover = search_places(
                    self.level,
                    self.walk,
                    self._field,
                    lkp,
                    elapsed=tick - self.lkp_tick,
                    count=p.search_points,
                    rng=rng,
                )
                self.search = visit_order(places, self.body.x, self.body.y, n_cover)
                self.search_index = 0
                self.search_built = True
                self.dwell = 0
        elif self.search_index < len(self.search):
            self.goal = self.search[self.search_index]
            if self._at(self.goal, 12.0):
                self.dwell += 1
                if self.dwell >= DWELL_TICKS:
                    self.search_index += 1
                    self.dwell = 0
        if tick - self.state_tick >= p.search_ticks or (
            self.search_built and self.search_index >= len(self.search)
        ):
            self.enter(CubeState.CAUTION, tick, events)

    def _caution(self, tick: int, events: list[AIEvent]) -> None:
        self.route.advance_if_reached(self.body.x, self.body.y)
        self.goal, self.speed = self.route.target(), self.params.search_speed
        if tick - self.state_tick >= self.params.caution_ticks:
            self.enter(CubeState.PATROL, tick, events)

    def _retreat(self, tick: int, events: list[AIEvent]) -> None:
        self.goal, self.speed = self.retreat_to, self.params.retreat_speed
        if tick - self.state_tick >= self.params.retreat_ticks:
            self.enter(CubeState.PATROL, tick, events)

    def _at(self, point: tuple[float, float], reach: float = REACH) -> bool:
        return (point[0] - self.body.x) ** 2 + (point[1] - self.body.y) ** 2 <= reach * reach

    def _point_in(self, cx: float, cy: float, radius: float, rng: random.Random) -> tuple[float, float]:
        """A random point of the circle over a tile the Cube can fly to (the centre if none is found)."""
        air, ts = self.pilot.air, self.level.tile_size
        for _ in range(6):
            angle = rng.random() * 2.0 * math.pi
            r = radius * math.sqrt(rng.random())
            x, y = cx + math.cos(angle) * r, cy + math.sin(angle) * r
            if air.open_at(int(x // ts), int(y // ts)):
                return (x, y)
        return (cx, cy)
