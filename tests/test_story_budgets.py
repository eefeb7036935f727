"""Story runtime budgets: a story that grows a number or a text without end, recurses, or loops with nothing
that waits stops its own thread with one line (on screen and on stderr); the game, the session and the save go
on. ``check`` warns of what it can see beforehand (S027-S029)."""

from __future__ import annotations

import json
import os
import shutil
import textwrap
import time
from pathlib import Path

import pytest

from game.content.diagnostics import Severity
from game.content.story_check import check_story
from game.jsonfile import encode
from game.story.runner import MAX_CALL_DEPTH, MAX_STEPS_PER_TICK, Runner
from game.story.state import Globals
from game.story.values import MAX_INT, MAX_STR
from tests.helpers import run_game_after
from tests.test_story_runner import FakeHost, make

FIXTURES = Path(__file__).parent / "fixtures" / "maps"
MEMORY_CAP = 1 << 30
"""The game runs under this address-space cap (RLIMIT_AS) in the subprocess tests."""

STORIES: dict[str, tuple[str, str]] = {
    # name: (story text, what the one-line message says)
    "square": (
        """
        scene: fixture
        vars: {n: {type: int, default: 2}}
        nodes:
          start:
            - set: {n: 'n * n'}
            - wait: 1
            - goto: start
        """,
        "whole number beyond",
    ),
    "double": (
        """
        scene: fixture
        vars: {s: {type: str, default: 'ab'}}
        nodes:
          start:
            - set: {s: 's + s'}
            - wait: 1
            - goto: start
        """,
        f"text longer than {MAX_STR}",
    ),
    "overflow": (
        """
        scene: fixture
        vars: {x: {type: float, default: 10.0}}
        nodes:
          start:
            - set: {x: 'x * 1e300'}
            - wait: 1
            - goto: start
        """,
        "not finite",
    ),
    "recursion": (
        """
        scene: fixture
        nodes:
          start:
            - call: deeper
            - end: true
          deeper:
            - call: deeper
        """,
        f"calls nested more than {MAX_CALL_DEPTH} deep",
    ),
    "spin": (
        """
        scene: fixture
        vars: {n: {type: int}}
        nodes:
          start:
            - set: {n: 'n + 1'}
            - goto: start
        """,
        f"more than {MAX_STEPS_PER_TICK} steps in one tick",
    ),
}


def runner_for(text: str) -> Runner:
    runner, _ = make(text=textwrap.dedent(text).replace("scene: fixture", "scene: t"))
    return runner


@pytest.mark.parametrize("name", sorted(STORIES))
def test_each_budget_stops_the_thread_with_one_line_quickly(name: str) -> None:
    text, says = STORIES[name]
    runner = runner_for(text)
    host = FakeHost()
    started = time.perf_counter()
    ticks = 0
    while runner.fault is None and ticks < 200:
        runner.step(host)
        ticks += 1
    elapsed = time.perf_counter() - started
    assert runner.fault is not None, f"{name}: no budget stopped the thread in {ticks} ticks"
    assert says in runner.fault and "story thread stopped" in runner.fault
    assert "\n" not in runner.fault and runner.fault.startswith("inline.yaml:")
    assert elapsed < 2.0, f"{name}: {elapsed:.2f} s before the thread stopped"
    assert runner.idle and not runner.frames, "the thread is stopped"
    # What is left is a good save: every value within the budgets, no Infinity or NaN.
    encode(runner.to_save())
    for value in runner.locals.values():
        assert not isinstance(value, int) or abs(value) < MAX_INT
        assert not isinstance(value, str) or len(value) <= MAX_STR
    again = Runner.from_save(runner.story, Globals(), json.loads(encode(runner.to_save())))
    assert again.locals == runner.locals


def test_the_value_that_would_overflow_keeps_its_last_good_value() -> None:
    runner = runner_for(STORIES["square"][0])
    host = FakeHost()
    seen = []
    while runner.fault is None:
        runner.step(host)
        seen.append(runner.var("n"))
    assert runner.var("n") == 2**32, seen  # 2, 4, 16, 256, 65536, 2**32; 2**64 would be past the budget


def test_a_stopped_thread_lets_queued_nodes_run_and_the_runner_goes_on() -> None:
    text = """
    scene: t
    cast: {dal: {name: Dal}}
    nodes:
      start:
        - call: start
      later:
        trigger: true
        steps:
          - say: dal
            id: t.later
            text: Still here.
          - end: true
    """
    runner = runner_for(text)
    runner.trigger("later")
    runner.step(FakeHost())
    assert runner.fault is not None and "calls nested" in runner.fault
    runner.step(FakeHost())
    assert runner.current_line is not None and runner.current_line.id == "t.later"


def test_a_condition_past_a_budget_is_false_and_says_why() -> None:
    from game.story.expr import parse_expr

    runner = runner_for(STORIES["square"][0])
    assert runner.condition(parse_expr("999999999 * 999999999 * 999999999 > 0"), FakeHost()) is False
    assert runner.fault is not None and "whole number beyond" in runner.fault


def write(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def codes(path: Path) -> list[tuple[str, Severity]]:
    return [(d.code, d.severity) for d in check_story(path, None, {"fixture"})]


def test_check_warns_of_a_literal_or_default_past_a_budget(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "big.yaml",
        """
        scene: fixture
        vars:
          n: {type: int, default: 1000000000000000000}
          m: {type: int}
        nodes:
          start:
            - set: {m: 'm + 99999999999999999999'}
            - end: true
        """,
    )
    found = codes(path)
    assert found.count(("S027", Severity.WARNING)) == 2, found
    small = write(tmp_path, "small.yaml", path.read_text().replace("1000000000000000000", "5"))
    assert ("S027", Severity.WARNING) in codes(small)  # the literal in the set remains
    fine = write(tmp_path, "fine.yaml", small.read_text().replace("99999999999999999999", "1"))
    assert not [c for c in codes(fine) if c[0] == "S027"]


def test_check_warns_of_a_recursive_call_and_of_a_loop_that_never_waits(tmp_path: Path) -> None:
    recursion = write(tmp_path, "r.yaml", STORIES["recursion"][0])
    assert ("S028", Severity.WARNING) in codes(recursion)
    spin = write(tmp_path, "s.yaml", STORIES["spin"][0])
    assert ("S029", Severity.WARNING) in codes(spin)
    waits = write(tmp_path, "w.yaml", STORIES["square"][0])
    assert not [c for c in codes(waits) if c[0] in ("S028", "S029")], "a loop with a wait is fine"
    called_twice = write(
        tmp_path,
        "c.yaml",
        """
        scene: fixture
        nodes:
          start:
            - call: helper
            - call: helper
            - end: true
          helper:
            - wait: 1
        """,
    )
    assert not [c for c in codes(called_twice) if c[0] in ("S028", "S029")], (
        "calling a node twice is no cycle"
    )


# -- the whole game, in a subprocess under a memory cap --------------------------------------------------------


def fixture_map(tmp: Path, story: str) -> Path:
    for name in ("tiny.tsx", "tiny.png"):
        shutil.copy(FIXTURES / name, tmp / name)
    text = (FIXTURES / "ok.tmx").read_text(encoding="utf-8")
    text = text.replace(
        '<property name="scene" value="fixture"/>',
        '<property name="scene" value="fixture"/>\n  <property name="story" value="story.yaml"/>',
    )
    (tmp / "map.tmx").write_text(text, encoding="utf-8")
    (tmp / "story.yaml").write_text(textwrap.dedent(story), encoding="utf-8")
    return tmp / "map.tmx"


CAP = f"import resource\nresource.setrlimit(resource.RLIMIT_AS, ({MEMORY_CAP}, {MEMORY_CAP}))"


@pytest.mark.parametrize("name", sorted(STORIES))
def test_the_game_survives_each_budget_under_a_memory_cap(tmp_path: Path, name: str) -> None:
    text, says = STORIES[name]
    map_path = fixture_map(tmp_path, text)
    profile = tmp_path / "profile"
    args = ["headless", "--map", str(map_path), "--ticks", "120", "--json", "--profile", str(profile)]
    done = run_game_after(CAP, args, tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    stopped = [line for line in done.stderr.splitlines() if "story thread stopped" in line]
    assert len(stopped) == 1 and says in stopped[0] and stopped[0].startswith(str(tmp_path / "story.yaml"))
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["outcome"] == "ticks" and result["ticks"] == 120, (
        "the session went on after the thread stopped"
    )
    peak_mb = int(done.stderr.split("PEAK_KB ")[1].split()[0]) / 1024
    assert peak_mb < 300, f"{peak_mb:.0f} MB"
    save = (profile / "data" / "save.json").read_text(encoding="utf-8")
    assert "Infinity" not in save and "NaN" not in save


def test_a_float_overflow_never_reaches_the_save(tmp_path: Path) -> None:
    """The story overflows a global; the autosave after it holds the last finite value and reads back."""
    from game.app import build_context
    from game.context import RunOptions
    from game.input.frame import InputFrame
    from game.profile import Profile
    from game.save import read_save
    from game.scenes.play import PlayScene
    from game.settings import Settings
    from game.sim.session import Session

    map_path = fixture_map(
        tmp_path,
        """
        scene: fixture
        vars: {x: {type: float, default: 10.0, global: true}}
        nodes:
          start:
            - set: {x: 'x * 1e300'}
            - wait: 1
            - goto: start
        """,
    )
    profile = Profile.at(tmp_path / "profile")
    ctx = build_context(RunOptions(headless=True, map_path=map_path), profile, Settings())
    ctx.log.echo = False
    import pygame

    from game.app import init_pygame

    init_pygame(headless=True)
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    play = PlayScene(ctx, Session.new(1), map_path=map_path)
    play.enter()
    canvas = pygame.Surface((640, 360))
    for _ in range(10):
        play.draw(canvas, 1.0)
        play.update(InputFrame())
    assert play.sim.runner is not None and play.sim.runner.fault is not None
    assert play.view is not None
    shown = play.view.hud.notice_text()
    assert shown == "The story stopped: story.yaml:6: '*' gave a number that is not finite (inf)", shown
    assert any("not finite" in m for m in ctx.log.messages), "the fault reached the log (and stderr)"
    play._autosave()
    assert ctx.log.unsaved is None, ctx.log.unsaved
    text = profile.save_path.read_text(encoding="utf-8")
    assert "Infinity" not in text and "NaN" not in text
    save, message = read_save(profile.save_path)
    assert save is not None, message
    values = save.session["globals"]["values"]  # type: ignore[index]
    assert values["x"] == 10.0 * 1e300, "the last finite value"
    assert sorted(os.listdir(profile.data)) == ["save.json"], "no temporary file is left"
