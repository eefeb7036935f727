"""The fixed-timestep clock, driven by a fake clock."""

from __future__ import annotations

import pytest

from game.loop import TICK_SECONDS, FixedStep


def test_first_call_only_starts_the_clock() -> None:
    clock = FixedStep()
    steps = clock.advance(100.0)
    assert steps.ticks == 0 and steps.alpha == 0.0


def test_ticks_follow_elapsed_time_and_alpha_is_the_remainder() -> None:
    clock = FixedStep()
    clock.advance(0.0)
    steps = clock.advance(2.5 * TICK_SECONDS)
    assert steps.ticks == 2
    assert steps.alpha == pytest.approx(0.5)
    steps = clock.advance(3.0 * TICK_SECONDS)
    assert steps.ticks == 1  # the half tick owed plus half a tick more
    assert steps.alpha == pytest.approx(0.0, abs=1e-9)


def test_catch_up_over_many_short_frames_loses_no_time() -> None:
    clock = FixedStep()
    clock.advance(0.0)
    total = 0
    now = 0.0
    for _ in range(1000):
        now += 0.007  # a 143 Hz display
        total += clock.advance(now).ticks
    assert abs(total - now / TICK_SECONDS) <= 1.0


def test_a_stall_is_clamped_and_the_rest_dropped() -> None:
    clock = FixedStep(max_ticks=5)
    clock.advance(0.0)
    steps = clock.advance(2.0)  # a two-second hitch
    assert steps.ticks == 5
    assert steps.dropped == pytest.approx(2.0 - 5 * TICK_SECONDS, abs=TICK_SECONDS)
    after = clock.advance(2.0 + TICK_SECONDS)
    assert after.ticks == 1  # no debt carried over: no spiral of death


def test_time_going_backwards_runs_nothing() -> None:
    clock = FixedStep()
    clock.advance(10.0)
    assert clock.advance(9.0).ticks == 0


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError):
        FixedStep(tick_seconds=0)
    with pytest.raises(ValueError):
        FixedStep(max_ticks=0)
