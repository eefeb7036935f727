"""Play: one level. Input goes to the level simulation; presentation reads it and plays its cues."""

from __future__ import annotations

import gc
from functools import partial
from pathlib import Path

import pygame
from pytmx.util_pygame import pygame_image_loader

from game.content.catalog import find_map
from game.content.diagnostics import ContentError
from game.content.gate import load_checked, map_files
from game.context import Context
from game.input.frame import Action, InputFrame
from game.render.camera import Camera, framed_above, line_subjects
from game.render.tilemap import MapRenderer
from game.render.world_view import WorldView
from game.save import SaveGame, write_save
from game.scene import BaseScene, Push, Quit, Replace, Reset, Transition
from game.scenes.pause import RESTART, SKIP
from game.scenes.watch import WATCH_EVERY, Notice, Watcher, changed_names
from game.sim.cues import CueKind
from game.sim.level_sim import LevelSim
from game.sim.perceive import Perceiver
from game.sim.session import Session
from game.story.model import Story
from game.view.player_view import PlayerView
from game.world.level import Level

__all__ = ["WATCH_EVERY", "LevelNotFoundError", "PlayScene"]
RETRY = "retry"
"""What the caught overlay's Pop carries: go back to the checkpoint."""


class LevelNotFoundError(Exception):
    """No map plays the scene asked for."""


class PlayScene(BaseScene):
    """A level being played."""

    name = "play"

    def __init__(
        self,
        ctx: Context,
        session: Session,
        scene: str | None = None,
        map_path: Path | None = None,
        resume: dict[str, object] | None = None,
    ) -> None:
        self.ctx = ctx
        self.session = session
        if map_path is None:
            if scene is None:
                raise ValueError("a play scene needs a scene id or a map file")
            map_path = find_map(scene, ctx.options.levels_dir)
            if map_path is None:
                raise LevelNotFoundError(f"no map in {ctx.options.levels_dir} plays the scene {scene!r}")
        self.map_path = map_path
        self.tiles: MapRenderer | None = None
        self.watcher = Watcher()
        self._warnings: list[str] = []
        self.notice = Notice()
        if ctx.options.watch:
            self.watcher.follow(map_files(map_path))  # as they stand before the first read
        self.level, self.story = self._load()
        if ctx.options.watch:
            self.watcher.retarget(map_files(map_path, self._story_path()))
        self.sim = self._new_sim()
        if resume:
            self.sim.load(resume)
            self.sim.set_checkpoint(self.sim.checkpoint_name or "resume", here=True)
            self.sim.cues.clear()
        if ctx.options.renders:
            # Build the path tables now, while the level loads, rather than at the first scripted walk (a
            # dropped frame mid-scene); derived data, so the simulation is the same either way.
            self.sim.ai.walk.jump_grid()
        self.camera = Camera(self.level.pixel_width, self.level.pixel_height)
        self.view: WorldView | None = None
        self._perceiver: Perceiver | None = None
        self._seen: PlayerView | None = None
        self._ticks = 0
        self._fault_noted: tuple[object, int] | None = None

    # -- loading -----------------------------------------------------------------------------------------

    def _load(self) -> tuple[Level, Story | None]:
        """The map and its story through the one gate ``check`` uses (``game.content.gate``): refused with
        ``check``'s diagnostics on any error. Read with its images when this run draws (one parse, not two)."""
        loader = pygame_image_loader if self.ctx.options.renders else None
        checked = load_checked(self.map_path, self.ctx.options.levels_dir, loader)
        self.tiles = MapRenderer(parsed=checked.parsed) if loader is not None else None
        self._warnings = [str(d) for d in checked.warnings]
        return checked.level, checked.story

    def _story_path(self) -> Path | None:
        name = str(self.level.properties.get("story", "") or "")
        return self.map_path.parent / name if name else None

    def _new_sim(self) -> LevelSim:
        return LevelSim(self.level, self.session, self.session.level_seed(), self.story)

    # -- lifecycle ---------------------------------------------------------------------------------------

    def enter(self) -> None:
        """Note the scene, autosave at its start and put the camera on the player."""
        self.session.enter_scene(self.level.scene)
        self.ctx.log.session = self.session
        self._autosave()
        player = self.sim.world.player
        self.camera.snap(player.x, player.y)

    def _autosave(self) -> None:
        save = SaveGame(
            session=self.session.to_save(),
            scene=self.level.scene,
            map_path=str(self.map_path) if self.ctx.options.map_path is not None else None,
            checkpoint=self.sim.checkpoint_name,
            level=self.sim.checkpoint_state,
        )
        try:
            write_save(self.ctx.profile.save_path, save)
        except (OSError, ValueError) as exc:  # a full or read-only disk: play goes on, the HUD says so
            self.ctx.log.write_failed(exc)
        else:
            self.ctx.log.write_succeeded()

    def leave(self) -> None:
        """Silence the level's loops and let its world go (a level's objects refer to each other in cycles,
        which only a full collection frees; leaving a level is a moment where a pause cannot be felt)."""
        if self.view is not None and self.view.sound is not None:
            self.view.sound.stop()
        self.view = None
        gc.collect()

    def uncover(self, result: object) -> None:
        """Back from pause (maybe to restart) or from the caught overlay (retry at the checkpoint)."""
        if result == RESTART:
            self.sim = self._new_sim()
        elif result == RETRY:
            self.sim.retry()
        elif result == SKIP:
            self.sim.skip_cutscene()
            return
        else:
            return
        player = self.sim.world.player
        self.camera.snap(player.x, player.y)

    # -- the tick ----------------------------------------------------------------------------------------

    def update(self, frame: InputFrame) -> Transition | None:
        """One tick: pause, simulate, follow with the camera, act on what the simulation asks."""
        self._ticks += 1
        if frame.was_pressed(Action.PAUSE):
            runner = self.sim.runner
            cutscene = runner is not None and runner.in_cutscene
            hud = self.view.hud if self.view is not None and self.view.hud.backlog else None
            backlog = None if hud is None else partial(hud.draw_backlog, view=self.player_view)
            return Push(self.ctx.scenes.pause(self.ctx, cutscene=cutscene, backlog=backlog))
        if self.ctx.options.watch:
            self.notice.tick()
            if self._ticks % WATCH_EVERY == 0:
                self._reload_if_changed()
        sim = self.sim
        sim.step(frame)
        runner = sim.runner
        if runner is not None and runner.fault and self._fault_noted != (runner, runner.faults):
            self._fault_noted = (runner, runner.faults)  # a story thread stopped: say where, on stderr too
            self.ctx.log.note(runner.fault)
        target = sim.host.place_of(sim.camera_target) if sim.camera_target else None
        player = sim.world.player
        cx, cy = target if target is not None else (player.x, player.y)
        if self.view is not None:  # drawn: frame what a line is about above the dialogue panel
            panel_top = self.view.hud.layout_for(filming=self.view.viewfinder.active).dialogue.top
            framed = framed_above(line_subjects(sim), panel_top)
            cx, cy = framed if framed is not None else (cx, cy)
        self.camera.follow(cx, cy)
        # Built now only when drawn; the bot asks for it (``player_view``) and gets it built then.
        self._seen = self._perceive() if self.view is not None else None
        for cue in sim.cues:
            if cue.kind is CueKind.CHECKPOINT:
                self._autosave()
            elif cue.kind is CueKind.CAUGHT:
                return Push(self.ctx.scenes.caught(self.ctx, self.session))
        if self.view is not None:
            self.view.update(sim, self.player_view)
        if sim.outcome is not None:
            return self._leave(sim.outcome.to, sim.outcome.ending)
        return None

    def _leave(self, to: str, ending: str | None) -> Transition:
        log = self.ctx.log
        if to == "ending" or ending is not None:
            log.outcome = "ending"
            log.exit = None
            return Reset(self.ctx.scenes.ending(self.ctx, self.session, ending or "together"))
        log.exit = to
        if self.ctx.options.stop_on_exit:
            log.outcome = "exit"
            return Quit("exit")
        target = find_map(to, self.ctx.options.levels_dir, near=self.map_path)
        if target is None:
            log.outcome = "exit"
            log.note(f"the exit leads to scene {to!r}, which has no map; the run ends here")
            return Quit("exit")
        return Replace(self.ctx.scenes.chapter(self.ctx, self.session, to, target))

    def _reload_if_changed(self) -> None:
        """``--watch``: when the map or anything it is made of changed (story, tilesets and their images,
        templates, image layers), load it again through the gate and keep the pair where they stand; a refused
        reload keeps the last good map and shows why, on screen and in the terminal, at once."""
        changed = self.watcher.changed()
        if not changed:
            return
        what = changed_names(changed, self.map_path)
        self.watcher.follow(
            list(self.watcher.stamps)
        )  # as they stand before the read: a later save is seen next
        tiles = self.tiles
        try:
            level, story = self._load()
        except ContentError as exc:
            self.tiles = tiles
            self.watcher.retarget([*self.watcher.stamps, *map_files(self.map_path, self._story_path())])
            lines = [f"refuge --watch: {what} changed; not reloaded, the last good map plays on:"]
            self.notice.say([*lines, *(str(d) for d in exc.diagnostics)], error=True)
            return
        self.level, self.story = level, story
        self.watcher.retarget(map_files(self.map_path, self._story_path()))
        old = self.sim.world
        spots = [(old.player.x, old.player.y), (old.partner.x, old.partner.y)]
        self.sim = self._new_sim()
        for actor, (x, y) in zip((self.sim.world.player, self.sim.world.partner), spots, strict=True):
            actor.place(x, y)
        self.camera = Camera(level.pixel_width, level.pixel_height)
        self.camera.snap(*spots[0])
        if self.view is not None and self.view.sound is not None:
            self.view.sound.stop()
        self.view = None
        self.notice.say(
            [f"refuge --watch: {what} changed; reloaded, the pair kept where they stand", *self._warnings],
            error=False,
        )

    @property
    def player_view(self) -> PlayerView:
        """What the player sees and hears as of the last tick (the bot and the HUD read only this)."""
        if self._seen is None or self._perceiver is None or self._perceiver.sim is not self.sim:
            self._seen = self._perceive()
        return self._seen

    def _perceive(self) -> PlayerView:
        """Build this tick's view from the simulation and the camera's rectangle."""
        if self._perceiver is None or self._perceiver.sim is not self.sim:
            self._perceiver = Perceiver(self.sim)
        camera = self.camera
        return self._perceiver.view((camera.x, camera.y, camera.view_w, camera.view_h))

    def snapshot(self) -> dict[str, object]:
        """The level simulation's state, for the state hash."""
        return self.sim.snapshot()

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """The world from the camera's interpolated position, then the HUD and dialogue."""
        if self.view is None:
            if self.tiles is None:
                self.tiles = MapRenderer(self.map_path)
            self.view = WorldView(self.level, self.tiles, self.ctx)
        self.view.draw(
            canvas, self.sim, self.player_view, self.camera.offset(alpha), alpha, debug=self.ctx.debug_overlay
        )
        self.notice.draw(canvas, self.ctx.art.ui.text)
