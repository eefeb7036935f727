"""Noises each tick: what the Cube may hear (running, sources touched or ticking, sounds the story played)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.sim.cues import Cue, CueKind
from game.sim.rules import NOISE_EVERY, RUN_NOISE_TILES
from game.world.noise import Noise, NoiseKind

if TYPE_CHECKING:
    from game.sim.level_sim import LevelSim


def gather_noises(sim: LevelSim) -> list[Noise]:
    """This tick's noises: running feet, sounds the story played at noise sources, and the sources themselves."""
    noises: list[Noise] = []
    radius = RUN_NOISE_TILES * sim.level.tile_size
    if sim.tick % NOISE_EVERY == 0:
        for actor in (sim.world.player, sim.world.partner):
            if actor.running and actor.moving:
                noises.append(Noise(actor.x, actor.y, radius, NoiseKind.RUN))
                sim.cue(Cue(CueKind.FOOTSTEP, actor.name, actor.x, actor.y, detail="running"))
    for name in sim.story_noises:
        obj = sim.level.object_named(name)
        if obj is not None:
            x, y = obj.center
            noises.append(
                Noise(x, y, float(obj.prop("radius", 6.0)) * sim.level.tile_size, NoiseKind.SCRIPTED)
            )
    sim.story_noises.clear()
    for obj in sim.level.objects_of("NoiseSource"):
        period = int(obj.prop("period", 0))
        carries = float(obj.prop("radius", 6.0)) * sim.level.tile_size
        x, y = obj.center
        touched = obj.contains(sim.world.player.x, sim.world.player.y) and sim.world.player.moving
        if (period > 0 and sim.tick % period == 0) or (
            period == 0 and touched and sim.tick % NOISE_EVERY == 0
        ):
            noises.append(Noise(x, y, carries, NoiseKind.SOURCE))
            sim.cue(Cue(CueKind.SOUND, obj.name or "noise", x, y))
    return noises
