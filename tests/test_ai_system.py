"""The facade: determinism, the state snapshot, saves, views for rendering, maps without a Cube."""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from game.ai.cube import CubeState, LightTone
from game.ai.params import Difficulty
from game.ai.system import AISystem
from game.world.actors import STILL, Actor
from tests.support.plan import level_from_plan
from tests.support.sandbox import Sandbox
from tests.support.scripts import Wanderer

ROOT = Path(__file__).resolve().parents[1]
SMALL = (ROOT / "tests" / "fixtures" / "ai" / "small.txt").read_text()


def run(seed: int, ticks: int, sb: Sandbox | None = None) -> Sandbox:
    if sb is None:
        sb = Sandbox(level_from_plan(SMALL), seed=seed)
    bot = Wanderer(sb.level, sb.ai, random.Random(seed + 100))
    for _ in range(ticks):
        sb.step(bot.intent(sb.player))
    return sb


def digest(sb: Sandbox) -> str:
    return hashlib.sha256(json.dumps(sb.ai.snapshot(), sort_keys=True).encode()).hexdigest()


def test_same_seed_same_state_different_seed_different_state() -> None:
    a, b, c = run(1, 1500), run(1, 1500), run(2, 1500)
    assert a.ai.snapshot() == b.ai.snapshot()
    assert digest(a) == digest(b) != digest(c)
    assert [e.snapshot() for e in a.log] == [e.snapshot() for e in b.log]


def test_the_snapshot_is_plain_json_with_rounded_floats() -> None:
    snap = run(3, 400).ai.snapshot()

    def walk(v: object) -> None:
        if isinstance(v, float):
            assert round(v, 3) == v
        elif isinstance(v, list):
            for x in v:
                walk(x)
        else:
            assert v is None or isinstance(v, str | int | bool), type(v)

    walk(snap)
    assert json.loads(json.dumps(snap)) == snap


def test_the_state_does_not_depend_on_string_hashing() -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from tests.test_ai_system import run, digest; print(digest(run(4, 900)))"
    )
    outs = set()
    for hashseed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        out = subprocess.run(
            [sys.executable, "-c", script, str(ROOT)], env=env, capture_output=True, text=True, check=True
        )
        outs.add(out.stdout.strip())
    assert len(outs) == 1
    assert outs == {digest(run(4, 900))}


def test_a_save_restores_the_ai_exactly() -> None:
    sb = run(5, 1200)
    data = json.loads(json.dumps(sb.ai.to_save()))
    rng_state = sb.rng.getstate()
    twin = Sandbox(level_from_plan(SMALL), seed=999)
    twin.rng.setstate(rng_state)
    twin.ai.from_save(data)
    twin.ai.companion.trail = sb.ai.companion.trail.copy()
    twin.player.place(sb.player.x, sb.player.y)
    twin.partner.place(sb.partner.x, sb.partner.y)
    twin.tick = sb.tick
    assert twin.ai.snapshot()[:3] == sb.ai.snapshot()[:3]
    for _ in range(600):
        sb.step(STILL)
        twin.step(STILL)
    assert twin.ai.snapshot()[:3] == sb.ai.snapshot()[:3]


def test_an_unknown_save_version_is_refused() -> None:
    ai = AISystem(level_from_plan(SMALL), random.Random(0))
    with pytest.raises(ValueError, match="version"):
        ai.from_save({"version": 99})


def test_views_for_rendering_and_the_debug_overlay() -> None:
    sb = run(6, 300)
    ai = sb.ai
    x, y, alt = ai.cube_position
    assert alt > 0 and 0 <= x <= sb.level.pixel_width and 0 <= y <= sb.level.pixel_height
    light = ai.light
    assert light is not None and light[2] > 0 and isinstance(light[3], LightTone)
    assert isinstance(ai.cube_state, CubeState)
    assert 0.0 <= ai.awareness("player") <= 1.0 and 0.0 <= ai.menace <= 1.0
    info = ai.debug_info()
    assert {"state", "menace", "phase", "awareness", "partner", "wave"} <= set(info)
    json.dumps(info)
    with pytest.raises(KeyError):
        ai.awareness("cube")


def test_a_map_without_a_cube_still_has_a_partner() -> None:
    level = level_from_plan(SMALL, cube=False)
    ai = AISystem(level, random.Random(0), Difficulty.ASSIST)
    assert not ai.has_cube and ai.light is None and ai.cube_state is None
    player, partner = Actor("player", 320.0, 150.0), Actor("partner", 200.0, 150.0)
    intent = ai.partner_intent(player, partner, False, False)
    assert intent.dx > 0.5
    assert ai.step(0, player, partner, (), False, False) == []
    assert ai.snapshot()[0] is None
