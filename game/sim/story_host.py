"""The level simulation's side of the story: game commands carried out on the world, cues for presentation."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.sim.cues import Cue, CueKind
from game.story.values import Value
from game.world.actors import Actor, Facing, MoveIntent
from game.world.camcorder import BATTERY_TICKS
from game.world.movement import RUN_SPEED, WALK_SPEED, move_actor

if TYPE_CHECKING:
    from game.sim.level_sim import LevelSim

ARRIVE = 2.0
"""A scripted walk has arrived within this many pixels of its goal."""
STUCK_TICKS = 240
"""A scripted walk that has not moved for this long is placed at its goal (a story never hangs on a wall)."""


@dataclass(slots=True)
class ScriptedMove:
    """A story ``move`` in progress: the actor walks the waypoints to the object ``target``."""

    actor: str
    target: str
    run: bool
    waypoints: list[tuple[float, float]] = field(default_factory=list)
    still: int = 0


class SimHost:
    """Implements :class:`game.story.host.StoryHost` for one :class:`LevelSim`."""

    def __init__(self, sim: LevelSim) -> None:
        self.sim = sim

    # -- actors and places ---------------------------------------------------------------------------------

    def actor(self, name: str) -> Actor:
        """The actor a story names: a role (``player``/``partner``) or a cast id."""
        world = self.sim.world
        if name in ("player", world.player.name):
            return world.player
        if name in ("partner", world.partner.name):
            return world.partner
        raise ValueError(f"the story names actor {name!r}, who is not in this level")

    def place_of(self, name: str) -> tuple[float, float]:
        """Where an object or actor is: an object's centre (a point object's point)."""
        obj = self.sim.level.object_named(name)
        if obj is not None:
            return obj.center
        a = self.actor(name)
        return (a.x, a.y)

    def move(self, actor: str, to: str, run: bool) -> None:
        """Start a scripted walk along the walking grid (each walks on their own: hands let go); the partner
        then waits where she was walked to until the player comes to her."""
        who = self.actor(actor)
        self.sim.world.holding_hands = False
        goal = self.place_of(to)
        move = ScriptedMove(who.name, to, run, self.sim.route(who, goal))
        self.sim.moves[who.name] = move

    def place(self, actor: str, to: str) -> None:
        """Put an actor at a place at once."""
        who = self.actor(actor)
        x, y = self.place_of(to)
        who.place(x, y)
        self.sim.moves.pop(who.name, None)
        if who is self.sim.world.partner:
            self.sim.partner_waits = True

    def moving(self, actor: str) -> bool:
        """True while the actor's scripted walk is under way."""
        return self.actor(actor).name in self.sim.moves

    def face(self, actor: str, toward: str | None, direction: str | None) -> None:
        """Turn an actor."""
        who = self.actor(actor)
        if direction is not None:
            who.facing = Facing(direction)
        elif toward is not None:
            x, y = self.place_of(toward)
            who.facing = Facing.of(x - who.x, y - who.y, who.facing)

    # -- presentation ----------------------------------------------------------------------------------------

    def camera(self, to: str, ticks: int) -> None:
        """Point the camera at an actor or object (``player`` returns it to the player)."""
        self.sim.camera_target = None if to in ("player", self.sim.world.player.name) else to

    def shake(self, strength: float, ticks: int) -> None:
        """Ask presentation to shake the screen."""
        self.sim.cue(Cue(CueKind.SHAKE, value=strength, ticks=ticks))

    def fade(self, to: str, ticks: int, color: str) -> None:
        """Ask presentation to fade; the sim remembers it so a save mid-fade comes back faded."""
        self.sim.faded = to == "out"
        self.sim.cue(Cue(CueKind.FADE, to, ticks=ticks, detail=color))

    def effect(self, name: str, ticks: int) -> None:
        """Ask presentation for a named effect (glitch, drain, overlap); remembered while it lasts."""
        self.sim.cue(Cue(CueKind.EFFECT, name, ticks=ticks))

    def sound(self, name: str, at: str | None) -> None:
        """Ask presentation to play an effect; at a ``NoiseSource`` the world hears it too (the Cube may come)."""
        x, y = self.place_of(at) if at is not None else (math.nan, math.nan)
        self.sim.cue(Cue(CueKind.SOUND, name, x, y))
        source = self.sim.level.object_named(at) if at is not None else None
        if source is not None and source.cls == "NoiseSource":
            self.sim.story_noises.append(source.name)

    def music(self, name: str, fade_ticks: int) -> None:
        """Change the music; remembered so a load resumes the right track."""
        self.sim.music = name
        self.sim.cue(Cue(CueKind.MUSIC, name, ticks=fade_ticks))

    # -- game state ------------------------------------------------------------------------------------------

    def give(self, item: str) -> None:
        """Add an item to the pair's inventory. The camcorder is found with its battery at half (Dal checks:
        "Battery's at half."); a battery, when it comes, fills it."""
        inventory = self.sim.session.inventory
        if item not in inventory:
            inventory.append(item)
            self.sim.cue(Cue(CueKind.ITEM, item))
            if item == "camcorder":
                self.sim.camcorder.battery = BATTERY_TICKS / 2
            elif item == "battery":
                self.sim.camcorder.battery = float(BATTERY_TICKS)

    def has(self, item: str) -> bool:
        """True when the pair carries the item."""
        return item in self.sim.session.inventory

    def objective(self, line_id: str, target: str) -> None:
        """Set the current objective: a line id for its text and the object to reach."""
        self.sim.objective = (line_id, target)

    def checkpoint(self, at: str) -> None:
        """Save a retry point at an object now."""
        self.sim.set_checkpoint(at)

    def scene(self, to: str, ending: str | None) -> None:
        """Leave the level for another scene (or an ending)."""
        self.sim.leave(to, ending)

    def bond(self, delta: float) -> None:
        """Nudge the bond."""
        self.sim.nudge_bond(delta)

    def value(self, name: str) -> Value:
        """World values conditions may read."""
        match name:
            case "bond":
                return round(self.sim.session.bond, 3)
            case "hands":
                return self.sim.world.holding_hands
            case "filming":
                return self.sim.world.dream
            case "hidden":
                return self.sim.world.player.hidden and self.sim.world.partner.hidden
            case "seen":
                return any(sense.exposure > 0.0 for sense in self.sim.ai.senses)
        raise ValueError(f"the story asks for world value {name!r}, which does not exist")


def follow_waypoints(actor: Actor, move: ScriptedMove, sim: LevelSim) -> bool:
    """Walk one tick of a scripted move; True once arrived."""
    if not move.waypoints:
        return True
    tx, ty = move.waypoints[0]
    dx, dy = tx - actor.x, ty - actor.y
    dist = math.hypot(dx, dy)
    speed = RUN_SPEED if move.run else WALK_SPEED
    if dist <= max(ARRIVE, speed):
        move.waypoints.pop(0)
        if not move.waypoints:
            actor.prev_x, actor.prev_y = actor.x, actor.y
            actor.x, actor.y = tx, ty
            actor.moving = False
            return True
        return False
    level = sim.level
    moved = move_actor(
        actor, MoveIntent(dx / dist, dy / dist, move.run), speed, level.grid, level.tile_size, sim.world.dream
    )
    move.still = 0 if moved > 0.05 else move.still + 1
    if move.still >= STUCK_TICKS:
        gx, gy = move.waypoints[-1]
        actor.place(gx, gy)
        move.waypoints.clear()
        return True
    return False
