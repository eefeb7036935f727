"""A short soak in every scene: random-but-plausible input for two minutes of game time, rendered now and then,
with no exception and no memory growth past the bound (``make soak`` runs thirty minutes a scene)."""

from __future__ import annotations

import pytest

from game.loop import TICK_RATE
from game.sim.session import GAME_SCENES
from tools.soak import MAX_GROWTH_MB, SoakReport, soak_scene


@pytest.mark.parametrize("scene", GAME_SCENES)
def test_two_minutes_of_restless_play_in_each_scene(scene: str) -> None:
    report = soak_scene(scene, minutes=2.0, seed=7, render_every=8)
    assert report.ticks == 2 * 60 * TICK_RATE
    assert len(report.samples) == 2
    assert report.growth <= MAX_GROWTH_MB, report.line(MAX_GROWTH_MB)


def test_growth_is_measured_from_the_end_of_the_warm_up() -> None:
    report = SoakReport(
        "forest", 0, 0, 0.0, samples=[50.0, 80.0, 81.0, 81.0, 82.0, 81.5, 82.0, 83.0, 84.0, 90.0]
    )
    assert report.growth == pytest.approx(10.0), "the warm-up (the first fifth) does not count, the rest does"
    assert "GREW" in report.line(5.0) and report.line(20.0).endswith("ok")
