"""The bot's parts: talk, menus, navigation across views, the light, cover, escapes, giving up with a reason."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from game.ai.cube import CubeState
from game.app import HeadlessOptions, HeadlessResult, run_headless
from game.bot import Bot, BotStuckError
from game.bot.danger import LightWatch, Shelter
from game.bot.memory import Memory
from game.bot.route import Navigator, place_tiles
from game.bot.talk import Talk
from game.bot.watchdog import Watchdog
from game.content.diagnostics import ContentError
from game.content.tiled import load_level
from game.context import RunOptions
from game.input.frame import Action, InputFrame
from game.scene import SceneStack
from game.sim.level_sim import LevelSim
from game.sim.perceive import Perceiver, area_tiles
from game.sim.session import Session
from game.story.views import ChoiceView, LineView, OptionView
from game.view.player_view import LightView, PlayerView
from tests.helpers import ROOT, run_game

GAME = ROOT / "tests" / "fixtures" / "bot" / "game"


def run(scene: str | None, seed: int, levels: Path = GAME, **hopts: object) -> tuple[HeadlessResult, Bot]:
    """One headless run with the bot, in process; returns the summary and the bot."""
    made: list[Bot] = []

    def source(_ctx: object, stack: SceneStack) -> Bot:
        made.append(Bot(stack, seed))
        return made[0]

    options = RunOptions(
        seed=seed, headless=True, scene=scene, stop_on_exit=scene is not None, levels_dir=levels
    )
    result = run_headless(options, HeadlessOptions(source=source, **hopts))  # type: ignore[arg-type]
    return result, made[0]


# -- talk and menus -------------------------------------------------------------------------------------------


def line(reveal: float, ident: str = "forest.x.1") -> LineView:
    return LineView(ident, "dal", "Hello.", {}, reveal, False)


def test_a_line_is_revealed_then_read_then_advanced_with_presses_between_empty_ticks() -> None:
    talk = Talk(random.Random(1), read_ticks=10)
    frames = [talk.line(line(0.2)) for _ in range(4)]
    assert [f.was_pressed(Action.CONFIRM) for f in frames] == [False, False, False, True]
    shown = [talk.line(line(1.0)) for _ in range(10)]
    presses = [i for i, f in enumerate(shown) if f.was_pressed(Action.CONFIRM)]
    assert presses[0] == 5, "the press that moves on comes once the reader's pause is over"
    assert all(b - a >= 2 for a, b in itertools.pairwise(presses)), "never two presses in a row"


def choice(*ids: str) -> ChoiceView:
    return ChoiceView(tuple(OptionView(i, ident, ident, {}) for i, ident in enumerate(ids)))


def drive_choice(seed: int, view: ChoiceView) -> tuple[str, int]:
    """Feed the talk's frames to a cursor as the level simulation would, until it confirms."""
    talk = Talk(random.Random(seed))
    cursor = 0
    for _ in range(40):
        frame = talk.choose(view, cursor)
        if frame.was_pressed(Action.DOWN):
            cursor = (cursor + 1) % len(view.options)
        if frame.was_pressed(Action.UP):
            cursor = (cursor - 1) % len(view.options)
        if frame.was_pressed(Action.CONFIRM):
            return talk.choices[-1], cursor
    raise AssertionError("the bot never confirmed a choice")


def test_choices_are_made_by_the_bots_own_seeded_generator() -> None:
    view = choice("mall.a", "mall.b", "mall.c", "mall.d")
    picks = {seed: drive_choice(seed, view) for seed in range(12)}
    for picked, cursor in picks.values():
        assert picked == view.options[cursor].id, "the option confirmed is the one under the cursor"
    assert len({picked for picked, _ in picks.values()}) > 1, "different seeds pick differently"
    assert drive_choice(5, view) == picks[5], "the same seed picks the same"


@dataclass
class FakeItem:
    id: str


@dataclass
class FakeMenu:
    items: list[FakeItem]
    index: int = 0


@dataclass
class FakeScene:
    name: str


@dataclass
class FakeTitle(FakeScene):
    """A title showing a menu the way the real one does (``game.view.screens.MenuScreen``)."""

    menu: FakeMenu | None = None

    def menu_shown(self) -> tuple[tuple[str, ...], int]:
        assert self.menu is not None
        return tuple(item.id for item in self.menu.items), self.menu.index


@dataclass
class FakeStack:
    scenes: list[FakeScene] = field(default_factory=list)

    @property
    def top(self) -> FakeScene | None:
        return self.scenes[-1] if self.scenes else None


def test_at_the_title_the_bot_moves_to_new_game_even_under_continue_and_confirms() -> None:
    menu = FakeMenu([FakeItem("continue"), FakeItem("new"), FakeItem("settings"), FakeItem("quit")])
    stack = FakeStack([FakeTitle("title", menu)])
    bot = Bot(stack, seed=3)  # type: ignore[arg-type]
    for _ in range(20):
        frame = bot.next_frame()
        if frame.was_pressed(Action.DOWN):
            menu.index += 1
        if frame.was_pressed(Action.CONFIRM):
            assert menu.items[menu.index].id == "new"
            return
    raise AssertionError("the bot never chose New game")


def test_chapter_cards_are_skipped_once_they_allow_it_and_the_caught_overlay_is_waited_out() -> None:
    stack = FakeStack([FakeScene("chapter")])
    bot = Bot(stack, seed=1)  # type: ignore[arg-type]
    confirms = [t for t in range(1, 40) if bot.next_frame().was_pressed(Action.CONFIRM)]
    assert confirms and confirms[0] > 30, "a card takes confirm only after its first half second"
    stack.scenes = [FakeScene("caught")]
    assert all(bot.next_frame() == InputFrame() for _ in range(90))


def test_a_title_without_new_game_is_a_clear_failure() -> None:
    stack = FakeStack([FakeTitle("title", FakeMenu([FakeItem("quit")]))])
    with pytest.raises(BotStuckError, match="no New game"):
        Bot(stack, seed=1).next_frame()  # type: ignore[arg-type]


# -- navigation, the light and cover ----------------------------------------------------------------------------


def mall_sim() -> LevelSim:
    level = load_level(GAME / "mall.tmx")
    return LevelSim(level, Session.new(1), 1, None)


def whole_map(sim: LevelSim) -> PlayerView:
    """A view with the whole map on screen (as if the bot had looked everywhere already)."""
    level = sim.level
    return Perceiver(sim).view((0.0, 0.0, level.pixel_width, level.pixel_height))


def seen_all(sim: LevelSim) -> Memory:
    """The bot's memory after seeing the whole map."""
    view = whole_map(sim)
    memory = Memory(view)
    memory.look(view)
    return memory


def test_the_way_through_a_wall_only_reality_has_is_planned_across_both_views() -> None:
    sim = mall_sim()
    level = sim.level
    nav = Navigator(seen_all(sim))
    garden = level.object_named("roof_garden")
    assert garden is not None
    nav.aim(place_tiles(area_tiles(level, garden), nav.union))
    start = nav.walk.index(24, 9)
    assert nav.field_for(start, camcorder=False) is None, "without the camcorder the garden is walled off"
    field = nav.field_for(start, camcorder=True)
    assert field is nav.union_field
    way = nav.ahead(field, start, 8)
    door = [t for t in way if nav.needs_dream(t)]
    assert door, "the way goes through the door the camera sees"
    assert {(t % level.width, t // level.width) for t in door} <= {(28, 10), (28, 11)}


def test_ground_never_seen_counts_as_open_and_a_wall_coming_into_view_turns_the_way() -> None:
    sim = mall_sim()
    level = sim.level
    w = level.width
    garden = level.object_named("roof_garden")
    assert garden is not None
    start = 24 + 9 * w
    view = Perceiver(sim).view((0.0, 0.0, 16.0, 16.0))  # one tile in the corner on screen
    memory = Memory(view)
    memory.look(view)
    nav = Navigator(memory)
    nav.aim(place_tiles(area_tiles(level, garden), nav.union))
    assert nav.field_for(start, camcorder=False) is not None, "unseen, the wall round the garden is not known"
    before = nav.distance(start, camcorder=False)
    everything = whole_map(sim)
    memory.look(everything)
    assert memory.version > 0 and not memory.walk.passable[28 + 10 * w], "the wall is known once on screen"
    nav.refresh(start, camcorder=False)
    assert nav.field_for(start, camcorder=False) is None, "planned again: reality's way is walled off"
    assert nav.distance(start, camcorder=True) >= before


def test_the_light_is_followed_by_eye_and_predicted_a_little_ahead() -> None:
    watch = LightWatch()
    for k in range(60):
        watch.update(LightView(100.0 + k, 50.0, 44.0, "calm"))
    assert watch.vx == pytest.approx(1.0, abs=0.01) and abs(watch.vy) < 1e-9
    assert watch.at(30) == pytest.approx((189.0, 50.0), abs=0.5)
    assert watch.approaching(300.0, 50.0) and not watch.approaching(0.0, 50.0)
    watch.update(LightView(10.0, 10.0, 44.0, "alarm"))
    assert watch.hunting
    watch.update(None)
    assert not watch.seen and not watch.hunting, "off screen, the light is not seen"


def test_cover_roofs_and_hide_spots_are_safe_and_running_gives_cover_away() -> None:
    sim = mall_sim()
    level = sim.level
    shelter = Shelter(seen_all(sim))
    w = level.width
    bush, roof, heap, open_ground = 3 * w + 3, 10 * w + 10, 19 * w + 25, 14 * w + 14
    assert shelter.is_safe(bush, False) and not shelter.is_safe(bush, False, running=True)
    assert shelter.is_safe(roof, False) and shelter.is_safe(roof, False, running=True)
    assert heap in shelter.spot_tiles and shelter.is_safe(heap, False)
    assert not shelter.is_safe(open_ground, False)
    view = Perceiver(sim).view((0.0, 0.0, 16.0, 16.0))
    unseen = Memory(view)
    unseen.look(view)
    assert not Shelter(unseen).is_safe(roof, False), "cover never seen is not known to be cover"


def test_flight_runs_away_from_a_hunting_light() -> None:
    sim = mall_sim()
    level = sim.level
    memory = seen_all(sim)
    shelter = Shelter(memory)
    watch = LightWatch()
    watch.update(LightView(20 * 16.0, 27 * 16.0, 44.0, "alarm"))
    here = memory.walk.index(22, 27)
    tile = shelter.flee(here, False, watch)
    tx = tile % level.width
    assert tx > 26, "the flight goes on along the car park, away from the light"


# -- whole runs on the fixture game ----------------------------------------------------------------------------


def test_the_bot_finishes_the_fixture_game_through_every_mechanic() -> None:
    result, bot = run(None, seed=1)
    assert result.outcome == "ending", result.error
    assert result.scenes == ["forest", "mall", "fantasy", "confrontation"]
    assert result.ending in ("together", "remember")
    assert [c.split(".")[0] for c in bot.choices] == ["mall", "fantasy", "fantasy", "fantasy", "fantasy"]


def chased_at(tick: int, dx: float, dy: float):  # type: ignore[no-untyped-def]
    """A bot whose level puts the Cube on top of the pair, chasing, at ``tick``."""

    class Chased(Bot):
        ticks = 0

        def next_frame(self) -> InputFrame:
            Chased.ticks += 1
            top = self.stack.top
            if Chased.ticks == tick and getattr(top, "name", "") == "play":
                sim: LevelSim = top.sim  # type: ignore[union-attr]
                cube, p = sim.ai.cube, sim.world.player
                assert cube is not None
                cube.body.x, cube.body.y = p.x + dx, p.y + dy
                for sense in sim.ai.senses:
                    sense.awareness, sense.seen_tick, sense.seen_x, sense.seen_y = 0.7, sim.tick, p.x, p.y
                cube.focus = 0
                cube.enter(CubeState.CHASE, sim.tick, [])
            return super().next_frame()

    return Chased


@pytest.mark.parametrize(("tick", "dx", "dy"), [(200, 20, -10), (200, 0, 25), (400, -20, 10), (700, 30, 30)])
def test_the_bot_escapes_a_chase_that_starts_on_top_of_it(tick: int, dx: float, dy: float) -> None:
    cls = chased_at(tick, dx, dy)
    states: set[str] = set()
    made: list[Bot] = []

    def source(_ctx: object, stack: SceneStack) -> Bot:
        made.append(cls(stack, 1))
        return made[0]

    options = RunOptions(seed=1, headless=True, scene="forest", stop_on_exit=True, levels_dir=GAME)

    class Watching:
        def __init__(self, stack: SceneStack) -> None:
            self.bot = source(None, stack)
            self.stack = stack

        def next_frame(self) -> InputFrame:
            frame = self.bot.next_frame()
            sim = getattr(self.stack.top, "sim", None)
            if isinstance(sim, LevelSim) and sim.ai.cube_state is not None:
                states.add(sim.ai.cube_state.value)
            return frame

    result = run_headless(options, HeadlessOptions(source=lambda _c, s: Watching(s), ticks=20000))
    assert "chase" in states, "the scenario did start a chase"
    assert result.outcome == "exit" and result.caught == 0, (result.outcome, result.caught, result.error)


def test_after_a_capture_the_bot_goes_back_to_work_from_the_checkpoint() -> None:
    class Idle(Bot):
        """Stands in the open for the first half minute (a player gone to fetch tea), then plays."""

        ticks = 0

        def next_frame(self) -> InputFrame:
            Idle.ticks += 1
            if Idle.ticks < 1800:
                top = self.stack.top
                if Idle.ticks == 300 and getattr(top, "name", "") == "play":
                    sim: LevelSim = top.sim  # type: ignore[union-attr]
                    cube, p = sim.ai.cube, sim.world.player
                    assert cube is not None
                    cube.body.x, cube.body.y = p.x, p.y
                return InputFrame()
            return super().next_frame()

    options = RunOptions(seed=2, headless=True, scene="confrontation", stop_on_exit=True, levels_dir=GAME)
    result = run_headless(options, HeadlessOptions(source=lambda _c, s: Idle(s, 2), ticks=30000))
    assert result.caught >= 1, "standing in the light got the pair caught"
    assert result.outcome == "ending", result.error


def test_a_map_with_no_objective_and_no_exit_ends_the_run_with_a_reason(tmp_path: Path) -> None:
    # A map check passes with nothing to do (the loader's features.tmx, used here before, fails check: M030,
    # M022, so the game refuses it before the bot could start, as it must).
    done = run_game(
        ["headless", "--bot", "--map", str(ROOT / "tests/fixtures/maps/gate/quiet.tmx"), "--json"], tmp_path
    )
    assert done.returncode == 1, done.stderr
    assert "the bot could not finish" in done.stderr and "no objective and no Exit" in done.stderr
    assert "Traceback" not in done.stderr
    refused = run_game(
        ["headless", "--bot", "--map", str(ROOT / "tests/fixtures/maps/features/features.tmx")], tmp_path
    )
    assert refused.returncode == 2 and "error M030" in refused.stderr and "Traceback" not in refused.stderr


def test_an_objective_naming_a_missing_object_is_refused_before_play(tmp_path: Path) -> None:
    levels = tmp_path / "levels"
    levels.mkdir()
    for name in ("forest.tmx", "tiles.tsx", "tiles.png"):
        (levels / name).write_bytes((GAME / name).read_bytes())
    story = (GAME / "forest.yaml").read_text().replace("target: brush_first", "target: brush_furst")
    (levels / "forest.yaml").write_text(story)
    with pytest.raises(ContentError) as info:
        run("forest", 1, levels)
    assert [d.code for d in info.value.diagnostics] == ["S019"]
    assert "'brush_furst'" in str(info.value) and "did you mean 'brush_first'" in str(info.value)


def test_the_watchdog_gives_up_only_after_its_limit_without_progress() -> None:
    dog = Watchdog(limit=100)
    dog.goal(("a",))
    for k in range(90):
        dog.distance(50.0 - k * 0.5)  # half a tile a tick: a new best every other tick
        assert not dog.tick()
    dog.distance(0.0)
    assert not any(dog.tick() for _ in range(100))
    assert dog.tick(), "a hundred ticks without a step nearer is the limit"
    dog.distance(0.5)
    assert dog.tick(), "less than a tile nearer is not progress"
    dog.story(3)
    assert not dog.tick(), "the story moving on is progress"


@pytest.mark.parametrize("name", ["designer/garden.tmx", "ok.tmx"])
def test_any_designers_map_with_an_exit_is_left_through_it(name: str) -> None:
    path = ROOT / "tests/fixtures/maps" / name

    def source(_ctx: object, stack: SceneStack) -> Bot:
        return Bot(stack, 4)

    options = RunOptions(seed=4, headless=True, map_path=path, stop_on_exit=True)
    result = run_headless(options, HeadlessOptions(source=source, ticks=20000))
    assert result.outcome == "exit", result.error
    assert result.exit == "forest"


def test_a_curious_bot_looks_at_ground_it_has_seen_but_not_walked_near_a_few_times_per_objective() -> None:
    from game.bot.level_bot import DETOUR_MIN, DETOUR_PATIENCE, DETOUR_REACH, DETOUR_TRIES, LevelBot

    level = load_level(ROOT / "levels" / "forest.tmx")
    sim = LevelSim(level, Session.new(1), 7)  # no story: always quiet between beats
    view = whole_map(sim)
    bot = LevelBot(view, Talk(random.Random(1)), random.Random(1), Watchdog(), curious=True)
    bot.memory.look(view)
    bot.view = view
    here = bot.memory.tile_of(view.player.x, view.player.y)

    def look_again() -> None:
        bot.tick = max(bot.tick, bot.next_look)

    goal = bot._goal(here, False)
    assert goal.kind == "found" and goal.target is None
    assert goal.cost is not None and DETOUR_MIN <= goal.cost <= DETOUR_REACH
    tile = goal.tiles[0]
    assert bot.memory.seen[tile] and not bot.memory.visited[tile], "seen, not yet walked near"
    assert bot._goal(here, False) is goal, "kept until it is reached"
    bot.memory.visited[tile] = 1  # walked near it
    assert bot._goal(here, False).kind != "found", "reached: back to the way"
    assert tile in bot.given_up
    look_again()
    second = bot._goal(here, False)
    assert second.kind == "found" and second.tiles[0] != tile
    bot.tick += DETOUR_PATIENCE + 1
    assert bot._goal(here, False).kind != "found" and second.tiles[0] in bot.given_up, "not reached in time"
    for _ in range(DETOUR_TRIES):
        look_again()
        bot._goal(here, False)
        bot.detour = None
    look_again()
    assert bot._goal(here, False).kind != "found", f"{DETOUR_TRIES} looks while one objective stands"
