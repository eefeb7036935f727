"""Fuzzing: bytes and mutated stories raise nothing but ContentError; a story that passes check runs."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.diagnostics import ContentError, Severity
from game.content.story_check import check_loaded_story
from game.content.story_yaml import load_story_text, parse_story
from game.story.runner import Runner
from game.story.state import Globals
from game.story.values import Value
from game.story.views import TextTiming

SAMPLE_TEXT = (Path(__file__).parent / "fixtures" / "stories" / "sample.yaml").read_text(encoding="utf-8")
OBJECTS = {"cube_spot", "brush_a", "cp_start", "exit_highway"}
EXAMPLES = int(os.environ.get("STORY_FUZZ_EXAMPLES", "300"))
"""Raise it for a long hunt: ``STORY_FUZZ_EXAMPLES=20000 pytest tests/test_story_fuzz.py``."""
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

YAML_BITS = st.sampled_from(
    [
        ":",
        "-",
        " ",
        "  ",
        "\n",
        "{",
        "}",
        "[",
        "]",
        "'",
        '"',
        "#",
        "&a",
        "*a",
        "!",
        "!!str",
        "<<",
        "yes",
        "no",
        "~",
        "null",
        "1e9",
        "0x1F",
        "2001-13-45",
        "say",
        "goto",
        "if",
        "then",
        "else",
        "choice",
        "do",
        "text",
        "id",
        "set",
        "wait",
        "move",
        "end",
        "true",
        "cutscene",
        "steps",
        "nodes",
        "talk",
        "laugh",
        "{mood}",
        "{",
        "}}",
        "\t",
        "\x00",
        "\ufeff",
        "é",
        "한",
        "|",
        ">",
        "---",
        "...",
        "%YAML 1.1",
        "? ",
        "bond > 1",
        "__class__",
        "visited('x')",
        "has(",
        "1/0",
        "-1",
        "99999999999999999999999",
        ".nan",
        ".inf",
    ]
)


VALUES = st.sampled_from(
    [
        "talk",
        "laugh",
        "start",
        "hide_lesson",
        "nowhere",
        "dal",
        "byeol",
        "player",
        "true",
        "false",
        "0",
        "3",
        "-2",
        "0.5",
        "'talked + 1'",
        "'kept_wedding'",
        "'not kept_wedding'",
        "brush_a",
        "mall",
        "sample.talk.9",
        "[]",
        "{}",
        "[{end: true}]",
        "[{goto: talk}]",
        "[{call: laugh}]",
        "'{mood}'",
        "30",
    ]
)


@st.composite
def mutated_sample(draw: st.DrawFn) -> str:
    """The sample story with a few random edits: cut, insert, duplicate or swap lines."""
    lines = SAMPLE_TEXT.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["insert", "cut", "duplicate", "swap", "replace", "value", "value"]))
        at = draw(st.integers(0, len(lines) - 1))
        line = lines[at]
        col = draw(st.integers(0, len(line)))
        if kind == "insert":
            lines[at] = line[:col] + draw(YAML_BITS) + line[col:]
        elif kind == "cut":
            lines[at] = line[:col] + line[col + draw(st.integers(1, 12)) :]
        elif kind == "duplicate":
            lines.insert(at, line)
        elif kind == "value" and ": " in line:
            lines[at] = line[: line.index(": ") + 2] + draw(VALUES) + "\n"
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        else:
            lines[at] = line[:col] + draw(st.text(max_size=8)) + "\n"
    return "".join(lines)


def load_or_content_error(data: bytes | str) -> None:
    try:
        load_story_text(data, "fuzz.yaml")
    except ContentError as err:
        assert err.diagnostics
        for diag in err.diagnostics:
            assert diag.path == "fuzz.yaml" and diag.line >= 1 and diag.col >= 1
            assert "\n" not in diag.message


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_only_ever_raise_content_error(data: bytes) -> None:
    load_or_content_error(data)


@FUZZ
@given(st.lists(YAML_BITS, max_size=60).map("".join))
def test_yaml_shaped_noise_only_ever_raises_content_error(text: str) -> None:
    load_or_content_error(text)


class IdleHost:
    """A host whose moves arrive at once and that holds hands from the start."""

    def move(self, actor: str, to: str, run: bool) -> None: ...
    def place(self, actor: str, to: str) -> None: ...
    def moving(self, actor: str) -> bool:
        return False

    def face(self, actor: str, toward: str | None, direction: str | None) -> None: ...
    def camera(self, to: str, ticks: int) -> None: ...
    def shake(self, strength: float, ticks: int) -> None: ...
    def fade(self, to: str, ticks: int, color: str) -> None: ...
    def effect(self, name: str, ticks: int) -> None: ...
    def sound(self, name: str, at: str | None) -> None: ...
    def music(self, name: str, fade_ticks: int) -> None: ...
    def give(self, item: str) -> None: ...
    def has(self, item: str) -> bool:
        return True

    def objective(self, line_id: str, target: str) -> None: ...
    def checkpoint(self, at: str) -> None: ...
    def scene(self, to: str, ending: str | None) -> None: ...
    def bond(self, delta: float) -> None: ...
    def value(self, name: str) -> Value:
        return {"bond": 0.5, "hands": True, "filming": False, "hidden": True}[name]


@FUZZ
@given(mutated_sample(), st.integers(0, 2**16))
def test_mutated_stories_are_reported_or_run_without_crashing(text: str, seed: int) -> None:
    story, problems = parse_story(text, "fuzz.yaml")
    if story is None:
        assert problems
        return
    problems += check_loaded_story(story, OBJECTS, {"mall"})
    if any(p.severity is Severity.ERROR for p in problems):
        return
    # A story that passes check never raises at run time, whatever the player presses.
    runner = Runner(story, Globals(), TextTiming(chars_per_tick=2))
    host = IdleHost()
    for tick in range(400):
        bits = (seed >> (tick % 16)) & 7
        runner.step(host, advance=bool(bits & 1), choice=bits % 3 if bits & 2 else None)
        if tick % 97 == 5:
            runner.skip_cutscene(host)
        if tick % 53 == 0 and story.triggers:
            runner.trigger(story.triggers[0])
    restored = Runner.from_save(story, runner.globals, runner.to_save(), runner.timing)
    assert restored.snapshot() == runner.snapshot()
