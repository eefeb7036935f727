"""A minimal pure world around the AI, for tests, benchmarks and scenario scripts (not the game's world).

It does per tick what ``game.ai.system`` asks of the real world: moves the player by a given intent, asks the
partner's intent and moves it, sets hiding, makes run noises, steps the AI and applies ``CAUGHT`` (counted;
the pair may be sent back to their spawns) and ``PARTNER_CATCH_UP``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from game.ai.events import AIEvent, AIEventKind
from game.ai.hiding import enter_hide_spot, leave_hide_spot, partner_joins, partner_leaves, update_hidden
from game.ai.params import AIParams, Difficulty
from game.ai.system import AISystem
from game.world.actors import STILL, Actor, MoveIntent
from game.world.level import Level
from game.world.movement import RUN_SPEED, WALK_SPEED, move_actor
from game.world.noise import Noise, NoiseKind
from game.world.world import HANDS_CATCH_UP, HANDS_SPEED

RUN_NOISE_EVERY = 12
RUN_NOISE_RADIUS = 112.0


class Sandbox:
    """The pair, the AI and a tick counter over one level."""

    def __init__(
        self,
        level: Level,
        *,
        seed: int = 0,
        difficulty: Difficulty = Difficulty.NORMAL,
        params: AIParams | None = None,
        player_at: tuple[float, float] | None = None,
        partner_at: tuple[float, float] | None = None,
        cube_at: tuple[float, float] | None = None,
        reset_on_caught: bool = False,
    ) -> None:
        self.level = level
        self.rng = random.Random(seed)
        self.ai = AISystem(level, self.rng, difficulty, params)
        px, py = player_at or _spawn(level, "player")
        qx, qy = partner_at or _spawn(level, "partner", (px - 12.0, py))
        self.player = Actor("player", px, py)
        self.partner = Actor("partner", qx, qy)
        self.start = ((px, py), (qx, qy))
        if cube_at is not None and self.ai.cube is not None:
            body = self.ai.cube.body
            body.x, body.y = cube_at
        self.tick = 0
        self.caught = 0
        self.reset_on_caught = reset_on_caught
        self.log: list[AIEvent] = []
        self.ai.notify_spawn(0)

    def step(
        self,
        intent: MoveIntent,
        holding_hands: bool = False,
        dream: bool = False,
        noises: Sequence[Noise] = (),
        interact: bool = False,
    ) -> list[AIEvent]:
        """One tick with the player's intent (``interact``: in or out of a hide spot); the events."""
        level, player, partner = self.level, self.player, self.partner
        grid, ts = level.grid, level.tile_size
        if interact:
            if player.hide_spot is None:
                enter_hide_spot(level, player, (partner,))
            else:
                leave_hide_spot(player)
                leave_hide_spot(partner)
        if player.hide_spot is not None:
            intent = STILL  # inside a hide spot one stays put until leaving it
        speed = HANDS_SPEED if holding_hands else (RUN_SPEED if intent.run else WALK_SPEED)
        move_actor(player, intent, speed, grid, ts, dream)
        p_intent = self.ai.partner_intent(player, partner, dream, holding_hands)
        p_speed = (
            HANDS_SPEED * HANDS_CATCH_UP if holding_hands else (RUN_SPEED if p_intent.run else WALK_SPEED)
        )
        move_actor(partner, p_intent, p_speed, grid, ts, dream)
        update_hidden(level, player, dream)
        partner_joins(level, player, partner)
        partner_leaves(player, partner)
        update_hidden(level, partner, dream)
        heard = list(noises)
        if self.tick % RUN_NOISE_EVERY == 0:
            for a in (player, partner):
                if a.running:
                    heard.append(Noise(a.x, a.y, RUN_NOISE_RADIUS, NoiseKind.RUN))
        events = self.ai.step(self.tick, player, partner, heard, dream, holding_hands)
        for e in events:
            if e.kind is AIEventKind.CAUGHT:
                self.caught += 1
                if self.reset_on_caught:
                    (px, py), (qx, qy) = self.start
                    player.place(px, py)
                    partner.place(qx, qy)
                    self.ai.notify_checkpoint(self.tick)
            elif e.kind is AIEventKind.PARTNER_CATCH_UP:
                partner.place(e.x, e.y)
        self.log.extend(events)
        self.tick += 1
        return events


def _spawn(level: Level, who: str, default: tuple[float, float] | None = None) -> tuple[float, float]:
    spawn = level.spawn(who)
    if spawn is not None:
        return (spawn.x, spawn.y)
    if default is not None:
        return default
    return (level.pixel_width / 2, level.pixel_height / 2)
