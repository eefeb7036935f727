"""The four scenes played headless through the real loop by the game's bot, following their objectives.

The bot (``game.bot``) plays as a person would: it follows each objective's target along the nav grid (through
the camcorder's dream view where only the dream has floor), reads lines, keeps out of the light, and at a target
does what the story waits for. Here its choices are steered by a policy, so each scene's branches and each ending
are reached on purpose; an observer notes what the story asked for and what the last input was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from game.app import HeadlessOptions, HeadlessResult, run_headless
from game.bot.driver import Bot
from game.bot.talk import CONFIRM, Talk
from game.content.story_yaml import load_story
from game.content.tiled import load_level
from game.context import Context, RunOptions
from game.input.frame import IDLE, Action, InputFrame
from game.scene import SceneStack
from game.sim.level_sim import LevelSim
from game.sim.session import Session
from game.story.expr import calls_in, names_in
from game.story.model import Until
from game.story.thread import Wait
from game.story.views import ChoiceView

LEVELS = Path(__file__).resolve().parent.parent / "levels"
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

    def __init__(self, stack: SceneStack, seed: int, policy: Policy, curious: bool = False) -> None:
        self.stack = stack
        self.bot = Bot(stack, seed, curious=curious)
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
    curious: bool = False,
) -> Run:
    """Play ``scene`` (None: the whole game from the title) headless with the bot, steered by ``policy``;
    ``curious``: the bot also goes to the places found by looking."""
    observers: list[Observer] = []
    contexts: list[Context] = []

    def source(ctx: Context, stack: SceneStack) -> Observer:
        session = ctx.log.session
        if setup is not None and session is not None:
            setup(session)
        contexts.append(ctx)
        observers.append(Observer(stack, seed, policy, curious))
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
        ["forest.obj.run", "forest.obj.log", "forest.obj.to_trees", "forest.obj.hide_brush", "forest.obj.ford",
         "forest.obj.ash", "forest.obj.stay", "forest.obj.hollow", "forest.obj.north", "forest.obj.hand",
         "forest.obj.clearing_brush", "forest.obj.highway", "forest.obj.road", "forest.obj.car",
         "forest.obj.mall", "forest.obj.drain", "forest.obj.mall_end"],
    )  # fmt: skip
    assert in_order(
        run.trace.nodes,
        ["opening", "light_ahead", "log_hold", "first_brush", "brush_breath", "stream", "stream_pass",
         "light_finds_us", "light_on_us", "ash_after", "hollow", "hold_hands", "clearing_hold", "highway_sight",
         "highway",
         "under_car", "road_east", "drain_hold"],
    )  # fmt: skip
    assert "light_missed" not in run.trace.nodes
    assert not {"camp", "wreck"} & set(run.trace.nodes), "the detours are found by looking, never pointed at"
    assert "hidden" in run.trace.waited
    assert in_order(run.trace.lines, ["forest.hands.take", "forest.hands.quieter"]), "her hand, taken"
    assert in_order(run.trace.lines, ["forest.ford.watch", "forest.stream.tree", "forest.highway.enough"])
    assert len(run.choices) == 1 and run.choices[0].startswith("forest.hollow.c_"), (
        "one choice: in the hollow"
    )
    flags = globals_of(run)
    assert flags["shoelace"] is True
    assert flags["dal_saved_byeol"] is True, "the light found them in the ash and Dal pulled her into cover"
    assert run.trace.lines[-1] == "forest.drain.match", "the last words are in the road, out of the drain"


def test_the_mall_is_played_through_the_heap_and_the_camcorder_to_the_roof() -> None:
    """The mall's beats in order. Through the camcorder the door to the roof can be found before the fountain
    the marks lead to (the ``dream_door`` node sets ``fountain_done``): a bot that looks, rather than knowing
    where the fountain is, may take that way, and then the fountain and the dress are passed by."""
    run = play_scene("mall")
    assert (run.result.outcome, run.result.exit) == ("exit", "fantasy")
    before_marks = [
        "mall.obj.inside", "mall.obj.car", "mall.obj.car_out", "mall.obj.inside_walk", "mall.obj.awning",
        "mall.obj.sit", "mall.obj.clothes", "mall.obj.warm", "mall.obj.heap", "mall.obj.out", "mall.obj.catwalk",
        "mall.obj.electronics", "mall.obj.pick", "mall.obj.look", "mall.obj.battery", "mall.obj.counter",
        "mall.obj.counter_out", "mall.obj.battery_find", "mall.obj.marks",
    ]  # fmt: skip
    by_the_fountain = "mall.obj.dress" in run.trace.objectives
    after_marks = (
        [
            "mall.obj.dress",
            "mall.obj.heap_again",
            "mall.obj.out_again",
            "mall.obj.door_after_dress",
            "mall.obj.roof",
        ]
        if by_the_fountain
        else ["mall.obj.roof"]
    )
    assert in_order(run.trace.objectives, before_marks + after_marks), run.trace.objectives
    assert run.trace.objectives[-1] == "mall.obj.roof"
    assert run.session is not None and {"camcorder", "battery"} <= set(run.session.inventory)
    flags = globals_of(run)
    assert flags["laughed"] is True
    assert run.choices[:3] == ["mall.food.c_sad", "mall.heap.c_keep", "mall.speaker.c_hum"]
    lines = ["mall.look.white", "mall.battery.more", "mall.speaker.best"]
    if by_the_fountain:
        assert in_order(run.trace.waited, ["hidden", "hidden", "hidden", "item", "filming", "hidden", "item"])
        assert run.choices[3:] == ["mall.fountain.c_stop"] and flags["byeol_saved_dal"] is True
        lines += ["mall.fountain.wish", "mall.dress.mine", "mall.again.light", "mall.door.there"]
    else:
        assert in_order(run.trace.waited, ["hidden", "hidden", "hidden", "item", "filming", "hidden", "item"])
        assert "dream_door" in run.trace.nodes and "fountain" not in run.trace.nodes
        lines.insert(2, "mall.door.there")
    assert in_order(run.trace.lines, [*lines, "mall.hole.walking", "mall.roof.up"]), run.trace.lines
    assert not {"menu", "booth", "toys"} & set(run.trace.nodes), "the other shops are found by looking"


def test_the_photo_booth_talks_once_in_the_ruin_and_once_through_the_camcorder() -> None:
    story = load_story(LEVELS / "mall.yaml")
    level = load_level(LEVELS / "mall.tmx")
    sim = LevelSim(level, Session.new(1), 7, story)
    booth = level.object_named("trig_booth")
    assert booth is not None
    heard: list[str] = []

    def visit(filming: bool) -> None:
        sim.world.dream = sim.camcorder.filming = filming
        for actor in (sim.world.player, sim.world.partner):
            actor.place(booth.x - 24.0, booth.y + 8.0)
        sim.step(IDLE)
        for actor in (sim.world.player, sim.world.partner):
            actor.place(*booth.center)
        for _ in range(600):
            line = sim.runner.current_line if sim.runner is not None else None
            if line is not None and line.id not in heard:
                heard.append(line.id)
            choice = sim.runner.current_choice if sim.runner is not None else None
            sim.step(CONFIRM if (choice is not None or line is not None) and sim.tick % 2 else IDLE)

    sim.host.give("camcorder")
    visit(filming=False)
    visit(filming=False)
    visit(filming=True)
    visit(filming=True)
    assert heard.count("mall.booth.four") == 1 and heard.count("mall.booth.lit") == 1
    assert heard.index("mall.booth.four") < heard.index("mall.booth.lit")


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
    walked = [
        "fantasy.obj.arch", "fantasy.obj.aisle", "fantasy.obj.under_arch", "fantasy.obj.gate", "fantasy.obj.home",
        "fantasy.obj.walls", "fantasy.obj.bedroom", "fantasy.obj.breakfast", "fantasy.obj.table",
        "fantasy.obj.step", "fantasy.obj.bench", "fantasy.obj.water", "fantasy.obj.bridge", "fantasy.obj.over",
        "fantasy.obj.hill", *(["fantasy.obj.tree"] if not stayed else []),
    ]  # fmt: skip
    # "Take her hand" flashes past unseen when their hands are already joined.
    hands = {"fantasy.obj.wed_hand", "fantasy.obj.old_hand", "fantasy.obj.hand"}
    assert [o for o in run.trace.objectives if o not in hands] == walked
    assert (
        "fantasy.obj.hand" in run.trace.objectives
    ) is not stayed or "fantasy.wake.wanted" in run.trace.lines
    assert in_order(
        run.trace.lines,
        ["fantasy.wedding.petal", "fantasy.home.colour", "fantasy.morning.light", "fantasy.old.square",
         "fantasy.hill.birds", "fantasy.sun.corners"],
    ), "the dream goes wrong a little more at each memory, then the sun has corners"  # fmt: skip
    assert run.trace.lines[-1] == last_line
    flags = globals_of(run)
    assert [flags[f"kept_{m}"] for m in ("wedding", "home", "morning", "old")] == [kept] * 4
    assert flags["stayed_in_dream"] is stayed
    assert run.session is not None and ({"ring", "photo", "flower"} <= set(run.session.inventory)) is kept


def preset(
    bond: float, kept: int, stayed: bool = False, found: tuple[str, ...] = ()
) -> Callable[[Session], None]:
    """Start the confrontation as if the earlier scenes had left this bond, these kept memories and these
    flags of places found by looking."""

    def setup(session: Session) -> None:
        session.bond = bond
        for name in ("kept_wedding", "kept_home", "kept_morning", "kept_old")[:kept]:
            session.story_globals.values[name] = True
        session.story_globals.values["stayed_in_dream"] = stayed
        for name in found:
            session.story_globals.values[name] = True

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
    assert run.trace.objectives == [
        "confrontation.obj.roof", "confrontation.obj.chair", "confrontation.obj.chair_drift",
        "confrontation.obj.east", "confrontation.obj.door", "confrontation.obj.lamp",
        "confrontation.obj.lamp_drift", "confrontation.obj.reach", "confrontation.obj.hold_on",
        "confrontation.obj.hand",
    ]  # fmt: skip
    assert in_order(
        run.trace.nodes,
        ["separated", "roof_hold", "chair", "chair_hold", "halfway", "door_hold", "lamp", "lamp_hold", "meet",
         "last_stand", "hold_on", "descent"],
    )  # fmt: skip
    assert {"confrontation.meet.hi", "confrontation.stand.kept"} <= set(run.trace.lines)
    assert run.trace.last_input == "hands"


@pytest.mark.parametrize(
    ("found", "heard"),
    [
        (
            ("camp_seen", "hand_bandaged", "arcade_seen"),
            ["confrontation.found.dinosaur", "confrontation.found.good"],
        ),
        (("camp_seen",), ["confrontation.found.bears", "confrontation.found.time"]),
        (("sulked", "swum"), ["confrontation.found.strokes", "confrontation.found.counting"]),
        ((), []),
    ],
)
def test_one_place_found_by_looking_comes_back_when_they_meet(
    found: tuple[str, ...], heard: list[str]
) -> None:
    run = play_scene("confrontation", setup=preset(0.9, 0, found=found))
    assert run.result.outcome == "ending"
    said = [line for line in run.trace.lines if line.startswith("confrontation.found.")]
    assert said == heard, "one memory of the way, the hand before the rest; none for a pair who never looked"
    assert run.trace.lines.index("confrontation.meet.hi") < run.trace.lines.index("confrontation.stand.kept")
    if heard:
        assert run.trace.lines.index("confrontation.meet.hi") < run.trace.lines.index(heard[0])


def test_the_whole_game_from_the_title_to_an_ending() -> None:
    run = play_scene(None, policy=prefer("c_shoe", "keep", "c_wake"), ticks=60 * 60 * 20)
    assert run.result.outcome == "ending"
    assert run.result.scenes == ["forest", "mall", "fantasy", "confrontation"]
    assert run.result.ending == "overlap", "every memory kept, awake, close: the dream and the waste overlap"
    flags = globals_of(run)
    assert flags["shoelace_tied"] is True
    assert run.trace.last_input == "hands"


DETOURS = {
    "forest": ("trig_camp", "trig_wreck", "trig_stones", "trig_stand", "trig_bus"),
    "mall": ("trig_menu", "trig_toys", "trig_cinema", "trig_arcade", "trig_books", "trig_pharmacy"),
    "fantasy": ("trig_chairs", "trig_garden", "trig_towels"),
    "confrontation": ("trig_car",),
}
"""The places nobody points at (levels/README.md), each with lines of its own (the booth has its own test)."""
LEFT_BY = {"forest": ("exit", "mall"), "mall": ("exit", "fantasy"), "fantasy": ("exit", "confrontation"),
           "confrontation": ("ending", None)}  # fmt: skip
"""How each scene is left: by its Exit (to the next scene), or, the last, by an ending."""
HIDE_FOR_OPENING = {"confrontation": "mark_chair_drift"}
"""Scenes whose opening waits for the pair to hide (in the waste Dal wakes in the open and must get down): the
drift he gets down in, so that the opening can end."""


def play_out(sim: LevelSim, ticks: int, heard: list[tuple[str, str]]) -> None:
    """Step ``sim`` for up to ``ticks`` with a reader's presses, noting each new line as (node, id), until the
    story has nothing running or queued."""
    for _ in range(ticks):
        runner = sim.runner
        assert runner is not None
        if runner.idle:
            return
        line = runner.current_line
        if line is not None and (not heard or heard[-1][1] != line.id):
            heard.append((runner.node or "", line.id))
        talking = line is not None or runner.current_choice is not None
        sim.step(CONFIRM if talking and sim.tick % 2 else IDLE)
    raise AssertionError(
        f"the story was still running after {ticks} ticks, in node {sim.runner and sim.runner.node}"
    )


CURIOUS_FINDS = {"forest": 2, "mall": 1, "fantasy": 1, "confrontation": 0}
"""How many of each scene's places nobody points at a curious bot (seed 1) must come upon by what it sees: it
knows nothing of them; it walks to ground it has seen but not walked near that draws the eye (props one can see
over, rooms under a roof). The waste's car lies off every way the story takes."""


@pytest.mark.parametrize("scene", list(DETOURS))
def test_a_curious_bot_comes_upon_places_nobody_points_at_by_looking_and_still_leaves(scene: str) -> None:
    """Walking to them with the Cube about, between the beats, does not break the story, and the scene is
    still left by its exit (the last one by an ending)."""
    run = play_scene(scene, curious=True)
    level = load_level(LEVELS / f"{scene}.tmx")
    found = {str(o.prop("node", "")) for o in level.objects_of("Trigger") if o.prop("found", False) is True}
    assert found >= {n.removeprefix("trig_") for n in DETOURS[scene]}
    came_upon = found & set(run.trace.nodes)
    assert len(came_upon) >= CURIOUS_FINDS[scene], f"came upon only {sorted(came_upon)} of {sorted(found)}"
    assert (run.result.outcome, run.result.exit) == LEFT_BY[scene]


@pytest.mark.parametrize(("scene", "name"), [(s, n) for s, names in DETOURS.items() for n in names])
def test_each_place_found_by_looking_plays_its_lines_once_and_lets_go(scene: str, name: str) -> None:
    """Walk into the place once the opening has played: its node talks, ends, and gives the pair back; walking
    out and in again does not play it twice. The Cube is taken away: this is about the story, not the chase."""
    story = load_story(LEVELS / f"{scene}.yaml")
    level = load_level(LEVELS / f"{scene}.tmx")
    sim = LevelSim(level, Session.new(1), 7, story)
    sim.ai.cube = None
    sim.host.give("camcorder")
    opening: list[tuple[str, str]] = []
    if scene in HIDE_FOR_OPENING:
        for _ in range(6000):
            if "hidden" in waited_for(sim):
                break
            line = sim.runner.current_line if sim.runner is not None else None
            sim.step(CONFIRM if line is not None and sim.tick % 2 else IDLE)
        assert "hidden" in waited_for(sim), "the opening waits for the pair to get down"
        drift = level.object_named(HIDE_FOR_OPENING[scene])
        assert drift is not None
        sim.world.player.place(*drift.center)
    play_out(sim, 6000, opening)
    place = level.object_named(name)
    assert place is not None and place.cls == "Trigger"
    node = str(place.prop("node", ""))

    def walk_in() -> list[tuple[str, str]]:
        walk_pair_into(sim, name)
        heard: list[tuple[str, str]] = []
        play_out(sim, 6000, heard)
        return heard

    first = walk_in()
    assert len(first) >= 3, f"{name} [{node}] should talk; heard {first}"
    assert {n for n, _ in first} == {node}, "only the place's own node plays"
    assert not sim.runner.input_locked and not sim.caught, "the pair are given back to the player"
    assert walk_in() == [], "a place found once is not played again"


def walk_pair_into(sim: LevelSim, name: str) -> None:
    """Put the pair just outside the named place (clear of every trigger), then inside it."""
    place = sim.level.object_named(name)
    assert place is not None
    triggers = [o for o in sim.level.objects if o.cls == "Trigger"]
    cx, cy = place.center
    outside = next(
        (cx + dx * r, cy + dy * r)
        for r in range(48, 480, 16)
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1))
        if not any(t.contains(cx + dx * r, cy + dy * r) for t in triggers)
    )
    for at in (outside, place.center):
        for actor in (sim.world.player, sim.world.partner):
            actor.place(*at)
        sim.step(IDLE)


@pytest.mark.parametrize("name", DETOURS["fantasy"])
def test_the_dreams_places_go_a_little_wrong_once_the_light_has(name: str) -> None:
    """Found before the morning, a place is only tender; found after the light went wrong (the morning), it
    has something wrong in it too; once they have woken, it says nothing."""
    story = load_story(LEVELS / "fantasy.yaml")
    level = load_level(LEVELS / "fantasy.tmx")
    heard: dict[str, list[str]] = {}
    for when in ("early", "late", "awake"):
        sim = LevelSim(level, Session.new(1), 7, story)
        play_out(sim, 6000, [])
        assert sim.runner is not None
        sim.runner.locals["done_morning"] = when != "early"
        sim.runner.locals["woke"] = when == "awake"
        said: list[tuple[str, str]] = []
        walk_pair_into(sim, name)
        play_out(sim, 6000, said)
        heard[when] = [line for _, line in said]
    assert len(heard["early"]) >= 5 and heard["awake"] == []
    assert heard["late"][: len(heard["early"])] == heard["early"], "the same memory, then more"
    assert len(heard["late"]) > len(heard["early"]), "and something wrong in it"


def waste_waiting_for_dal() -> LevelSim:
    """The waste with no Cube, its opening played up to where it waits for Dal to get down."""
    sim = LevelSim(
        load_level(LEVELS / "confrontation.tmx"), Session.new(1), 7, load_story(LEVELS / "confrontation.yaml")
    )
    sim.ai.cube = None
    for _ in range(6000):
        if "hidden" in waited_for(sim):
            break
        talking = sim.runner is not None and sim.runner.current_line is not None
        sim.step(CONFIRM if talking and sim.tick % 2 else IDLE)
    assert "hidden" in waited_for(sim), "the opening waits for Dal to get down"
    return sim


def get_down(sim: LevelSim) -> list[tuple[str, str]]:
    """Dal gets down in the drift by the chair; the beats waiting for it play out."""
    drift = sim.level.object_named("mark_chair_drift")
    assert drift is not None
    sim.world.player.place(*drift.center)
    sim.world.partner.place(*drift.center)
    heard: list[tuple[str, str]] = []
    play_out(sim, 6000, heard)
    return heard


def test_the_car_in_the_waste_waits_for_open_ground_and_not_for_a_beat() -> None:
    """Walked into while the opening waits for Dal to get down, the car does not play later from the drift the
    beat left him in; walked into again, on open ground, it plays once; and never after they have met."""
    sim = waste_waiting_for_dal()
    walk_pair_into(sim, "trig_car")
    early = get_down(sim)
    assert "chair_hold" in {n for n, _ in early}, "the beats played on"
    assert "confrontation.car.roof" not in {line for _, line in early}, "the car waited for him to come back"

    walk_pair_into(sim, "trig_car")
    heard: list[tuple[str, str]] = []
    play_out(sim, 6000, heard)
    assert {n for n, _ in heard} == {"car"} and len(heard) >= 5
    assert sim.runner is not None and sim.runner.var("hummed") is True

    met = waste_waiting_for_dal()
    get_down(met)
    assert met.runner is not None
    met.runner.locals["met"] = True
    walk_pair_into(met, "trig_car")
    late: list[tuple[str, str]] = []
    play_out(met, 600, late)
    assert late == [], "after they have met, the car is not his to find alone"
