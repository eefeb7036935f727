"""Draws a level being played: map, the pair, the Cube and its light, darkness, weather, camcorder, HUD.

It reads the :class:`LevelSim` and owns only presentation state (shake, transitions, particles, the
viewfinder's wipe, smoothed cube tilt), each with its own generator; nothing here changes the simulation.
"""

from __future__ import annotations

import pygame

from game.ai.hiding import hide_spot_at
from game.context import Context
from game.render.camera import line_subjects, shaken
from game.render.cube import CubeRenderer, CubeView
from game.render.cube_stage import CubeStage, story_value
from game.render.effects import Dissolve, Effects, Fade, veil
from game.render.hud import HIDE_REACH, Hud, Staging
from game.render.light import SCENE_TINTS, Light, LightKind, LightMap, flicker
from game.render.palette import INK as BLACK
from game.render.particles import ParticleKind, Particles
from game.render.soundscape import Soundscape
from game.render.tilemap import MapRenderer
from game.render.viewfinder import Viewfinder
from game.sim.cues import Cue, CueKind
from game.sim.level_sim import LevelSim
from game.view.player_view import PlayerView
from game.world.actors import Actor
from game.world.level import Level

WEATHER: dict[str, tuple[ParticleKind, int]] = {
    "forest": (ParticleKind.ASH, 70),
    "mall": (ParticleKind.DUST, 40),
    "fantasy": (ParticleKind.PETALS, 45),
    "confrontation": (ParticleKind.FLAKES, 90),
}
FADE_WHITE = (236, 236, 244)
"""The story's ``fade ... color: white`` (the endings begin on this same white)."""
PRESENTATION_SEED = 0x5EED
"""Presentation's generators are seeded apart from the simulation's, so watching never changes the game."""


def outfit_of(name: str, sim: LevelSim) -> str:
    """What ``name`` is wearing, from the story's flags: their own clothes until they come out of the mall's heap
    (``heap_after``, then the global ``laughed``); from then on the heap's outfit, the feathered hat on whoever
    has it (``kept_hat``: Dal; otherwise Byeol); in the dream's wedding (``wedding_at`` 1-3), wedding clothes."""
    runner = sim.runner
    if sim.world.dream and story_value(runner, "wedding_at") in (1, 2, 3):
        return "wedding"
    laughed = bool(story_value(runner, "laughed"))
    if not laughed and (runner is None or runner.node != "heap_after"):
        return ""
    hat_hers = laughed and not story_value(runner, "kept_hat")
    return "heap_hat" if hat_hers == (name == "byeol") else "heap"


def _lerp(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def _colour(value: object, default: tuple[int, int, int]) -> tuple[int, int, int]:
    """A Tiled colour (``#aarrggbb`` or ``#rrggbb``) as RGB."""
    text = str(value or "").lstrip("#")
    if len(text) == 8:
        text = text[2:]
    if len(text) != 6:
        return default
    try:
        return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except ValueError:
        return default


class WorldView:
    """Presentation of one level."""

    def __init__(self, level: Level, tiles: MapRenderer, ctx: Context) -> None:
        self.level = level
        self.map = tiles
        self.ctx = ctx
        self.art = ctx.art
        reduce = ctx.settings.reduce_flashing
        self.effects = Effects(PRESENTATION_SEED, reduce_flashing=reduce or not ctx.settings.screen_shake)
        self.cube = CubeRenderer()
        self.stage = CubeStage(level)
        self._cam = (0, 0)
        self.lightmap = LightMap()
        self.viewfinder = Viewfinder(text=self.art.text)
        kind, count = WEATHER.get(level.scene, (ParticleKind.DUST, 30))
        self.weather = Particles(kind, count, PRESENTATION_SEED)
        self.hud = Hud(ctx)
        self.sound = Soundscape(ctx.audio, level.scene) if ctx.audio is not None else None
        self.tick = 0
        self.tint = SCENE_TINTS.get(level.scene, (38, 43, 68))
        self._static_lights = [o for o in level.objects_of("Light")]
        self._faded = False
        self.drain_ticks = self.drain_total = 0
        self.apparition = 0
        """Ticks left of the Cube's shape shown where the camera looked (the story's ``effect: cube``)."""
        self.apparition_at = (0.0, 0.0)

    # -- per tick: cues in, animations on ----------------------------------------------------------------

    def update(self, sim: LevelSim, view: PlayerView) -> None:
        """Advance presentation one tick and react to this tick's cues (the HUD and the sound hear only the
        player's ``view``)."""
        self.tick += 1
        settings = self.ctx.settings
        self.effects.reduce_flashing = settings.reduce_flashing or not settings.screen_shake
        for cue in sim.cues:
            self._react(cue)
            if cue.kind is CueKind.EFFECT and cue.name == "cube":
                target = sim.camera_target
                player = sim.world.player
                self.apparition = max(1, cue.ticks)
                self.apparition_at = sim.host.place_of(target) if target else (player.x, player.y - 96.0)
        if self.apparition:
            self.apparition -= 1
        world = sim.world
        mid = ((world.player.x + world.partner.x) / 2, (world.player.y + world.partner.y) / 2)
        self.stage.update(
            sim.runner,
            (world.player.x, world.player.y),
            mid,
            sim.ai.cube_position if sim.ai.cube is not None else None,
            apparition=self.apparition > 0,
            glitching=self.effects.glitching,
            cam=(float(self._cam[0]), float(self._cam[1])),
        )
        self.viewfinder.set_active(sim.world.dream)
        self.viewfinder.update()
        self.effects.update()
        if self.drain_total:
            self.drain_ticks = min(self.drain_total, self.drain_ticks + 1)
        self.weather.update(wind=0.15 if self.level.scene == "forest" else 0.0)
        runner = sim.runner
        if runner is not None and runner.fault:
            self.hud.show_story_fault(
                (runner, runner.faults), runner.fault, runner.fault_short or runner.fault
            )
        self.hud.update(view)
        if self.sound is not None:
            self.sound.nearness = self.stage.near
            self.sound.hum_at = mid if self.stage.finale > 0.0 else None
            self.sound.update(view)

    def _react(self, cue: Cue) -> None:
        match cue.kind:
            case CueKind.SHAKE:
                self.effects.shake.kick(cue.value)
            case CueKind.FADE:
                closing = cue.name == "out"
                self.effects.running = [t for t in self.effects.running if not isinstance(t, Fade)]
                if closing or self._faded:
                    colour = FADE_WHITE if cue.detail == "white" else BLACK
                    self.effects.start(Fade(max(1, cue.ticks), closing=closing, color=colour))
                self._faded = closing
            case CueKind.AI if cue.name == "lock_on":
                self.effects.shake.kick(0.15)
            case CueKind.EFFECT:
                self._effect(cue.name, cue.ticks)
            case _:
                pass

    def _effect(self, name: str, ticks: int) -> None:
        """Named story effects: a glitch, the colours draining, the dream and the waste overlapping (``cube``, the
        Cube's shape where the camera looks, is started in :meth:`update`, which knows where that is)."""
        if name == "glitch":
            self.effects.glitch(max(10, ticks))
        elif name == "drain":
            self.drain_ticks, self.drain_total = 0, max(1, ticks)
        elif name == "overlap":
            self.effects.start(Dissolve(max(1, ticks), closing=False, color=(236, 236, 244)))

    # -- per frame -----------------------------------------------------------------------------------------

    def draw(
        self,
        canvas: pygame.Surface,
        sim: LevelSim,
        view: PlayerView,
        cam: tuple[int, int],
        alpha: float,
        debug: bool,
    ) -> None:
        """One frame with the camera's top-left at ``cam`` (held on the pair in the finale; a shake never shows
        what lies past the map)."""
        self._cam = cam
        if self.stage.lock is not None:
            cam = (round(self.stage.lock[0]), round(self.stage.lock[1]))
        level = self.level
        cx, cy = shaken(cam, self.effects.shake.offset, level.pixel_width, level.pixel_height)
        dream = sim.world.dream
        self.map.draw_below(canvas, cx, cy, dream)
        cube_view = self._cube_view(sim, cx, cy, alpha)
        if cube_view is not None:
            self.cube.draw_shadow(canvas, cube_view, self.stage.near)
            self.cube.draw_ground(canvas, cube_view)
        self._draw_pair(canvas, sim, cx, cy, alpha)
        self.map.draw_above(canvas, cx, cy, dream)
        lights = self._lights(sim, cx, cy, cube_view)
        finale_light = self.stage.light(self._pair_mid(sim, cx, cy))
        if finale_light is not None:
            lights.append(finale_light)
        darkness = float(self.level.darkness) * (0.35 if dream else 1.0)
        self.lightmap.apply(canvas, lights, darkness, self.tint)
        self.stage.draw_sky(canvas, cube_view, (cx, cy), dream, self.tick)
        self.stage.draw_finale(canvas, self._pair_mid(sim, cx, cy), self.tick)
        if self.apparition and level.scene != "fantasy":
            # The Cube's shape hangs where the story's camera looked (in the dream: where the sun was).
            ax, ay = self.apparition_at
            self.cube.draw_body(canvas, CubeView(ax - cx, ay - cy, 40.0, tick=self.tick))
        if self.drain_total:
            # The dream's colours drain toward grey as it breaks.
            amount = self.drain_ticks / self.drain_total
            veil(canvas, (139, 155, 180), 0.55 * amount)
        self.weather.draw(canvas, (float(cx), float(cy)))
        if self.viewfinder.active:
            battery = sim.camcorder.charge
            self.viewfinder.draw(canvas, sim.session.ticks, battery, recording=dream)
        if debug:
            self._debug(canvas, sim, cx, cy)
        cube_at = None if cube_view is None else (cube_view.x, cube_view.y - cube_view.altitude)
        outfits = {name: outfit_of(name, sim) for name in ("dal", "byeol")}
        self.hud.draw(
            canvas,
            view,
            cube_at,
            self.tick,
            filming=self.viewfinder.active,
            staging=staging(sim, cx, cy),
            outfits=outfits,
        )
        self.effects.draw(canvas)

    @staticmethod
    def _pair_mid(sim: LevelSim, cx: int, cy: int) -> tuple[float, float]:
        world = sim.world
        return ((world.player.x + world.partner.x) / 2 - cx, (world.player.y + world.partner.y) / 2 - cy)

    def _cube_view(self, sim: LevelSim, cx: int, cy: int, alpha: float) -> CubeView | None:
        ai = sim.ai
        cube = ai.cube
        if cube is None:
            return None
        x, y, altitude = ai.cube_position
        vx, vy = ai.cube_velocity
        # Interpolate between ticks from the velocity (the body moved by it this tick).
        x, y = x - vx * (1.0 - alpha), y - vy * (1.0 - alpha)
        light = ai.light
        aware = max(ai.awareness("player"), ai.awareness("partner"))
        state = ai.cube_state
        progress = 0.0
        if state is not None and state.value == "capture":
            progress = min(1.0, cube.capture_ticks / max(1, ai.params.capture_ticks))
        return CubeView(
            x - cx,
            y - cy,
            altitude,
            vx,
            vy,
            self.tick,
            state.value if state is not None else "patrol",
            None if light is None else light[2],
            progress,
            aware,
        )

    def _draw_pair(self, canvas: pygame.Surface, sim: LevelSim, cx: int, cy: int, alpha: float) -> None:
        world = sim.world
        sprites = self.art.sprites
        actors = sorted((world.player, world.partner), key=lambda a: _lerp(a.prev_y, a.y, alpha))
        for actor in actors:
            x = round(_lerp(actor.prev_x, actor.x, alpha)) - cx
            y = round(_lerp(actor.prev_y, actor.y, alpha)) - cy
            anim = self._anim(actor, sim)
            sprites.draw(
                canvas,
                actor.name,
                anim,
                actor.facing.value,
                self.tick,
                (x, y),
                shadow=anim != "hide",
                outfit=outfit_of(actor.name, sim),
            )

    @staticmethod
    def _anim(actor: Actor, sim: LevelSim) -> str:
        if sim.caught:
            return "caught"
        if actor.hide_spot is not None or (actor.hidden and not actor.moving):
            return "hide"
        if actor.running and actor.moving:
            return "run"
        if sim.world.holding_hands:
            return "hands"
        return "walk" if actor.moving else "idle"

    def _lights(self, sim: LevelSim, cx: int, cy: int, cube_view: CubeView | None) -> list[Light]:
        lights: list[Light] = []
        if cube_view is not None:
            lights.append(self.cube.light(cube_view))
            lights.extend(self.stage.sky_lights(sim.ai.cube_position, cx, cy))
        dream = sim.world.dream
        for i, obj in enumerate(self._static_lights):
            if not obj.view.visible_in(dream):
                continue
            x, y = obj.center
            radius = float(obj.prop("radius", 48.0))
            if x + radius < cx or x - radius > cx + 640 or y + radius < cy or y - radius > cy + 360:
                continue
            intensity = float(obj.prop("intensity", 0.6))
            if obj.prop("flicker", False):
                intensity *= flicker(self.tick, i)
            colour = _colour(obj.prop("color", ""), (255, 208, 128))
            lights.append(Light(x - cx, y - cy, radius, colour, intensity, LightKind.POINT))
        # The pair carry a faint light of their own, so they are never lost in the dark.
        p = sim.world.player
        lights.append(Light(p.x - cx, p.y - cy - 6, 56.0, (192, 203, 220), 0.35, LightKind.POINT))
        return lights

    def _debug(self, canvas: pygame.Surface, sim: LevelSim, cx: int, cy: int) -> None:
        from game.render.ai_debug import draw_ai_debug
        from game.render.level_debug import draw_level_debug

        draw_level_debug(canvas, self.level, cx, cy, sim.world.dream)
        draw_ai_debug(canvas, sim.ai, cx, cy)


def staging(sim: LevelSim, cx: int, cy: int) -> Staging:
    """Where on the canvas (camera at ``cx``, ``cy``) the objective's place and what the line on show is about
    are, and whether the player stands at a hide spot: what the HUD places its marker, panel and prompt by."""
    objective_at = None
    if sim.objective is not None:
        obj = sim.level.object_named(sim.objective[1])
        if obj is not None:
            objective_at = (obj.center[0] - cx, obj.center[1] - cy)
    player = sim.world.player
    can_hide = (
        player.hide_spot is None and hide_spot_at(sim.level, player.x, player.y, HIDE_REACH) is not None
    )
    subjects = [(x - cx, y - cy) for x, y in line_subjects(sim)]
    return Staging(objective_at, subjects, can_hide)
