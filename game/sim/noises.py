"""Noises each tick: what the Cube may hear (running, sources touched or ticking, sounds the story played)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.sim.cues import Cue, CueKind
from game.sim.rules import NOISE_EVERY, RUN_NOISE_TILES
from game.world.level import Level, MapObject
from game.world.noise import Noise, NoiseKind

if TYPE_CHECKING:
    from game.sim.level_sim import LevelSim


@dataclass(frozen=True, slots=True)
class NoiseSource:
    """A NoiseSource object with its properties read once: it sounds every ``period`` ticks, or when touched."""

    obj: MapObject
    period: int
    carries: float
    x: float
    y: float


class NoiseSources:
    """A level's NoiseSource objects, read once when the level starts (the map does not change)."""

    def __init__(self, level: Level) -> None:
        self.sources = tuple(
            NoiseSource(
                obj,
                int(obj.prop("period", 0)),
                float(obj.prop("radius", 6.0)) * level.tile_size,
                *obj.center,
            )
            for obj in level.objects_of("NoiseSource")
        )


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
    player, tick = sim.world.player, sim.tick
    for source in sim.noise_sources.sources:
        period = source.period
        if (period > 0 and tick % period == 0) or (
            period == 0
            and tick % NOISE_EVERY == 0
            and player.moving
            and source.obj.contains(player.x, player.y)
        ):
            noises.append(Noise(source.x, source.y, source.carries, NoiseKind.SOURCE))
            sim.cue(Cue(CueKind.SOUND, source.obj.name or "noise", source.x, source.y))
    return noises
