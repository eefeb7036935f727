"""The world of one level: the pair on the map, what they carry, where they may go. Mutable, pure, per tick."""

from __future__ import annotations

from dataclasses import dataclass

from game.world.actors import STILL, Actor, MoveIntent
from game.world.level import Level, MapObject, TileFlag
from game.world.movement import RUN_SPEED, WALK_SPEED, move_actor

HANDS_SPEED = 0.85
"""Holding hands the pair moves as one, slower but calmer (px/tick)."""
FILMING_SPEED = 0.6
"""Walking while looking through the camcorder (px/tick)."""
PARTNER_OFFSET = 10.0
"""How far beside the player the partner walks while holding hands (px)."""


@dataclass(frozen=True, slots=True)
class Exited:
    """The player stepped into an Exit whose condition holds."""

    exit: MapObject
    to: str


class World:
    """The pair, the map and the rules of walking; no AI and no story (those are composed around it)."""

    def __init__(self, level: Level, player: Actor, partner: Actor) -> None:
        self.level = level
        self.player = player
        self.partner = partner
        self.dream = False
        self.holding_hands = False
        self._exits = level.objects_of("Exit")

    @classmethod
    def spawned(cls, level: Level, player_name: str = "dal", partner_name: str = "byeol") -> World:
        """A world with the pair at the map's spawns (the partner next to the player when it has none)."""
        player_spawn = level.spawn("player")
        if player_spawn is None:
            px, py = level.pixel_width / 2, level.pixel_height / 2
        else:
            px, py = player_spawn.x, player_spawn.y
        partner_spawn = level.spawn("partner")
        qx, qy = (partner_spawn.x, partner_spawn.y) if partner_spawn else (px + PARTNER_OFFSET, py)
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
        """Move the partner one tick (or keep them at the player's side while holding hands)."""
        ts = self.level.tile_size
        if self.holding_hands:
            return self._follow_hand()
        speed = RUN_SPEED if intent.run else WALK_SPEED
        return move_actor(self.partner, intent, speed, self.level.grid, ts, self.dream)

    def _follow_hand(self) -> float:
        """Walk the partner to the player's side; hands keep them within reach."""
        p, q = self.player, self.partner
        dx, dy = p.x - q.x, p.y - q.y
        dist = (dx * dx + dy * dy) ** 0.5
        if dist <= PARTNER_OFFSET + 0.5:
            return move_actor(q, STILL, 0.0, self.level.grid, self.level.tile_size, self.dream)
        intent = MoveIntent(dx / dist, dy / dist, p.running)
        speed = min(dist - PARTNER_OFFSET, RUN_SPEED)
        return move_actor(q, intent, speed, self.level.grid, self.level.tile_size, self.dream)

    def tile_flags(self, actor: Actor) -> int:
        """The flags of the tile under an actor's feet, in the current view."""
        tx, ty = self.level.tile_at(actor.x, actor.y)
        return self.level.grid.flags(tx, ty, self.dream)

    def update_hidden(self, actor: Actor) -> None:
        """An actor is hidden inside a hide spot, or on cover while not running."""
        on_cover = bool(self.tile_flags(actor) & TileFlag.COVER)
        actor.hidden = actor.hide_spot is not None or (on_cover and not actor.running)

    def exit_reached(self) -> Exited | None:
        """The Exit the player stands in, if any (conditions are checked by the caller)."""
        px, py = self.player.x, self.player.y
        for obj in self._exits:
            if obj.view.visible_in(self.dream) and obj.contains(px, py):
                return Exited(obj, str(obj.prop("to", "")))
        return None

    def snapshot(self) -> dict[str, object]:
        """The world's state as plain values for the state hash."""
        return {
            "player": self.player.snapshot(),
            "partner": self.partner.snapshot(),
            "dream": self.dream,
            "hands": self.holding_hands,
        }
