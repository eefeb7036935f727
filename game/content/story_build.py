"""Located YAML (``yaml_located``) -> the story model, reporting every shape problem as a diagnostic.

Lenient: a step that cannot be read is reported and becomes ``Invalid``, so that ``check`` can go on and find
the rest. Codes are listed in docs/story.md.
"""

from __future__ import annotations

import keyword
import re
from difflib import get_close_matches

from game.content.diagnostics import Diagnostic
from game.content.story_fields import FieldReader, did_you_mean, is_finite, is_whole
from game.content.yaml_located import Located, YMap
from game.story.commands import COMMANDS, HOST_VALUES, ArgKind, CommandSpec
from game.story.expr import FUNCTIONS
from game.story.model import (
    EXPRESSIONS,
    Assign,
    Call,
    CastMember,
    Choice,
    Command,
    End,
    Goto,
    If,
    Invalid,
    Line,
    Node,
    Option,
    Say,
    Set,
    Step,
    Story,
    Until,
    VarDecl,
)
from game.story.values import Value, VarType
from game.world.level import SourcePos

CORE_STEPS = ("say", "choice", "set", "if", "goto", "call", "end", "until")
STEP_NAMES = (*CORE_STEPS, *COMMANDS)
_SIBLINGS = {
    "say": ("id", "text", "auto", "expression"),
    "choice": (),
    "set": (),
    "if": ("then", "else"),
    "goto": (),
    "call": (),
    "end": (),
    "until": (),
}
_TOP_KEYS = ("scene", "start", "cast", "vars", "nodes")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_VAR_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
_LINE_ID = re.compile(r"[a-z0-9_]+(\.[a-z0-9_-]+)+\Z")
RESERVED = frozenset({"true", "false", *keyword.kwlist, *FUNCTIONS, *HOST_VALUES})


class _Builder(FieldReader):
    """Builds the model top-down, section by section."""

    # --- top level ---------------------------------------------------------------------------------------

    def story(self, root: Located) -> Story | None:
        m = self.mapping(root, "a story file")
        if m is None:
            return None
        self.unknown_keys(m, _TOP_KEYS, "the story file")
        for key in ("scene", "nodes"):
            # A mistyped key (`scne:`) was just reported with its did-you-mean: not also "no 'scene'".
            mistyped = any(k not in _TOP_KEYS and get_close_matches(k, _TOP_KEYS, n=1) == [key] for k in m)
            if key not in m and not mistyped:
                self.error(root, "S005", f"the story file has no '{key}'")
        scene_loc = m.get("scene")
        if scene_loc is not None:
            self.scene = self.name(scene_loc, "'scene'") or ""
            self.scene_loc = scene_loc
        start_loc = m.get("start")
        start = (self.name(start_loc, "'start'") if start_loc else None) or "start"
        cast = self.cast(m.get("cast"))
        decls = self.vars(m.get("vars"))
        nodes: dict[str, Node] = {}
        nodes_loc = m.get("nodes")
        if nodes_loc is not None and (nm := self.mapping(nodes_loc, "'nodes'")) is not None:
            for key, key_loc, value in nm.items():
                nodes[key] = self.node(key, key_loc, value)
        self.said_prefix_misses()
        start_pos = self.pos(start_loc) if start_loc else self.pos(root)
        return Story(self.scene, start, cast, decls, nodes, self.path, start_pos)

    def cast(self, loc: Located | None) -> dict[str, CastMember]:
        cast: dict[str, CastMember] = {}
        if loc is None or (m := self.mapping(loc, "'cast'")) is None:
            return cast
        for key, key_loc, value in m.items():
            if not _NAME.match(key):
                self.error(key_loc, "S011", f"cast id '{key}' must be a plain name (letters, digits, _)")
            name: str | None = None
            if isinstance(value.value, YMap):
                self.unknown_keys(value.value, ("name",), f"cast member '{key}'")
                name_loc = value.value.get("name")
                if name_loc is None:
                    self.error(value, "S005", f"cast member '{key}' has no 'name'")
                else:
                    name = self.text_value(name_loc, f"the name of '{key}'")
            else:
                self.error(
                    value, "S003", f"cast member '{key}' must be a mapping like {{name: {key.title()}}}"
                )
            cast[key] = CastMember(key, name or key, self.pos(key_loc))
        return cast

    def vars(self, loc: Located | None) -> dict[str, VarDecl]:
        decls: dict[str, VarDecl] = {}
        if loc is None or (m := self.mapping(loc, "'vars'")) is None:
            return decls
        for key, key_loc, value in m.items():
            if not _VAR_NAME.match(key) or key in RESERVED:
                if key in HOST_VALUES:
                    why = "is a world value the story reads (bond, hands, filming); it cannot be declared"
                elif key in RESERVED:
                    why = "is reserved"
                else:
                    why = "must be a plain name (letters, digits, _)"
                self.error(key_loc, "S011", f"variable name '{key}' {why}")
                continue
            dm = self.mapping(value, f"the declaration of '{key}'")
            if dm is None:
                continue
            self.unknown_keys(dm, ("type", "default", "global"), f"the declaration of '{key}'")
            type_loc = dm.get("type")
            types = ", ".join(t.value for t in VarType)
            if type_loc is None or type_loc.value not in {t.value for t in VarType}:
                where = type_loc or value
                self.error(where, "S011", f"variable '{key}' needs a type: one of {types}")
                continue
            kind = VarType(type_loc.value)
            default = kind.zero
            default_loc = dm.get("default")
            if default_loc is not None:
                given = default_loc.value
                if isinstance(given, int | float | str) and kind.accepts(given) and is_finite(given):
                    default = kind.coerce(given)
                else:
                    shown = f"`{default_loc.raw}`" if default_loc.raw is not None else "the value"
                    self.error(
                        default_loc,
                        "S011",
                        f"the default of '{key}' must be {kind.value}, but YAML read {shown} as "
                        f"{default_loc.describe()}",
                    )
            is_global = self.flag(dm.get("global"), f"'global' of '{key}'")
            decls[key] = VarDecl(key, kind, default, is_global, self.pos(key_loc))
        return decls

    def node(self, name: str, key_loc: Located, value: Located) -> Node:
        if not _NAME.match(name):
            self.error(key_loc, "S023", f"node name '{name}' must be a plain name (letters, digits, _)")
        cutscene = trigger = False
        steps_loc: Located | None = value
        if isinstance(value.value, YMap):
            m = value.value
            self.unknown_keys(m, ("steps", "cutscene", "trigger"), f"node '{name}'")
            cutscene = self.flag(m.get("cutscene"), "'cutscene'")
            trigger = self.flag(m.get("trigger"), "'trigger'")
            steps_loc = m.get("steps")
            if steps_loc is None:
                self.error(value, "S005", f"node '{name}' has no 'steps'")
        steps = self.steps(steps_loc, f"node '{name}'") if steps_loc is not None else ()
        return Node(name, steps, cutscene, trigger, self.pos(key_loc))

    # --- steps -------------------------------------------------------------------------------------------

    def steps(self, loc: Located, what: str) -> tuple[Step, ...]:
        if not isinstance(loc.value, list):
            self.error(loc, "S003", f"{what} must be a list of steps, but YAML read {loc.describe()}")
            return ()
        return tuple(self.step(item) for item in loc.value)

    def step(self, loc: Located) -> Step:
        if not isinstance(loc.value, YMap) or not loc.value:
            if not (isinstance(loc.value, YMap) and loc.value.dropped):  # else its keys were reported
                what = "an empty mapping" if isinstance(loc.value, YMap) else loc.describe()
                self.error(loc, "S003", f"a step must be a mapping like `say: dal`, but YAML read {what}")
            return Invalid(self.pos(loc))
        m = loc.value
        head = next((k for k in m if k in STEP_NAMES), None)
        if head is None:
            first = next(iter(m))
            self.error(
                m.key(first), "S006", f"unknown step or command '{first}'{did_you_mean(first, STEP_NAMES)}"
            )
            return Invalid(self.pos(loc))
        head_loc, value = m.key(head), m.get(head)
        assert value is not None
        if head in COMMANDS:
            return self.command(COMMANDS[head], m, head_loc, value)
        self.unknown_keys_except(m, head, _SIBLINGS[head], f"a {head} step")
        pos = self.pos(head_loc)
        match head:
            case "say":
                return self.say(m, head_loc, value)
            case "choice":
                return self.choice(value, pos)
            case "set":
                return self.set(value, pos)
            case "if":
                return self.if_step(m, head_loc, value)
            case "goto" | "call":
                node = self.name(value, f"'{head}'")
                if node is None:
                    return Invalid(pos)
                return Goto(node, self.pos(value)) if head == "goto" else Call(node, self.pos(value))
            case "end":
                if value.value is not True:
                    self.error(value, "S003", "write `end: true`")
                return End(pos)
            case _:
                cond = self.expr(value)
                return Invalid(pos) if cond is None else Until(cond, self.pos(value))

    def say(self, m: YMap, head_loc: Located, value: Located) -> Step:
        speaker = self.name(value, "the speaker of `say`")
        line = self.line(m, head_loc, "text", "say step")
        auto: int | None = None
        auto_loc = m.get("auto")
        if auto_loc is not None:
            ticks = auto_loc.value
            if isinstance(ticks, int) and is_whole(ticks) and 0 <= ticks <= 36_000:
                auto = ticks
            else:
                self.error(auto_loc, "S003", "'auto' must be a whole number of ticks (0 to 36000)")
        expression = "neutral"
        expr_loc = m.get("expression")
        if expr_loc is not None:
            written = expr_loc.value
            if isinstance(written, str) and written in EXPRESSIONS:
                expression = written
            else:
                shown = f"'{written}'" if isinstance(written, str) else expr_loc.describe()
                self.error(
                    expr_loc,
                    "S007",
                    f"'expression' must be one of {', '.join(EXPRESSIONS)}, not {shown}"
                    + (did_you_mean(written, EXPRESSIONS) if isinstance(written, str) else ""),
                )
        if speaker is None or line is None:
            return Invalid(self.pos(head_loc))
        return Say(speaker, line, auto, self.pos(head_loc), expression)

    def choice(self, value: Located, pos: SourcePos) -> Step:
        if not isinstance(value.value, list) or not value.value:
            self.error(value, "S003", "a choice is a list of options (id, text, if, once, do)")
            return Invalid(pos)
        options = []
        for item in value.value:
            m = self.mapping(item, "a choice option")
            if m is None:
                continue
            self.unknown_keys(m, ("id", "text", "if", "once", "do"), "a choice option")
            line = self.line(m, item, "text", "choice option")
            cond_loc = m.get("if")
            cond = self.expr(cond_loc) if cond_loc is not None else None
            once = self.flag(m.get("once"), "'once'")
            do_loc = m.get("do")
            body = self.steps(do_loc, "'do'") if do_loc is not None else ()
            if line is not None:
                cond_pos = self.pos(cond_loc) if cond_loc is not None else None
                options.append(Option(line, cond, cond_pos, once, body, self.pos(item)))
        return Choice(tuple(options), pos) if options else Invalid(pos)

    def set(self, value: Located, pos: SourcePos) -> Step:
        m = self.mapping(value, "`set`")
        if m is None or not m:
            if m is not None:
                self.error(value, "S003", "`set` needs at least one variable: `set: {name: value}`")
            return Invalid(pos)
        assigns = []
        for key, key_loc, expr_loc in m.items():
            expr = self.expr(expr_loc)
            if expr is not None:
                assigns.append(Assign(key, expr, self.pos(key_loc), self.pos(expr_loc)))
        return Set(tuple(assigns), pos) if len(assigns) == len(m) else Invalid(pos)

    def if_step(self, m: YMap, head_loc: Located, value: Located) -> Step:
        cond = self.expr(value)
        then_loc, else_loc = m.get("then"), m.get("else")
        if then_loc is None:
            self.error(head_loc, "S005", "the if step has no 'then'")
        then = self.steps(then_loc, "'then'") if then_loc is not None else ()
        orelse = self.steps(else_loc, "'else'") if else_loc is not None else ()
        if cond is None or then_loc is None:
            return Invalid(self.pos(head_loc))
        return If(cond, then, orelse, self.pos(head_loc), self.pos(value))

    # --- commands ----------------------------------------------------------------------------------------

    def command(self, spec: CommandSpec, m: YMap, head_loc: Located, value: Located) -> Step:
        has_text = any(a.kind is ArgKind.TEXT for a in spec.args)
        names = tuple(a.name for a in spec.args if a.name != spec.head)
        self.unknown_keys_except(m, spec.name, (*names, "id") if has_text else names, f"a {spec.name} step")
        given = {spec.head: value}
        given.update({k: loc for k, _, loc in m.items() if k not in (spec.name, "id") and spec.arg(k)})
        args: dict[str, Value] = {}
        arg_pos: dict[str, SourcePos] = {}
        line: Line | None = None
        ok = True
        for arg in spec.args:
            loc = given.get(arg.name)
            if loc is None:
                if arg.required:
                    self.error(head_loc, "S005", f"the {spec.name} step needs '{arg.name}'")
                    ok = False
                elif arg.default is not None:
                    args[arg.name] = arg.default
                continue
            arg_pos[arg.name] = self.pos(loc)
            if arg.kind is ArgKind.TEXT:
                sub = YMap()
                sub.entries = dict(m.entries)
                sub.entries[arg.name] = (head_loc, loc)
                line = self.line(sub, head_loc, arg.name, f"{spec.name} step")
                ok = ok and line is not None
                if line is not None:
                    args[arg.name] = line.text.source
                continue
            checked = self.argument(spec, arg, loc)
            if checked is None:
                ok = False
            else:
                args[arg.name] = checked
        if spec.one_of and sum(1 for name in spec.one_of if name in given) != 1:
            either = " or ".join(f"'{n}'" for n in spec.one_of)
            self.error(head_loc, "S007", f"the {spec.name} step needs exactly one of {either}")
            ok = False
        if not ok:
            return Invalid(self.pos(head_loc))
        return Command(spec.name, args, line, self.pos(head_loc), arg_pos)


def build_story(root: Located, path: str) -> tuple[Story | None, list[Diagnostic]]:
    """The story model and every shape problem found while building it."""
    builder = _Builder(path)
    story = builder.story(root)
    return story, builder.diagnostics
