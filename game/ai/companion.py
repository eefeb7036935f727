"""The partner: follows the player, hides with them, holds hands — and speaks the keyboard's ``MoveIntent``.

Following. Within ``follow_near`` the partner stands; up to ``follow_far`` it closes in at a walk that slows
as it arrives; further it walks, and it runs beyond ``follow_run`` or whenever the player runs. It heads
straight for the player when its feet box can pass the straight line (checked once per pair of tiles);
otherwise it follows a :class:`FlowField` towards the player's tile in the current view (bounded to
``FIELD_RADIUS`` tiles, recomputed only when the player's tile changes; beyond it an A* path). If it wants to
move but has not moved for ``stuck_ticks``, it keeps to the field for a while even when the straight line
looks clear.

The fair catch-up rule. If for ``catch_up_ticks`` the partner has been further than ``follow_run`` and has not
got any closer (a door shut in the dream view, a moving wall), ``catch_up`` names where it should reappear:
the most recent point of the player's own trail (so a place the pair can be) at least ``TRAIL_GAP`` behind the
player, walkable in the current view and not in the Cube's light: it never appears ahead of the pair (no help)
nor in the light (no harm). The world places it (``AIEventKind.PARTNER_CATCH_UP``); presentation may fade.

Hiding. When the player is in a hide spot the partner walks into the same spot (``hiding.partner_joins`` lets
it in); when the player is hidden on cover the partner walks (never runs) onto the player's own spot.

Holding hands. The partner keeps to the player's side at hand's reach and moves as one with them: its intent
is the step to its slot beside the player, scaled for a world that moves the player at ``HANDS_SPEED`` and the
partner at up to ``HANDS_CATCH_UP`` times that.
"""

from __future__ import annotations

import math
from collections import deque

from game.ai.nav import FlowField, NavGrid
from game.ai.params import AIParams
from game.world.actors import STILL, Actor, MoveIntent
from game.world.level import Level
from game.world.movement import FOOT_HALF_H, FOOT_HALF_W
from game.world.world import HANDS_CATCH_UP, HANDS_SPEED

FIELD_RADIUS = 24.0
FIELD_MIN = 8.0
TRAIL_GAP = 24.0
TRAIL_EVERY = 8.0
"""A trail point is kept each time the player has moved this many pixels."""
HAND_REACH = 10.0
PATH_HOLD = 90
"""Ticks the partner keeps to the field after being stuck."""


class Companion:
    """The partner's follower brain."""

    def __init__(self, level: Level, params: AIParams, walk: NavGrid, walk_dream: NavGrid) -> None:
        self.level = level
        self.params = params
        self.walk = {False: walk, True: walk_dream}
        field = FlowField(walk, FIELD_RADIUS)
        dream_field = field if walk_dream is walk else FlowField(walk_dream, FIELD_RADIUS)
        self.fields = {False: field, True: dream_field}
        self.trail: deque[tuple[float, float]] = deque(maxlen=48)
        self.mode = "idle"
        self.stuck = 0
        self.path_hold = 0
        self.far_ticks = 0
        self.best_far = math.inf
        self.catch_up: tuple[float, float] | None = None
        self.last = (0.0, 0.0)
        self.wanted = False
        self._line_key: tuple[int, int, bool] = (-1, -1, False)
        self._line_clear = False
        self._path: list[int] = []
        self._path_goal = -1

    def intent(
        self,
        player: Actor,
        partner: Actor,
        dream: bool,
        holding_hands: bool,
        light: tuple[float, float, float] | None = None,
    ) -> MoveIntent:
        """This tick's move for the partner; ``light`` (x, y, radius) is the Cube's, for the catch-up rule."""
        self._watch(player, partner)
        dx, dy = player.x - partner.x, player.y - partner.y
        d = math.hypot(dx, dy)
        self._progress(player, partner, d, dream, light)
        if holding_hands:
            self.mode = "hands"
            return self._hands(player, partner, d)
        if player.hide_spot is not None:
            self.mode = "hide"
            if partner.hide_spot == player.hide_spot:
                return STILL
            spot = self._spot_centre(player.hide_spot)
            return self._toward(partner, spot[0], spot[1], dream, run=False, stop=2.0, slow=8.0)
        if player.hidden:
            self.mode = "hide"
            return self._toward(partner, player.x, player.y, dream, run=False, stop=3.0, slow=8.0)
        p = self.params
        if d <= p.follow_near:
            self.mode = "idle"
            self.wanted = False
            return STILL
        self.mode = "follow"
        run = d > p.follow_run or (player.running and d > p.follow_near + 4.0)
        return self._toward(
            partner, player.x, player.y, dream, run=run, stop=p.follow_near, slow=p.follow_far
        )

    def _toward(
        self, partner: Actor, tx: float, ty: float, dream: bool, *, run: bool, stop: float, slow: float
    ) -> MoveIntent:
        """Walk (or run) to a point: straight when the line is clear, along the field otherwise."""
        d = math.hypot(tx - partner.x, ty - partner.y)
        if d <= stop:
            self.wanted = False
            return STILL
        self.wanted = True
        ax, ay = tx, ty
        if self.path_hold > 0 or not self._clear(partner, tx, ty, dream):
            self.mode = "path" if self.mode == "follow" else self.mode
            step = self._field_step(partner, tx, ty, dream)
            if step is not None:
                ax, ay = step
        vx, vy = ax - partner.x, ay - partner.y
        n = math.hypot(vx, vy)
        if n < 1e-6:
            return STILL
        scale = 1.0
        if not run and d < slow and ax == tx and ay == ty:
            scale = max(0.35, (d - stop) / max(1e-6, slow - stop))
        return MoveIntent(vx / n * scale, vy / n * scale, run)

    def _hands(self, player: Actor, partner: Actor, d: float) -> MoveIntent:
        """Keep to the player's side at hand's reach, moving with their step."""
        if d < 1e-6:
            ox, oy = -HAND_REACH, 0.0
        else:
            ox, oy = (partner.x - player.x) / d * HAND_REACH, (partner.y - player.y) / d * HAND_REACH
        vx = player.x + ox - partner.x
        vy = player.y + oy - partner.y
        speed = HANDS_SPEED * HANDS_CATCH_UP
        ix, iy = vx / speed, vy / speed
        n = math.hypot(ix, iy)
        if n > 1.0:
            ix, iy = ix / n, iy / n
        if n < 0.05:
            self.wanted = False
            return STILL
        self.wanted = True
        return MoveIntent(ix, iy, player.running)

    def _clear(self, partner: Actor, tx: float, ty: float, dream: bool) -> bool:
        """Whether the feet box can go straight to the point (cached per pair of tiles)."""
        ts = self.level.tile_size
        walk = self.walk[dream]
        key = (
            walk.index(int(partner.x // ts), int(partner.y // ts)),
            walk.index(int(tx // ts), int(ty // ts)),
            dream,
        )
        if key != self._line_key:
            self._line_key = key
            hw, hh = FOOT_HALF_W - 0.5, FOOT_HALF_H - 0.5
            self._line_clear = all(
                walk.segment_clear(partner.x + ox, partner.y + oy, tx + ox, ty + oy, ts)
                for ox, oy in ((-hw, -hh), (hw, -hh), (-hw, hh), (hw, hh))
            )
        return self._line_clear

    def _field_step(self, partner: Actor, tx: float, ty: float, dream: bool) -> tuple[float, float] | None:
        """The centre of the next tile towards the point along the field (or an A* path beyond its radius)."""
        ts = self.level.tile_size
        walk = self.walk[dream]
        goal = walk.nearest_open(int(tx // ts), int(ty // ts), 1)
        here = walk.nearest_open(int(partner.x // ts), int(partner.y // ts), 1)
        if goal < 0 or here < 0 or goal == here:
            return None
        field = self.fields[dream]
        if field.target != goal:
            # Bounded to the pair's own distance (with room to go round a wall): the partner is near as a
            # rule, so the field is a few dozen tiles, not the whole map.
            span = walk.heuristic(here, goal)
            field.max_cost = min(FIELD_RADIUS, max(FIELD_MIN, 1.5 * span + 4.0))
            field.recompute(goal)
        nxt = field.next_tile(here)
        if nxt < 0:
            if self._path_goal != goal or here not in self._path:
                self._path = walk.find_path(here, goal, max_expand=1500, partial=True)
                self._path_goal = goal
            k = self._path.index(here) if here in self._path else -1
            nxt = self._path[k + 1] if 0 <= k < len(self._path) - 1 else -1
        if nxt < 0:
            return None
        half = ts / 2
        return (walk.xs[nxt] * ts + half, walk.ys[nxt] * ts + half)

    def _watch(self, player: Actor, partner: Actor) -> None:
        """Keep the player's trail and the partner's stuck counter."""
        if not self.trail:
            self.trail.append((player.x, player.y))
        else:
            lx, ly = self.trail[-1]
            if (player.x - lx) ** 2 + (player.y - ly) ** 2 >= TRAIL_EVERY * TRAIL_EVERY:
                self.trail.append((player.x, player.y))
        moved = abs(partner.x - self.last[0]) + abs(partner.y - self.last[1])
        self.last = (partner.x, partner.y)
        if self.wanted and moved < 0.05:
            self.stuck += 1
            if self.stuck >= self.params.stuck_ticks:
                self.path_hold = PATH_HOLD
                self.stuck = 0
        else:
            self.stuck = 0
        if self.path_hold > 0:
            self.path_hold -= 1

    def _progress(
        self, player: Actor, partner: Actor, d: float, dream: bool, light: tuple[float, float, float] | None
    ) -> None:
        """Count time spent far without getting closer; past the limit, choose a fair catch-up point."""
        p = self.params
        if d <= p.follow_run or player.hide_spot is not None:
            self.far_ticks = 0
            self.best_far = math.inf
            return
        if d < self.best_far - 4.0:
            self.best_far = d
            self.far_ticks = 0
            return
        self.far_ticks += 1
        if self.far_ticks < p.catch_up_ticks or self.catch_up is not None:
            return
        self.catch_up = self._catch_up_point(player, dream, light)
        if self.catch_up is not None:
            self.far_ticks = 0
            self.best_far = math.inf

    def _catch_up_point(
        self, player: Actor, dream: bool, light: tuple[float, float, float] | None
    ) -> tuple[float, float] | None:
        ts = self.level.tile_size
        walk = self.walk[dream]
        for x, y in reversed(self.trail):
            if math.hypot(x - player.x, y - player.y) < TRAIL_GAP:
                continue
            if not walk.open_at(int(x // ts), int(y // ts)):
                continue
            if light is not None and (x - light[0]) ** 2 + (y - light[1]) ** 2 <= (light[2] + 8.0) ** 2:
                continue
            return (x, y)
        return None

    def _spot_centre(self, spot_id: int) -> tuple[float, float]:
        for obj in self.level.objects_of("HideSpot"):
            if obj.id == spot_id:
                return obj.center
        return (0.0, 0.0)

    def snapshot(self) -> list[object]:
        """Plain values for the state hash."""
        return [self.mode, self.stuck, self.path_hold, self.far_ticks, len(self.trail)]

    def to_save(self) -> dict[str, object]:
        """What must survive a save (the trail is short-lived and starts afresh)."""
        return {"mode": self.mode}

    def load(self, data: dict[str, object]) -> None:
        """Restore from :meth:`to_save`'s dict."""
        self.mode = str(data.get("mode", "idle"))
        self.trail.clear()
        self.stuck = self.path_hold = self.far_ticks = 0
        self.best_far = math.inf
        self.catch_up = None
