"""The four scenes played headless through the real loop by a small scripted player that follows objectives.

The player reads what a player sees: the objective and its target, the line or choice on screen, the Cube's
light. It walks the nav grid to the target (through the camcorder's dream view where only the dream has
floor), advances lines, picks choices by a policy, and at the target does what the story waits for (hide,
take her hand, look through the camcorder, pick up the item). When the light comes near it takes cover.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from game.ai.cube import LightTone
from game.ai.nav import FlowField, NavGrid
from game.app import HeadlessOptions, HeadlessResult, run_headless
from game.context import Context, RunOptions
from game.input.frame import IDLE, Action, InputFrame, quantize_move
from game.scene import SceneStack
from game.sim.level_sim import LevelSim
from game.sim.rules import HANDS_REACH, ITEM_REACH
from game.sim.session import Session
from game.story.expr import calls_in, names_in
from game.story.model import Until
from game.story.thread import Wait
from game.story.views import ChoiceView
from game.world.level import MapObject, TileFlag

Policy = Callable[[ChoiceView], int]
TS = 16


def first_option(choice: ChoiceView) -> int:
    """Pick the first option offered."""
    return choice.options[0].index


def prefer(*endings: str) -> Policy:
    """Pick the first offered option whose id ends with one of ``endings`` (else the first)."""

    def pick(choice: ChoiceView) -> int:
        for wanted in endings:
            for option in choice.options:
                if option.id.endswith(wanted):
                    return option.index
        return choice.options[0].index

    return pick


def press(action: Action, move: tuple[float, float] = (0.0, 0.0)) -> InputFrame:
    """A frame that presses (and holds) ``action``."""
    return InputFrame(move=move, held=action, pressed=action)


def waited_for(sim: LevelSim) -> set[str]:
    """The world values and items the story is waiting for (the condition of its ``until``)."""
    runner = sim.runner
    if runner is None or runner.wait is not Wait.UNTIL or not runner.frames:
        return set()
    frame = runner.frames[-1]
    step = runner.code[frame.node].instrs[frame.pc]
    if not isinstance(step, Until):
        return set()
    names = set(names_in(step.cond))
    if any(call.name == "has" for call in calls_in(step.cond)):
        names.add("item")
    return names


@dataclass(slots=True)
class Trace:
    """What the player saw and did, for assertions."""

    objectives: list[str] = field(default_factory=list)
    choices: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    waited: list[str] = field(default_factory=list)
    hid_from_light: int = 0
    last_input: str = ""


class ScriptedPlayer:
    """A frame source that plays the level on the top of the stack by its objectives."""

    def __init__(self, stack: SceneStack, policy: Policy = first_option) -> None:
        self.stack = stack
        self.policy = policy
        self.trace = Trace()
        self.tick = 0
        self.sim: LevelSim | None = None
        self.path: list[int] = []
        self.path_key: tuple[object, ...] = ()
        self.last_press = -10
        self.calm = 0
        self.cover_goal = -1
        self.cover_tick = 0
        self.safe_cache: dict[tuple[int, bool], bytearray] = {}
        self.caught_seen = 0
        self.patience = 0
        self.idle_at_target = 0

    # -- the frame source ------------------------------------------------------------------------------------

    def next_frame(self) -> InputFrame:
        """This tick's input."""
        self.tick += 1
        top = self.stack.top
        if top is None:
            return IDLE
        sim = getattr(top, "sim", None)
        if top.name != "play" or not isinstance(sim, LevelSim):
            return self._tap(Action.CONFIRM) if top.name in ("title", "chapter", "ending") else IDLE
        if sim is not self.sim:
            self.sim = sim
            self.path, self.path_key = [], ()
            self.safe_cache.clear()
        if sim.session.caught != self.caught_seen:
            # Caught: back at the checkpoint. Wait a while (longer each time) for the light to move on.
            self.caught_seen = sim.session.caught
            self.patience = min(900, 150 * sim.caught_here)
            self.path_key = ()
        return self._play(sim)

    def _tap(self, action: Action, move: tuple[float, float] = (0.0, 0.0)) -> InputFrame:
        """Press ``action`` unless it was pressed last tick (fingers go up between presses)."""
        if self.tick - self.last_press < 2:
            return InputFrame(move=move)
        self.last_press = self.tick
        return press(action, move)

    # -- playing -------------------------------------------------------------------------------------------

    def _play(self, sim: LevelSim) -> InputFrame:
        runner = sim.runner
        if runner is not None:
            choice = runner.current_choice
            if choice is not None and choice.options:
                want = self.policy(choice)
                cursor = choice.options[min(sim.choice_cursor, len(choice.options) - 1)].index
                if cursor == want:
                    frame = self._tap(Action.CONFIRM)
                    if frame.pressed:
                        picked = next(o.id for o in choice.options if o.index == want)
                        self.trace.choices.append(picked)
                        self.trace.last_input = f"choice {picked}"
                    return frame
                return self._tap(Action.DOWN if cursor < want else Action.UP)
            line = runner.current_line
            if line is not None and runner.line_auto == 0:
                if not self.trace.lines or self.trace.lines[-1] != line.id:
                    self.trace.lines.append(line.id)
                frame = self._tap(Action.CONFIRM)
                if frame.pressed:
                    self.trace.last_input = f"line {line.id}"
                return frame
            if runner.input_locked:
                return IDLE
        if sim.objective is not None and (
            not self.trace.objectives or self.trace.objectives[-1] != sim.objective[0]
        ):
            self.trace.objectives.append(sim.objective[0])
        need = waited_for(sim)
        for name in need:
            if not self.trace.waited or self.trace.waited[-1] != name:
                self.trace.waited.append(name)
        world = sim.world
        player = world.player
        danger = self._danger(sim, need)
        if danger is not None:
            return danger
        if self.patience > 0:
            self.patience -= 1
            return IDLE
        target = sim.level.object_named(sim.objective[1]) if sim.objective else None
        if "hands" in need and not world.holding_hands:
            partner = world.partner
            if math.hypot(player.x - partner.x, player.y - partner.y) <= HANDS_REACH - 4:
                frame = self._tap(Action.HANDS)
                if frame.pressed:
                    self.trace.last_input = "hands"
                return frame
            return self._walk_to(sim, (partner.x, partner.y), run=False)
        if target is None:
            return IDLE
        goal = target.center
        at_target = self._at(sim, target)
        if "filming" in need and at_target and not world.dream:
            return self._tap(Action.CAMCORDER)
        if target.cls == "Item" and at_target and player.hide_spot is None:
            return self._tap(Action.INTERACT)
        if "hidden" in need and player.hidden and world.partner.hidden:
            # Hidden already and still waiting: the story wants them out ("not hidden").
            return self._tap(Action.INTERACT) if player.hide_spot is not None else self._walk_to(sim, goal, False)
        if "hidden" in need and at_target:
            if target.cls == "HideSpot" and player.hide_spot is None:
                return self._tap(Action.INTERACT)
            return IDLE
        if at_target:
            # Nothing happens here: try what a player would (look through the camcorder).
            self.idle_at_target += 1
            if self.idle_at_target > 150 and "camcorder" in sim.session.inventory and not world.dream:
                self.idle_at_target = 0
                return self._tap(Action.CAMCORDER)
            return IDLE
        self.idle_at_target = 0
        if player.hide_spot is not None:
            return self._tap(Action.INTERACT)
        return self._walk_to(sim, goal, run=False)

    def _at(self, sim: LevelSim, target: MapObject) -> bool:
        player = sim.world.player
        cx, cy = target.center
        if target.cls == "Item":
            return math.hypot(cx - player.x, cy - player.y) <= ITEM_REACH - 4
        if target.width > 0 and target.height > 0:
            return target.contains(player.x, player.y) and math.hypot(cx - player.x, cy - player.y) < 24
        return math.hypot(cx - player.x, cy - player.y) <= 6

    def _danger(self, sim: LevelSim, need: set[str]) -> InputFrame | None:
        """Take cover (room for two, away from the light) when it comes near; None when there is nothing to fear."""
        ai, world = sim.ai, sim.world
        light = ai.light
        if light is None:
            return None
        player, partner = world.player, world.partner
        lx, ly, r, tone = light
        near = min(math.hypot(a.x - lx, a.y - ly) for a in (player, partner))
        state = ai.cube_state.value if ai.cube_state is not None else "patrol"
        aware = max(ai.awareness("player"), ai.awareness("partner"))
        threat = tone is not LightTone.DIM and (
            near < r + 56 or aware > 0.12 or (state in ("lock_on", "chase", "capture") and near < r + 160)
        )
        if threat:
            self.calm = 50
        elif self.calm > 0:
            self.calm -= 1
        else:
            self.cover_goal = -1
            return None
        if player.hide_spot is not None:
            return IDLE
        safe = self._safe(sim)
        ts = TS
        here = self._here(sim)
        if safe[here] and not player.running and (self.cover_goal < 0 or here == self.cover_goal):
            self.cover_goal = here
            return IDLE
        if self.cover_goal < 0 or self.cover_tick + 60 < self.tick:
            self.cover_goal = self._choose_cover(sim, here, safe, lx, ly, r)
            self.cover_tick = self.tick
        if self.cover_goal < 0:
            return None
        goal = (
            (self.cover_goal % sim.level.width + 0.5) * ts,
            (self.cover_goal // sim.level.width + 0.5) * ts,
        )
        in_light = math.hypot(player.x - lx, player.y - ly) < r + 20
        run = in_light and math.hypot(player.x - goal[0], player.y - goal[1]) > 40
        self.trace.hid_from_light += 1
        return self._walk_to(sim, goal, run=run, view=world.dream)

    def _here(self, sim: LevelSim) -> int:
        nav = sim.ai.walk_dream if sim.world.dream else sim.ai.walk
        p = sim.world.player
        return nav.nearest_open(int(p.x // TS), int(p.y // TS), 1)

    def _safe(self, sim: LevelSim) -> bytearray:
        """Tiles where one of the pair is out of the Cube's sight: cover or roof, walkable, in this view."""
        dream = sim.world.dream
        cached = self.safe_cache.get((id(sim), dream))
        if cached is not None:
            return cached
        grid = sim.level.grid
        cells = grid.cells(dream)
        hide = int(TileFlag.COVER | TileFlag.ROOF)
        solid = int(TileFlag.SOLID)
        safe = bytearray(1 if c & hide and not c & solid else 0 for c in cells)
        self.safe_cache[(id(sim), dream)] = safe
        return safe

    def _choose_cover(self, sim: LevelSim, here: int, safe: bytearray, lx: float, ly: float, r: float) -> int:
        """The safe tile with a safe neighbour (room for two), near by foot and far from the light."""
        nav = sim.ai.walk_dream if sim.world.dream else sim.ai.walk
        field = FlowField(nav, 16.0)
        field.recompute(here)
        w = nav.width
        best, best_score = -1, math.inf
        for i in field.touched:
            if not safe[i]:
                continue
            room = sum(
                safe[i + d] for d in (1, -1, w, -w, w + 1, w - 1, -w + 1, -w - 1) if 0 <= i + d < len(safe)
            )
            if room < 3:
                continue
            cx, cy = (i % w + 0.5) * TS, (i // w + 0.5) * TS
            away = math.hypot(cx - lx, cy - ly)
            if away < r + 28:
                continue
            # Deep in the brush, so the partner a step behind is in it too.
            score = field.dist[i] - 0.4 * away / TS + (8 - room) * 1.5
            if score < best_score:
                best, best_score = i, score
        return best

    def _walk_to(
        self, sim: LevelSim, goal: tuple[float, float], run: bool, view: bool | None = None
    ) -> InputFrame:
        world = sim.world
        player = world.player
        if view is None:
            nav, dream = self._nav_for(sim, goal)
        else:
            nav, dream = (sim.ai.walk_dream if view else sim.ai.walk), view
        if dream != world.dream:
            return self._tap(Action.CAMCORDER)
        here = nav.nearest_open(int(player.x // TS), int(player.y // TS), 1)
        end = nav.nearest_open(int(goal[0] // TS), int(goal[1] // TS), 3)
        key = (end, dream)
        if key != self.path_key or here not in self.path:
            self.path = nav.find_path(here, end, partial=True)
            self.path_key = key
        if here in self.path:
            k = self.path.index(here)
            nxt = self.path[k + 1] if k + 1 < len(self.path) else here
        else:
            nxt = here
        if nxt == end and here == end:
            tx, ty = goal
        else:
            tx, ty = (nxt % nav.width + 0.5) * TS, (nxt // nav.width + 0.5) * TS
        dx, dy = tx - player.x, ty - player.y
        d = math.hypot(dx, dy)
        if d < 0.5:
            return IDLE
        return InputFrame(move=quantize_move(dx / d, dy / d), held=Action.RUN if run else Action.NONE)

    def _nav_for(self, sim: LevelSim, goal: tuple[float, float]) -> tuple[NavGrid, bool]:
        """The view to walk in: reality when the goal can be reached there, else the dream (camcorder)."""
        ai, world = sim.ai, sim.world
        if ai.walk_dream is ai.walk or "camcorder" not in sim.session.inventory:
            return (ai.walk_dream if world.dream else ai.walk), world.dream
        player = world.player
        for dream in (False, True):
            nav = ai.walk_dream if dream else ai.walk
            here = nav.nearest_open(int(player.x // TS), int(player.y // TS), 0)
            end = nav.nearest_open(int(goal[0] // TS), int(goal[1] // TS), 3)
            if here >= 0 and end >= 0 and nav.find_path(here, end):
                return nav, dream
        return (ai.walk_dream if world.dream else ai.walk), world.dream


@dataclass(slots=True)
class Run:
    """A finished run: the summary, the player's trace and the session."""

    result: HeadlessResult
    trace: Trace
    session: Session | None


def play_scene(
    scene: str | None,
    policy: Policy = first_option,
    ticks: int = 60 * 60 * 15,
    seed: int = 3,
    setup: Callable[[Session], None] | None = None,
) -> Run:
    """Play ``scene`` (None: the whole game from the title) headless with the scripted player."""
    players: list[ScriptedPlayer] = []
    contexts: list[Context] = []

    def source(ctx: Context, stack: SceneStack) -> ScriptedPlayer:
        session = ctx.log.session
        if setup is not None and session is not None:
            setup(session)
        contexts.append(ctx)
        players.append(ScriptedPlayer(stack, policy))
        return players[0]

    options = RunOptions(seed=seed, headless=True, scene=scene, stop_on_exit=scene is not None)
    result = run_headless(options, HeadlessOptions(ticks=ticks, source=source))
    return Run(result, players[0].trace, contexts[0].log.session)
