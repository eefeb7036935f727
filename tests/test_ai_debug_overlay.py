"""The F3 AI overlay draws what the AI knows, and drawing it changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pygame

from game.ai.cube import CubeState
from game.render.ai_debug import TONE_COLOURS, draw_ai_debug
from game.world.level import TileFlag
from tests.support.plan import level_from_plan
from tests.support.sandbox import Sandbox
from tests.support.scripts import Evader

ROOT = Path(__file__).resolve().parents[1]


def world_view(sb: Sandbox, cam: tuple[float, float]) -> pygame.Surface:
    """A plain drawing of the map's tiles, for the overlay to sit on."""
    canvas = pygame.Surface((640, 360))
    canvas.fill((38, 43, 68))
    level, ts = sb.level, sb.level.tile_size
    for ty in range(level.height):
        for tx in range(level.width):
            flags = level.grid.flags(tx, ty)
            colour = None
            if flags & TileFlag.SOLID:
                colour = (90, 105, 136)
            elif flags & TileFlag.COVER:
                colour = (62, 137, 72)
            elif flags & TileFlag.ROOF:
                colour = (58, 68, 102)
            if colour:
                canvas.fill(colour, (tx * ts - cam[0], ty * ts - cam[1], ts, ts))
    for actor, colour in ((sb.player, (234, 212, 170)), (sb.partner, (232, 183, 150))):
        pygame.draw.circle(canvas, colour, (round(actor.x - cam[0]), round(actor.y - cam[1])), 4)
    return canvas


def test_the_overlay_shows_the_search_and_changes_nothing(tmp_path: Path) -> None:
    level = level_from_plan((ROOT / "tests" / "fixtures" / "ai" / "field.txt").read_text())
    sb = Sandbox(level, seed=3)
    evader = Evader(level, sb.ai, alarm_only=True)
    for _ in range(3000):
        sb.step(evader.intent(sb.player), interact=evader.take_interact())
        if sb.ai.cube_state is CubeState.SEARCH and sb.ai.search_points:
            break
    assert sb.ai.cube_state is CubeState.SEARCH
    before = json.dumps(sb.ai.snapshot())
    cam = (0.0, 0.0)
    canvas = world_view(sb, cam)
    plain = canvas.copy()
    draw_ai_debug(canvas, sb.ai, *cam)
    assert json.dumps(sb.ai.snapshot()) == before
    light = sb.ai.light
    assert light is not None
    colour = TONE_COLOURS[light[3]]
    lx, ly, r = round(light[0]), round(light[1]), round(light[2])
    ring = [canvas.get_at((lx + dx, ly + dy))[:3] for dx in range(-r - 1, r + 2) for dy in (-r, r)]
    assert colour in ring
    changed = sum(
        1 for x in range(0, 640, 4) for y in range(0, 360, 4) if canvas.get_at((x, y)) != plain.get_at((x, y))
    )
    assert changed > 100
    out = Path(os.environ.get("REFUGE_SHOTS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    pygame.image.save(canvas, str(out / "ai_debug_search.png"))
