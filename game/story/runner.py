"""The story runtime: one scene's story, a tick at a time, deterministically, against a :class:`StoryHost`.

One story thread runs at a time; :meth:`Runner.trigger` queues nodes (the scene's ``start`` is queued first)
and each starts when the thread before it has ended. Within a tick the thread runs instant steps until it
reaches one that blocks: a line (until advanced), a choice (until picked), ``wait``/``fade``/``camera`` (for
their ticks), ``move`` (until the host says the actor arrived) or ``until`` (until its condition holds). While
a step blocks, the frame's ``pc`` stays on it, so a save taken at any tick records exactly where the story is.
Semantics in full: docs/story.md.
"""

from __future__ import annotations

from collections.abc import Mapping

from game.story import saved
from game.story.commands import COMMANDS, Blocking, blocking_of, run_command
from game.story.expr import Expr, evaluate
from game.story.host import StoryHost
from game.story.model import Call, Command, End, Goto, Invalid, Say, Set, Story, Until
from game.story.program import Ask, Branch, Code, Instr, Jump, compile_story
from game.story.state import Globals, StorySaveError
from game.story.text import placeholder_values, render
from game.story.thread import Frame, Wait
from game.story.values import BudgetError, Value, value_problem
from game.story.views import ChoiceView, LineView, OptionView, TextTiming

MAX_STEPS_PER_TICK = 10_000
"""A thread that runs this many instant steps in one tick (a goto loop with nothing blocking) is stopped with
a message: a story mistake can stop its thread, never hang the game."""
MAX_CALL_DEPTH = 64
"""``call`` nested deeper than this (a node calling itself without end) stops the thread with a message."""


class Runner:
    """One scene's story state and its stepping. Mutable; updated in place every tick."""

    def __init__(
        self,
        story: Story,
        globals_: Globals,
        timing: TextTiming | None = None,
        seen: set[str] | None = None,
    ) -> None:
        self.story = story
        self.code: Mapping[str, Code] = compile_story(story)
        self.globals = globals_
        globals_.declare(story)
        self.timing = timing or TextTiming()
        self.seen: set[str] = seen if seen is not None else set()
        """Line ids ever shown; owned by the caller so that it outlives retries and scenes."""
        self.locals: dict[str, Value] = {d.name: d.default for d in story.vars.values() if not d.is_global}
        self.visits: dict[str, int] = {}
        self.chosen: set[str] = set()
        self.frames: list[Frame] = []
        self.pending: list[str] = [story.start] if story.start in self.code else []
        self.wait = Wait.NONE
        self.wait_ticks = 0
        """LINE: ticks the line has shown; TICKS: ticks left."""
        self.reveal_ticks = 0
        self.line_auto = 0
        self.line_seen_before = False
        self.options: tuple[int, ...] = ()
        """CHOICE: indexes (into the choice's options) of those offered."""
        self._host: StoryHost | None = None
        self.fault: str | None = None
        """The last runtime budget a thread went past (``PATH:LINE:COL: message``); the thread was stopped."""
        self.fault_short: str | None = None
        """The same for the screen: ``FILE:LINE: message`` (the file's name only)."""
        self.faults = 0
        """How many threads were stopped so far (presentation shows each new one)."""

    # --- driving -----------------------------------------------------------------------------------------

    def trigger(self, node: str) -> None:
        """Queue a node (a map Trigger's ``node``); it starts once the thread before it has ended."""
        if node not in self.code:
            raise ValueError(f"story '{self.story.scene}' has no node '{node}'")
        if node not in self.pending:
            self.pending.append(node)

    def step(self, host: StoryHost, advance: bool = False, choice: int | None = None) -> None:
        """Run one tick. ``advance``: the player pressed advance; ``choice``: the index of a picked option."""
        if self.wait is Wait.NONE and not self.frames and not self.pending:
            return
        self._host = host
        try:
            if self.wait is not Wait.NONE and not self._resume(host, advance, choice):
                return
            self._run(host, instant=False)
        except BudgetError as exc:
            self._stop(exc)

    def _stop(self, exc: BudgetError) -> None:
        """A budget was exceeded: stop this thread (queued nodes still run later), keep the state consistent."""
        where = self.story.start_pos
        if self.frames:
            frame = self.frames[-1]
            code = self.code[frame.node]
            where = code.node.pos
            if frame.pc < len(code.instrs):
                where = getattr(code.instrs[frame.pc], "pos", where)
        self.fault = f"{where}: story thread stopped: {exc.message}"
        self.fault_short = (
            f"{where.path.replace(chr(92), '/').rsplit('/', 1)[-1]}:{where.line}: {exc.message}"
        )
        self.faults += 1
        self.frames.clear()
        self.wait = Wait.NONE

    def skip_cutscene(self, host: StoryHost) -> None:
        """Play the running cutscene to its end at once, applying its end state (not its lines or effects).

        Stops early at a choice or an unmet ``until``, which a skip cannot decide.
        """
        if not self.in_cutscene:
            return
        self._host = host
        try:
            self._skip(host)
        except BudgetError as exc:
            self._stop(exc)

    def _skip(self, host: StoryHost) -> None:
        match self.wait:
            case Wait.CHOICE | Wait.UNTIL:
                return
            case Wait.ACTOR | Wait.TICKS:
                cmd = self._instr()
                assert isinstance(cmd, Command)
                run_command(host, cmd, instant=True)  # lands the move, fade or pan in progress
                self._finish(1)
            case Wait.LINE:
                self._finish(1)
        self._run(host, instant=True)

    def resume(self, host: StoryHost) -> None:
        """After :meth:`from_save`: re-issue the blocking command in progress (its remaining ticks), for hosts
        that do not save their own motions and fades."""
        if self.wait not in (Wait.TICKS, Wait.ACTOR):
            return
        cmd = self._instr()
        assert isinstance(cmd, Command)
        if self.wait is Wait.TICKS and "ticks" in cmd.args:
            cmd = Command(cmd.name, {**cmd.args, "ticks": self.wait_ticks}, cmd.line, cmd.pos, cmd.arg_pos)
        run_command(host, cmd)

    # --- what the level simulation and presentation read ---------------------------------------------------

    @property
    def in_cutscene(self) -> bool:
        """True while any node on the call stack is a cutscene."""
        code = self.code
        return any(code[f.node].node.cutscene for f in self.frames)

    @property
    def input_locked(self) -> bool:
        """True while player input must be ignored (exactly while a cutscene runs)."""
        return self.in_cutscene

    @property
    def idle(self) -> bool:
        """True when no thread runs and none is queued."""
        return not self.frames and not self.pending

    @property
    def node(self) -> str | None:
        """The node the thread is in, if any."""
        return self.frames[-1].node if self.frames else None

    @property
    def current_line(self) -> LineView | None:
        """The line being shown, if the thread waits on one."""
        if self.wait is not Wait.LINE:
            return None
        say = self._instr()
        assert isinstance(say, Say)
        reveal = 1.0 if self.reveal_ticks == 0 else min(1.0, self.wait_ticks / self.reveal_ticks)
        text = say.line.text
        return LineView(
            say.line.id,
            say.speaker,
            render(text, self.var),
            placeholder_values(text, self.var),
            reveal,
            self.line_seen_before,
            say.expression,
        )

    @property
    def current_choice(self) -> ChoiceView | None:
        """The options offered, if the thread waits on a choice."""
        if self.wait is not Wait.CHOICE:
            return None
        ask = self._instr()
        assert isinstance(ask, Ask)
        views = []
        for index, option_index in enumerate(self.options):
            line = ask.choice.options[option_index].line
            views.append(
                OptionView(
                    index, line.id, render(line.text, self.var), placeholder_values(line.text, self.var)
                )
            )
        return ChoiceView(tuple(views))

    def condition(self, expr: Expr, host: StoryHost) -> bool:
        """Evaluate a checked condition against this story's variables and the host's world values
        (an Exit's ``requires``, say)."""
        self._host = host
        try:
            return bool(evaluate(expr, self._lookup, self._call))
        except BudgetError as exc:
            self._stop(exc)
            return False

    def var(self, name: str) -> Value:
        """A story variable's value (local first, then global)."""
        if name in self.locals:
            return self.locals[name]
        return self.globals.values[name]

    # --- the machine -------------------------------------------------------------------------------------

    def _instr(self) -> Instr:
        frame = self.frames[-1]
        return self.code[frame.node].instrs[frame.pc]

    def _finish(self, delta: int) -> None:
        """End the current wait and move past the blocking instruction."""
        self.wait = Wait.NONE
        self.frames[-1].pc += delta

    def _resume(self, host: StoryHost, advance: bool, choice: int | None) -> bool:
        """Advance the wait by one tick; True when it is over and the thread may go on."""
        match self.wait:
            case Wait.LINE:
                if advance:
                    if self.wait_ticks < self.reveal_ticks:
                        self.wait_ticks = self.reveal_ticks
                        return False
                    self._finish(1)
                    return True
                self.wait_ticks += 1
                if self.line_auto and self.wait_ticks >= self.reveal_ticks + self.line_auto:
                    self._finish(1)
                    return True
                return False
            case Wait.CHOICE:
                if choice is None or not 0 <= choice < len(self.options):
                    return False
                ask = self._instr()
                assert isinstance(ask, Ask)
                picked = self.options[choice]
                option = ask.choice.options[picked]
                if option.once:
                    self.chosen.add(option.line.id)
                self.wait = Wait.NONE
                self.frames[-1].pc = ask.targets[picked]
                return True
            case Wait.TICKS:
                self.wait_ticks -= 1
                if self.wait_ticks <= 0:
                    self._finish(1)
                    return True
                return False
            case Wait.ACTOR:
                cmd = self._instr()
                assert isinstance(cmd, Command)
                if host.moving(str(cmd.args["actor"])):
                    return False
                self._finish(1)
                return True
            case Wait.UNTIL:
                until = self._instr()
                assert isinstance(until, Until)
                if not evaluate(until.cond, self._lookup, self._call):
                    return False
                self._finish(1)
                return True
        return True

    def _run(self, host: StoryHost, instant: bool) -> None:
        for _ in range(MAX_STEPS_PER_TICK):
            if self._step_once(host, instant):
                return
        raise BudgetError(
            f"more than {MAX_STEPS_PER_TICK} steps in one tick with nothing to wait on (a loop without a wait)"
        )

    def _step_once(self, host: StoryHost, instant: bool) -> bool:
        """One instant step of the thread; True when the tick's running is over (a block, or nothing to do)."""
        if instant and not self.in_cutscene:
            return True
        if not self.frames:
            if not self.pending or instant:
                return True
            self._enter(self.pending.pop(0))
            return False
        frame = self.frames[-1]
        instrs = self.code[frame.node].instrs
        if frame.pc >= len(instrs):
            self.frames.pop()
            return False
        return self._exec(instrs[frame.pc], frame, host, instant)

    def _enter(self, node: str) -> None:
        self.frames.append(Frame(node))
        self.visits[node] = self.visits.get(node, 0) + 1

    def _exec(self, instr: Instr, frame: Frame, host: StoryHost, instant: bool) -> bool:
        """Run one instruction; True when the thread now blocks on it."""
        match instr:
            case Say():
                if instant:
                    frame.pc += 1
                    return False
                self._show(instr)
                return True
            case Ask():
                return self._ask(instr, frame)
            case Set(assigns=assigns):
                for assign in assigns:
                    self._assign(assign.name, evaluate(assign.expr, self._lookup, self._call))
                frame.pc += 1
            case Branch(cond=cond, target=target):
                frame.pc = frame.pc + 1 if evaluate(cond, self._lookup, self._call) else target
            case Jump(target=target):
                frame.pc = target
            case Goto(node=node):
                frame.node, frame.pc = node, 0
                self.visits[node] = self.visits.get(node, 0) + 1
            case Call(node=node):
                if len(self.frames) >= MAX_CALL_DEPTH:
                    raise BudgetError(
                        f"calls nested more than {MAX_CALL_DEPTH} deep (a node that calls itself?)"
                    )
                frame.pc += 1
                self._enter(node)
            case End() | Invalid():
                self.frames.clear()
            case Until(cond=cond):
                if not evaluate(cond, self._lookup, self._call):
                    self.wait = Wait.UNTIL
                    return True
                frame.pc += 1
            case Command():
                return self._command(instr, frame, host, instant)
        return False

    def _show(self, say: Say) -> None:
        english = render(say.line.text, self.var)
        self.wait = Wait.LINE
        self.wait_ticks = 0
        self.reveal_ticks = self.timing.reveal_ticks(english)
        self.line_auto = self.timing.auto_advance if say.auto is None else say.auto
        self.line_seen_before = say.line.id in self.seen
        self.seen.add(say.line.id)

    def _ask(self, ask: Ask, frame: Frame) -> bool:
        offered = []
        for index, option in enumerate(ask.choice.options):
            if option.once and option.line.id in self.chosen:
                continue
            if option.cond is not None and not evaluate(option.cond, self._lookup, self._call):
                continue
            offered.append(index)
        if not offered:
            frame.pc += 1
            return False
        self.options = tuple(offered)
        self.wait = Wait.CHOICE
        return True

    def _command(self, cmd: Command, frame: Frame, host: StoryHost, instant: bool) -> bool:
        blocking = Blocking.NO if instant else blocking_of(cmd)
        if blocking is Blocking.NO:
            frame.pc += 1  # first: a save the host takes inside the call (a checkpoint) never repeats it
            run_command(host, cmd, instant)
            if COMMANDS[cmd.name].ends_thread:
                self.frames.clear()
                self.pending.clear()
            return False
        run_command(host, cmd)
        if blocking is Blocking.TICKS and int(cmd.args["ticks"]) > 0:
            self.wait = Wait.TICKS
            self.wait_ticks = int(cmd.args["ticks"])
            return True
        if blocking is Blocking.ACTOR and host.moving(str(cmd.args["actor"])):
            self.wait = Wait.ACTOR
            return True
        frame.pc += 1
        return False

    def _assign(self, name: str, value: Value) -> None:
        problem = value_problem(value)
        if problem is not None:
            raise BudgetError(f"'{name}' would hold {problem}")
        decl = self.story.vars[name]
        stored = decl.type.coerce(value)
        if decl.is_global:
            self.globals.values[name] = stored
        else:
            self.locals[name] = stored

    def _lookup(self, name: str) -> Value:
        if name in self.locals:
            return self.locals[name]
        if name in self.globals.values:
            return self.globals.values[name]
        assert self._host is not None
        return self._host.value(name)

    def _call(self, name: str, arg: str) -> Value:
        if name == "visited":
            return self.visits.get(arg, 0)
        assert self._host is not None
        return self._host.has(arg)

    # --- saving ------------------------------------------------------------------------------------------

    def to_save(self) -> dict[str, object]:
        """Everything needed to continue exactly here (globals and seen lines are saved by their owners)."""
        return saved.dump(self)

    @classmethod
    def from_save(
        cls,
        story: Story,
        globals_: Globals,
        data: object,
        timing: TextTiming | None = None,
        seen: set[str] | None = None,
    ) -> Runner:
        """A runner continuing from :meth:`to_save` data; raises :class:`StorySaveError` if it won't fit."""
        runner = cls(story, globals_, timing, seen)
        saved.restore(runner, data)
        return runner

    def snapshot(self) -> list[object]:
        """The runner's state as plain values for the state hash (floats rounded to 3 places)."""
        return saved.snapshot(self)


__all__ = ["MAX_CALL_DEPTH", "MAX_STEPS_PER_TICK", "Frame", "Runner", "StorySaveError", "Wait"]
