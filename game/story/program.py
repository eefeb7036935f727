"""The story compiled for the runner: each node's nested steps flattened into instructions with jumps.

A position in the story is then just ``(node, pc)``, which is what a save records. ``If`` becomes a
:class:`Branch` (and a :class:`Jump` over the else part); a choice becomes an :class:`Ask` whose options jump
to their bodies, each body ending with a jump past the others. The instruction after an ``Ask`` is the jump
taken when no option is available.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from game.story.expr import Expr
from game.story.model import Call, Choice, Command, End, Goto, If, Invalid, Node, Say, Set, Step, Story, Until


@dataclass(frozen=True, slots=True)
class Branch:
    """Go on when ``cond`` holds, else jump to ``target``."""

    cond: Expr
    target: int


@dataclass(frozen=True, slots=True)
class Jump:
    """Continue at ``target``."""

    target: int


@dataclass(frozen=True, slots=True)
class Ask:
    """Offer a choice; option ``i``'s body starts at ``targets[i]``."""

    choice: Choice
    targets: tuple[int, ...]


Instr = Say | Ask | Set | Branch | Jump | Goto | Call | End | Until | Command | Invalid


@dataclass(frozen=True, slots=True)
class Code:
    """One node's instructions; running past the last one returns to the caller (or ends the thread)."""

    node: Node
    instrs: tuple[Instr, ...]


def compile_story(story: Story) -> Mapping[str, Code]:
    """Every node of the story, compiled."""
    return {name: Code(node, compile_steps(node.steps)) for name, node in story.nodes.items()}


def compile_steps(steps: tuple[Step, ...]) -> tuple[Instr, ...]:
    """Flatten a block of steps."""
    out: list[Instr | None] = []
    _emit(steps, out)
    assert all(i is not None for i in out)
    return tuple(i for i in out if i is not None)


def _emit(steps: tuple[Step, ...], out: list[Instr | None]) -> None:
    for step in steps:
        match step:
            case If(cond=cond, then=then, orelse=orelse):
                branch_at = len(out)
                out.append(None)
                _emit(then, out)
                if orelse:
                    jump_at = len(out)
                    out.append(None)
                    else_at = len(out)
                    _emit(orelse, out)
                    out[jump_at] = Jump(len(out))
                else:
                    else_at = len(out)
                out[branch_at] = Branch(cond, else_at)
            case Choice(options=options):
                ask_at = len(out)
                out.append(None)
                none_at = len(out)
                out.append(None)
                targets, ends = [], []
                for option in options:
                    targets.append(len(out))
                    _emit(option.body, out)
                    ends.append(len(out))
                    out.append(None)
                after = len(out)
                for at in (none_at, *ends):
                    out[at] = Jump(after)
                out[ask_at] = Ask(step, tuple(targets))
            case _:
                out.append(step)
