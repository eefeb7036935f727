"""The facade the level simulation calls each tick: the Cube, its senses, the director and the partner.

Per tick, in this order (the world owns the actors and moves them with ``game.world.movement.move_actor``):

1. the world moves the player from its input;
2. ``intent = ai.partner_intent(player, partner, dream, holding_hands)``; the world moves the partner with it;
3. the world sets ``hidden``/``hide_spot`` on both (``game.ai.hiding``: ``update_hidden``, ``partner_joins``,
   ``partner_leaves``);
4. ``events = ai.step(tick, player, partner, noises, dream, holding_hands)``: the Cube senses, decides and
   flies; the director paces. The world reacts to ``CAUGHT`` (retry from the checkpoint, then
   ``notify_checkpoint()``) and ``PARTNER_CATCH_UP`` (``partner.place(event.x, event.y)``).

Everything else here is read-only views for rendering and the F3 overlay. A level without a Cube (map property
``cube`` false) still has a partner; ``step`` then only returns the partner's events.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from game.ai.companion import Companion
from game.ai.cube import HUNTING, Cube, CubeState, LightTone
from game.ai.director import AreaHint, Director, Phase
from game.ai.events import AIEvent, AIEventKind
from game.ai.nav import NavGrid, level_grids
from game.ai.params import AIParams, Difficulty, params_for
from game.ai.perception import Perception, TargetSense
from game.ai.persist import cube_load, cube_snapshot, cube_to_save
from game.world.actors import Actor, MoveIntent
from game.world.level import Level
from game.world.noise import Noise

SAVE_VERSION = 1
RETREAT_DISTANCE = 20
"""Tiles: how far from the pair a retreat heads when the route offers nothing further."""


class AISystem:
    """The pure AI of one level."""

    def __init__(
        self,
        level: Level,
        rng: random.Random,
        difficulty: Difficulty = Difficulty.NORMAL,
        params: AIParams | None = None,
    ) -> None:
        self.level = level
        self.rng = rng
        self.difficulty = difficulty
        self.params = params or params_for(difficulty)
        grids = level_grids(level)
        self.walk = grids["walk"]
        self.walk_dream = grids["dream"]
        self.senses = [TargetSense("player"), TargetSense("partner")]
        self.director = Director(self.params)
        self.companion = Companion(level, self.params, self.walk, self.walk_dream)
        self.tick = 0
        self.positions: tuple[tuple[float, float], tuple[float, float]] = ((0.0, 0.0), (0.0, 0.0))
        """Where the player and the partner stood at the last step (for the debug overlay)."""
        self.dream = False
        self.cube: Cube | None = None
        self.air: NavGrid | None = None
        self.perception: Perception | None = None
        if level.has_cube:
            self.air = grids["air"]
            self.perception = Perception(level.grid, level.tile_size, self.walk, self.params)
            x, y = self._cube_start()
            self.cube = Cube(level, self.params, self.air, self.walk, (x, y))

    def _cube_start(self) -> tuple[float, float]:
        spawn = self.level.spawn("cube")
        if spawn is not None:
            return (spawn.x, spawn.y)
        for patrol in self.level.objects_of("Patrol"):
            if patrol.points:
                return patrol.points[0]
        return (self.level.pixel_width / 2, self.level.pixel_height / 2)

    # The per-tick calls.

    def partner_intent(self, player: Actor, partner: Actor, dream: bool, holding_hands: bool) -> MoveIntent:
        """The partner's move this tick (call after moving the player, before moving the partner)."""
        light = None
        if self.cube is not None:
            light = (self.cube.body.x, self.cube.body.y, self.cube.light_radius)
        return self.companion.intent(player, partner, dream, holding_hands, light)

    def step(
        self,
        tick: int,
        player: Actor,
        partner: Actor,
        noises: Sequence[Noise],
        dream: bool,
        holding_hands: bool,
    ) -> list[AIEvent]:
        """Advance the AI one tick after the world moved the pair; return what happened."""
        self.tick = tick
        self.positions = ((player.x, player.y), (partner.x, partner.y))
        self.dream = dream
        events: list[AIEvent] = []
        catch_up = self.companion.catch_up
        if catch_up is not None:
            self.companion.catch_up = None
            events.append(AIEvent(AIEventKind.PARTNER_CATCH_UP, tick, "partner", catch_up[0], catch_up[1]))
        cube, perception = self.cube, self.perception
        if cube is None or perception is None:
            return events
        director = self.director
        body = cube.body
        lx, ly, radius = body.x, body.y, cube.light_radius
        gain = 0.0 if director.grace(tick) or cube.state is CubeState.RETREAT else 1.0
        player_sense, partner_sense = self.senses
        light = (lx, ly, radius)
        perception.sense(tick, player_sense, player, light=light, gain=gain)
        perception.sense(tick, partner_sense, partner, light=light, gain=gain)

        heard = None
        if noises and cube.state not in HUNTING and cube.state is not CubeState.RETREAT:
            for noise in noises:
                if perception.hears(noise, lx, ly):
                    heard = (noise.x, noise.y)
                    break

        cube.think(tick, self.senses, heard, director, rng=self.rng, events=events)
        for e in events:
            if e.kind is AIEventKind.CAUGHT:
                cube.order_retreat(tick, self._retreat_point(player), events)
                director.phase = Phase.FADE
                director.phase_tick = tick
                break

        phase, hint = director.phase, director.hint
        nearest = min(math.hypot(player.x - lx, player.y - ly), math.hypot(partner.x - lx, partner.y - ly))
        sensed = player_sense.exposure > 0.0 or partner_sense.exposure > 0.0 or heard is not None
        still_in_light = (player_sense.exposure > 0.0 and not player.moving) or (
            partner_sense.exposure > 0.0 and not partner.moving
        )
        director.step(
            tick,
            self.rng,
            player_xy=(player.x, player.y),
            cube_xy=(lx, ly),
            nearest=nearest,
            sensed=sensed,
            hunting=cube.state in HUNTING,
            no_relief=still_in_light or cube.state is CubeState.CAPTURE,
        )
        if director.retreat_ordered:
            director.retreat_ordered = False
            if cube.state is not CubeState.RETREAT:
                cube.order_retreat(tick, self._retreat_point(player), events)
        if director.phase is not phase:
            events.append(AIEvent(AIEventKind.PHASE, tick, detail=director.phase.value))
        if director.hint is not None and director.hint is not hint:
            h = director.hint
            events.append(AIEvent(AIEventKind.AREA_HINT, tick, x=h.x, y=h.y, detail=f"{h.radius:.0f}"))
        cube.move(director.speed_scale)
        return events

    def _retreat_point(self, player: Actor) -> tuple[float, float]:
        """Where to fly away to: the route vertex furthest from the pair, or a point far along the way out."""
        assert self.cube is not None and self.air is not None
        cube, air = self.cube, self.air
        ts = self.level.tile_size
        far = RETREAT_DISTANCE * ts
        candidates = list(cube.route.points)
        dx, dy = cube.body.x - player.x, cube.body.y - player.y
        d = math.hypot(dx, dy)
        ux, uy = (dx / d, dy / d) if d > 1e-6 else (1.0, 0.0)
        for k in range(8):
            a = math.atan2(uy, ux) + k * math.pi / 4
            candidates.append((player.x + math.cos(a) * far, player.y + math.sin(a) * far))
        best, best_d = (cube.body.x, cube.body.y), -1.0
        w, h = self.level.pixel_width - ts, self.level.pixel_height - ts
        for cx, cy in candidates:
            x, y = min(w, max(ts, cx)), min(h, max(ts, cy))
            if not air.open_at(int(x // ts), int(y // ts)):
                continue
            dist = math.hypot(x - player.x, y - player.y)
            if dist > best_d + 1e-6:
                best, best_d = (x, y), dist
        return best

    # Grace and resets.

    def notify_spawn(self, tick: int | None = None) -> None:
        """The pair appeared at the scene's start: grace, and the Cube forgets them."""
        self._fresh_start(self.tick if tick is None else tick)

    def notify_checkpoint(self, tick: int | None = None) -> None:
        """The pair reappeared at a checkpoint (a retry after capture, or a load): grace, the Cube forgets."""
        self._fresh_start(self.tick if tick is None else tick)

    def hold_capture(self, hold: bool) -> None:
        """Fairness: while the player cannot act, no capture completes (the channel waits at its end)."""
        if self.cube is not None:
            self.cube.hold_capture = hold

    def send_away(self, tick: int, player: Actor) -> None:
        """An assist's relief after repeated captures: the Cube flies off and the pacing relaxes."""
        if self.cube is None:
            return
        self.cube.order_retreat(tick, self._retreat_point(player), [])
        self.director.phase = Phase.RELAX
        self.director.phase_tick = tick

    def _fresh_start(self, tick: int) -> None:
        self.director.start_grace(tick)
        for s in self.senses:
            s.reset()
        cube = self.cube
        if cube is not None and cube.state is not CubeState.RETREAT and cube.state is not CubeState.PATROL:
            cube.enter(CubeState.PATROL, tick, [])
        self.companion.load({})

    # Read-only views for rendering.

    @property
    def has_cube(self) -> bool:
        """True when this level has a Cube."""
        return self.cube is not None

    @property
    def cube_state(self) -> CubeState | None:
        """The Cube's state (None without a Cube)."""
        return None if self.cube is None else self.cube.state

    @property
    def cube_position(self) -> tuple[float, float, float]:
        """The Cube's ground point and altitude in pixels (x, y, altitude)."""
        if self.cube is None:
            return (0.0, 0.0, 0.0)
        return (self.cube.body.x, self.cube.body.y, self.cube.altitude)

    @property
    def cube_velocity(self) -> tuple[float, float]:
        """The Cube's velocity over the ground (pixels per tick), for tilt and motion."""
        return (0.0, 0.0) if self.cube is None else (self.cube.body.vx, self.cube.body.vy)

    @property
    def light(self) -> tuple[float, float, float, LightTone] | None:
        """The light's centre, radius and colour state (None without a Cube)."""
        if self.cube is None:
            return None
        return (self.cube.body.x, self.cube.body.y, self.cube.light_radius, self.cube.tone)

    def awareness(self, who: str) -> float:
        """How aware the Cube is of ``player`` or ``partner`` (0..1)."""
        for s in self.senses:
            if s.name == who:
                return s.awareness
        raise KeyError(who)

    @property
    def last_known(self) -> tuple[float, float] | None:
        """Where the Cube last knew the pair to be."""
        return None if self.cube is None else self.cube.lkp

    @property
    def search_points(self) -> list[tuple[float, float]]:
        """The places the Cube means to search (in order) and has not yet visited."""
        if self.cube is None or self.cube.state is not CubeState.SEARCH:
            return []
        return self.cube.search[self.cube.search_index :]

    @property
    def area_hint(self) -> AreaHint | None:
        """The director's current area hint, if any."""
        return self.director.hint

    @property
    def menace(self) -> float:
        """The director's menace gauge (0..1)."""
        return self.director.menace

    def debug_info(self) -> dict[str, object]:
        """Plain values for the F3 overlay."""
        cube = self.cube
        info: dict[str, object] = {
            "partner": self.companion.mode,
            "menace": round(self.director.menace, 2),
            "phase": self.director.phase.value,
            "grace": self.director.grace(self.tick),
            "speed_scale": round(self.director.speed_scale, 2),
            "awareness": {s.name: round(s.awareness, 2) for s in self.senses},
            "exposure": {s.name: round(s.exposure, 2) for s in self.senses},
        }
        if cube is not None:
            info.update(
                state=cube.state.value,
                state_ticks=self.tick - cube.state_tick,
                wave=cube.waves.mode.value,
                focus=self.senses[cube.focus].name,
                goal=(round(cube.goal[0], 1), round(cube.goal[1], 1)),
                route=None if cube.pilot.route is None else list(cube.pilot.route.points),
                capture=cube.capture_ticks,
                plans=cube.pilot.plans,
            )
        return info

    # State hash and saves.

    def snapshot(self) -> list[object]:
        """The whole AI state as plain values (floats rounded) for the state hash."""
        return [
            None if self.cube is None else cube_snapshot(self.cube),
            [s.snapshot() for s in self.senses],
            self.director.snapshot(),
            self.companion.snapshot(),
        ]

    def to_save(self) -> dict[str, object]:
        """What must survive a save, as a plain versioned dict."""
        return {
            "version": SAVE_VERSION,
            "difficulty": self.difficulty.value,
            "cube": None if self.cube is None else cube_to_save(self.cube),
            "senses": {s.name: s.to_save() for s in self.senses},
            "director": self.director.to_save(),
            "companion": self.companion.to_save(),
        }

    def from_save(self, data: dict[str, object]) -> None:
        """Restore from :meth:`to_save`'s dict; raises ``ValueError`` for an unknown version."""
        if data.get("version") != SAVE_VERSION:
            raise ValueError(f"AI save version {data.get('version')!r} is not {SAVE_VERSION}")
        cube_data = data.get("cube")
        if self.cube is not None and isinstance(cube_data, dict):
            cube_load(self.cube, cube_data)
        senses = data.get("senses")
        if isinstance(senses, dict):
            for s in self.senses:
                entry = senses.get(s.name)
                if isinstance(entry, dict):
                    s.load(entry)
        director = data.get("director")
        if isinstance(director, dict):
            self.director.load(director)
        companion = data.get("companion")
        if isinstance(companion, dict):
            self.companion.load(companion)
