"""The endings: each runs headless and draws from the tick alone, the same length in every language, with the
memories kept on the tape, sounds on their ticks, nothing flashing, and the session left as it was."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import numpy as np
import pygame
import pytest

from game.app import build_context
from game.context import Context, RunOptions
from game.i18n import LANGUAGES
from game.input.frame import Action, InputFrame
from game.profile import Profile
from game.render.ending_timeline import MEMORIES, TAPE_SLOT, PhaseKind, kept_memories, timeline
from game.scene import Quit
from game.scenes.ending import CREDITS_TICKS, ENDINGS, EndingScene, closing_ticks
from game.settings import Settings
from game.sim.session import Session
from tools.flash_check import FlashMeter

TAPE_START = 240
"""Where the together tape's first memory starts (after the white)."""


@pytest.fixture(scope="module", autouse=True)
def _display() -> Iterator[None]:
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    yield


def session(kept: str = "1111", ticks: int = 60 * 60 * 30) -> Session:
    """A finished session that kept the memories marked ``1`` (tape order)."""
    s = Session.new(seed=4)
    s.ticks = ticks
    for (flag, _), mark in zip(MEMORIES, kept, strict=True):
        s.story_globals.values[flag] = mark == "1"
    return s


def make_ctx(tmp_path: Path, lang: str | None = None, **settings: bool) -> Context:
    return build_context(
        RunOptions(headless=True, lang=lang), Profile.at(tmp_path / "p"), Settings(**settings)
    )


def scene(
    tmp_path: Path, ending: str, kept: str = "1111", lang: str | None = None, **settings: bool
) -> EndingScene:
    s = EndingScene(make_ctx(tmp_path, lang, **settings), session(kept), ending)
    s.enter()
    return s


def run_to(s: EndingScene, tick: int) -> None:
    while s.tick < tick:
        assert s.update(InputFrame()) is None


def frame_at(s: EndingScene, tick: int) -> np.ndarray:
    """The decoded pixels of the frame at ``tick``."""
    run_to(s, tick)
    canvas = pygame.Surface((640, 360))
    s.draw(canvas, 1.0)
    return pygame.surfarray.array3d(canvas).astype(np.int16)


# -- the timelines (pure) ------------------------------------------------------------------------------------


def test_the_tape_holds_what_was_kept_and_static_where_it_was_left() -> None:
    tape = timeline("together", (True, False, True, False), 9000)
    slots = [p for p in tape.phases if TAPE_START <= p.start < TAPE_START + 4 * TAPE_SLOT]
    assert [(p.kind, p.shot) for p in slots] == [
        (PhaseKind.SHOT, "arch"),
        (PhaseKind.STATIC, ""),
        (PhaseKind.SHOT, "kitchen"),
        (PhaseKind.STATIC, ""),
    ]
    assert all(p.mark == "PLAY" for p in slots)
    now = [p for p in tape.phases if p.shot == "now"]
    assert [p.mark for p in now] == ["PLAY", "PAUSE"], "them, now, at the end of the tape; then it pauses"
    assert now[0].tape_time(now[0].start) == 9000, "the tape's last footage is the session's own timecode"
    assert [s.name for s in tape.sounds if s.name == "glitch"] == ["glitch", "glitch"], "static heard twice"
    assert tape.length == timeline("together", (False,) * 4, 9000).length, "one length, whatever was kept"


def test_kept_memories_read_the_story_globals() -> None:
    values: dict[str, object] = {"kept_wedding": True, "kept_old": True, "kept_home": False}
    assert kept_memories(values) == (True, False, False, True)
    assert kept_memories({}) == (False,) * 4


def test_every_phase_follows_the_last_and_words_fit_inside_the_sequence() -> None:
    for ending in ENDINGS:
        line = timeline(ending, (True,) * 4, 600)
        assert line.phases[0].start == 0 and line.phases[0].kind is PhaseKind.WHITE, (
            "every ending starts white"
        )
        for a, b in pairwise(line.phases):
            assert a.end == b.start
        assert all(w.start >= 0 and w.start + w.ticks <= line.length for w in line.words)
        assert all(0 < s.tick < line.length for s in line.sounds)


# -- the scene, headless -------------------------------------------------------------------------------------


@pytest.mark.parametrize("ending", ENDINGS)
def test_each_ending_runs_headless_and_draws_then_the_credits_end_the_run(
    tmp_path: Path, ending: str
) -> None:
    s = scene(tmp_path, ending, kept="1010")
    canvas = pygame.Surface((640, 360))
    result = None
    while result is None:
        result = s.update(InputFrame())
        if s.tick % 37 == 0 or s.tick in (1, s.closing_ticks - 1, s.closing_ticks, s.closing_ticks + 1):
            s.draw(canvas, 0.5)
    assert isinstance(result, Quit)
    assert s.tick == closing_ticks(session("1010"), ending) + CREDITS_TICKS


@pytest.mark.parametrize("ending", ENDINGS)
def test_an_ending_takes_the_same_ticks_in_every_language(tmp_path: Path, ending: str) -> None:
    lengths = set()
    for lang in LANGUAGES:
        s = scene(tmp_path / lang, ending, lang=lang)
        canvas = pygame.Surface((640, 360))
        while s.update(InputFrame()) is None:
            if s.tick % 97 == 0:
                s.draw(canvas, 1.0)  # drawing the words in a language never changes the timing
        lengths.add(s.tick)
    assert len(lengths) == 1, lengths


def test_confirm_skips_only_the_credits(tmp_path: Path) -> None:
    s = scene(tmp_path, "remember")
    press = InputFrame(pressed=Action.CONFIRM)
    for _ in range(s.closing_ticks):
        assert s.update(press) is None, "the sequence itself is not skipped"
    assert isinstance(s.update(press), Quit)


def test_the_middles_of_the_three_endings_look_different(tmp_path: Path) -> None:
    middles = {}
    for ending in ENDINGS:
        s = scene(tmp_path / ending, ending)
        middles[ending] = frame_at(s, s.closing_ticks // 2)
    for a in ENDINGS:
        for b in ENDINGS:
            if a < b:
                diff = np.abs(middles[a] - middles[b]).mean()
                assert diff > 20, f"{a} and {b} look alike in the middle ({diff:.1f})"


def test_a_frame_depends_on_the_tick_alone(tmp_path: Path) -> None:
    for ending, tick in (("together", TAPE_START + 60), ("remember", 700), ("overlap", 520)):
        watched = scene(tmp_path / f"{ending}-a", ending)
        canvas = pygame.Surface((640, 360))
        while watched.tick < tick:
            watched.update(InputFrame())
            watched.draw(canvas, 1.0)  # drawn every frame on the way
        fresh = scene(tmp_path / f"{ending}-b", ending)
        assert np.array_equal(frame_at(fresh, tick), pygame.surfarray.array3d(canvas).astype(np.int16)), (
            ending
        )


def test_a_kept_memory_is_footage_and_a_left_one_is_static(tmp_path: Path) -> None:
    middle = TAPE_START + TAPE_SLOT // 2
    kept = frame_at(scene(tmp_path / "kept", "together", kept="1000"), middle)
    left = frame_at(scene(tmp_path / "left", "together", kept="0000"), middle)
    # The wedding is on grass in the sun; static is grey: green stands out of red and blue only in footage.
    green = lambda px: (px[:, :, 1] - (px[:, :, 0] + px[:, :, 2]) / 2).mean()  # noqa: E731
    assert green(kept) > 15 > green(left)


def test_the_ending_never_changes_the_session(tmp_path: Path) -> None:
    s = scene(tmp_path, "together")
    before = s.session.to_save()
    canvas = pygame.Surface((640, 360))
    for _ in range(s.closing_ticks + 10):
        s.update(InputFrame())
        if s.tick % 50 == 0:
            s.draw(canvas, 1.0)
    assert s.session.to_save() == before


class FakeAudio:
    """Notes what the scene asks of the mixer."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, str, str]] = []
        self.tick = 0

    def play(self, name: str, volume: float = 1.0) -> bool:
        self.calls.append((self.tick, "play", name))
        return True

    def start_loop(self, name: str, volume: float = 1.0) -> None:
        self.calls.append((self.tick, "start", name))

    def stop_loop(self, name: str, fade_ms: int = 200) -> None:
        self.calls.append((self.tick, "stop", name))

    def play_music(self, name: str | None) -> None:
        self.calls.append((self.tick, "music", name or ""))

    def stop_hum(self) -> None:
        self.calls.append((self.tick, "hum", ""))


def test_sounds_play_on_their_ticks(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    audio = FakeAudio()
    ctx.audio = audio  # type: ignore[assignment]
    s = EndingScene(ctx, session("0100"), "together")
    s.enter()
    while s.tick < s.closing_ticks:
        audio.tick = s.tick + 1
        s.update(InputFrame())
    names = [(kind, name) for _, kind, name in audio.calls]
    assert names[:2] == [("music", "ending"), ("hum", "")]
    assert ("start", "cam_whir") in names and ("stop", "cam_whir") in names
    static = [t for t, kind, name in audio.calls if name == "glitch"]
    assert static == [TAPE_START + i * TAPE_SLOT for i in (0, 2, 3)], "static where the memories were left"
    s.leave()
    assert audio.calls[-1][1:] == ("stop", "cam_whir")


def test_the_survivor_walks_to_his_footsteps(tmp_path: Path) -> None:
    line = timeline("remember", (False,) * 4, 0)
    steps = [s.tick for s in line.sounds if s.name.startswith("step")]
    assert len(steps) > 15 and all(b - a >= 24 for a, b in pairwise(steps))
    a = frame_at(scene(tmp_path / "a", "remember"), steps[3])
    b = frame_at(scene(tmp_path / "b", "remember"), steps[12])
    assert np.abs(a - b).mean() > 1, "he has moved on"


@pytest.mark.parametrize(
    ("ending", "reduce"),
    [(e, False) for e in ENDINGS]
    + [("together", True)],  # only the tape's static changes with reduce-flashing
)
def test_no_ending_flashes(tmp_path: Path, ending: str, reduce: bool) -> None:
    s = scene(tmp_path, ending, kept="1010", reduce_flashing=reduce)
    meter = FlashMeter()
    canvas = pygame.Surface((640, 360))
    while s.tick < s.closing_ticks + 60:
        s.update(InputFrame())
        s.draw(canvas, 1.0)
        meter.add(canvas)
    assert meter.max_flashes_per_second() <= 1, "white-outs and cuts are fades, far under three a second"
