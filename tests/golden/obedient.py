"""A player who does exactly what the objective line says, and nothing else: the forest's first minutes as a
new player who trusts the game plays them (issue 12).

It reads only what is on screen: the objective's text (its line, with ``[run]``-style tokens) and the place
the objective points at (the marker shows it). It walks the shortest way there, runs only when the line says
to run, presses interact only when the line names the key, and reads every line that waits for a press. It
never looks at the light and never evades: if obeying gets the pair caught, the game's teaching failed.
"""

from __future__ import annotations

import random
from typing import Protocol

from game.bot.steer import Steering
from game.bot.talk import Talk
from game.grid.field import FlowField
from game.grid.walk import WalkGrid
from game.input.frame import IDLE, Action, InputFrame
from game.sim.level_sim import LevelSim
from game.story.lines import line_table
from game.world.level import Level, MapObject

INTERACT = InputFrame(held=Action.INTERACT, pressed=Action.INTERACT)


class _Stack(Protocol):
    @property
    def top(self) -> object: ...


def objective_line(sim: LevelSim) -> tuple[str, str, str] | None:
    """The objective as shown: (line id, its English text, the target's name), or None."""
    runner = sim.runner
    if sim.objective is None or runner is None:
        return None
    line_id, target = sim.objective
    return line_id, line_table(runner.story).get(line_id, ""), target


class Obedient:
    """A frame source: the objective's words, followed literally."""

    def __init__(self, stack: _Stack, reaction: int = 0) -> None:
        self.stack = stack
        self.reaction = reaction
        """Ticks it keeps doing what the last objective said after a new one shows (a person's reaction)."""
        self.changed_at = -(10**9)
        self.last_frame = IDLE
        self.talk = Talk(random.Random(0))
        self.sim: LevelSim | None = None
        self.field: FlowField | None = None
        self.goal: str | None = None
        self.tiles: list[int] = []
        self.steer: Steering | None = None
        self.tick = 0
        self.log: list[tuple[int, str]] = []
        """(tick, objective id) each time the objective changed: what the player was told, when."""
        self._last: str | None = None

    def next_frame(self) -> InputFrame:
        """The frame for the next tick."""
        top = self.stack.top
        if getattr(top, "name", "") != "play":
            return IDLE
        sim = getattr(top, "sim", None)
        if not isinstance(sim, LevelSim):
            return IDLE
        if sim is not self.sim:
            self.sim = sim
            self.field = FlowField(sim.ai.walk)
            self.goal = None
            self.steer = Steering(sim.level.tile_size, sim.level.width)
        self.tick += 1
        runner = sim.runner
        if runner is not None:
            line = runner.current_line
            if line is not None and runner.line_auto == 0:
                return self.talk.line(line)
            if runner.input_locked:
                return IDLE
        shown = objective_line(sim)
        if shown is None:
            return IDLE
        line_id, text, target = shown
        if line_id != self._last:
            self._last = line_id
            self.log.append((sim.tick, line_id))
            self.changed_at = self.tick
        if self.tick - self.changed_at < self.reaction:
            return self.last_frame
        self.last_frame = self._obey(sim, text, target)
        return self.last_frame

    def _obey(self, sim: LevelSim, text: str, target: str) -> InputFrame:
        assert self.field is not None and self.steer is not None
        level: Level = sim.level
        obj = level.object_named(target)
        player = sim.world.player
        if obj is None or player.hide_spot is not None:
            return IDLE
        ts = level.tile_size
        walk = sim.ai.walk
        here = walk.index(int(player.x // ts), int(player.y // ts))
        if target != self.goal:
            self.goal = target
            self.tiles = object_tiles(level, obj, walk)
            self.field.recompute_many(self.tiles)
        if here in self.tiles:
            if "[interact]" in text and self.tick % 2:
                return INTERACT
            return IDLE  # there: keep still, as the line asked
        way: list[int] = []
        at = here
        for _ in range(8):
            nxt = self.field.next_tile(at)
            if nxt < 0 or nxt == at:
                break
            way.append(nxt)
            at = nxt
        return self.steer.along(player, here, way or self.tiles, walk, "[run]" in text)  # type: ignore[arg-type]


def object_tiles(level: Level, obj: MapObject, walk: WalkGrid) -> list[int]:
    """The open tiles whose middle lies inside the object, or the open tile nearest its centre."""
    ts = level.tile_size
    tiles = [
        walk.index(tx, ty)
        for ty in range(max(0, int(obj.y // ts)), min(level.height, int((obj.y + obj.height) // ts) + 1))
        for tx in range(max(0, int(obj.x // ts)), min(level.width, int((obj.x + obj.width) // ts) + 1))
        if obj.width > 0 and walk.open_at(tx, ty) and obj.contains((tx + 0.5) * ts, (ty + 0.5) * ts)
    ]
    if not tiles:
        cx, cy = obj.center
        near = walk.nearest_open(int(cx // ts), int(cy // ts), 4)
        tiles = [near] if near >= 0 else []
    return tiles
