"""A level's state as plain data and back: for checkpoints (retry after capture), autosaves and Continue."""

from __future__ import annotations

import hashlib
import math
from typing import TYPE_CHECKING

from game.sim.story_host import ScriptedMove
from game.story.runner import Runner
from game.story.state import Globals
from game.world.actors import Actor, Facing
from game.world.camcorder import Camcorder

if TYPE_CHECKING:
    from game.sim.level_sim import LevelSim

VERSION = 1


class OutdatedStateError(ValueError):
    """A level state saved by another version of the map or story: the scene can start again instead."""


def _actor_state(actor: Actor) -> list[object]:
    return [round(actor.x, 3), round(actor.y, 3), actor.facing.value, actor.hide_spot]


def _load_actor(actor: Actor, data: object, size: tuple[int, int]) -> None:
    if not isinstance(data, list) or len(data) != 4:
        raise ValueError("an actor's state is [x, y, facing, hide_spot]")
    x, y, facing, spot = data
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (x, y)):
        raise ValueError("an actor's position is not two numbers")
    if not all(math.isfinite(v) and 0 <= v <= side for v, side in zip((x, y), size, strict=True)):
        raise ValueError(f"an actor's position ({x}, {y}) is outside the level")
    actor.place(float(x), float(y))
    actor.facing = Facing(facing)
    actor.hide_spot = spot if isinstance(spot, int) and not isinstance(spot, bool) else None
    actor.hidden = actor.hide_spot is not None


def content_id(sim: LevelSim) -> str:
    """A fingerprint of what a level state points into: the map's ground and objects and the story's compiled
    nodes (an instruction's position included, so any edit to the story file changes it). A state saved by
    another version of the map or story would put the pair and the story somewhere else than meant."""
    if sim.content_id is None:
        digest = hashlib.sha1(usedforsecurity=False)
        level = sim.level
        digest.update(level.grid.reality + level.grid.dream)
        for obj in level.objects:
            digest.update(f"{obj.id} {obj.name} {obj.cls} {obj.x} {obj.y} {obj.width} {obj.height};".encode())
        if sim.runner is not None:
            for name, code in sim.runner.code.items():
                digest.update(f"{name}:{code.instrs!r};".encode())
        sim.content_id = digest.hexdigest()[:16]
    return sim.content_id


def save_level_state(sim: LevelSim) -> dict[str, object]:
    """Everything a level needs to continue from here (the session saves its own part)."""
    world = sim.world
    return {
        "version": VERSION,
        "scene": sim.level.scene,
        "content": content_id(sim),
        "world": {
            "player": _actor_state(world.player),
            "partner": _actor_state(world.partner),
            "hands": world.holding_hands,
        },
        "camcorder": sim.camcorder.to_save(),
        "ai": sim.ai.to_save(),
        "story": None if sim.runner is None else sim.runner.to_save(),
        "globals": sim.session.story_globals.to_save(),
        "inventory": list(sim.session.inventory),
        "picked": sorted(sim.picked),
        "fired": sorted(sim.fired),
        "reached": sorted(sim.reached),
        "inside": sorted(sim.inside),
        "objective": None if sim.objective is None else list(sim.objective),
        "camera": sim.camera_target,
        "music": sim.music,
        "faded": sim.faded,
        "noises": list(sim.story_noises),
        "moves": [[m.actor, m.target, m.run] for m in sim.moves.values()],
        "choice_cursor": sim.choice_cursor,
        "capture_hold_until": sim.capture_hold_until,
        "checkpoint": sim.checkpoint_name,
        # Written only while it holds, so a level whose story never walks the partner saves as it always did.
        **({"partner_waits": True} if sim.partner_waits else {}),
    }


def load_level_state(sim: LevelSim, data: dict[str, object]) -> None:
    """Put ``sim`` back in the state :func:`save_level_state` recorded; ``ValueError`` when it does not fit."""
    try:
        _load_level_state(sim, data)
    except (TypeError, KeyError, IndexError, OverflowError, AttributeError) as exc:
        # A hand-edited or damaged save can put any JSON value anywhere: it does not fit, whatever broke.
        raise ValueError(f"level state does not fit: {exc}") from exc


def _load_level_state(sim: LevelSim, data: dict[str, object]) -> None:
    if data.get("version") != VERSION or data.get("scene") != sim.level.scene:
        raise ValueError(f"level state is not a version {VERSION} state of scene {sim.level.scene!r}")
    if data.get("content") != content_id(sim):
        raise OutdatedStateError(
            f"level state was saved with another version of the {sim.level.scene} map or story"
        )
    world = data.get("world")
    if not isinstance(world, dict):
        raise ValueError("level state has no world")
    size = (sim.level.pixel_width, sim.level.pixel_height)
    _load_actor(sim.world.player, world.get("player"), size)
    _load_actor(sim.world.partner, world.get("partner"), size)
    sim.world.holding_hands = bool(world.get("hands", False))
    sim.camcorder = Camcorder.from_save(data.get("camcorder"))
    sim.world.dream = sim.camcorder.filming
    ai = data.get("ai")
    if not isinstance(ai, dict):
        raise ValueError("level state has no AI state")
    sim.ai.from_save(ai)
    session = sim.session
    session.story_globals.values.clear()
    session.story_globals.values.update(Globals.from_save(data.get("globals")).values)
    inventory = data.get("inventory")
    if isinstance(inventory, list):
        session.inventory[:] = [str(i) for i in inventory]
    if sim.runner is not None:
        story = data.get("story")
        sim.runner = Runner.from_save(
            sim.runner.story, session.story_globals, story, sim.runner.timing, session.seen
        )
    sim.picked = _ids(data, "picked")
    sim.fired = _ids(data, "fired")
    sim.reached = _ids(data, "reached")
    sim.inside = _ids(data, "inside")
    objective = data.get("objective")
    sim.objective = (
        (str(objective[0]), str(objective[1]))
        if isinstance(objective, list) and len(objective) == 2
        else None
    )
    camera = data.get("camera")
    sim.camera_target = camera if isinstance(camera, str) else None
    sim.music = str(data.get("music", sim.music))
    sim.faded = bool(data.get("faded", False))
    noises = data.get("noises", [])
    sim.story_noises = [str(n) for n in noises] if isinstance(noises, list) else []
    hold = data.get("capture_hold_until", 0)
    sim.capture_hold_until = hold if isinstance(hold, int) and not isinstance(hold, bool) else 0
    cursor = data.get("choice_cursor", 0)
    sim.choice_cursor = cursor if isinstance(cursor, int) and not isinstance(cursor, bool) else 0
    checkpoint = data.get("checkpoint")
    sim.checkpoint_name = checkpoint if isinstance(checkpoint, str) else None
    sim.moves.clear()
    moves = data.get("moves", [])
    if isinstance(moves, list):
        for entry in moves:
            if isinstance(entry, list) and len(entry) == 3:
                actor, target, run = entry
                sim.host.move(str(actor), str(target), bool(run))
                sim.moves[str(actor)].run = bool(run)
    sim.world.holding_hands = bool(world.get("hands", False))  # re-issued moves let go; the save says
    sim.partner_waits = data.get("partner_waits") is True
    sim.outcome = None
    sim.caught = False


def _ids(data: dict[str, object], key: str) -> set[int]:
    values = data.get(key, [])
    if not isinstance(values, list):
        raise ValueError(f"level state's {key!r} is not a list")
    return {v for v in values if isinstance(v, int) and not isinstance(v, bool)}


__all__ = ["ScriptedMove", "load_level_state", "save_level_state"]
