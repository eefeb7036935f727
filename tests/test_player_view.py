"""The PlayerView holds what is on screen and in the speakers, and nothing a player cannot perceive."""

from __future__ import annotations

from game.content.tiled import load_level
from game.sim.level_sim import LevelSim
from game.sim.perceive import DRAWN, Perceiver
from game.sim.session import Session
from game.view.player_view import EyeView
from tests.helpers import ROOT

FOREST = ROOT / "levels" / "forest.tmx"


def forest() -> LevelSim:
    return LevelSim(load_level(FOREST), Session.new(1), 1, None)


def screen_at(sim: LevelSim, x: float, y: float) -> tuple[float, float, int, int]:
    """A 640x360 camera rectangle centred on a point."""
    return (x - 320.0, y - 180.0, 640, 360)


def test_the_light_is_in_the_view_only_while_it_falls_on_screen() -> None:
    sim = forest()
    perceiver = Perceiver(sim)
    light = sim.ai.light
    assert light is not None
    x, y, radius, _tone = light
    on = perceiver.view(screen_at(sim, x, y))
    assert on.light is not None and (on.light.x, on.light.y) == (x, y)
    off = perceiver.view(screen_at(sim, x + 320.0 + radius + 40.0, y))
    assert off.light is None, "off screen the light's place is not known"
    assert off.eye is not None and off.hum is not None, "the eye and the hum are there all the same"


def test_only_drawn_things_on_screen_are_places_and_never_a_trigger_or_checkpoint() -> None:
    sim = forest()
    level = sim.level
    perceiver = Perceiver(sim)
    everything = perceiver.view((0.0, 0.0, level.pixel_width, level.pixel_height))
    kinds = {p.kind for p in everything.places}
    assert kinds <= set(DRAWN.values()) and "hide" in kinds
    hidden = {o.id for o in level.objects if o.cls in ("Trigger", "Checkpoint", "Patrol", "Spawn")}
    assert not hidden & {p.id for p in everything.places}
    p = sim.world.player
    near = perceiver.view(screen_at(sim, p.x, p.y))
    left, top, w, h = near.camera
    by_id = {o.id: o for o in level.objects}
    for place in near.places:
        assert by_id[place.id].cls in DRAWN
        xs = [t % level.width for t in place.area]
        ys = [t // level.width for t in place.area]
        ts = level.tile_size
        assert max(xs) * ts >= left - ts and min(xs) * ts <= left + w + ts
        assert max(ys) * ts >= top - ts and min(ys) * ts <= top + h + ts
    assert len(near.places) < len(everything.places)


def test_the_objectives_place_is_known_only_while_on_screen() -> None:
    sim = forest()
    level = sim.level
    target = next(o for o in level.objects if o.cls == "Trigger")
    sim.objective = ("test.obj", target.name)
    perceiver = Perceiver(sim)
    cx, cy = target.center
    seen = perceiver.view(screen_at(sim, cx, cy))
    assert seen.objective is not None and seen.objective.place is not None
    assert seen.objective.place.id == target.id
    away = perceiver.view(screen_at(sim, cx + 2000.0, cy + 2000.0))
    assert away.objective is not None and away.objective.id == "test.obj" and away.objective.place is None


def test_the_map_is_shared_not_copied_and_the_same_screen_gives_the_same_places() -> None:
    sim = forest()
    perceiver = Perceiver(sim)
    p = sim.world.player
    a = perceiver.view(screen_at(sim, p.x, p.y))
    b = perceiver.view(screen_at(sim, p.x, p.y))
    assert a.map is b.map and a.map.reality is sim.level.grid.reality
    assert a.places is b.places


def test_the_eye_is_what_the_hud_draws() -> None:
    """Stage and meter as ``game.render.ui.draw_awareness`` draws them, from the eye's level alone."""
    for step in range(260):
        awareness = step / 240
        stage = 0 if awareness <= 0.02 else min(4, 1 + int(awareness * 4))
        meter = max(1, int(12 * min(1.0, awareness))) if stage else 0
        eye = EyeView.of(awareness)
        assert eye.stage == stage, awareness
        shown = eye.shown
        assert (0 if shown <= 0.02 else min(4, 1 + int(shown * 4))) == stage, awareness
        assert (max(1, int(12 * min(1.0, shown))) if stage else 0) == meter, awareness
