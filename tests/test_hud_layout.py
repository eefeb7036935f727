"""Layout rules (issue 12): the HUD (objective, status icons, pointers), the captions, the dialogue panel with
its choices and skip hint, and the camcorder's frame (REC, timecode, SP, battery, corner marks) each own a
region of the screen, and nothing one draws meets anything another draws, in either language at any text size.

Every HUD state is drawn for real (the HUD over a level, the viewfinder under it when filming) with the widest
words the game has in that language and size: the longest objective, line, options and captions of every
shipped story. Each drawer records the rects of the surfaces it actually blitted (``Hud.drawn``,
``Viewfinder.drawn``), and those are what is compared.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pygame
import pytest

from game.app import build_context
from game.captions import CUE_CAPTIONS, SOUND_CAPTIONS
from game.content.story_yaml import load_story
from game.context import Context, RunOptions
from game.i18n import Msg
from game.profile import Profile
from game.render.cube import CubeView
from game.render.hud import Hud
from game.render.text import TextSize
from game.render.viewfinder import Viewfinder
from game.settings import Settings
from game.sim.session import Session
from game.story.lines import LineKind, iter_units
from game.story.views import ChoiceView, LineView, OptionView
from tests.helpers import ROOT

STORIES = [load_story(p) for p in sorted((ROOT / "levels").glob("*.yaml"))]
SIZE = (640, 360)


@pytest.fixture(scope="module", autouse=True)
def _display() -> Iterator[None]:
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    yield


@dataclass
class State:
    """One HUD state: what the screen must show at once."""

    name: str
    objective: bool = False
    line: bool = False
    bark: bool = False
    """The line moves on by itself (the world does not stop; the objective stays up)."""
    choice: bool = False
    cutscene: bool = False
    captions: int = 0
    filming: bool = False
    camcorder: bool = False
    cube_off_screen: tuple[float, float] | None = None
    target_off_screen: tuple[float, float] | None = None
    speaker_low: bool = False
    tags: list[str] = field(default_factory=list)


def states() -> list[State]:
    """Every combination that can be on screen together."""
    out: list[State] = []
    for filming, carried in ((False, False), (False, True), (True, True)):
        for cube_at, target_at in (
            (None, None),
            ((-300.0, 40.0), (900.0, 500.0)),
            ((320.0, -400.0), (330.0, 900.0)),
            ((-50.0, -50.0), (700.0, -30.0)),
            ((690.0, 340.0), (-60.0, 380.0)),
        ):
            common = {"filming": filming, "camcorder": carried, "cube_off_screen": cube_at}
            out += [
                State("objective", objective=True, target_off_screen=target_at, **common),  # type: ignore[arg-type]
                State(
                    "objective+captions", objective=True, captions=3, target_off_screen=target_at, **common
                ),  # type: ignore[arg-type]
                State("bark", objective=True, line=True, bark=True, captions=3, **common),  # type: ignore[arg-type]
                State(
                    "bark, speaker low",
                    objective=True,
                    line=True,
                    bark=True,
                    captions=3,
                    speaker_low=True,
                    **common,
                ),  # type: ignore[arg-type]
                State("line", line=True, captions=3, **common),  # type: ignore[arg-type]
                State("line+choice", line=True, choice=True, captions=3, **common),  # type: ignore[arg-type]
                State("choice", choice=True, captions=3, **common),  # type: ignore[arg-type]
                State(
                    "line+choice, speaker low", line=True, choice=True, captions=3, speaker_low=True, **common
                ),  # type: ignore[arg-type]
                State("cutscene", cutscene=True, captions=3, **common),  # type: ignore[arg-type]
                State("cutscene line", cutscene=True, line=True, captions=3, **common),  # type: ignore[arg-type]
            ]
    return out


def widest(ctx: Context, texts: list[tuple[str, str]], n: int = 1) -> list[tuple[str, str]]:
    """The ``n`` (id, English) units whose text in the current language is widest at the current size."""
    text = ctx.art.text
    return sorted(texts, key=lambda u: -text.measure(ctx.i18n.tr(u[0], u[1]))[0])[:n]


def units(kind: LineKind) -> list[tuple[str, str]]:
    return [(u.id, u.text) for story in STORIES for u in iter_units(story) if u.kind is kind]


def fake_sim(ctx: Context, state: State) -> SimpleNamespace:
    """What the HUD reads from a level simulation, set to one state."""
    session = Session.new(1)
    session.ticks = 60 * 60 * 3 + 59
    session.bond = 0.8
    if state.camcorder:
        session.inventory.append("camcorder")
    objective_id, _objective_en = widest(ctx, units(LineKind.OBJECTIVE))[0]
    line_id, line_en = widest(ctx, units(LineKind.SAY))[0]
    options = widest(ctx, units(LineKind.OPTION), 3)
    story = next(st for st in STORIES if any(u.id == objective_id for u in iter_units(st)))
    feet_y = 350.0 if state.speaker_low else 180.0
    player = SimpleNamespace(name="dal", x=320.0, y=feet_y)
    partner = SimpleNamespace(name="byeol", x=336.0, y=feet_y)
    line = None
    if state.line:
        line = LineView(line_id, "byeol", line_en, {}, 1.0, False)
    choice = None
    if state.choice:
        choice = ChoiceView(tuple(OptionView(i, oid, en, {}) for i, (oid, en) in enumerate(options)))
    runner = SimpleNamespace(
        story=story,
        current_line=line,
        current_choice=choice,
        in_cutscene=state.cutscene,
        input_locked=state.cutscene,
        line_auto=30 if state.bark else 0,
    )
    target = state.target_off_screen or (330.0, 170.0)
    place = SimpleNamespace(center=target)
    return SimpleNamespace(
        session=session,
        runner=runner,
        objective=(objective_id, "trig_somewhere") if state.objective else None,
        talking=(state.line and not state.bark) or state.choice,
        camcorder=SimpleNamespace(charge=0.2),
        choice_cursor=0,
        world=SimpleNamespace(player=player, partner=partner),
        camera_target=None,
        level=SimpleNamespace(object_named=lambda name: place if name == "trig_somewhere" else None),
        host=None,
    )


def draw_state(ctx: Context, hud: Hud, finder: Viewfinder, state: State) -> list[tuple[str, pygame.Rect]]:
    """Draw one state as the level does (the viewfinder, then the HUD); every rect drawn, by region."""
    canvas = pygame.Surface(SIZE)
    canvas.fill((40, 50, 60))
    sim = fake_sim(ctx, state)
    hud.captions.clear()
    msgs: list[Msg] = [*CUE_CAPTIONS.values(), *SOUND_CAPTIONS.values()]
    text = ctx.art.text
    msgs.sort(key=lambda m: -text.measure(ctx.i18n.msg(m))[0])
    for i, msg in enumerate(msgs[: state.captions]):
        hud.captions.push(msg, side=(-1, 1, 0)[i % 3])
    drawn: list[tuple[str, pygame.Rect]] = []
    if state.filming:
        finder.amount = finder.target = 1.0
        finder.draw(canvas, sim.session.ticks, 0.2, recording=True)
        drawn += [("frame", r) for r in finder.drawn]
    cube = None
    if state.cube_off_screen is not None:
        cube = CubeView(state.cube_off_screen[0], state.cube_off_screen[1] + 96.0, 96.0, awareness=0.7)
    hud.draw(canvas, sim, cube, 0, filming=state.filming)  # type: ignore[arg-type]
    return drawn + hud.drawn


def collisions(drawn: list[tuple[str, pygame.Rect]]) -> list[str]:
    out = []
    for (a, ra), (b, rb) in itertools.combinations(drawn, 2):
        if a != b and ra.colliderect(rb):
            out.append(f"{a} {tuple(ra)} meets {b} {tuple(rb)}")
    return out


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_no_two_regions_meet_in_any_hud_state_language_or_text_size(lang: str, tmp_path: Path) -> None:
    ctx = build_context(RunOptions(headless=True, lang=lang), Profile.at(tmp_path / "p"), Settings())
    hud = Hud(ctx)
    finder = Viewfinder(text=ctx.art.text)
    checked = 0
    seen_regions: set[str] = set()
    problems: list[str] = []
    canvas_rect = pygame.Rect((0, 0), SIZE)
    for size in TextSize:
        ctx.art.text.set_size(size)
        for state in states():
            drawn = draw_state(ctx, hud, finder, state)
            seen_regions |= {name for name, _ in drawn}
            where = f"{lang}, {size.value}, {state.name}{' (filming)' if state.filming else ''}"
            problems += [f"{where}: {c}" for c in collisions(drawn)]
            problems += [
                f"{where}: {n} {tuple(r)} leaves the screen" for n, r in drawn if not canvas_rect.contains(r)
            ]
            checked += 1
    assert not problems, f"{len(problems)} overlaps, e.g.:\n" + "\n".join(problems[:12])
    # The check saw every region at work (it cannot pass by drawing nothing).
    assert seen_regions == {"frame", "status", "objective", "captions", "talk", "pointer", "marker"}, (
        seen_regions
    )
    assert checked == 3 * len(states())


def test_the_marker_follows_its_setting_and_stays_out_of_cutscenes(tmp_path: Path) -> None:
    off = Settings().with_value("objective_marker", False)
    for settings, cutscene, want in (
        (Settings(), False, True),
        (off, False, False),
        (Settings(), True, False),
    ):
        ctx = build_context(RunOptions(headless=True), Profile.at(tmp_path / "p"), settings)
        hud = Hud(ctx)
        state = State("marker", objective=True, cutscene=cutscene, target_off_screen=(1000.0, 180.0))
        drawn = draw_state(ctx, hud, Viewfinder(text=ctx.art.text), state)
        markers = [r for name, r in drawn if name == "marker"]
        assert bool(markers) == want, (settings.objective_marker, cutscene, drawn)
        if markers:
            assert markers[0].centerx > 560, "it points right, toward the objective, from the right edge"
