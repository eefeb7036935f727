"""The story model: a scene's story as frozen data (cast, typed variables, nodes of steps).

The content edge (``game.content.story_yaml``) builds it from YAML; the checker reads it; ``program`` compiles
it for the runner. Every piece keeps the :class:`SourcePos` it was written at, for diagnostics.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from game.story.expr import Expr
from game.story.values import Value, VarType
from game.world.level import SourcePos


@dataclass(frozen=True, slots=True)
class VarDecl:
    """A declared variable: scene-local, or ``global`` (carried across scenes in :class:`Globals`)."""

    name: str
    type: VarType
    default: Value
    is_global: bool
    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class CastMember:
    """A declared speaker: its id (used in steps) and its display name in English."""

    id: str
    name: str
    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class Ref:
    """A ``{var}`` placeholder inside a text."""

    name: str


@dataclass(frozen=True, slots=True)
class Text:
    """English source text, split into literal pieces and ``{var}`` placeholders."""

    source: str
    pieces: tuple[str | Ref, ...]

    @property
    def refs(self) -> tuple[str, ...]:
        """The variable names the text interpolates, in order."""
        return tuple(p.name for p in self.pieces if isinstance(p, Ref))


@dataclass(frozen=True, slots=True)
class Line:
    """One translatable unit: a stable id and its English text."""

    id: str
    text: Text
    pos: SourcePos = field(compare=False)
    """Where the text is written (the id's own position is ``id_pos``)."""
    id_pos: SourcePos = field(compare=False)


EXPRESSIONS = ("neutral", "worried", "smile", "laugh", "tender", "tired", "determined", "sad")
"""The portrait expressions a `say` step may ask for (``expression:``); the portrait sheet has one column each."""


@dataclass(frozen=True, slots=True)
class Say:
    """A line spoken by a cast member; blocks until the player advances (or it auto-advances)."""

    speaker: str
    line: Line
    auto: int | None
    """Ticks after full reveal before the line moves on by itself (None: the player's setting)."""
    pos: SourcePos = field(compare=False)
    expression: str = "neutral"
    """The speaker's portrait while the line shows: one of :data:`EXPRESSIONS`."""


@dataclass(frozen=True, slots=True)
class Option:
    """One answer of a choice: shown when ``cond`` holds (and, if ``once``, not yet chosen)."""

    line: Line
    cond: Expr | None
    cond_pos: SourcePos | None = field(compare=False)
    once: bool
    body: tuple[Step, ...]
    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class Choice:
    """The player picks one available option; its body runs, then the steps after the choice."""

    options: tuple[Option, ...]
    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class Assign:
    """``name = expr`` inside a ``set`` step."""

    name: str
    expr: Expr
    pos: SourcePos = field(compare=False)
    expr_pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class Set:
    """Assign variables, in order."""

    assigns: tuple[Assign, ...]
    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class If:
    """Run ``then`` when ``cond`` holds, else ``orelse``."""

    cond: Expr
    then: tuple[Step, ...]
    orelse: tuple[Step, ...]
    pos: SourcePos = field(compare=False)
    cond_pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class Goto:
    """Continue at the start of another node (the call stack stays as it is)."""

    node: str
    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class Call:
    """Run another node, then come back here when it falls off its end."""

    node: str
    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class End:
    """Stop the story thread (the whole call stack)."""

    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class Until:
    """Block until a condition holds (checked once per tick)."""

    cond: Expr
    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class Command:
    """A game command from the registry (``game.story.commands``) with its arguments, defaults filled in."""

    name: str
    args: Mapping[str, Value]
    line: Line | None
    """The translatable text of commands that carry one (``objective``)."""
    pos: SourcePos = field(compare=False)
    arg_pos: Mapping[str, SourcePos] = field(compare=False)


@dataclass(frozen=True, slots=True)
class Invalid:
    """A step that could not be read (its diagnostic was reported); only in leniently parsed stories."""

    pos: SourcePos = field(compare=False)


Step = Say | Choice | Set | If | Goto | Call | End | Until | Command | Invalid


@dataclass(frozen=True, slots=True)
class Node:
    """Named steps. ``cutscene`` locks player input while it runs; ``trigger``: a map Trigger may start it."""

    name: str
    steps: tuple[Step, ...]
    cutscene: bool
    trigger: bool
    pos: SourcePos = field(compare=False)


@dataclass(frozen=True, slots=True)
class Story:
    """One scene's story file."""

    scene: str
    start: str
    cast: Mapping[str, CastMember]
    vars: Mapping[str, VarDecl]
    nodes: Mapping[str, Node]
    path: str
    start_pos: SourcePos = field(compare=False)

    @property
    def triggers(self) -> tuple[str, ...]:
        """Nodes a map Trigger object may start, in file order."""
        return tuple(n.name for n in self.nodes.values() if n.trigger)
