"""Every translatable unit of a story (lines, options, objectives, cast names) for translation tooling."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum

from game.story.model import Choice, Command, If, Line, Say, Step, Story
from game.world.level import SourcePos


class LineKind(Enum):
    """Where a unit appears."""

    SAY = "say"
    OPTION = "option"
    OBJECTIVE = "objective"
    CAST = "cast"


@dataclass(frozen=True, slots=True)
class LineUnit:
    """One translatable unit: its stable id (the .po msgctxt), English text (with ``{var}`` placeholders)."""

    id: str
    kind: LineKind
    speaker: str | None
    """The cast id of a spoken line."""
    text: str
    placeholders: tuple[str, ...]
    node: str | None
    pos: SourcePos = field(compare=False)


def iter_steps(steps: Iterable[Step]) -> Iterator[Step]:
    """Every step of a block and of the blocks nested in it, in file order."""
    for step in steps:
        yield step
        match step:
            case If(then=then, orelse=orelse):
                yield from iter_steps(then)
                yield from iter_steps(orelse)
            case Choice(options=options):
                for option in options:
                    yield from iter_steps(option.body)


def iter_story_lines(story: Story) -> Iterator[tuple[str, Line]]:
    """``(node, line)`` for every line of the story's steps, in file order."""
    for node in story.nodes.values():
        for step in iter_steps(node.steps):
            match step:
                case Say(line=line):
                    yield node.name, line
                case Choice(options=options):
                    for option in options:
                        yield node.name, option.line
                case Command(line=line) if line is not None:
                    yield node.name, line


def iter_units(story: Story) -> Iterator[LineUnit]:
    """Every translatable unit: the cast's names (id ``cast.<id>``, alike in every scene), then each line."""
    for member in story.cast.values():
        yield LineUnit(f"cast.{member.id}", LineKind.CAST, None, member.name, (), None, member.pos)
    speakers: dict[str, str] = {}
    kinds: dict[str, LineKind] = {}
    for node in story.nodes.values():
        for step in iter_steps(node.steps):
            match step:
                case Say(speaker=speaker, line=line):
                    speakers[line.id] = speaker
                    kinds[line.id] = LineKind.SAY
                case Command(line=line) if line is not None:
                    kinds[line.id] = LineKind.OBJECTIVE
    for node_name, line in iter_story_lines(story):
        kind = kinds.get(line.id, LineKind.OPTION)
        who = speakers.get(line.id) if kind is LineKind.SAY else None
        yield LineUnit(line.id, kind, who, line.text.source, line.text.refs, node_name, line.pos)


def line_table(story: Story) -> dict[str, str]:
    """English source text by id (the fallback when a translation lacks a line)."""
    return {unit.id: unit.text for unit in iter_units(story)}
