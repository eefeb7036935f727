"""The world of one level: the pair on the map, what they carry, where they may go. Mutable, pure, per tick."""

from __future__ import annotations

from game.world.actors import Actor, MoveIntent
from game.world.level import Level
from game.world.movement import RUN_SPEED, WALK_SPEED, move_actor

HANDS_SPEED = 0.85
"""Holding hands the pair moves as one, slower but calmer (px/tick)."""
FILMING_SPEED = 0.6
"""Walking while looking through the camcorder (px/tick)."""
HANDS_CATCH_UP = 1.25
"""Holding hands, the partner may move this much faster than the pair's pace, to keep its place at the side."""


class World:
    """The pair, the map and the rules of walking; no AI and no story (those are composed around it)."""

    def __init__(self, level: Level, player: Actor, partner: Actor) -> None:
        self.level = level
        self.player = player
        self.partner = partner
        self.dream = False
        self.holding_hands = False

    @classmethod
    def spawned(cls, level: Level, player_name: str = "dal", partner_name: str = "byeol") -> World:
        """A world with the pair at the map's spawns (the partner next to the player when it has none)."""
        player_spawn = level.spawn("player")
        if player_spawn is None:
            px, py = level.pixel_width / 2, level.pixel_height / 2
        else:
            px, py = player_spawn.x, player_spawn.y
        partner_spawn = level.spawn("partner")
        qx, qy = (partner_spawn.x, partner_spawn.y) if partner_spawn else (px + 10.0, py)
        return cls(level, Actor(player_name, px, py), Actor(partner_name, qx, qy))

    def speed_for(self, intent: MoveIntent) -> float:
        """How fast the player moves with this intent, given hands and camcorder."""
        if self.dream:
            return FILMING_SPEED
        if self.holding_hands:
            return HANDS_SPEED
        return RUN_SPEED if intent.run else WALK_SPEED

    def move_player(self, intent: MoveIntent) -> float:
        """Move the player one tick; return the distance moved."""
        ts = self.level.tile_size
        return move_actor(self.player, intent, self.speed_for(intent), self.level.grid, ts, self.dream)

    def move_partner(self, intent: MoveIntent) -> float:
        """Move the partner one tick with the companion's intent (holding hands: at the pair's pace)."""
        if self.holding_hands:
            speed = HANDS_SPEED * HANDS_CATCH_UP
        else:
            speed = RUN_SPEED if intent.run else WALK_SPEED
        return move_actor(self.partner, intent, speed, self.level.grid, self.level.tile_size, self.dream)

    def snapshot(self) -> dict[str, object]:
        """The world's state as plain values for the state hash."""
        return {
            "player": self.player.snapshot(),
            "partner": self.partner.snapshot(),
            "dream": self.dream,
            "hands": self.holding_hands,
        }
