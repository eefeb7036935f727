"""One level's simulation: the world, the Cube and partner AI and the story, stepped together once per tick.

Order within a tick (every input is this tick's :class:`InputFrame`):

1. the story runs (lines advance, choices are picked with the sim's own cursor); while a line that waits for
   the player or a choice is up, the world holds still — talking stops time, a bark (auto line) does not;
2. the player's toggles (hands, camcorder) and interaction (hide spots, items), then the pair move — the
   player from input (or a story ``move``), the partner from the companion AI;
3. the camcorder's battery, hiding, noise; the Cube senses and acts; a capture starts the caught overlay;
4. triggers, checkpoints and exits; the bond drifts with how close the pair keep.
"""

from __future__ import annotations

import dataclasses
import math
import random
from dataclasses import dataclass

from game.ai.events import AIEventKind
from game.ai.hiding import partner_joins, partner_leaves, update_hidden
from game.ai.params import Difficulty, assisted, params_for
from game.ai.system import AISystem
from game.input.frame import Action, InputFrame
from game.sim.actions import camcorder_tick, player_actions
from game.sim.cues import Cue, CueKind
from game.sim.levelsave import load_level_state, save_level_state
from game.sim.noises import NoiseSources, gather_noises
from game.sim.places import PlaceIndex
from game.sim.rules import (
    DREAM_SCENES,
    PARTNER_WAITS_PX,
    bond_drift,
    reveal_timing,
)
from game.sim.session import Session
from game.sim.story_host import ScriptedMove, SimHost, follow_waypoints
from game.story.expr import parse_expr
from game.story.model import Story
from game.story.runner import Runner
from game.world.actors import Actor, MoveIntent
from game.world.camcorder import Camcorder
from game.world.level import Level, MapObject
from game.world.noise import Noise
from game.world.world import World

CAUGHT_KIND = AIEventKind.CAUGHT
CAPTURE_HOLD_AFTER_CUTSCENE = 90
"""Ticks after a cutscene during which no capture completes: the player gets a moment to act."""
SKIP_CHASE_AFTER = 3
"""Captures at one checkpoint after which the skip-chase assist sends the Cube away."""


@dataclass(frozen=True, slots=True)
class ExitOutcome:
    """The player left the level through an Exit (or a story ``scene`` step) to scene ``to``."""

    to: str
    exit_name: str
    ending: str | None = None


class LevelSim:
    """Steps one level; input in, state updated in place, cues out for presentation."""

    def __init__(self, level: Level, session: Session, seed: int, story: Story | None = None) -> None:
        self.level = level
        self.session = session
        self.rng = random.Random(seed)
        self.world = World.spawned(level)
        settings = session.sim_settings
        difficulty = Difficulty(str(settings.get("difficulty", "normal")))
        params = params_for(difficulty)
        speed_setting = settings.get("cube_speed", 100)
        cube_speed = float(speed_setting) / 100.0 if isinstance(speed_setting, int | float) else 1.0
        if cube_speed < 1.0 or settings.get("capture_grace"):
            params = assisted(params, cube_speed, bool(settings.get("capture_grace")))
        self.ai = AISystem(level, self.rng, difficulty, params)
        self.runner: Runner | None = None
        if story is not None:
            self.runner = Runner(story, session.story_globals, reveal_timing(settings), session.seen)
        self.host = SimHost(self)
        self.camcorder = Camcorder()
        self.tick = 0
        self.cues: list[Cue] = []
        self.moves: dict[str, ScriptedMove] = {}
        self.objective: tuple[str, str] | None = None
        self.camera_target: str | None = None
        self.music = str(level.properties.get("music", ""))
        self.faded = False
        self.fired: set[int] = set()
        self.content_id: str | None = None
        """The fingerprint of the map and story that saved level states belong to (levelsave.content_id)."""
        self.inside: set[int] = set()
        self.picked: set[int] = set()
        self.reached: set[int] = set()
        self.choice_cursor = 0
        self.capture_hold_until = 0
        self.skipping_seen = False
        """Seen lines are being skipped (back pressed on a line seen before) until an unseen one or a choice."""
        self.outcome: ExitOutcome | None = None
        self.caught = False
        self.caught_here = 0
        self.story_noises: list[str] = []
        self.partner_waits = False
        """The story walked the partner somewhere: she stays there until the player comes to her."""
        """NoiseSources the story sounded, heard by the Cube on the next tick the world runs."""
        if level.scene in DREAM_SCENES:
            self.camcorder.filming = self.world.dream = True
        self._exit_conditions: dict[int, object] = {}
        self._place_index = PlaceIndex(
            (o for o in level.objects if o.cls in ("Trigger", "Checkpoint", "Exit")),
            level.tile_size,
            level.width,
            level.height,
        )
        self.noise_sources = NoiseSources(level)
        self.ai.notify_spawn(0)
        self.checkpoint_name: str | None = None
        self.checkpoint_state: dict[str, object] = self.to_save()

    # -- the tick ----------------------------------------------------------------------------------------

    def cue(self, cue: Cue) -> None:
        """Queue a presentation request for this tick."""
        self.cues.append(cue)

    @property
    def talking(self) -> bool:
        """True while a line waits for the player or a choice is up: the world holds still."""
        runner = self.runner
        if runner is None:
            return False
        return runner.current_choice is not None or (
            runner.current_line is not None and runner.line_auto == 0
        )

    def step(self, frame: InputFrame) -> None:
        """Advance one tick with the player's input."""
        if self.outcome is not None or self.caught:
            return
        self.tick += 1
        self.session.ticks += 1
        self.cues.clear()
        if self._story(frame) or self.outcome is not None:
            return
        locked = self.runner is not None and self.runner.input_locked
        if locked:
            self.capture_hold_until = self.tick + CAPTURE_HOLD_AFTER_CUTSCENE
        self.ai.hold_capture(self.tick < self.capture_hold_until)
        if not locked:
            player_actions(self, frame)
        self._move_pair(frame, locked)
        camcorder_tick(self)
        world, level = self.world, self.level
        update_hidden(level, world.player, world.dream)
        update_hidden(level, world.partner, world.dream)
        if self._ai(gather_noises(self)):
            return
        self._places()
        self.session.bond = bond_drift(self.session.bond, world, self.ai)

    def _story(self, frame: InputFrame) -> bool:
        """Run the story for a tick; True when talk holds the world still this tick."""
        runner = self.runner
        if runner is None:
            return False
        pick: int | None = None
        choice = runner.current_choice
        line = None if choice is not None and choice.options else runner.current_line  # built once a tick
        advance = False
        if choice is not None and choice.options:
            self.skipping_seen = False
            count = len(choice.options)
            if frame.was_pressed(Action.UP):
                self.choice_cursor = (self.choice_cursor - 1) % count
            if frame.was_pressed(Action.DOWN):
                self.choice_cursor = (self.choice_cursor + 1) % count
            self.choice_cursor = min(self.choice_cursor, count - 1)
            if frame.was_pressed(Action.CONFIRM):
                pick = choice.options[self.choice_cursor].index
        elif line is not None:
            if frame.was_pressed(Action.BACK) and line.seen_before:
                self.skipping_seen = True
            if self.skipping_seen and not line.seen_before:
                self.skipping_seen = False
            blocking = runner.line_auto == 0 or runner.input_locked
            advance = self.skipping_seen or (frame.was_pressed(Action.CONFIRM) and blocking)
        elif runner.idle:
            self.skipping_seen = False
        holding = choice is not None or (line is not None and runner.line_auto == 0)  # self.talking
        runner.step(self.host, advance, pick)
        if pick is not None:
            self.choice_cursor = 0
        return holding

    def _move_pair(self, frame: InputFrame, locked: bool) -> None:
        world = self.world
        player, partner = world.player, world.partner
        if player.name in self.moves:
            if follow_waypoints(player, self.moves[player.name], self):
                del self.moves[player.name]
        elif player.hide_spot is not None or locked:
            player.prev_x, player.prev_y = player.x, player.y
            player.moving = player.running = False
        else:
            world.move_player(MoveIntent(frame.move[0], frame.move[1], frame.is_held(Action.RUN)))
        if partner.name in self.moves:
            if follow_waypoints(partner, self.moves[partner.name], self):
                del self.moves[partner.name]
                self.partner_waits = True
            return
        if self.partner_waits and math.hypot(player.x - partner.x, player.y - partner.y) > PARTNER_WAITS_PX:
            partner.prev_x, partner.prev_y = partner.x, partner.y
            partner.moving = partner.running = False
            return
        self.partner_waits = False
        if partner.hide_spot is not None and partner.hide_spot == player.hide_spot:
            partner.prev_x, partner.prev_y = partner.x, partner.y
            partner.moving = partner.running = False
            return
        partner_leaves(player, partner)
        intent = self.ai.partner_intent(player, partner, world.dream, world.holding_hands)
        world.move_partner(intent)
        partner_joins(self.level, player, partner)

    def _ai(self, noises: list[Noise]) -> bool:
        """Step the Cube and the director; True when the pair was caught this tick."""
        world = self.world
        events = self.ai.step(
            self.tick, world.player, world.partner, noises, world.dream, world.holding_hands
        )
        for event in events:
            if event.kind is AIEventKind.PARTNER_CATCH_UP:
                world.partner.place(event.x, event.y)
                continue
            self.cue(Cue(CueKind.AI, event.kind.value, event.x, event.y, detail=event.detail))
            if event.kind is CAUGHT_KIND:
                if self.runner is not None and self.runner.input_locked:
                    continue  # the story holds the input: the light cannot end a scene the player cannot play
                self.caught = True
                self.caught_here += 1
                self.session.caught += 1
                self.cue(Cue(CueKind.CAUGHT, event.target or ""))
                return True
        return False

    def _places(self) -> None:
        """Triggers, checkpoints and exits under the player's feet."""
        world = self.world
        px, py = world.player.x, world.player.y
        now_inside: set[int] = set()
        for obj in self._place_index.candidates(px, py):
            if not obj.contains(px, py) or not obj.view.visible_in(world.dream):
                continue
            now_inside.add(obj.id)
            if obj.cls == "Trigger":
                once = bool(obj.prop("once", True))
                if (once and obj.id in self.fired) or obj.id in self.inside:
                    continue
                self.fired.add(obj.id)
                node = str(obj.prop("node", ""))
                if self.runner is not None and node in self.runner.code:
                    self.runner.trigger(node)
            elif obj.cls == "Checkpoint":
                if obj.id not in self.reached:
                    self.reached.add(obj.id)
                    self.set_checkpoint(obj.name, here=True)
            elif self._exit_open(obj):
                self.leave(str(obj.prop("to", "")), None, obj.name)
                break
        self.inside = now_inside

    def _exit_open(self, obj: MapObject) -> bool:
        requires = str(obj.prop("requires", "")).strip()
        if not requires:
            return True
        if self.runner is None:
            return False
        expr = self._exit_conditions.get(obj.id)
        if expr is None:
            expr = self._exit_conditions[obj.id] = parse_expr(requires)
        return self.runner.condition(expr, self.host)  # type: ignore[arg-type]

    # -- what the story and the play scene call --------------------------------------------------------------

    def route(self, actor: Actor, goal: tuple[float, float]) -> list[tuple[float, float]]:
        """Waypoints for a scripted walk along the walking grid (straight when no path is found)."""
        nav = self.ai.walk_dream if self.world.dream else self.ai.walk
        ts = self.level.tile_size
        start = nav.index(int(actor.x // ts), int(actor.y // ts))
        end = nav.index(int(goal[0] // ts), int(goal[1] // ts))
        path = nav.find_path(start, end) if nav.open_at(int(goal[0] // ts), int(goal[1] // ts)) else []
        points = [((i % nav.width) * ts + ts / 2, (i // nav.width) * ts + ts / 2) for i in path[1:-1]]
        return [*points, goal]

    def set_checkpoint(self, name: str, here: bool = False) -> None:
        """Make now the retry point: a retry puts the pair here (or at the object ``name``) in this state."""
        self.checkpoint_name = name
        self.caught_here = 0
        state = self.to_save()
        obj = self.level.object_named(name)
        if not here and obj is not None:
            x, y = obj.center
            world = state["world"]
            assert isinstance(world, dict)
            world["player"] = [x, y, world["player"][2], None]
            world["partner"] = [x + 10.0, y, world["partner"][2], None]
        self.checkpoint_state = state
        self.cue(Cue(CueKind.CHECKPOINT, name))

    def retry(self) -> None:
        """After the caught overlay: back to the last checkpoint, with a moment of grace.

        With the skip-chase assist on, a third capture at the same checkpoint sends the Cube away for a while.
        """
        caught_here = self.caught_here
        self.load(self.checkpoint_state)
        self.caught_here = caught_here
        self.caught = False
        self.ai.notify_checkpoint(self.tick)
        if self.session.sim_settings.get("skip_chase") and caught_here >= SKIP_CHASE_AFTER:
            self.ai.send_away(self.tick, self.world.player)
            self.caught_here = 0

    def skip_cutscene(self) -> None:
        """Play the cutscene under way to its end at once (its end state applies; its lines and effects do not)."""
        if self.runner is not None and self.runner.in_cutscene:
            self.runner.skip_cutscene(self.host)

    def leave(self, to: str, ending: str | None, exit_name: str = "") -> None:
        """End the level: to another scene, or to an ending."""
        if ending is not None:
            self.session.ending = ending
        self.outcome = ExitOutcome(to, exit_name, ending)

    def nudge_bond(self, delta: float) -> None:
        """Move the bond by ``delta`` within 0..1."""
        self.session.bond = min(1.0, max(0.0, self.session.bond + delta))

    # -- saves and hashing ---------------------------------------------------------------------------------

    def to_save(self) -> dict[str, object]:
        """Everything needed to resume this level mid-way, as plain data."""
        return save_level_state(self)

    def load(self, data: dict[str, object]) -> None:
        """Resume from :meth:`to_save`'s data (raises ``ValueError`` when it does not fit this level)."""
        load_level_state(self, data)

    def snapshot(self) -> dict[str, object]:
        """Plain values for the state hash."""
        version, internal, gauss = self.rng.getstate()
        return {
            "scene": self.level.scene,
            "tick": self.tick,
            "rng": [version, list(internal), gauss],
            # The content fingerprint says which map and story a save belongs to: not simulation state.
            "state": {k: v for k, v in self.to_save().items() if k != "content"},
            "ai": self.ai.snapshot(),
            "story": None if self.runner is None else self.runner.snapshot(),
            "caught": self.caught,
            "outcome": None if self.outcome is None else dataclasses.astuple(self.outcome),
        }


__all__ = ["ExitOutcome", "LevelSim"]
