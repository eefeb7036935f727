"""Reading single located YAML fields for the story builder: names, flags, texts, line ids, expressions,
command arguments; each problem becomes a diagnostic (codes in docs/story.md)."""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable

from game.content.diagnostics import Diagnostic
from game.content.story_yaml import Located, YMap
from game.story.commands import ArgKind, ArgSpec, CommandSpec
from game.story.expr import Const, Expr, ExprError, parse_expr
from game.story.model import Line
from game.story.text import TextError, parse_text
from game.story.values import Value
from game.world.level import SourcePos

_LINE_ID = re.compile(r"[a-z0-9_]+(\.[a-z0-9_-]+)+\Z")


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest known name, or nothing."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class FieldReader:
    """Reads fields of one story file, collecting diagnostics."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.diagnostics: list[Diagnostic] = []
        self.scene = ""
        self.scene_loc: Located | None = None
        self.prefix_misses: list[tuple[Located, str]] = []
        """Line ids that do not start with the scene: said once at the ``scene`` key when none does."""
        self.prefix_hits = 0

    def pos(self, loc: Located) -> SourcePos:
        return SourcePos(self.path, loc.line, loc.col)

    def error(self, loc: Located, code: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(self.path, loc.line, loc.col, code, message))

    def mapping(self, loc: Located, what: str) -> YMap | None:
        if isinstance(loc.value, YMap):
            return loc.value
        self.error(loc, "S003", f"{what} must be a mapping, but YAML read {loc.describe()}")
        return None

    def name(self, loc: Located, what: str) -> str | None:
        """A node, speaker or other name: text, not a boolean or number."""
        if isinstance(loc.value, str) and loc.value:
            return loc.value
        shown = f"`{loc.raw}` as " if loc.raw else ""
        self.error(loc, "S003", f"{what} must be a name, but YAML read {shown}{loc.describe()}")
        return None

    def flag(self, loc: Located | None, what: str) -> bool:
        if loc is None:
            return False
        if isinstance(loc.value, bool):
            return loc.value
        shown = f"`{loc.raw}` as " if loc.raw else ""
        self.error(loc, "S003", f"{what} must be true or false, but YAML read {shown}{loc.describe()}")
        return False

    def unknown_keys(self, m: YMap, allowed: Iterable[str], what: str) -> None:
        allowed = tuple(allowed)
        for key, key_loc, _ in m.items():
            if key not in allowed:
                listed = ", ".join(allowed) if allowed else "nothing else"
                hint = did_you_mean(key, allowed)
                self.error(key_loc, "S004", f"unknown key '{key}' in {what}{hint} (allowed: {listed})")

    def unknown_keys_except(self, m: YMap, head: str, allowed: tuple[str, ...], what: str) -> None:
        sub = YMap()
        sub.entries = {k: e for k, e in m.entries.items() if k != head}
        self.unknown_keys(sub, allowed, what)

    def line(self, m: YMap, where: Located, text_key: str, what: str) -> Line | None:
        """The translatable line of a step: its ``id`` and its text (``text_key``)."""
        text_loc = m.get(text_key)
        id_loc = m.get("id")
        if text_loc is None:
            self.error(where, "S005", f"the {what} has no '{text_key}'")
            return None
        source = self.text_value(text_loc, "text")
        line_id = self.line_id(id_loc, where, what)
        if source is None or line_id is None or id_loc is None:
            return None
        try:
            text = parse_text(source)
        except TextError as err:
            self.error(text_loc, "S021", f"cannot read the text's placeholders: {err}")
            return None
        return Line(line_id, text, self.pos(text_loc), self.pos(id_loc))

    def text_value(self, loc: Located, what: str) -> str | None:
        value = loc.value
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, str) or value is None:
            self.error(loc, "S008", f"{what} is empty")
        elif loc.raw is not None:
            self.error(
                loc,
                "S008",
                f"{what} must be a string, but YAML read `{loc.raw}` as {loc.describe()}; put it in quotes",
            )
        else:
            self.error(loc, "S008", f"{what} must be a string, but YAML read {loc.describe()}")
        return None

    def line_id(self, id_loc: Located | None, where: Located, what: str) -> str | None:
        if id_loc is None:
            self.error(where, "S009", f"the {what} has no line 'id'")
            return None
        value = id_loc.value
        if not isinstance(value, str) or not _LINE_ID.match(value):
            shown = value if isinstance(value, str) else id_loc.raw
            self.error(
                id_loc, "S023", f"line id '{shown}' must look like 'scene.node.name' (a-z, 0-9, _ and dots)"
            )
            return None
        if self.scene and not value.startswith(self.scene + "."):
            self.prefix_misses.append((id_loc, value))
            return value  # said by :meth:`said_prefix_misses`, at the root cause
        self.prefix_hits += 1
        return value

    def said_prefix_misses(self) -> None:
        """Line ids without the scene prefix: when no line id has it but they agree on another, the ``scene``
        value is the mistake (one diagnostic there), else each line id is."""
        misses, self.prefix_misses = self.prefix_misses, []
        firsts = {value.split(".", 1)[0] for _loc, value in misses}
        if len(misses) > 1 and not self.prefix_hits and len(firsts) == 1 and self.scene_loc is not None:
            written = firsts.pop()
            self.error(
                self.scene_loc,
                "S023",
                f"scene '{self.scene}' does not match the story's line ids: all {len(misses)} start with"
                f" '{written}.' (did you mean 'scene: {written}'?)",
            )
            return
        for loc, value in misses:
            self.error(loc, "S023", f"line id '{value}' must start with '{self.scene}.'")

    def expr(self, loc: Located) -> Expr | None:
        value = loc.value
        if isinstance(value, str):
            try:
                return parse_expr(value)
            except ExprError as err:
                self.error(loc, "S010", err.message)
                return None
        if isinstance(value, int | float) and is_finite(value):
            return Const(value)
        self.error(loc, "S010", f"expected an expression, but YAML read {loc.describe()}")
        return None

    def argument(self, spec: CommandSpec, arg: ArgSpec, loc: Located) -> Value | None:
        value = loc.value
        what = f"'{arg.name}' of {spec.name}"
        if arg.kind in (ArgKind.INT, ArgKind.FLOAT):
            whole = arg.kind is ArgKind.INT
            number: int | float | None = None
            if is_whole(value) and isinstance(value, int):
                number = value if whole else float(value)
            elif isinstance(value, float) and not whole and math.isfinite(value):
                number = value
            if number is None:
                kind = "a whole number" if whole else "a number"
                self.error(loc, "S007", f"{what} must be {kind}, but YAML read {loc.describe()}")
                return None
            low = -math.inf if arg.low is None else arg.low
            high = math.inf if arg.high is None else arg.high
            if not low <= number <= high:
                self.error(loc, "S007", f"{what} must be between {low:g} and {high:g}")
                return None
            return number
        if arg.kind is ArgKind.BOOL:
            if isinstance(value, bool):
                return value
            self.error(loc, "S007", f"{what} must be true or false, but YAML read {loc.describe()}")
            return None
        if not isinstance(value, str) or not value:
            shown = f"`{loc.raw}` as " if loc.raw else ""
            quote = "; put it in quotes" if loc.raw else ""
            self.error(loc, "S007", f"{what} must be a name, but YAML read {shown}{loc.describe()}{quote}")
            return None
        if arg.kind is ArgKind.CHOICE and value not in arg.choices:
            listed = ", ".join(arg.choices)
            self.error(loc, "S007", f"{what} must be one of: {listed}{did_you_mean(value, arg.choices)}")
            return None
        return value


def is_whole(value: object) -> bool:
    """An int that is not a bool."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_finite(value: object) -> bool:
    """Not a float infinity or NaN."""
    return not isinstance(value, float) or math.isfinite(value)
