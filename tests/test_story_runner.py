"""The story runner: timing, choices, calls, cutscene lock and skip, save/restore, against a fake host."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from game.content.story_yaml import load_story, load_story_text
from game.story.expr import parse_expr
from game.story.runner import MAX_STEPS_PER_TICK, Runner, Wait
from game.story.state import Globals, StorySaveError
from game.story.values import Value
from game.story.views import TextTiming

SAMPLE = Path(__file__).parent / "fixtures" / "stories" / "sample.yaml"


class FakeHost:
    """A tiny level simulation: moves take ``move_ticks`` world ticks; everything else is recorded."""

    def __init__(self, move_ticks: int = 5) -> None:
        self.move_ticks = move_ticks
        self.calls: list[tuple[object, ...]] = []
        self.items: set[str] = set()
        self.values: dict[str, Value] = {"bond": 0.5, "hands": False, "filming": False, "hidden": False}
        self.positions: dict[str, str] = {}
        self.moves: dict[str, list[object]] = {}
        self.state: dict[str, object] = {}

    def tick(self) -> None:
        """The world update that runs before the story each tick."""
        for actor in sorted(self.moves):
            move = self.moves[actor]
            move[1] = int(str(move[1])) - 1
            if move[1] <= 0:
                self.positions[actor] = str(move[0])
                del self.moves[actor]

    def move(self, actor: str, to: str, run: bool) -> None:
        self.calls.append(("move", actor, to, run))
        if self.positions.get(actor) == to:
            return
        self.moves[actor] = [to, self.move_ticks]

    def place(self, actor: str, to: str) -> None:
        self.calls.append(("place", actor, to))
        self.moves.pop(actor, None)
        self.positions[actor] = to

    def moving(self, actor: str) -> bool:
        return actor in self.moves

    def face(self, actor: str, toward: str | None, direction: str | None) -> None:
        self.calls.append(("face", actor, toward, direction))

    def camera(self, to: str, ticks: int) -> None:
        self.calls.append(("camera", to, ticks))
        self.state["camera"] = to

    def shake(self, strength: float, ticks: int) -> None:
        self.calls.append(("shake", strength, ticks))

    def fade(self, to: str, ticks: int, color: str) -> None:
        self.calls.append(("fade", to, ticks, color))
        self.state["fade"] = (to, color)

    def effect(self, name: str, ticks: int) -> None:
        self.calls.append(("effect", name, ticks))

    def sound(self, name: str, at: str | None) -> None:
        self.calls.append(("sound", name, at))

    def music(self, name: str, fade_ticks: int) -> None:
        self.calls.append(("music", name, fade_ticks))
        self.state["music"] = name

    def give(self, item: str) -> None:
        self.calls.append(("give", item))
        self.items.add(item)

    def has(self, item: str) -> bool:
        return item in self.items

    def objective(self, line_id: str, target: str) -> None:
        self.calls.append(("objective", line_id, target))
        self.state["objective"] = (line_id, target)

    def checkpoint(self, at: str) -> None:
        self.calls.append(("checkpoint", at))
        self.state["checkpoint"] = at

    def scene(self, to: str, ending: str | None) -> None:
        self.calls.append(("scene", to, ending))
        self.state["scene"] = (to, ending)

    def bond(self, delta: float) -> None:
        self.calls.append(("bond", delta))
        self.values["bond"] = float(self.values["bond"]) + delta

    def value(self, name: str) -> Value:
        return self.values[name]

    def end_state(self) -> dict[str, object]:
        """What a skip must reproduce: places, items, persistent presentation state."""
        return {"positions": dict(self.positions), "items": sorted(self.items), **self.state}

    def to_save(self) -> str:
        data = [self.positions, sorted(self.items), self.values, self.moves, self.state]
        return json.dumps(data, sort_keys=True, default=list)

    @classmethod
    def from_save(cls, text: str, move_ticks: int) -> FakeHost:
        host = cls(move_ticks)
        positions, items, values, moves, state = json.loads(text)
        host.positions, host.items, host.values, host.moves = positions, set(items), values, moves
        host.state = {k: tuple(v) if isinstance(v, list) else v for k, v in state.items()}
        return host


def make(timing: TextTiming | None = None, text: str | None = None) -> tuple[Runner, Globals]:
    story = load_story(SAMPLE) if text is None else load_story_text(text, "inline.yaml")
    globals_ = Globals()
    return Runner(story, globals_, timing or TextTiming(chars_per_tick=0.5)), globals_


def run_until(runner: Runner, host: FakeHost, done: object, limit: int = 2000, **inputs: object) -> int:
    """Step ticks (world first) until ``done(runner)``; returns the number of ticks run."""
    for tick in range(limit):
        if done(runner):  # type: ignore[operator]
            return tick
        host.tick()
        runner.step(host, **inputs)  # type: ignore[arg-type]
    raise AssertionError("the story never got there")


def line_id(runner: Runner) -> str | None:
    line = runner.current_line
    return None if line is None else line.id


def test_the_opening_cutscene_runs_its_commands_in_order_with_exact_timing() -> None:
    runner, _ = make()
    host = FakeHost(move_ticks=5)
    assert runner.input_locked is False  # nothing has started before the first tick
    runner.step(host)  # tick 0: music, then the fade blocks for 30 ticks
    assert host.calls == [("music", "forest_chase", 60), ("fade", "in", 30, "black")]
    assert runner.input_locked and runner.wait is Wait.TICKS
    for _ in range(29):
        host.tick()
        runner.step(host)
    assert len(host.calls) == 2  # still fading at tick 29
    host.tick()
    runner.step(host)  # tick 30: fade done; the camera pans for 20
    assert host.calls[-1] == ("camera", "cube_spot", 20)
    ticks = run_until(runner, host, lambda r: r.wait is Wait.ACTOR)
    assert ticks == 20
    assert host.calls[-3:] == [
        ("shake", 0.4, 10),
        ("sound", "branch_snap", "brush_a"),
        ("move", "byeol", "brush_a", True),
    ]
    ticks = run_until(runner, host, lambda r: r.current_line is not None)
    assert ticks == 5  # the host's move took 5 world ticks
    assert host.calls[-1] == ("face", "dal", "byeol", None)
    assert line_id(runner) == "sample.start.1"


def test_reveal_time_comes_from_the_english_text_and_the_first_advance_completes_it() -> None:
    runner, _ = make(TextTiming(chars_per_tick=0.5))
    host = FakeHost(move_ticks=1)
    run_until(runner, host, lambda r: r.current_line is not None)
    line = runner.current_line
    assert line is not None and line.text == "Left." and line.reveal == 0.0
    reveal_ticks = math.ceil(len("Left.") / 0.5)
    for tick in range(1, 4):
        host.tick()
        runner.step(host)
        shown = runner.current_line
        assert shown is not None and shown.reveal == pytest.approx(tick / reveal_ticks)
    # A translation of any length shows the same fraction: the simulation only knows the English length.
    runner.step(host, advance=True)
    shown = runner.current_line
    assert shown is not None and shown.id == "sample.start.1" and shown.complete
    runner.step(host, advance=True)
    assert line_id(runner) == "sample.start.2"
    assert runner.current_line is not None and runner.current_line.reveal == 0.0


def test_a_press_that_ends_one_line_does_not_also_skip_the_next() -> None:
    runner, _ = make(TextTiming(chars_per_tick=0))
    host = FakeHost(move_ticks=1)
    run_until(runner, host, lambda r: r.current_line is not None)
    line = runner.current_line
    assert line is not None and line.complete  # instant text
    runner.step(host, advance=True)
    assert line_id(runner) == "sample.start.2"  # moved on exactly one line


def test_lines_auto_advance_after_the_per_line_or_global_delay() -> None:
    text = """
scene: t
cast: {dal: {name: Dal}}
nodes:
  start:
    - say: dal
      id: t.a
      text: "abcd"
    - say: dal
      id: t.b
      text: "ab"
      auto: 3
    - end: true
"""
    runner, _ = make(TextTiming(chars_per_tick=1.0, auto_advance=10), text)
    host = FakeHost()
    runner.step(host)
    assert line_id(runner) == "t.a"
    assert run_until(runner, host, lambda r: line_id(r) == "t.b") == 4 + 10
    assert run_until(runner, host, lambda r: r.idle) == 2 + 3


def play_talk(runner: Runner, host: FakeHost, picks: list[str]) -> list[str]:
    """Advance every line and pick options by id; returns the line ids shown, in order."""
    shown: list[str] = []
    for _ in range(5000):
        if runner.idle:
            return shown
        host.tick()
        line = runner.current_line
        choice = runner.current_choice
        pick = None
        if choice is not None:
            ids = [o.id for o in choice.options]
            pick = ids.index(picks.pop(0))
        if line is not None and (not shown or shown[-1] != line.id or runner.wait_ticks == 0):
            shown.append(line.id)
        runner.step(host, advance=line is not None, choice=pick)
        if runner.wait is Wait.UNTIL:
            host.values["hands"] = True
    raise AssertionError("the story did not end")


def test_choices_respect_conditions_and_once_and_call_returns() -> None:
    runner, globals_ = make(TextTiming(chars_per_tick=0))
    host = FakeHost(move_ticks=1)
    run_until(runner, host, lambda r: r.current_choice is not None, advance=True)
    first = runner.current_choice
    assert first is not None
    assert [o.id for o in first.options] == [
        "sample.talk.food",
        "sample.talk.nothing",
    ]  # hand needs talked >= 1
    assert [o.index for o in first.options] == [0, 1]
    runner.step(host, choice=0)  # food: a once option that calls `laugh`
    assert line_id(runner) == "sample.laugh.1"
    assert runner.current_line is not None and runner.current_line.text == "Ha! {really}"
    assert runner.var("talked") == 1 and globals_.values["talks"] == 1
    runner.step(host, advance=True)  # laugh returns; kept_wedding is false, so back to talk
    assert line_id(runner) == "sample.talk.1" and runner.visits["talk"] == 2
    runner.step(host, advance=True)
    second = runner.current_choice
    assert second is not None
    assert [o.id for o in second.options] == ["sample.talk.hand", "sample.talk.nothing"]  # food was once
    runner.step(host, choice=0)
    kept = runner.current_line
    assert kept is not None and kept.id == "sample.talk.kept"
    assert kept.text == "Keep that one. You look warm, 0.75."
    assert kept.values == {"mood": "warm", "warmth": "0.75"}
    assert globals_.values["kept_wedding"] is True and host.values["bond"] == pytest.approx(0.6)


def test_the_whole_sample_plays_to_its_scene_change() -> None:
    runner, _ = make(TextTiming(chars_per_tick=0))
    host = FakeHost(move_ticks=2)
    shown = play_talk(runner, host, ["sample.talk.food", "sample.talk.hand"])
    assert shown == [
        "sample.start.1",
        "sample.start.2",
        "sample.talk.1",
        "sample.laugh.1",
        "sample.talk.1",
        "sample.talk.kept",
        "sample.talk.camcorder",
    ]
    assert host.calls[-1] == ("scene", "mall", None)
    assert ("give", "camcorder") in host.calls and runner.visits == {"start": 1, "talk": 2, "laugh": 1}
    assert runner.seen >= set(shown)


def test_a_choice_with_no_available_option_is_passed_over() -> None:
    text = """
scene: t
cast: {dal: {name: Dal}}
vars: {n: {type: int}}
nodes:
  start:
    - choice:
        - id: t.c
          text: "Never."
          if: "n > 5"
    - set: {n: 9}
    - end: true
"""
    runner, _ = make(text=text)
    runner.step(FakeHost())
    assert runner.idle and runner.var("n") == 9


def test_until_blocks_until_its_condition_holds() -> None:
    text = """
scene: t
vars: {done: {type: bool}}
nodes:
  start:
    - until: "hands and bond > 0.25"
    - set: {done: true}
    - end: true
"""
    runner, _ = make(text=text)
    host = FakeHost()
    for _ in range(5):
        runner.step(host)
    assert runner.wait is Wait.UNTIL and runner.var("done") is False
    host.values["hands"] = True
    runner.step(host)
    assert runner.var("done") is True and runner.idle


LOCK = """
scene: t
cast: {dal: {name: Dal}}
nodes:
  start:
    - wait: 3
    - goto: scene_a
  scene_a:
    cutscene: true
    steps:
      - wait: 30
      - move: dal
        to: spot
      - goto: after
  after:
    - say: dal
      id: t.after
      text: "Done."
    - end: true
"""


def test_a_cutscene_locks_input_for_exactly_its_duration() -> None:
    runner, _ = make(text=LOCK)
    host = FakeHost(move_ticks=7)
    locked_world_ticks = 0
    for _ in range(200):
        host.tick()
        # The world applies this tick's input unless the story locked it at the end of the previous tick.
        locked_world_ticks += runner.input_locked
        runner.step(host)
    assert locked_world_ticks == 30 + 7
    assert line_id(runner) == "t.after" and not runner.input_locked


def test_a_called_node_inside_a_cutscene_stays_locked() -> None:
    text = LOCK.replace("      - wait: 30\n", "      - call: helper\n") + "  helper:\n    - wait: 4\n"
    runner, _ = make(text=text)
    host = FakeHost(move_ticks=1)
    run_until(runner, host, lambda r: r.node == "helper")
    assert runner.input_locked and runner.wait is Wait.TICKS


def advance_all(runner: Runner, host: FakeHost, limit: int = 3000) -> None:
    """Play until the thread reaches node ``talk``'s first line."""
    run_until(runner, host, lambda r: line_id(r) == "sample.talk.1", limit, advance=True)


def test_skipping_a_cutscene_applies_its_end_state_as_if_it_had_played() -> None:
    played_runner, played_globals = make()
    played = FakeHost(move_ticks=5)
    advance_all(played_runner, played)

    runner, globals_ = make()
    host = FakeHost(move_ticks=5)
    for _ in range(6):
        host.tick()
        runner.step(host)
    assert runner.input_locked
    runner.skip_cutscene(host)
    assert not runner.input_locked and runner.node == "talk"
    assert host.end_state() == played.end_state()
    assert ("fade", "in", 0, "black") in host.calls and ("place", "byeol", "brush_a") in host.calls
    assert not any(c[0] in ("shake", "sound") for c in host.calls[2:])  # effects are not replayed
    assert "sample.start.1" not in runner.seen  # skipped lines were not seen
    runner.step(host)
    assert line_id(runner) == "sample.talk.1"
    assert runner.locals == played_runner.locals and globals_.values == played_globals.values


def test_skipping_mid_move_places_the_actor() -> None:
    runner, _ = make()
    host = FakeHost(move_ticks=50)
    run_until(runner, host, lambda r: r.wait is Wait.ACTOR)
    runner.skip_cutscene(host)
    assert host.positions["byeol"] == "brush_a" and not host.moving("byeol")


def test_skip_stops_at_a_choice_inside_a_cutscene() -> None:
    text = """
scene: t
cast: {dal: {name: Dal}}
vars: {x: {type: int}}
nodes:
  start:
    cutscene: true
    steps:
      - wait: 10
      - choice:
          - id: t.a
            text: "A"
          - id: t.b
            text: "B"
      - set: {x: 1}
      - end: true
"""
    runner, _ = make(text=text)
    host = FakeHost()
    runner.step(host)
    runner.skip_cutscene(host)
    assert runner.current_choice is not None and runner.input_locked
    runner.skip_cutscene(host)  # a decision cannot be skipped
    assert runner.current_choice is not None
    runner.step(host, choice=1)
    assert runner.var("x") == 1 and runner.idle


def scripted_inputs(tick: int) -> dict[str, object]:
    """A fixed input script: advance every 7th tick, pick the first option, hands after tick 400."""
    return {"advance": tick % 7 == 0, "choice": 0 if tick % 11 == 0 else None}


def drive(runner: Runner, host: FakeHost, start: int, ticks: int) -> list[str]:
    states = []
    for tick in range(start, start + ticks):
        host.tick()
        if tick == 400:
            host.values["hands"] = True
        runner.step(host, **scripted_inputs(tick))  # type: ignore[arg-type]
        states.append(json.dumps([runner.snapshot(), host.to_save()]))
    return states


@pytest.mark.parametrize("cut", [0, 1, 15, 31, 52, 53, 60, 75, 90, 106, 112, 130, 150, 200, 333])
def test_save_and_restore_mid_scene_reproduces_every_later_state(cut: int) -> None:
    runner, globals_ = make(TextTiming(chars_per_tick=0.25, auto_advance=0))
    host = FakeHost(move_ticks=9)
    drive(runner, host, 0, cut)
    saved = json.dumps([runner.to_save(), globals_.to_save(), host.to_save(), sorted(runner.seen)])
    expected = drive(runner, host, cut, 500)

    story_state, globals_state, host_state, seen = json.loads(saved)
    restored_globals = Globals.from_save(globals_state)
    restored = Runner.from_save(
        runner.story, restored_globals, story_state, TextTiming(chars_per_tick=0.25), set(seen)
    )
    restored_host = FakeHost.from_save(host_state, move_ticks=9)
    assert restored.to_save() == json.loads(saved)[0]
    assert drive(restored, restored_host, cut, 500) == expected


def test_resume_reissues_the_blocking_command_with_its_remaining_ticks() -> None:
    runner, globals_ = make()
    host = FakeHost()
    for _ in range(10):
        host.tick()
        runner.step(host)
    restored = Runner.from_save(runner.story, globals_, runner.to_save(), runner.timing)
    fresh = FakeHost()
    restored.resume(fresh)
    assert fresh.calls == [("fade", "in", 21, "black")]


def test_globals_carry_into_the_next_scene_and_locals_do_not() -> None:
    runner, globals_ = make(TextTiming(chars_per_tick=0))
    play_talk(runner, FakeHost(move_ticks=1), ["sample.talk.food", "sample.talk.hand"])
    nxt = load_story_text(
        "scene: next\nvars:\n  kept_wedding: {type: bool, global: true}\n  talked: {type: int}\n"
        "nodes:\n  start:\n    - end: true\n",
        "next.yaml",
    )
    second = Runner(nxt, globals_)
    assert second.var("kept_wedding") is True and second.var("talked") == 0


def test_triggers_queue_behind_the_running_thread() -> None:
    runner, _ = make(TextTiming(chars_per_tick=0))
    host = FakeHost(move_ticks=1)
    runner.step(host)
    runner.trigger("hide_lesson")
    runner.trigger("hide_lesson")
    assert runner.pending == ["hide_lesson"]
    with pytest.raises(ValueError, match="no node 'nowhere'"):
        runner.trigger("nowhere")
    assert runner.node == "start"


def test_a_trigger_runs_when_the_runner_is_idle() -> None:
    text = "scene: t\ncast: {dal: {name: Dal}}\nnodes:\n  start: [{end: true}]\n"
    text += (
        "  bark:\n    trigger: true\n    steps:\n      - say: dal\n        id: t.bark\n        text: Hm.\n"
    )
    text += "      - end: true\n"
    runner, _ = make(text=text)
    host = FakeHost()
    runner.step(host)
    assert runner.idle
    runner.trigger("bark")
    runner.step(host)
    assert line_id(runner) == "t.bark" and runner.visits == {"start": 1, "bark": 1}


def test_a_loop_with_nothing_blocking_stops_its_thread_with_a_message_but_not_the_game() -> None:
    text = "scene: t\nvars: {n: {type: int}}\nnodes:\n  start:\n    - set: {n: 'n + 1'}\n    - goto: start\n"
    runner, _ = make(text=text)
    runner.step(FakeHost())
    first = runner.var("n")
    assert 0 < int(first) <= MAX_STEPS_PER_TICK
    assert runner.idle and runner.fault is not None and "steps in one tick" in runner.fault
    runner.step(FakeHost())
    assert runner.var("n") == first, "the stopped thread does not run again"


def test_division_by_zero_gives_zero() -> None:
    text = "scene: t\nvars: {x: {type: float, default: 2}}\nnodes:\n  start:\n    - set: {x: 'x / 0'}\n"
    text += "    - end: true\n"
    runner, _ = make(text=text)
    runner.step(FakeHost())
    assert runner.var("x") == 0.0


@pytest.mark.parametrize(
    "change",
    [
        {"version": 2},
        {"scene": "elsewhere"},
        {"frames": [["nowhere", 0]]},
        {"frames": [["talk", 99]]},
        {"locals": {"talked": "three"}},
        {"wait": "sleep"},
        {"wait": "line", "frames": [["talk", 1]]},
        {"pending": ["nowhere"]},
        {"wait_ticks": 1.5},
    ],
)
def test_restoring_bad_story_state_is_a_clear_error(change: dict[str, object]) -> None:
    runner, globals_ = make()
    data = {**runner.to_save(), **change}
    with pytest.raises(StorySaveError, match="story state"):
        Runner.from_save(runner.story, globals_, data)


def test_snapshot_is_plain_json() -> None:
    runner, globals_ = make()
    runner.step(FakeHost())
    text = json.dumps([runner.snapshot(), globals_.snapshot()])
    assert json.loads(text)[0][0] == [["start", 1]]


def test_a_condition_from_elsewhere_reads_story_and_world_values() -> None:
    runner, globals_ = make()
    host = FakeHost()
    globals_.values["kept_wedding"] = True
    assert runner.condition(parse_expr("kept_wedding and bond >= 0.5"), host)
    host.values["bond"] = 0.2
    assert not runner.condition(parse_expr("kept_wedding and bond >= 0.5"), host)


def test_an_effect_runs_on_the_host_and_lands_at_once_when_skipped() -> None:
    text = "scene: t\nnodes:\n  start:\n    cutscene: true\n    steps:\n      - effect: glitch\n"
    text += "      - wait: 100\n      - effect: drain\n        ticks: 90\n      - end: true\n"
    runner, _ = make(text=text)
    host = FakeHost()
    runner.step(host)
    assert host.calls == [("effect", "glitch", 60)] and runner.input_locked
    runner.skip_cutscene(host)
    assert host.calls == [("effect", "glitch", 60), ("effect", "drain", 0)] and runner.idle


def test_a_save_taken_inside_the_checkpoint_call_continues_after_it() -> None:
    text = "scene: t\nvars: {n: {type: int}}\nnodes:\n  start:\n    - checkpoint: here\n"
    text += "    - set: {n: 'n + 1'}\n    - wait: 5\n    - end: true\n"
    runner, globals_ = make(text=text)
    saves: list[dict[str, object]] = []

    class SavingHost(FakeHost):
        def checkpoint(self, at: str) -> None:
            saves.append(runner.to_save())

    runner.step(SavingHost())
    restored = Runner.from_save(runner.story, globals_, saves[0])
    host = SavingHost()
    restored.step(host)
    assert restored.var("n") == 1 and len(saves) == 1  # the checkpoint did not run again


def test_a_line_shows_with_its_written_expression_and_neutral_otherwise() -> None:
    text = """
scene: t
cast: {dal: {name: Dal}}
nodes:
  start:
    - {say: dal, id: t.a, text: "Ha!", expression: laugh}
    - {say: dal, id: t.b, text: "Hm."}
    - end: true
"""
    runner, _ = make(TextTiming(chars_per_tick=1.0, auto_advance=2), text)
    host = FakeHost()
    runner.step(host)
    assert runner.current_line is not None and runner.current_line.expression == "laugh"
    run_until(runner, host, lambda r: line_id(r) == "t.b")
    assert runner.current_line is not None and runner.current_line.expression == "neutral"
