"""Story YAML: values keep their positions, duplicates are caught, and the model is built as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.diagnostics import ContentError
from game.content.story_yaml import load_story, load_story_text, parse_story
from game.content.yaml_located import YMap, read_located
from game.story.expr import Compare, Const, Name
from game.story.model import Call, Choice, Command, End, Goto, If, Invalid, Say, Set, Until
from game.world.level import SourcePos

SAMPLE = Path(__file__).parent / "fixtures" / "stories" / "sample.yaml"


def test_values_keep_their_line_and_column_and_raw_text() -> None:
    root, problems = read_located(b"a: 1\nb:\n  - yes\n  - 'no'\n", "x.yaml")
    assert problems == [] and root is not None
    assert isinstance(root.value, YMap)
    one = root.value.get("a")
    assert one is not None and (one.value, one.line, one.col, one.raw) == (1, 1, 4, "1")
    items = root.value.get("b")
    assert items is not None and isinstance(items.value, list)
    assert [(i.value, i.line, i.col, i.raw) for i in items.value] == [(True, 3, 5, "yes"), ("no", 4, 5, "no")]
    assert root.value.key("b").line == 2


def test_a_duplicate_key_is_reported_at_its_second_occurrence_and_the_first_is_kept() -> None:
    root, problems = read_located(b"a: 1\nb: 2\na: 3\n", "x.yaml")
    assert [str(p) for p in problems] == [
        "x.yaml:3:1: error S002: duplicate key 'a' (first written at line 1)"
    ]
    assert root is not None and isinstance(root.value, YMap)
    first = root.value.get("a")
    assert first is not None and first.value == 1


def test_a_non_text_key_is_reported() -> None:
    _, problems = read_located(b"yes: 1\n3: 2\n", "x.yaml")
    assert [str(p) for p in problems] == [
        "x.yaml:1:1: error S003: a key must be text, but YAML read `yes` as a boolean; put it in quotes",
        "x.yaml:2:1: error S003: a key must be text, but YAML read `3` as a number; put it in quotes",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"a: &x 1\nb: *x\n", "2:4: error S001: aliases (*name) are not supported in story files"),
        (b"a: {x: 1}\nb:\n  <<: {y: 2}\n", "3:3: error S001: merge keys (<<) are not supported"),
        (b"a: !custom 1\n", "1:4: error S001: could not determine a constructor for the tag '!custom'"),
        (b"a: !!set {x, y}\n", "1:4: error S001: YAML tags (tag:yaml.org,2002:set) are not supported"),
        (b"a: 2001-13-45\n", "1:4: error S001: cannot read '2001-13-45': month must be in 1..12"),
        (
            b"a: 1\n---\nb: 2\n",
            "2:1: error S001: expected a single document in the stream (from line 1, column 1)",
        ),
        (b"a: [" * 60, "1:97: error S001: nested more than 48 levels deep"),
        (b"a: b: c\n", "1:5: error S001: mapping values are not allowed here"),
        (b"a: b\nc: \x80\n", "2:4: error S001: the file is not UTF-8 text: byte 0x80 (invalid start byte)"),
        ("a: 한\nb: \x07".encode(), "2:4: error S001: a character YAML does not accept: U+0007"),
    ],
)
def test_yaml_problems_are_one_diagnostic_with_a_position(text: bytes, message: str) -> None:
    root, problems = read_located(text, "x.yaml")
    assert root is None
    assert str(problems[-1]).startswith(f"x.yaml:{message}")


def test_the_sample_builds_the_model_as_written() -> None:
    story = load_story(SAMPLE)
    path = str(SAMPLE)
    assert story.scene == "sample" and story.start == "start" and story.path == path
    assert story.cast["dal"].name == "Dal"
    assert story.vars["warmth"].default == 0.5 and story.vars["talks"].default == 0
    assert story.vars["kept_wedding"].is_global and not story.vars["mood"].is_global
    start = story.nodes["start"]
    assert start.cutscene and not start.trigger and story.triggers == ("hide_lesson",)
    music, fade = start.steps[0], start.steps[1]
    assert isinstance(music, Command) and music.args == {"name": "forest_chase", "fade": 60}
    assert isinstance(fade, Command) and fade.args == {"to": "in", "ticks": 30, "color": "black"}
    assert fade.pos == SourcePos(path, 19, 9) and fade.arg_pos["ticks"] == SourcePos(path, 20, 16)
    say = start.steps[7]
    assert isinstance(say, Say) and say.speaker == "byeol" and say.auto is None
    assert say.line.id == "sample.start.1" and say.line.text.source == "Left."
    assert say.line.pos == SourcePos(path, 34, 15) and say.line.id_pos == SourcePos(path, 33, 13)
    objective = start.steps[12]
    assert isinstance(objective, Command) and objective.line is not None
    assert objective.line.id == "sample.obj.highway" and objective.args["target"] == "exit_highway"
    assert isinstance(start.steps[13], Goto) and start.steps[13].node == "talk"
    talk = story.nodes["talk"].steps
    choice = talk[1]
    assert isinstance(choice, Choice) and [o.once for o in choice.options] == [True, False, False]
    food = choice.options[0]
    assert isinstance(food.body[0], Set) and isinstance(food.body[1], Call)
    hand = choice.options[1]
    assert hand.cond is not None and hand.cond_pos == SourcePos(path, 59, 15)
    branch = talk[2]
    assert isinstance(branch, If) and branch.cond == Name("kept_wedding")
    assert isinstance(branch.orelse[0], Goto)
    assert isinstance(talk[5], Until) and isinstance(talk[6], Command) and talk[6].name == "scene"
    hide = story.nodes["hide_lesson"].steps
    assert isinstance(hide[0], Command) and hide[0].args["wait"] is False and isinstance(hide[3], End)


def test_a_yaml_boolean_or_number_condition_is_a_constant() -> None:
    story = load_story_text("scene: t\nnodes:\n  start:\n    - until: true\n    - end: true\n", "t.yaml")
    step = story.nodes["start"].steps[0]
    assert isinstance(step, Until) and step.cond == Const(True)
    story = load_story_text("scene: t\nnodes:\n  start:\n    - if: 'a < 1'\n      then: []\n", "t.yaml")
    step2 = story.nodes["start"].steps[0]
    assert isinstance(step2, If) and isinstance(step2.cond, Compare)


def test_parsing_is_lenient_so_check_can_report_everything() -> None:
    story, problems = parse_story(
        "scene: t\ncast: {dal: {name: Dal}}\nnodes:\n  start:\n    - sya: x\n    - say: dal\n"
        "      id: t.start.1\n      text: Hi.\n    - end: true\n",
        "t.yaml",
    )
    assert [str(p) for p in problems] == [
        "t.yaml:5:7: error S006: unknown step or command 'sya' (did you mean 'say'?)"
    ]
    assert story is not None
    steps = story.nodes["start"].steps
    assert isinstance(steps[0], Invalid) and isinstance(steps[1], Say) and isinstance(steps[2], End)


def test_loading_a_story_with_problems_raises_content_error_listing_them_all() -> None:
    text = "scene: t\nnodes:\n  start:\n    - wait: -1\n    - fade: up\n    - end: false\n"
    with pytest.raises(ContentError) as err:
        load_story_text(text, "t.yaml")
    assert str(err.value).splitlines() == [
        "t.yaml:4:13: error S007: 'ticks' of wait must be between 0 and 36000",
        "t.yaml:5:13: error S007: 'to' of fade must be one of: out, in",
        "t.yaml:6:12: error S003: write `end: true`",
    ]


def test_an_objective_needs_its_target_and_a_face_exactly_one_of_to_or_dir() -> None:
    text = (
        "scene: t\ncast: {dal: {name: Dal}}\nnodes:\n  start:\n    - objective: Go.\n      id: t.obj\n"
        "    - face: dal\n      to: door\n      dir: up\n    - face: dal\n    - end: true\n"
    )
    _, problems = parse_story(text, "t.yaml")
    assert [str(p) for p in problems] == [
        "t.yaml:5:7: error S005: the objective step needs 'target'",
        "t.yaml:7:7: error S007: the face step needs exactly one of 'to' or 'dir'",
        "t.yaml:10:7: error S007: the face step needs exactly one of 'to' or 'dir'",
    ]


def test_placeholders_are_parsed_and_bad_braces_reported() -> None:
    text = (
        "scene: t\ncast: {dal: {name: Dal}}\nvars: {n: {type: int}}\nnodes:\n  start:\n"
        "    - say: dal\n      id: t.a\n      text: 'n is {n}, {{literally}}'\n"
        "    - say: dal\n      id: t.b\n      text: 'open { brace'\n    - end: true\n"
    )
    story, problems = parse_story(text, "t.yaml")
    assert [str(p) for p in problems] == [
        "t.yaml:11:13: error S021: cannot read the text's placeholders: a '{' is never closed "
        "(write '{{' for a brace)"
    ]
    assert story is not None
    say = story.nodes["start"].steps[0]
    assert isinstance(say, Say) and say.line.text.refs == ("n",)
    assert say.line.text.pieces[2] == ", {literally}"


def test_the_sample_uses_every_step_and_every_command() -> None:
    from game.content.story_build import CORE_STEPS
    from game.story.commands import COMMANDS
    from game.story.lines import iter_steps

    kinds = {"say": Say, "choice": Choice, "set": Set, "if": If, "goto": Goto, "call": Call, "end": End}
    kinds["until"] = Until
    story = load_story(SAMPLE)
    steps = [s for node in story.nodes.values() for s in iter_steps(node.steps)]
    used_core = {name for name, cls in kinds.items() if any(isinstance(s, cls) for s in steps)}
    used_commands = {s.name for s in steps if isinstance(s, Command)}
    assert used_core == set(CORE_STEPS) and used_commands == set(COMMANDS)
