"""Building the :class:`~game.view.player_view.PlayerView`: the one place that turns the simulation and the
camera's rectangle into what a player sees and hears this tick.

A :class:`Perceiver` belongs to one level simulation. What does not change during the level (the map's flags,
each drawn thing's tiles, the cast's names, the objective lines' words) is worked out once; each tick only what
is on screen is gathered into small tuples, so building a view costs a few microseconds, not a copy of the map.
"""

from __future__ import annotations

import dataclasses
import math

from game.sim.level_sim import LevelSim
from game.sim.rules import DREAM_SCENES, ITEM_REACH
from game.story.lines import iter_story_lines
from game.story.model import Line
from game.story.text import placeholder_values, render
from game.view.player_view import (
    ActorView,
    EyeView,
    HumView,
    LightView,
    LineView,
    MapView,
    ObjectiveView,
    PlaceView,
    PlayerView,
    TalkView,
)
from game.world.actors import Actor
from game.world.camcorder import MIN_TO_START
from game.world.level import Level, MapObject, Shape

DRAWN: dict[str, str] = {"Exit": "exit", "HideSpot": "hide", "Item": "item", "NoiseSource": "noise"}
"""Object classes a map draws as something a player can use (a way out, a hiding place, a thing to take or to
kick), and their kind in the view. Triggers, checkpoints, patrols, spawns and walls are not drawn."""


def area_tiles(level: Level, obj: MapObject) -> tuple[int, ...]:
    """The tiles whose middle lies inside an object's area (a point's or line's: the tile under its centre)."""
    ts, w = level.tile_size, level.width
    out: list[int] = []
    if obj.shape in (Shape.RECT, Shape.ELLIPSE, Shape.POLYGON, Shape.TILE) and (obj.width > 0 or obj.points):
        xs = [p[0] for p in obj.points] or [obj.x, obj.x + obj.width]
        ys = [p[1] for p in obj.points] or [obj.y, obj.y + obj.height]
        for ty in range(max(0, int(min(ys) // ts)), min(level.height, int(max(ys) // ts) + 1)):
            for tx in range(max(0, int(min(xs) // ts)), min(level.width, int(max(xs) // ts) + 1)):
                if obj.contains((tx + 0.5) * ts, (ty + 0.5) * ts):
                    out.append(ty * w + tx)
    if not out:
        cx, cy = obj.center
        tx, ty = min(w - 1, max(0, int(cx // ts))), min(level.height - 1, max(0, int(cy // ts)))
        out.append(ty * w + tx)
    return tuple(out)


def _bounds(obj: MapObject) -> tuple[float, float, float, float]:
    if obj.points:
        xs, ys = [p[0] for p in obj.points], [p[1] for p in obj.points]
        return (min(xs), min(ys), max(xs), max(ys))
    return (obj.x, obj.y, obj.x + obj.width, obj.y + obj.height)


def _actor(actor: Actor) -> ActorView:
    return ActorView(
        actor.name,
        actor.x,
        actor.y,
        actor.moving,
        actor.running,
        actor.hidden,
        actor.hide_spot is not None,
        actor.step_ticks,
    )


class Perceiver:
    """Builds a level's :class:`PlayerView` each tick (see the module's docstring)."""

    def __init__(self, sim: LevelSim) -> None:
        self.sim = sim
        level = sim.level
        self.level = level
        runner = sim.runner
        cast = {} if runner is None else {k: m.name for k, m in runner.story.cast.items()}
        self.map = MapView(
            level.scene,
            level.width,
            level.height,
            level.tile_size,
            level.grid.reality,
            level.grid.dream,
            level.scene in DREAM_SCENES,
            cast,
        )
        self.lines: dict[str, Line] = (
            {} if runner is None else {ln.id: ln for _n, ln in iter_story_lines(runner.story)}
        )
        self._words: tuple[str, LineView | None] | None = None
        self.drawn = tuple(
            (
                obj,
                _bounds(obj),
                PlaceView(
                    obj.id, DRAWN[obj.cls], obj.name, *obj.center, area_tiles(level, obj), obj.view.value
                ),
            )
            for obj in level.objects
            if obj.cls in DRAWN
        )
        self._targets: dict[str, tuple[tuple[float, float, float, float], PlaceView] | None] = {}
        self._key: tuple[int, int, int, int, bool, int] | None = None
        self._places: tuple[PlaceView, ...] = ()
        self._reach: int | None = None
        self._marked: tuple[PlaceView, ...] = ()

    def view(self, camera: tuple[float, float, int, int]) -> PlayerView:
        """What the player perceives now, the camera's view rectangle (world pixels) being ``camera``."""
        sim, level = self.sim, self.level
        world, ai, runner, session = sim.world, sim.ai, sim.runner, sim.session
        left, top, vw, vh = camera
        right, bottom = left + vw, top + vh
        ts = level.tile_size
        tiles = (
            max(0, int(left // ts)),
            max(0, int(top // ts)),
            min(level.width, math.ceil(right / ts)),
            min(level.height, math.ceil(bottom / ts)),
        )
        player = world.player
        light = None
        eye = hum = None
        seen = ai.light
        if seen is not None:
            x, y, radius, tone = seen
            if left - radius < x < right + radius and top - radius < y < bottom + radius:
                light = LightView(x, y, radius, tone.value)
            awareness = max(sense.awareness for sense in ai.senses)  # the player's and the partner's
            eye = EyeView.of(awareness)
            cx, cy, _alt = ai.cube_position
            hum = HumView(awareness, cx, cy)
        line = choice = None
        waits = cutscene = False
        if runner is not None:
            line, choice = runner.current_line, runner.current_choice
            waits = line is not None and runner.line_auto == 0
            cutscene = runner.input_locked
        return PlayerView(
            tick=sim.tick,
            map=self.map,
            camera=camera,
            tiles=tiles,
            player=_actor(player),
            partner=_actor(world.partner),
            filming=world.dream,
            holding_hands=world.holding_hands,
            light=light,
            eye=eye,
            hum=hum,
            places=self._visible(tiles, (left, top, right, bottom)),
            objective=self._objective((left, top, right, bottom)),
            talk=TalkView(line, waits, choice, sim.choice_cursor, cutscene),
            inventory=tuple(session.inventory),
            battery=sim.camcorder.charge,
            battery_to_film=sim.camcorder.battery >= MIN_TO_START,
            bond=session.bond,
            timecode=session.ticks,
            music=sim.music,
            cues=tuple(sim.cues),
        )

    def _visible(
        self, tiles: tuple[int, int, int, int], rect: tuple[float, float, float, float]
    ) -> tuple[PlaceView, ...]:
        """The drawn things on screen in the view looked through (items not yet taken; the one at the feet
        marked); the same tuple as last tick while nothing on screen changed."""
        sim = self.sim
        dream = sim.world.dream
        key = (*tiles, dream, len(sim.picked))
        if key != self._key:
            left, top, right, bottom = rect
            self._key = key
            self._places = tuple(
                place
                for obj, (x0, y0, x1, y1), place in self.drawn
                if not (x1 < left or x0 > right or y1 < top or y0 > bottom)
                and obj.view.visible_in(dream)
                and not (obj.cls == "Item" and obj.id in sim.picked)
            )
            self._reach = None
        items = [p for p in self._places if p.kind == "item"]
        if not items:
            return self._places
        # The sim's own rule (game.sim.actions.item_in_reach): the nearest item within reach of the feet.
        player = sim.world.player
        best, best_d = None, ITEM_REACH
        for place in items:
            d = math.hypot(place.x - player.x, place.y - player.y)
            if d <= best_d:
                best, best_d = place, d
        if best is None and self._reach is None:
            return self._places
        reach = None if best is None else best.id
        if reach != self._reach:
            self._reach = reach
            self._marked = tuple(
                dataclasses.replace(p, in_reach=True) if p.id == reach else p for p in self._places
            )
        return self._places if reach is None else self._marked

    def _objective(self, rect: tuple[float, float, float, float]) -> ObjectiveView | None:
        """The objective's words, and the place they name while it is on screen."""
        objective = self.sim.objective
        if objective is None:
            return None
        line_id, target = objective
        if target not in self._targets:
            obj = self.level.object_named(target)
            self._targets[target] = (
                None
                if obj is None
                else (
                    _bounds(obj),
                    PlaceView(
                        obj.id, "place", obj.name, *obj.center, area_tiles(self.level, obj), obj.view.value
                    ),
                )
            )
        found = self._targets[target]
        place = None
        if found is not None:
            (x0, y0, x1, y1), place = found
            left, top, right, bottom = rect
            off_screen = x1 < left or x0 > right or y1 < top or y0 > bottom
            if off_screen or place.view not in ("both", "dream" if self.sim.world.dream else "reality"):
                place = None  # not on screen, or only in the other view
        return ObjectiveView(line_id, self._line(line_id), place)

    def _line(self, line_id: str) -> LineView | None:
        """The objective's words as the HUD writes them (variables filled in; kept while they cannot change)."""
        words = self._words
        if words is not None and words[0] == line_id and (words[1] is None or not words[1].values):
            return words[1]
        line, runner = self.lines.get(line_id), self.sim.runner
        shown = None
        if line is not None and runner is not None:
            var = runner.var
            shown = LineView(
                line.id, "", render(line.text, var), placeholder_values(line.text, var), 1.0, False
            )
        self._words = (line_id, shown)
        return shown
