"""The four scenes played headless through the real loop by the game's bot, following their objectives.

The bot (``game.bot``) plays as a person would: it follows each objective's target along the nav grid (through
the camcorder's dream view where only the dream has floor), reads lines, keeps out of the light, and at a target
does what the story waits for. Here its choices are steered by a policy, so each scene's branches and each ending
are reached on purpose; an observer notes what the story asked for and what the last input was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from game.app import HeadlessOptions, HeadlessResult, run_headless
from game.bot.driver import Bot
from game.bot.talk import Talk
from game.context import Context, RunOptions
from game.input.frame import Action, InputFrame
from game.scene import SceneStack
from game.sim.level_sim import LevelSim
from game.sim.session import Session
from game.story.expr import calls_in, names_in
from game.story.model import Until
from game.story.thread import Wait
from game.story.views import ChoiceView

Policy = Callable[[ChoiceView], int]
"""Picks an option: returns its position among the options offered."""


def first_option(choice: ChoiceView) -> int:
    """The first option offered."""
    return 0


def prefer(*endings: str) -> Policy:
    """The first offered option whose id ends with one of ``endings`` (in that order of preference), else the first."""

    def pick(choice: ChoiceView) -> int:
        for wanted in endings:
            for position, option in enumerate(choice.options):
                if option.id.endswith(wanted):
                    return position
        return 0

    return pick


class SteeredTalk(Talk):
    """The bot's dialogue hands, choosing by a policy instead of by lot."""

    def __init__(self, talk: Talk, policy: Policy) -> None:
        super().__init__(talk.rng, talk.read_ticks)
        self.policy = policy

    def choose(self, view: ChoiceView, cursor: int) -> InputFrame:
        """Move to the policy's option, then confirm (as the bot does for its own pick)."""
        key = tuple(option.id for option in view.options)
        if key != self.choice_key:
            self.choice_key = key
            self.pick = self.policy(view)
        return super().choose(view, cursor)


def waited_for(sim: LevelSim) -> set[str]:
    """The world values (and ``item`` for ``has(...)``) the story's ``until`` is waiting for."""
    runner = sim.runner
    if runner is None or runner.wait is not Wait.UNTIL or not runner.frames:
        return set()
    frame = runner.frames[-1]
    step = runner.code[frame.node].instrs[frame.pc]
    if not isinstance(step, Until):
        return set()
    names = set(names_in(step.cond))
    if any(call.name == "has" for call in calls_in(step.cond)):
        names.add("item")
    return names


@dataclass(slots=True)
class Trace:
    """What the story asked of the player, and the player's last input in a level."""

    objectives: list[str] = field(default_factory=list)
    waited: list[str] = field(default_factory=list)
    nodes: list[str] = field(default_factory=list)
    """Story nodes in the order they first ran."""
    lines: list[str] = field(default_factory=list)
    last_input: str = ""


class Observer:
    """The frame source: the bot plays; this notes the objectives, waits, nodes, lines and the last input."""

    def __init__(self, stack: SceneStack, seed: int, policy: Policy) -> None:
        self.stack = stack
        self.bot = Bot(stack, seed)
        self.bot.talk = SteeredTalk(self.bot.talk, policy)
        self.trace = Trace()
        self.waiting_at: tuple[str, int] | None = None

    def next_frame(self) -> InputFrame:
        """The bot's frame, noted."""
        frame = self.bot.next_frame()
        sim = getattr(self.stack.top, "sim", None)
        if isinstance(sim, LevelSim) and sim.runner is not None:
            self._note(sim, frame)
        return frame

    def _note(self, sim: LevelSim, frame: InputFrame) -> None:
        trace, runner = self.trace, sim.runner
        assert runner is not None
        if sim.objective is not None and (not trace.objectives or trace.objectives[-1] != sim.objective[0]):
            trace.objectives.append(sim.objective[0])
        if runner.frames:
            where = (runner.frames[-1].node, runner.frames[-1].pc)
            if where[0] not in trace.nodes:
                trace.nodes.append(where[0])
            need = waited_for(sim)
            if need and where != self.waiting_at:
                self.waiting_at = where
                trace.waited.extend(sorted(need))
        line = runner.current_line
        if line is not None and line.id not in trace.lines:
            trace.lines.append(line.id)
        if frame.pressed & Action.HANDS:
            trace.last_input = "hands"
        elif frame.pressed & Action.CONFIRM and runner.current_choice is not None:
            trace.last_input = "choice"
        elif frame.pressed & Action.CONFIRM and line is not None:
            trace.last_input = f"line {line.id}"
        elif frame.pressed:
            trace.last_input = str(frame.pressed)


@dataclass(slots=True)
class Run:
    """A finished run: the summary, what was noted, the session."""

    result: HeadlessResult
    trace: Trace
    choices: list[str]
    session: Session | None


def play_scene(
    scene: str | None,
    policy: Policy = first_option,
    ticks: int = 60 * 60 * 15,
    seed: int = 3,
    setup: Callable[[Session], None] | None = None,
) -> Run:
    """Play ``scene`` (None: the whole game from the title) headless with the bot, steered by ``policy``."""
    observers: list[Observer] = []
    contexts: list[Context] = []

    def source(ctx: Context, stack: SceneStack) -> Observer:
        session = ctx.log.session
        if setup is not None and session is not None:
            setup(session)
        contexts.append(ctx)
        observers.append(Observer(stack, seed, policy))
        return observers[0]

    options = RunOptions(seed=seed, headless=True, scene=scene, stop_on_exit=scene is not None)
    result = run_headless(options, HeadlessOptions(ticks=ticks, source=source))
    observer = observers[0]
    return Run(result, observer.trace, observer.bot.choices, contexts[0].log.session)


def globals_of(run: Run) -> dict[str, object]:
    """The story's global flags at the end of a run."""
    assert run.session is not None
    return dict(run.session.story_globals.values)


def in_order(seen: list[str], wanted: list[str]) -> bool:
    """True when ``wanted`` appear in ``seen`` in this order (others may come between)."""
    it = iter(seen)
    return all(any(s == w for s in it) for w in wanted)


def test_the_forest_is_played_from_the_chase_to_the_highway() -> None:
    run = play_scene("forest")
    assert (run.result.outcome, run.result.exit) == ("exit", "mall")
    assert in_order(
        run.trace.objectives,
        ["forest.obj.run", "forest.obj.ash", "forest.obj.stay", "forest.obj.north", "forest.obj.hand",
         "forest.obj.highway", "forest.obj.mall"],
    )  # fmt: skip
    assert in_order(
        run.trace.nodes,
        ["opening", "first_brush", "brush_breath", "stream", "light_finds_us", "light_on_us", "ash_after",
         "hold_hands", "highway_sight"],
    )  # fmt: skip
    assert "light_missed" not in run.trace.nodes
    assert "hidden" in run.trace.waited
    assert in_order(run.trace.lines, ["forest.hands.take", "forest.hands.quieter"]), "her hand, taken"
    flags = globals_of(run)
    assert flags["shoelace"] is True
    assert flags["dal_saved_byeol"] is True, "the light found them in the ash and Dal pulled her into cover"
    assert run.trace.lines[-1] == "forest.highway.enough", "the last look is the dead sign"


def test_the_mall_is_played_through_the_heap_and_the_camcorder_to_the_roof() -> None:
    run = play_scene("mall")
    assert (run.result.outcome, run.result.exit) == ("exit", "fantasy")
    assert in_order(
        run.trace.objectives,
        ["mall.obj.inside", "mall.obj.sit", "mall.obj.clothes", "mall.obj.heap", "mall.obj.out",
         "mall.obj.electronics", "mall.obj.look", "mall.obj.door", "mall.obj.roof"],
    )  # fmt: skip
    assert in_order(run.trace.waited, ["hidden", "item", "filming"])
    assert run.choices == ["mall.food.c_sad"]
    assert run.session is not None and "camcorder" in run.session.inventory
    flags = globals_of(run)
    assert flags["laughed"] is True and flags["byeol_saved_dal"] is True
    assert {"mall.look.white", "mall.door.there", "mall.roof.up"} <= set(run.trace.lines)


@pytest.mark.parametrize(
    ("policy", "kept", "stayed", "last_line"),
    [
        (prefer("keep", "c_wake"), True, False, "fantasy.wake.too"),
        (prefer("leave", "c_stay"), False, True, "fantasy.sun.one"),
    ],
)
def test_the_dream_is_played_memory_by_memory_until_it_breaks(
    policy: Policy, kept: bool, stayed: bool, last_line: str
) -> None:
    run = play_scene("fantasy", policy=policy)
    assert (run.result.outcome, run.result.exit) == ("exit", "confrontation")
    assert run.trace.objectives == [
        "fantasy.obj.arch", "fantasy.obj.home", "fantasy.obj.breakfast", "fantasy.obj.bench", "fantasy.obj.hill",
        *(["fantasy.obj.hand"] if not stayed else []),
    ]  # fmt: skip
    assert run.trace.lines[-1] == last_line
    flags = globals_of(run)
    assert [flags[f"kept_{m}"] for m in ("wedding", "home", "morning", "old")] == [kept] * 4
    assert flags["stayed_in_dream"] is stayed
    assert run.session is not None and ({"ring", "photo", "flower"} <= set(run.session.inventory)) is kept


def preset(bond: float, kept: int, stayed: bool = False) -> Callable[[Session], None]:
    """Start the confrontation as if the earlier scenes had left this bond and these kept memories."""

    def setup(session: Session) -> None:
        session.bond = bond
        for name in ("kept_wedding", "kept_home", "kept_morning", "kept_old")[:kept]:
            session.story_globals.values[name] = True
        session.story_globals.values["stayed_in_dream"] = stayed

    return setup


@pytest.mark.parametrize(
    ("setup", "policy", "ending"),
    [
        (preset(0.9, 0), first_option, "together"),
        (preset(0.7, 4), first_option, "overlap"),
        (preset(0.5, 0), first_option, "remember"),
        (preset(0.8, 4, stayed=True), first_option, "remember"),
        (preset(0.9, 0), prefer("c_shield"), "remember"),
    ],
)
def test_each_ending_is_reached_and_the_last_input_is_taking_her_hand(
    setup: Callable[[Session], None], policy: Policy, ending: str
) -> None:
    run = play_scene("confrontation", policy=policy, setup=setup)
    assert (run.result.outcome, run.result.ending) == ("ending", ending)
    assert run.trace.objectives[0] == "confrontation.obj.reach"
    assert run.trace.objectives[-1] == "confrontation.obj.hand"
    assert {"confrontation.meet.hi", "confrontation.stand.kept"} <= set(run.trace.lines)
    assert run.trace.last_input == "hands"


def test_the_whole_game_from_the_title_to_an_ending() -> None:
    run = play_scene(None, policy=prefer("c_shoe", "keep", "c_wake"), ticks=60 * 60 * 20)
    assert run.result.outcome == "ending"
    assert run.result.scenes == ["forest", "mall", "fantasy", "confrontation"]
    assert run.result.ending == "overlap", "every memory kept, awake, close: the dream and the waste overlap"
    flags = globals_of(run)
    assert flags["shoelace_tied"] is True
    assert run.trace.last_input == "hands"
