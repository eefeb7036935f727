"""A :class:`Runner`'s state as plain data: saving, restoring (checking every piece fits the story) and the
state-hash snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from game.story.model import Command, Say, Story, Until
from game.story.program import Ask, Code
from game.story.state import SAVE_VERSION, StorySaveError
from game.story.thread import Frame, Wait
from game.story.values import Value, VarType


class Runner(Protocol):
    """The state of a story runner (``game.story.runner.Runner``) that is saved and hashed."""

    story: Story
    code: Mapping[str, Code]
    locals: dict[str, Value]
    visits: dict[str, int]
    chosen: set[str]
    frames: list[Frame]
    pending: list[str]
    wait: Wait
    wait_ticks: int
    reveal_ticks: int
    line_auto: int
    line_seen_before: bool
    options: tuple[int, ...]


_WAITS_ON: dict[Wait, type] = {
    Wait.LINE: Say,
    Wait.CHOICE: Ask,
    Wait.TICKS: Command,
    Wait.ACTOR: Command,
    Wait.UNTIL: Until,
}


def dump(runner: Runner) -> dict[str, object]:
    """Plain data for a save file (see :meth:`Runner.to_save`)."""
    return {
        "version": SAVE_VERSION,
        "scene": runner.story.scene,
        "frames": [[f.node, f.pc] for f in runner.frames],
        "locals": dict(sorted(runner.locals.items())),
        "visits": dict(sorted(runner.visits.items())),
        "chosen": sorted(runner.chosen),
        "pending": list(runner.pending),
        "wait": runner.wait.value,
        "wait_ticks": runner.wait_ticks,
        "reveal_ticks": runner.reveal_ticks,
        "line_auto": runner.line_auto,
        "line_seen_before": runner.line_seen_before,
        "options": list(runner.options),
    }


def snapshot(runner: Runner) -> list[object]:
    """Plain values for the state hash, floats rounded to 3 places."""
    return [
        [[f.node, f.pc] for f in runner.frames],
        [[k, round(v, 3) if isinstance(v, float) else v] for k, v in sorted(runner.locals.items())],
        [[k, v] for k, v in sorted(runner.visits.items())],
        sorted(runner.chosen),
        list(runner.pending),
        runner.wait.value,
        runner.wait_ticks,
        runner.reveal_ticks,
        runner.line_auto,
        list(runner.options),
    ]


def restore(runner: Runner, data: object) -> None:
    """Load :meth:`Runner.to_save` data into a fresh runner; raises :class:`StorySaveError` on a misfit."""
    story = runner.story
    if not isinstance(data, dict) or data.get("version") != SAVE_VERSION:
        raise StorySaveError("story state: not a version 1 save")
    if data.get("scene") != story.scene:
        raise StorySaveError(f"story state: saved for scene {data.get('scene')!r}, not {story.scene!r}")
    frames = []
    for item in _list(data, "frames"):
        if not (isinstance(item, list) and len(item) == 2 and item[0] in runner.code and _is_int(item[1])):
            raise StorySaveError(f"story state: bad frame {item!r}")
        node, pc = item
        if not 0 <= pc <= len(runner.code[node].instrs):
            raise StorySaveError(f"story state: position {pc} is outside node {node!r}")
        frames.append(Frame(node, pc))
    for name, value in _dict(data, "locals").items():
        decl = story.vars.get(name)
        if decl is None or decl.is_global:
            continue  # a variable the story no longer has
        if not isinstance(value, int | float | str) or not decl.type.accepts(value):
            raise StorySaveError(f"story state: {name!r} should be {decl.type.value}, not {value!r}")
        runner.locals[name] = decl.type.coerce(value)
    visits = {k: v for k, v in _dict(data, "visits").items() if isinstance(v, int) and _is_int(v)}
    pending = [n for n in _list(data, "pending") if isinstance(n, str) and n in runner.code]
    chosen = [c for c in _list(data, "chosen") if isinstance(c, str)]
    options = [i for i in _list(data, "options") if isinstance(i, int) and _is_int(i)]
    if len(visits) != len(_dict(data, "visits")) or len(pending) != len(_list(data, "pending")):
        raise StorySaveError("story state: bad visit counts or a queued node that does not exist")
    if len(chosen) != len(_list(data, "chosen")) or len(options) != len(_list(data, "options")):
        raise StorySaveError("story state: bad chosen or offered options")
    try:
        wait = Wait(data.get("wait"))
    except ValueError:
        raise StorySaveError(f"story state: unknown wait {data.get('wait')!r}") from None
    numbers = [n for k in ("wait_ticks", "reveal_ticks", "line_auto") if isinstance(n := data.get(k), int)]
    if (
        len(numbers) != 3
        or not all(_is_int(n) for n in numbers)
        or not isinstance(data.get("line_seen_before"), bool)
    ):
        raise StorySaveError("story state: bad wait counters")
    runner.frames = frames
    runner.visits = dict(visits)
    runner.pending = list(pending)
    runner.chosen = set(chosen)
    runner.wait = wait
    runner.wait_ticks, runner.reveal_ticks, runner.line_auto = numbers
    runner.line_seen_before = bool(data["line_seen_before"])
    runner.options = tuple(options)
    _check_wait(runner)


def _check_wait(runner: Runner) -> None:
    if runner.wait is Wait.NONE:
        return
    if not runner.frames or runner.frames[-1].pc >= len(runner.code[runner.frames[-1].node].instrs):
        raise StorySaveError("story state: waiting, but not on a step")
    instr = runner.code[runner.frames[-1].node].instrs[runner.frames[-1].pc]
    if not isinstance(instr, _WAITS_ON[runner.wait]):
        raise StorySaveError(f"story state: waiting on a {runner.wait.value}, but the step there is not one")
    if runner.wait is Wait.CHOICE:
        assert isinstance(instr, Ask)
        count = len(instr.choice.options)
        if not runner.options or not all(0 <= i < count for i in runner.options):
            raise StorySaveError("story state: offered options do not fit the choice")


def _is_int(value: object) -> bool:
    return VarType.of(value) is VarType.INT


def _list(data: dict[str, object], key: str) -> list[object]:
    value = data.get(key)
    if not isinstance(value, list):
        raise StorySaveError(f"story state: {key!r} is not a list")
    return value


def _dict(data: dict[str, object], key: str) -> dict[str, object]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise StorySaveError(f"story state: {key!r} is not a mapping")
    return value
