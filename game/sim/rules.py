"""The level's small rules in numbers: reach, noise, the bond's drift and how fast lines reveal."""

from __future__ import annotations

import math
from collections.abc import Mapping

from game.ai.system import AISystem
from game.story.views import TextTiming
from game.world.world import World

HANDS_REACH = 40.0
"""Pixels: the pair can take hands when this close."""
ITEM_REACH = 20.0
"""Pixels: an item this close to the player's feet is picked up by interacting."""
RUN_NOISE_TILES = 7
"""A running step carries this many tiles (by path) to the Cube's ears."""
NOISE_EVERY = 10
"""Ticks between the noises of a running actor (footfalls)."""

DREAM_SCENES = frozenset({"fantasy"})
"""Scenes that are the dream itself: they open looking through the camcorder, and its battery holds there (the
story breaks the dream, not the battery); lowering the camcorder shows what is really there."""

PARTNER_WAITS_PX = 72.0
"""Pixels: a partner the story walked somewhere waits there until the player comes this close."""
TOGETHER_PX = 48.0
APART_PX = 160.0
PER_MINUTE = 1.0 / 3600.0
BOND_TOGETHER = 0.02 * PER_MINUTE
BOND_HANDS = 0.05 * PER_MINUTE
BOND_APART = -0.06 * PER_MINUTE
BOND_LIGHT = -0.12 * PER_MINUTE
"""Bond drift per tick: close and holding hands raise it; far apart or in the Cube's light lower it."""

TEXT_SPEEDS: Mapping[str, float] = {"slow": 0.4, "normal": 0.75, "fast": 1.5, "instant": 0.0}
"""English characters revealed per tick, per text-speed setting (``instant``: whole lines at once)."""
AUTO_ADVANCE_TICKS = 150
"""With auto-advance on, a fully shown line moves on after this long."""


def reveal_timing(sim_settings: Mapping[str, object]) -> TextTiming:
    """The story's text timing from the settings that change the simulation."""
    speed = TEXT_SPEEDS.get(str(sim_settings.get("text_speed", "normal")), TEXT_SPEEDS["normal"])
    auto = AUTO_ADVANCE_TICKS if sim_settings.get("auto_advance") else 0
    return TextTiming(chars_per_tick=speed, auto_advance=auto)


def bond_drift(bond: float, world: World, ai: AISystem) -> float:
    """The bond after one tick of the pair's closeness and exposure."""
    p, q = world.player, world.partner
    d = math.hypot(p.x - q.x, p.y - q.y)
    delta = 0.0
    if world.holding_hands:
        delta += BOND_HANDS
    elif d <= TOGETHER_PX:
        delta += BOND_TOGETHER
    elif d >= APART_PX:
        delta += BOND_APART
    if any(s.exposure > 0.0 for s in ai.senses):
        delta += BOND_LIGHT
    return min(1.0, max(0.0, bond + delta))
