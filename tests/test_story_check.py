"""``check`` for story files: each broken fixture gives exactly its expected diagnostics; the sample none."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.content.diagnostics import ContentError, Severity
from game.content.story_check import check_loaded_story, check_stories, check_story, condition_problem
from game.content.story_yaml import load_story, load_story_text

STORIES = Path(__file__).parent / "fixtures" / "stories"
BROKEN = STORIES / "broken"
OBJECTS = {"exit_highway", "brush_a", "cube_spot", "cp_start"}
SCENES = {"forest", "mall", "fantasy", "confrontation"}


def expected(name: str) -> list[str]:
    """The exact diagnostics of a broken fixture: ``<name>.expected`` beside it, one line each."""
    lines = (BROKEN / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    return [f"{BROKEN}/{line}" for line in lines]


EXPECTED = sorted(p.stem for p in BROKEN.glob("*.expected"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_broken_story_gives_exactly_these_diagnostics(name: str) -> None:
    path = BROKEN / f"{name}.yaml"
    found = [str(d) for d in check_story(path, OBJECTS, SCENES)]
    assert found == expected(name)


def test_every_broken_fixture_is_covered() -> None:
    assert {p.stem for p in BROKEN.glob("*.yaml")} == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_loading_a_broken_story_raises_content_error_with_its_load_time_problems(name: str) -> None:
    path = BROKEN / f"{name}.yaml"
    try:
        load_story(path)
    except ContentError as err:
        assert err.diagnostics
        assert all(str(d) in expected(name) for d in err.diagnostics)
    else:
        # Only whole-story problems (targets, reachability, names, types) are left for check.
        codes = {line.split(": ")[1].split()[1] for line in expected(name)}
        assert codes <= {"S012", "S013", "S014", "S015", "S016", "S017", "S018", "S019", "S020", "S022"}


def test_the_sample_story_is_clean() -> None:
    assert check_story(STORIES / "sample.yaml", OBJECTS, {"mall"}, {"hide_lesson"}) == []


def test_without_a_map_object_names_are_not_checked() -> None:
    found = [d.code for d in check_story(BROKEN / "missing_object.yaml", None, SCENES)]
    assert found == ["S020"]


def test_a_trigger_node_no_map_trigger_names_is_a_warning() -> None:
    found = check_story(STORIES / "sample.yaml", OBJECTS, {"mall"}, set())
    assert [(d.code, d.severity, d.line) for d in found] == [("S025", Severity.WARNING, 87)]


def test_an_objective_pointing_at_a_place_found_by_looking_is_an_error() -> None:
    story = load_story(STORIES / "sample.yaml")
    clean = check_loaded_story(story, OBJECTS, {"mall"}, {"hide_lesson"}, {"brush_a"})
    assert clean == []
    [diag] = check_loaded_story(story, OBJECTS, {"mall"}, {"hide_lesson"}, {"exit_highway"})
    assert (diag.code, diag.severity, diag.line) == ("S026", Severity.ERROR, 42)
    assert "'exit_highway' is a place found by looking" in diag.message


def test_an_unreadable_or_empty_file_is_one_diagnostic(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    [diag] = check_story(missing, None, SCENES)
    assert str(diag).startswith(f"{missing}:1:1: error S000: cannot read the story file")
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing\n")
    assert [str(d) for d in check_story(empty, None, SCENES)] == [
        f"{empty}:1:1: error S003: the file is empty; a story is a mapping with 'nodes'"
    ]
    listy = tmp_path / "list.yaml"
    listy.write_text("- say: dal\n")
    assert [str(d) for d in check_story(listy, None, SCENES)] == [
        f"{listy}:1:1: error S003: a story file must be a mapping, but YAML read a list"
    ]


def test_check_stories_compares_globals_and_line_ids_across_files() -> None:
    first = load_story_text(
        "scene: a\nvars:\n  kept: {type: bool, global: true}\ncast: {dal: {name: Dal}}\nnodes:\n  start:\n"
        "    - say: dal\n      id: a.start.1\n      text: Hi.\n    - end: true\n",
        "a.yaml",
    )
    second = load_story_text(
        "scene: a\nvars:\n  kept: {type: int, global: true}\ncast: {dal: {name: Dal}}\nnodes:\n  start:\n"
        "    - say: dal\n      id: a.start.1\n      text: Hi.\n    - end: true\n",
        "b.yaml",
    )
    assert [str(d) for d in check_stories([first, second])] == [
        "b.yaml:3:3: error S024: global 'kept' is declared as bool = False at a.yaml:3, but as int = 0 here",
        "b.yaml:8:11: error S018: line id 'a.start.1' is also used at a.yaml:8:11",
    ]


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("kept_wedding and bond > 0.5", None),
        ("visited('talk') > 0", None),
        ("kept_weding", "undeclared variable 'kept_weding' (did you mean 'kept_wedding'?)"),
        ("visited('tlak') > 0", "visited() names node 'tlak', which is not defined (did you mean 'talk'?)"),
        ("talked + 1", "a condition must be true/false, but this one is int"),
        ("mood > 1", "cannot compare str > int"),
        ("mood.upper()", "attribute access (.name) is not allowed in an expression"),
    ],
)
def test_conditions_written_elsewhere_are_checked_against_the_story(source: str, problem: str | None) -> None:
    assert condition_problem(source, load_story(STORIES / "sample.yaml")) == problem
