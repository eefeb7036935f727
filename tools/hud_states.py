"""The HUD's states, drawn as the level draws them: for the layout test (``tests/test_hud_layout.py``) and the
contact sheet (``tools/screenshots.py``).

Each :class:`State` is a combination that can be on screen at once (an objective, a bark, a line, choices, a
cutscene's skip hint, captions, the camcorder's frame, the Cube or the objective off screen). :func:`draw_state`
draws one over a canvas with the widest words the game has in the current language and text size (the longest
objective, line, options and captions of every shipped story) and returns every rect drawn, by region.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.captions import CUE_CAPTIONS, SOUND_CAPTIONS
from game.content.story_yaml import load_story
from game.context import Context
from game.i18n import Msg
from game.render.hud import Hud, Staging
from game.render.viewfinder import Viewfinder
from game.story.lines import LineKind, iter_units
from game.story.model import Story
from game.story.views import ChoiceView, LineView, OptionView
from game.view.player_view import ActorView, EyeView, MapView, ObjectiveView, PlayerView, TalkView

ROOT = Path(__file__).resolve().parent.parent
SIZE = (640, 360)
_stories: list[Story] = []


def stories() -> list[Story]:
    """Every shipped story (read once)."""
    if not _stories:
        _stories.extend(load_story(p) for p in sorted((ROOT / "levels").glob("*.yaml")))
    return _stories


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
    at_hide_spot: bool = False
    """The player stands at a hide spot: the interact prompt shows."""
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
                State(
                    "hide prompt",
                    objective=True,
                    captions=3,
                    at_hide_spot=True,
                    target_off_screen=target_at,
                    **common,
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


_widest: dict[tuple[object, ...], list[tuple[str, str]]] = {}
_captions: dict[tuple[object, ...], list[Msg]] = {}


def widest(ctx: Context, texts: list[tuple[str, str]], n: int = 1) -> list[tuple[str, str]]:
    """The ``n`` (id, English) units whose text in the current language is widest at the current size (measured
    once per language, size and set of units)."""
    text = ctx.art.text
    key = (ctx.i18n.lang, text.size, tuple(texts), n)
    if key not in _widest:
        _widest[key] = sorted(texts, key=lambda u: -text.measure(ctx.i18n.tr(u[0], u[1]))[0])[:n]
    return _widest[key]


def widest_captions(ctx: Context) -> list[Msg]:
    """Every caption, the widest first in the current language and size."""
    text = ctx.art.text
    key = (ctx.i18n.lang, text.size, "captions")
    if key not in _captions:
        msgs: list[Msg] = [*CUE_CAPTIONS.values(), *SOUND_CAPTIONS.values()]
        _captions[key] = sorted(msgs, key=lambda m: -text.measure(ctx.i18n.msg(m))[0])
    return _captions[key]


def units(kind: LineKind) -> list[tuple[str, str]]:
    return [(u.id, u.text) for story in stories() for u in iter_units(story) if u.kind is kind]


TIMECODE = 60 * 60 * 3 + 59
"""The timecode shown: three minutes in (the widest digits are all the same width)."""


def fake_view(ctx: Context, state: State) -> tuple[PlayerView, Staging]:
    """What the player sees in one state (the HUD reads only this), and where things stand on the canvas."""
    objective_id, objective_en = widest(ctx, units(LineKind.OBJECTIVE))[0]
    line_id, line_en = widest(ctx, units(LineKind.SAY))[0]
    options = widest(ctx, units(LineKind.OPTION), 3)
    feet_y = 350.0 if state.speaker_low else 180.0
    player = ActorView("dal", 320.0, feet_y, False, False, False, False, 0)
    partner = ActorView("byeol", 336.0, feet_y, False, False, False, False, 0)
    line = LineView(line_id, "byeol", line_en, {}, 1.0, False) if state.line else None
    choice = None
    if state.choice:
        choice = ChoiceView(tuple(OptionView(i, oid, en, {}) for i, (oid, en) in enumerate(options)))
    objective = None
    if state.objective:
        objective = ObjectiveView(
            objective_id, LineView(objective_id, "", objective_en, {}, 1.0, False), None
        )
    view = PlayerView(
        tick=TIMECODE,
        map=MapView("forest", 1, 1, 16, b"\x00", b"\x00", False, {"dal": "Dal", "byeol": "Byeol"}),
        camera=(0.0, 0.0, SIZE[0], SIZE[1]),
        tiles=(0, 0, 1, 1),
        player=player,
        partner=partner,
        filming=state.filming,
        holding_hands=False,
        light=None,
        eye=EyeView.of(0.7) if state.cube_off_screen is not None else None,
        hum=None,
        places=(),
        objective=objective,
        talk=TalkView(line, not state.bark, choice, 0, state.cutscene),
        inventory=("camcorder",) if state.camcorder else (),
        battery=0.2,
        battery_to_film=True,
        bond=0.8,
        timecode=TIMECODE,
        music="",
        cues=(),
    )
    subjects = [(partner.x, partner.y)] if state.line else []
    staging = Staging(state.target_off_screen or (330.0, 170.0), subjects, state.at_hide_spot)
    return view, staging


def draw_state(
    ctx: Context, hud: Hud, finder: Viewfinder, state: State, canvas: pygame.Surface | None = None
) -> list[tuple[str, pygame.Rect]]:
    """Draw one state as the level does (the viewfinder, then the HUD) over ``canvas`` (a plain field when
    none is given); every rect drawn, by region."""
    if canvas is None:
        canvas = pygame.Surface(SIZE)
        canvas.fill((40, 50, 60))
    view, staging = fake_view(ctx, state)
    hud.captions.clear()
    msgs = widest_captions(ctx)
    for i, msg in enumerate(msgs[: state.captions]):
        hud.captions.push(msg, side=(-1, 1, 0)[i % 3])
    drawn: list[tuple[str, pygame.Rect]] = []
    if state.filming:
        finder.amount = finder.target = 1.0
        finder.draw(canvas, TIMECODE, 0.2, recording=True)
        drawn += [("frame", r) for r in finder.drawn]
    hud.draw(canvas, view, state.cube_off_screen, 0, filming=state.filming, staging=staging)
    return drawn + hud.drawn


def collisions(drawn: list[tuple[str, pygame.Rect]]) -> list[str]:
    out = []
    for (a, ra), (b, rb) in itertools.combinations(drawn, 2):
        if a != b and ra.colliderect(rb):
            out.append(f"{a} {tuple(ra)} meets {b} {tuple(rb)}")
    return out
