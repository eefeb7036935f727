"""Scripted players for scenario tests and benchmarks: they read only what a player sees on screen.

A player sees the Cube's light (where it is, how wide, its colour state) and the map; never the Cube's
awareness or memory. :class:`Evader` runs to the best cover out of the light when the Cube comes for it and
then keeps still; :class:`Wanderer` roams the map between random far points, running when the light is near
(the long bot-like chase the AI benchmark drives).
"""

from __future__ import annotations

import math
import random

from game.ai.cube import LightTone
from game.ai.nav import FlowField, NavGrid
from game.ai.system import AISystem
from game.world.actors import STILL, Actor, MoveIntent
from game.world.level import Level, TileFlag

SCAN_RADIUS = 14.0
"""Tiles of walking the evader considers when choosing cover."""


def _step_to(actor: Actor, x: float, y: float, run: bool) -> MoveIntent:
    dx, dy = x - actor.x, y - actor.y
    d = math.hypot(dx, dy)
    if d < 0.5:
        return STILL
    return MoveIntent(dx / d, dy / d, run)


class Evader:
    """Runs to cover when threatened, walks the last steps (so cover hides it) and keeps still there."""

    def __init__(self, level: Level, ai: AISystem, danger: float = 72.0, alarm_only: bool = False) -> None:
        self.level = level
        self.alarm_only = alarm_only
        """Stand in the open until the light turns to alarm (a lock-on), then run: the hardest honest test."""
        self.ai = ai
        self.walk: NavGrid = ai.walk
        self.danger = danger
        self.field = FlowField(self.walk, SCAN_RADIUS)
        self.path: list[int] = []
        self.goal = -1
        self.interact = False
        """Set for one tick when the evader wants to press interact (to slip into a hide spot)."""
        cells = level.grid.reality
        w = level.width
        hide = set()
        for obj in level.objects_of("HideSpot"):
            cx, cy = obj.center
            hide.add(int(cy // level.tile_size) * w + int(cx // level.tile_size))
        self.hide_tiles = hide
        # Cover, a hide spot, or a roof (the sky cannot see under it).
        cover, solid = int(TileFlag.COVER | TileFlag.ROOF), int(TileFlag.SOLID)
        self.cover = bytearray(
            1 if (cells[i] & cover or i in hide) and not cells[i] & solid else 0 for i in range(len(cells))
        )

    def threatened(self, actor: Actor) -> bool:
        """What a player would judge from the screen: the light is near, or it has turned to alarm."""
        light = self.ai.light
        if light is None:
            return False
        lx, ly, r, tone = light
        d = math.hypot(actor.x - lx, actor.y - ly)
        if tone in (LightTone.ALARM, LightTone.CAPTURE):
            return d < r + 10 * self.level.tile_size
        return not self.alarm_only and d < r + self.danger

    def take_interact(self) -> bool:
        """Whether to press interact this tick (read once)."""
        pressed, self.interact = self.interact, False
        return pressed

    def intent(self, actor: Actor) -> MoveIntent:
        """This tick's move."""
        ts = self.level.tile_size
        here = self.walk.nearest_open(int(actor.x // ts), int(actor.y // ts), 1)
        if actor.hide_spot is not None:
            return STILL
        if self.goal < 0 and self.cover[here] and not actor.running:
            if here in self.hide_tiles:
                self.interact = True
            return STILL  # in cover and still: hidden
        if self.goal < 0 and self.threatened(actor):
            self._choose(here)
        if self.goal < 0:
            return STILL
        if here == self.goal:
            cx, cy = (self.goal % self.walk.width + 0.5) * ts, (self.goal // self.walk.width + 0.5) * ts
            if math.hypot(cx - actor.x, cy - actor.y) < 3.0:
                self.goal = -1
                return STILL
            return _step_to(actor, cx, cy, run=False)
        if here in self.path:
            k = self.path.index(here)
            nxt = self.path[k + 1] if k + 1 < len(self.path) else self.goal
        else:
            self._choose(here)
            if self.goal < 0 or not self.path:
                return STILL
            nxt = self.path[1] if len(self.path) > 1 else self.goal
        nx, ny = (nxt % self.walk.width + 0.5) * ts, (nxt // self.walk.width + 0.5) * ts
        return _step_to(actor, nx, ny, run=True)

    def _choose(self, here: int) -> None:
        """Pick the cover tile that is nearest to walk to and furthest from the light, out of the light."""
        light = self.ai.light
        ts = self.level.tile_size
        lx, ly, r = (light[0], light[1], light[2]) if light is not None else (-1e9, -1e9, 0.0)
        self.field.recompute(here)
        best, best_score = -1, math.inf
        w = self.walk.width
        for i in self.field.touched:
            if not self.cover[i]:
                continue
            cx, cy = (i % w + 0.5) * ts, (i // w + 0.5) * ts
            away = math.hypot(cx - lx, cy - ly)
            if away < r + 40.0:
                continue
            # Far enough beyond the light that the partner, a step behind, is out of it before going in.
            score = self.field.dist[i] - away / ts + (0.0 if away >= r + 72.0 else 6.0)
            if score < best_score:
                best, best_score = i, score
        self.goal = best
        self.path = []
        if best >= 0:
            path = [best]
            while path[-1] != here:
                nxt = self.field.next_tile(path[-1])
                if nxt < 0:
                    break
                path.append(nxt)
            path.reverse()
            self.path = path


class Wanderer:
    """Roams between random far points of the map, running when the light comes near: a long, busy chase."""

    def __init__(self, level: Level, ai: AISystem, rng: random.Random) -> None:
        self.level = level
        self.ai = ai
        self.rng = rng
        self.walk = ai.walk
        self.path: list[int] = []
        self.k = 0
        self.open = [i for i in range(self.walk.size) if self.walk.passable[i]]

    def intent(self, actor: Actor) -> MoveIntent:
        """This tick's move."""
        ts = self.level.tile_size
        w = self.walk.width
        here = self.walk.nearest_open(int(actor.x // ts), int(actor.y // ts), 1)
        if self.k >= len(self.path) or here not in self.path[max(0, self.k - 2) : self.k + 3]:
            for _ in range(20):
                goal = self.rng.choice(self.open)
                if self.walk.heuristic(here, goal) > 20:
                    break
            self.path = self.walk.find_path(here, goal, max_expand=4000, partial=True)
            self.k = 1
        if self.k < len(self.path) and self.path[self.k] == here:
            self.k += 1
        if self.k >= len(self.path):
            return STILL
        nxt = self.path[self.k]
        light = self.ai.light
        run = light is not None and math.hypot(actor.x - light[0], actor.y - light[1]) < light[2] + 48.0
        return _step_to(actor, (nxt % w + 0.5) * ts, (nxt // w + 0.5) * ts, run)
