"""``check`` for story files: every problem a writer can fix, one diagnostic line each (codes: docs/story.md).

Shape problems come from loading (``story_yaml``/``story_build``); this module adds what needs the whole story
(or its map): speakers, variables and types, node targets, reachability, dead ends, line ids, map objects and
scenes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from game.content.diagnostics import Diagnostic, Severity
from game.content.story_fields import did_you_mean
from game.content.story_yaml import read_story_file
from game.story.commands import COMMANDS, EXTRA_SCENES, HOST_VALUES, ROLES, ArgKind, Blocking, blocking_of
from game.story.expr import Const, Expr, ExprError, calls_in, infer_type, names_in, parse_expr, walk
from game.story.lines import iter_steps, iter_story_lines
from game.story.model import (
    Call,
    Choice,
    Command,
    End,
    Goto,
    If,
    Invalid,
    Line,
    Say,
    Set,
    Step,
    Story,
    Until,
)
from game.story.values import VarType, value_problem
from game.world.level import SourcePos


def check_story(
    path: Path,
    object_names: set[str] | None,
    known_scenes: set[str],
    trigger_nodes: set[str] | None = None,
) -> list[Diagnostic]:
    """Every problem in a story file. ``object_names``: the map's object names (None: no map to compare);
    ``trigger_nodes``: the nodes the map's Trigger objects name (None: unknown)."""
    story, diagnostics = read_story_file(path)
    if story is not None:
        diagnostics = [*diagnostics, *check_loaded_story(story, object_names, known_scenes, trigger_nodes)]
    return sorted(diagnostics, key=lambda d: (d.line, d.col, d.code))


def check_loaded_story(
    story: Story,
    object_names: set[str] | None,
    known_scenes: set[str],
    trigger_nodes: set[str] | None = None,
    found_places: set[str] | None = None,
) -> list[Diagnostic]:
    """The whole-story checks on an already built story (see :func:`check_story`); ``found_places``: the
    names of the map's Triggers marked ``found`` (places found by looking, which no objective may point at)."""
    checker = _Checker(story, object_names, known_scenes)
    checker.run()
    if found_places:
        for node in story.nodes.values():
            for step in iter_steps(node.steps):
                if not (isinstance(step, Command) and step.name == "objective"):
                    continue
                target = step.args.get("target")
                if isinstance(target, str) and target in found_places:
                    checker.report(
                        step.arg_pos.get("target", step.pos),
                        "S026",
                        f"objective target '{target}' is a place found by looking (its Trigger's `found` property "
                        "is set): point the objective somewhere else, or clear `found` on the Trigger",
                    )
    if trigger_nodes is not None:
        for node in story.nodes.values():
            if node.trigger and node.name not in trigger_nodes:
                checker.report(
                    node.pos,
                    "S025",
                    f"node '{node.name}' is marked `trigger: true`, but no Trigger in the map names it",
                    Severity.WARNING,
                )
    return checker.diagnostics


def condition_problem(source: str, story: Story) -> str | None:
    """Why ``source`` is not a valid condition over the story's variables (None when it is one); for
    conditions written elsewhere, like an Exit's ``requires``."""
    try:
        expr = parse_expr(source)
        names = {**HOST_VALUES, **{d.name: d.type for d in story.vars.values()}}
        for name in names_in(expr):
            if name not in names:
                return f"undeclared variable '{name}'{did_you_mean(name, names)}"
        for call in calls_in(expr):
            if call.name == "visited" and call.arg not in story.nodes:
                hint = did_you_mean(call.arg, story.nodes)
                return f"visited() names node '{call.arg}', which is not defined{hint}"
        kind = infer_type(expr, names)
    except ExprError as err:
        return err.message
    return None if kind is VarType.BOOL else f"a condition must be true/false, but this one is {kind.value}"


def check_stories(stories: Sequence[Story]) -> list[Diagnostic]:
    """Checks across a game's story files: globals declared alike everywhere, line ids unique everywhere."""
    diagnostics: list[Diagnostic] = []
    globals_seen: dict[str, tuple[VarType, object, SourcePos]] = {}
    ids_seen: dict[str, SourcePos] = {}
    for story in stories:
        for decl in story.vars.values():
            if not decl.is_global:
                continue
            first = globals_seen.setdefault(decl.name, (decl.type, decl.default, decl.pos))
            if (first[0], first[1]) != (decl.type, decl.default):
                where = first[2]
                diagnostics.append(
                    _diag(
                        decl.pos,
                        "S024",
                        f"global '{decl.name}' is declared as {first[0].value} = {first[1]!r} at "
                        f"{where.path}:{where.line}, but as {decl.type.value} = {decl.default!r} here",
                    )
                )
        for _, line in iter_story_lines(story):
            first_pos = ids_seen.setdefault(line.id, line.id_pos)
            if first_pos is not line.id_pos and first_pos.path != line.id_pos.path:
                diagnostics.append(
                    _diag(line.id_pos, "S018", f"line id '{line.id}' is also used at {first_pos}")
                )
    return diagnostics


def _diag(pos: SourcePos, code: str, message: str, severity: Severity = Severity.ERROR) -> Diagnostic:
    return Diagnostic(pos.path, pos.line, pos.col, code, message, severity)


def continues(steps: Iterable[Step]) -> bool:
    """True when running the block can reach its end (no ``goto``/``end``/``scene`` on some path)."""
    return all(_step_continues(step) for step in steps)


def _step_continues(step: Step) -> bool:
    match step:
        case Goto() | End() | Invalid():
            return False
        case Command(name=name):
            return not COMMANDS[name].ends_thread
        case If(then=then, orelse=orelse):
            return continues(then) or continues(orelse)
        case Choice(options=options):
            always_offered = any(o.cond is None and not o.once for o in options)
            return not always_offered or any(continues(o.body) for o in options)
    return True


class _Checker:
    def __init__(self, story: Story, object_names: set[str] | None, known_scenes: set[str]) -> None:
        self.story = story
        self.objects = object_names
        self.scenes = known_scenes | set(EXTRA_SCENES)
        self.types: dict[str, VarType] = {**HOST_VALUES, **{d.name: d.type for d in story.vars.values()}}
        self.diagnostics: list[Diagnostic] = []
        self.line_ids: dict[str, SourcePos] = {}

    def report(self, pos: SourcePos, code: str, message: str, severity: Severity = Severity.ERROR) -> None:
        self.diagnostics.append(_diag(pos, code, message, severity))

    def run(self) -> None:
        story = self.story
        if story.start not in story.nodes:
            hint = did_you_mean(story.start, story.nodes)
            self.report(story.start_pos, "S012", f"start node '{story.start}' is not defined{hint}")
        for node in story.nodes.values():
            self.block(node.steps)
        for decl in story.vars.values():
            problem = value_problem(decl.default)
            if problem is not None:
                self.budget(decl.pos, f"'{decl.name}' starts as {problem}")
        self.flow()
        self.loops()

    def budget(self, pos: SourcePos, message: str) -> None:
        self.report(
            pos,
            "S027",
            f"{message}: past a story's budget, it stops the thread at run time",
            Severity.WARNING,
        )

    def literals(self, expr: Expr, pos: SourcePos) -> None:
        for node in walk(expr):
            if isinstance(node, Const):
                problem = value_problem(node.value)
                if problem is not None:
                    self.budget(pos, f"the literal is {problem}")

    def block(self, steps: tuple[Step, ...]) -> None:
        left = False
        for step in steps:
            if left and not isinstance(step, Invalid):
                self.report(
                    step.pos,
                    "S022",
                    "this step is never reached (the step before always leaves)",
                    Severity.WARNING,
                )
                left = False
            self.step(step)
            left = left or (not _step_continues(step) and not isinstance(step, Invalid))

    def step(self, step: Step) -> None:
        match step:
            case Say(speaker=speaker, line=line, pos=pos):
                if speaker not in self.story.cast:
                    cast = ", ".join(self.story.cast) or "none declared"
                    hint = did_you_mean(speaker, self.story.cast)
                    self.report(pos, "S013", f"unknown speaker '{speaker}'{hint}; the cast is: {cast}")
                self.line(line)
            case Choice(options=options):
                for option in options:
                    self.line(option.line)
                    if option.cond is not None and option.cond_pos is not None:
                        self.condition(option.cond, option.cond_pos)
                    self.block(option.body)
            case Set(assigns=assigns):
                for assign in assigns:
                    self.assign(assign.name, assign.expr, assign.pos, assign.expr_pos)
            case If(cond=cond, then=then, orelse=orelse, cond_pos=cond_pos):
                self.condition(cond, cond_pos)
                self.block(then)
                self.block(orelse)
            case Until(cond=cond, pos=pos):
                self.condition(cond, pos)
            case Goto(node=node, pos=pos) | Call(node=node, pos=pos):
                self.target("goto" if isinstance(step, Goto) else "call", node, pos)
            case Command():
                self.command(step)

    def target(self, what: str, node: str, pos: SourcePos) -> None:
        if node not in self.story.nodes:
            hint = did_you_mean(node, self.story.nodes)
            self.report(pos, "S012", f"{what} target '{node}' is not defined{hint}")

    def line(self, line: Line) -> None:
        first = self.line_ids.setdefault(line.id, line.id_pos)
        if first is not line.id_pos:
            self.report(line.id_pos, "S018", f"line id '{line.id}' is already used at line {first.line}")
        for name in line.text.refs:
            if name not in self.story.vars:
                hint = did_you_mean(name, self.story.vars)
                self.report(
                    line.pos, "S016", f"the text uses {{{name}}}, which is not a declared variable{hint}"
                )

    def names(self, expr: Expr, pos: SourcePos) -> bool:
        """Report undeclared names and unknown ``visited`` nodes; True when all are fine."""
        ok = True
        for name in names_in(expr):
            if name not in self.types:
                hint = did_you_mean(name, self.types)
                self.report(pos, "S016", f"undeclared variable '{name}'{hint}")
                ok = False
        for call in calls_in(expr):
            if call.name == "visited" and call.arg not in self.story.nodes:
                self.target("visited()", call.arg, pos)
        return ok

    def typed(self, expr: Expr, pos: SourcePos) -> VarType | None:
        self.literals(expr, pos)
        if not self.names(expr, pos):
            return None
        try:
            return infer_type(expr, self.types)
        except ExprError as err:
            self.report(pos, "S017", err.message)
            return None

    def condition(self, expr: Expr, pos: SourcePos) -> None:
        kind = self.typed(expr, pos)
        if kind is not None and kind is not VarType.BOOL:
            self.report(pos, "S017", f"a condition must be true/false, but this one is {kind.value}")

    def assign(self, name: str, expr: Expr, pos: SourcePos, expr_pos: SourcePos) -> None:
        decl = self.story.vars.get(name)
        if decl is None:
            if name in HOST_VALUES:
                nudge = "; nudge it with a `bond: <delta>` step" if name == "bond" else ""
                self.report(pos, "S017", f"'{name}' is a world value and cannot be set{nudge}")
            else:
                self.report(pos, "S016", f"undeclared variable '{name}'{did_you_mean(name, self.story.vars)}")
        kind = self.typed(expr, expr_pos)
        if decl is not None and kind is not None and not decl.type.accepts_type(kind):
            self.report(
                expr_pos,
                "S017",
                f"cannot set '{name}': it is {decl.type.value}, but the value is {kind.value}",
            )

    def command(self, cmd: Command) -> None:
        spec = COMMANDS[cmd.name]
        if cmd.line is not None:
            self.line(cmd.line)
        for arg in spec.args:
            value = cmd.args.get(arg.name)
            pos = cmd.arg_pos.get(arg.name, cmd.pos)
            if not isinstance(value, str):
                continue
            actor = value in self.story.cast or value in ROLES
            match arg.kind:
                case ArgKind.ACTOR if not actor:
                    known = ", ".join([*self.story.cast, *ROLES])
                    hint = did_you_mean(value, [*self.story.cast, *ROLES])
                    self.report(pos, "S013", f"unknown actor '{value}'{hint}; actors are: {known}")
                case ArgKind.OBJECT | ArgKind.TARGET if (
                    self.objects is not None and value not in self.objects
                ):
                    if arg.kind is ArgKind.OBJECT or not actor:
                        hint = did_you_mean(value, self.objects)
                        self.report(
                            pos, "S019", f"{cmd.name} {arg.name}: no object named '{value}' in the map{hint}"
                        )
                case ArgKind.SCENE if value not in self.scenes:
                    known = ", ".join(sorted(self.scenes))
                    hint = did_you_mean(str(value), sorted(self.scenes))
                    self.report(pos, "S020", f"scene '{value}' does not exist{hint} (known: {known})")

    def flow(self) -> None:
        """Unreachable nodes (S014); nodes entered by goto/start/trigger that can run off their end (S015)."""
        nodes = self.story.nodes
        gotos: dict[str, set[str]] = {name: set() for name in nodes}
        calls: dict[str, set[str]] = {name: set() for name in nodes}
        for name, node in nodes.items():
            for step in iter_steps(node.steps):
                if isinstance(step, Goto) and step.node in nodes:
                    gotos[name].add(step.node)
                elif isinstance(step, Call) and step.node in nodes:
                    calls[name].add(step.node)
        roots = {n.name for n in nodes.values() if n.trigger}
        if self.story.start in nodes:
            roots.add(self.story.start)
        top = _closure(roots, gotos)
        called: set[str] = set()
        frontier = {c for n in top for c in calls[n]}
        while frontier - called:
            fresh = _closure(frontier - called, gotos) - called
            called |= fresh
            frontier = {c for n in fresh for c in calls[n]}
        for name, node in nodes.items():
            if name not in top and name not in called:
                self.report(
                    node.pos,
                    "S014",
                    f"node '{name}' is never reached: no goto, call or start leads to it "
                    "(mark it `trigger: true` if a map Trigger starts it)",
                )
            elif name in top and continues(node.steps):
                self.report(
                    node.pos,
                    "S015",
                    f"node '{name}' can run off its end; finish it with `end: true` or `goto:` "
                    "(only nodes entered by `call` may run off their end, which returns)",
                )

    def loops(self) -> None:
        """Recursive calls (S028) and loops with nothing that waits (S029): both stop their thread when run."""
        nodes = self.story.nodes
        calls: dict[str, list[Call]] = {name: [] for name in nodes}
        edges: dict[str, set[str]] = {name: set() for name in nodes}
        waits: set[str] = set()
        for name, node in nodes.items():
            for step in iter_steps(node.steps):
                if isinstance(step, Goto | Call) and step.node in nodes:
                    edges[name].add(step.node)
                    if isinstance(step, Call):
                        calls[name].append(step)
                if _waits(step):
                    waits.add(name)
        reach = {name: _closure(edges[name], edges) for name in nodes}
        done: set[str] = set()
        for name in nodes:
            if name in done or name not in reach[name]:
                continue
            cycle = {other for other in reach[name] if name in reach[other]}
            done |= cycle
            for member in sorted(cycle, key=lambda n: nodes[n].pos.line):
                for call in calls[member]:
                    if call.node in cycle:
                        self.report(
                            call.pos,
                            "S028",
                            f"'{member}' calls '{call.node}', which leads back to '{member}': each round nests "
                            f"one call deeper until the depth budget stops the thread (use `goto` to loop)",
                            Severity.WARNING,
                        )
            if not cycle & waits:
                first = min(cycle, key=lambda n: nodes[n].pos.line)
                names = ", ".join(sorted(cycle))
                self.report(
                    nodes[first].pos,
                    "S029",
                    f"a loop through {names} has no step that waits (a line, choice, `until`, `wait`, `move`): "
                    "if it runs past the steps-per-tick budget its thread is stopped",
                    Severity.WARNING,
                )


def _waits(step: Step) -> bool:
    """A step that may let the tick end (what a loop needs so that it runs over ticks, not in one)."""
    if isinstance(step, Say | Choice | Until):
        return True
    return isinstance(step, Command) and blocking_of(step) is not Blocking.NO


def _closure(roots: Iterable[str], edges: Mapping[str, set[str]]) -> set[str]:
    seen = set(roots)
    stack = list(seen)
    while stack:
        for nxt in edges[stack.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen
