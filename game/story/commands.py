"""The registry of game commands: each one's argument schema, whether it blocks, and how it runs.

A command step is written with the command's name first; its value fills the command's ``head`` argument and
the other arguments sit beside it::

    - move: dal
      to: shelf_gap
      run: true
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from game.story.host import StoryHost
from game.story.model import Command
from game.story.values import Value, VarType


class ArgKind(Enum):
    """What an argument holds; the checker validates names against the map, the cast and the scenes."""

    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    STR = "str"
    TEXT = "text"
    """Player-visible English text: the step needs a line ``id``."""
    OBJECT = "object"
    """The name of a Tiled object in the scene's map."""
    TARGET = "target"
    """An actor (cast id or role) or a Tiled object name."""
    ACTOR = "actor"
    """A cast id or a role (``player``, ``partner``)."""
    SCENE = "scene"
    CHOICE = "choice"
    """One of a fixed set of words (``choices``)."""


class Blocking(Enum):
    """When a command lets the story go on."""

    NO = "no"
    TICKS = "ticks"
    """After its ``ticks`` argument has passed (the runner counts)."""
    ACTOR = "actor"
    """When the host says the actor has arrived (``StoryHost.moving``)."""


@dataclass(frozen=True, slots=True)
class ArgSpec:
    """One argument: its kind, whether it is required, its default, its allowed words or range."""

    name: str
    kind: ArgKind
    required: bool = False
    default: Value | None = None
    choices: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """A command's schema. ``head`` is the argument written as the step's own value."""

    name: str
    head: str
    args: tuple[ArgSpec, ...]
    blocking: Blocking
    summary: str
    ends_thread: bool = False
    one_of: tuple[str, ...] = ()
    """Exactly one of these arguments must be given."""

    def arg(self, name: str) -> ArgSpec | None:
        """The argument called ``name``, if the command has one."""
        for spec in self.args:
            if spec.name == name:
                return spec
        return None


ROLES = ("player", "partner")
"""Actor names that mean whoever plays that role, besides the cast ids."""

EXTRA_SCENES = ("ending", "credits", "title")
"""Scenes a ``scene`` step may name besides the level scenes."""

HOST_VALUES: Mapping[str, VarType] = {
    "bond": VarType.FLOAT,
    "hands": VarType.BOOL,
    "filming": VarType.BOOL,
    "hidden": VarType.BOOL,
    "seen": VarType.BOOL,
}
"""World values a condition may read: the bond (0..1), holding hands, looking through the camcorder, both of
the pair hidden (in cover or a hide spot), and the Cube seeing one of them (in its light and its sight)."""

DIRECTIONS = ("up", "down", "left", "right")

_TICKS = ArgSpec("ticks", ArgKind.INT, default=0, low=0, high=36_000)


def _spec(
    name: str,
    blocking: Blocking,
    summary: str,
    *args: ArgSpec,
    ends_thread: bool = False,
    one_of: tuple[str, ...] = (),
) -> CommandSpec:
    """A command whose first argument is its head."""
    return CommandSpec(name, args[0].name, args, blocking, summary, ends_thread, one_of)


COMMANDS: Mapping[str, CommandSpec] = {
    spec.name: spec
    for spec in (
        _spec(
            "wait",
            Blocking.TICKS,
            "do nothing for a number of ticks (60 a second)",
            ArgSpec("ticks", ArgKind.INT, required=True, low=0, high=36_000),
        ),
        _spec(
            "move",
            Blocking.ACTOR,
            "walk an actor to an object; blocks until it arrives unless `wait: false`",
            ArgSpec("actor", ArgKind.ACTOR, required=True),
            ArgSpec("to", ArgKind.OBJECT, required=True),
            ArgSpec("run", ArgKind.BOOL, default=False),
            ArgSpec("wait", ArgKind.BOOL, default=True),
        ),
        _spec(
            "face",
            Blocking.NO,
            "turn an actor toward an actor or object (`to`) or to a direction (`dir`)",
            ArgSpec("actor", ArgKind.ACTOR, required=True),
            ArgSpec("to", ArgKind.TARGET),
            ArgSpec("dir", ArgKind.CHOICE, choices=DIRECTIONS),
            one_of=("to", "dir"),
        ),
        _spec(
            "camera",
            Blocking.TICKS,
            "point the camera at an actor or object, panning over `ticks`",
            ArgSpec("to", ArgKind.TARGET, required=True),
            _TICKS,
        ),
        _spec(
            "shake",
            Blocking.NO,
            "shake the screen",
            ArgSpec("strength", ArgKind.FLOAT, required=True, low=0.0, high=1.0),
            ArgSpec("ticks", ArgKind.INT, default=20, low=0, high=36_000),
        ),
        _spec(
            "fade",
            Blocking.TICKS,
            "fade `out` to a colour or `in` from it",
            ArgSpec("to", ArgKind.CHOICE, required=True, choices=("out", "in")),
            ArgSpec("ticks", ArgKind.INT, default=30, low=0, high=36_000),
            ArgSpec("color", ArgKind.CHOICE, default="black", choices=("black", "white")),
        ),
        _spec(
            "sound",
            Blocking.NO,
            "play a sound effect",
            ArgSpec("name", ArgKind.STR, required=True),
            ArgSpec("at", ArgKind.OBJECT),
        ),
        _spec(
            "music",
            Blocking.NO,
            "change the music (`none` stops it)",
            ArgSpec("name", ArgKind.STR, required=True),
            ArgSpec("fade", ArgKind.INT, default=60, low=0, high=36_000),
        ),
        _spec("give", Blocking.NO, "give the pair an item", ArgSpec("item", ArgKind.STR, required=True)),
        _spec(
            "objective",
            Blocking.NO,
            "show where to go next: text (with a line id) and the target object",
            ArgSpec("text", ArgKind.TEXT, required=True),
            ArgSpec("target", ArgKind.OBJECT, required=True),
        ),
        _spec(
            "checkpoint",
            Blocking.NO,
            "save a checkpoint; a retry starts at the object `at`",
            ArgSpec("at", ArgKind.OBJECT, required=True),
        ),
        _spec(
            "scene",
            Blocking.NO,
            "leave for another scene (ends the story thread)",
            ArgSpec("to", ArgKind.SCENE, required=True),
            ArgSpec("ending", ArgKind.STR),
            ends_thread=True,
        ),
        _spec(
            "effect",
            Blocking.NO,
            "a named presentation effect (`glitch`, `drain`, `overlap`...) over `ticks`",
            ArgSpec("name", ArgKind.STR, required=True),
            ArgSpec("ticks", ArgKind.INT, default=60, low=0, high=36_000),
        ),
        _spec(
            "bond",
            Blocking.NO,
            "nudge the pair's bond by `delta`",
            ArgSpec("delta", ArgKind.FLOAT, required=True, low=-1.0, high=1.0),
        ),
    )
}


def blocking_of(cmd: Command) -> Blocking:
    """How this command step blocks (a ``move`` with ``wait: false`` does not)."""
    if cmd.name == "move" and not cmd.args.get("wait", True):
        return Blocking.NO
    return COMMANDS[cmd.name].blocking


def run_command(host: StoryHost, cmd: Command, instant: bool = False) -> None:
    """Carry out a command on the host; ``instant`` (skipping a cutscene) applies only its end state."""
    args = cmd.args
    match cmd.name:
        case "wait":
            return
        case "move":
            if instant:
                host.place(_str(args, "actor"), _str(args, "to"))
            else:
                host.move(_str(args, "actor"), _str(args, "to"), bool(args["run"]))
        case "face":
            host.face(_str(args, "actor"), _opt(args, "to"), _opt(args, "dir"))
        case "camera":
            host.camera(_str(args, "to"), 0 if instant else _int(args, "ticks"))
        case "shake":
            if not instant:
                host.shake(_float(args, "strength"), _int(args, "ticks"))
        case "fade":
            host.fade(_str(args, "to"), 0 if instant else _int(args, "ticks"), _str(args, "color"))
        case "sound":
            if not instant:
                host.sound(_str(args, "name"), _opt(args, "at"))
        case "music":
            host.music(_str(args, "name"), 0 if instant else _int(args, "fade"))
        case "give":
            host.give(_str(args, "item"))
        case "objective":
            assert cmd.line is not None  # the loader requires an id on objectives
            host.objective(cmd.line.id, _str(args, "target"))
        case "checkpoint":
            host.checkpoint(_str(args, "at"))
        case "scene":
            host.scene(_str(args, "to"), _opt(args, "ending"))
        case "effect":
            host.effect(_str(args, "name"), 0 if instant else _int(args, "ticks"))
        case "bond":
            host.bond(_float(args, "delta"))
        case _:
            raise ValueError(f"unknown command {cmd.name!r}")


def _str(args: Mapping[str, Value], name: str) -> str:
    return str(args[name])


def _opt(args: Mapping[str, Value], name: str) -> str | None:
    value = args.get(name)
    return None if value is None else str(value)


def _int(args: Mapping[str, Value], name: str) -> int:
    return int(args[name])


def _float(args: Mapping[str, Value], name: str) -> float:
    return float(args[name])
