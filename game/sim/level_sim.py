"""One level's simulation: the world, the partner and (as they arrive) the Cube and the story, stepped per tick."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from game.input.frame import Action, InputFrame
from game.sim.session import Session
from game.world.actors import MoveIntent
from game.world.level import Level
from game.world.world import World

FOLLOW_DISTANCE = 20.0
"""The partner walks to within this many pixels of the player."""


@dataclass(frozen=True, slots=True)
class ExitOutcome:
    """The player left the level through an Exit to scene ``to``."""

    to: str
    exit_name: str


class LevelSim:
    """Steps one level: input in, world updated in place, an outcome once the level is left."""

    def __init__(self, level: Level, session: Session, seed: int) -> None:
        self.level = level
        self.session = session
        self.rng = random.Random(seed)
        self.world = World.spawned(level)
        self.tick = 0
        self.outcome: ExitOutcome | None = None

    def step(self, frame: InputFrame) -> None:
        """Advance one tick with the player's input."""
        if self.outcome is not None:
            return
        self.tick += 1
        self.session.ticks += 1
        world = self.world
        if frame.was_pressed(Action.HANDS):
            world.holding_hands = not world.holding_hands
        intent = MoveIntent(frame.move[0], frame.move[1], frame.is_held(Action.RUN))
        world.move_player(intent)
        world.move_partner(self._partner_intent())
        world.update_hidden(world.player)
        world.update_hidden(world.partner)
        exited = world.exit_reached()
        if exited is not None:
            self.outcome = ExitOutcome(exited.to, exited.exit.name)

    def _partner_intent(self) -> MoveIntent:
        p, q = self.world.player, self.world.partner
        dx, dy = p.x - q.x, p.y - q.y
        dist = math.hypot(dx, dy)
        if dist <= FOLLOW_DISTANCE:
            return MoveIntent()
        return MoveIntent(dx / dist, dy / dist, dist > FOLLOW_DISTANCE * 3)

    def snapshot(self) -> dict[str, object]:
        """Plain values for the state hash."""
        version, internal, gauss = self.rng.getstate()
        return {
            "scene": self.level.scene,
            "tick": self.tick,
            "rng": [version, list(internal), gauss],
            "world": self.world.snapshot(),
            "outcome": None if self.outcome is None else [self.outcome.to, self.outcome.exit_name],
        }
