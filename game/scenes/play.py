"""Play: one level. Input goes to the level simulation; the world is drawn from what it holds."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.content.catalog import find_map
from game.content.tiled import load_level
from game.context import Context
from game.input.frame import Action, InputFrame
from game.render.camera import Camera
from game.render.tilemap import TileMapRenderer, load_for_play
from game.render.world_view import WorldView
from game.save import SaveGame, write_save
from game.scene import BaseScene, Push, Quit, Replace, Transition
from game.scenes.pause import RESTART
from game.sim.level_sim import LevelSim
from game.sim.session import Session
from game.world.level import Level

WATCH_EVERY = 30
"""Ticks between checks of the map file's modification time in ``--watch`` mode."""


class LevelNotFoundError(Exception):
    """No map plays the scene asked for."""


class PlayScene(BaseScene):
    """A level being played."""

    name = "play"

    def __init__(
        self, ctx: Context, session: Session, scene: str | None = None, map_path: Path | None = None
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
        self.tiles: TileMapRenderer | None = None
        self.level: Level = self._load()
        self.sim = self._new_sim()
        self.camera = Camera(self.level.pixel_width, self.level.pixel_height)
        self.view: WorldView | None = None
        self._watched_mtime = self._mtime()
        self._ticks = 0

    def _load(self) -> Level:
        """Read the map: with its images at once when this run draws every frame (one parse, not two)."""
        if self.ctx.options.renders:
            level, self.tiles = load_for_play(self.map_path)
            return level
        self.tiles = None
        return load_level(self.map_path)

    def _new_sim(self) -> LevelSim:
        return LevelSim(self.level, self.session, self.session.level_seed())

    def _mtime(self) -> float:
        try:
            return self.map_path.stat().st_mtime
        except OSError:
            return 0.0

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
        )
        write_save(self.ctx.profile.save_path, save)

    def uncover(self, result: object) -> None:
        """Back from pause: restart the level when asked."""
        if result == RESTART:
            self.sim = self._new_sim()
            player = self.sim.world.player
            self.camera.snap(player.x, player.y)

    def update(self, frame: InputFrame) -> Transition | None:
        """One tick: pause, simulate, follow with the camera, leave through exits."""
        self._ticks += 1
        if frame.was_pressed(Action.PAUSE):
            return Push(self.ctx.scenes.pause(self.ctx))
        if self.ctx.options.watch and self._ticks % WATCH_EVERY == 0:
            self._reload_if_changed()
        self.sim.step(frame)
        player = self.sim.world.player
        self.camera.follow(player.x, player.y)
        if self.sim.outcome is not None:
            return self._leave(self.sim.outcome.to)
        return None

    def _leave(self, to: str) -> Transition:
        log = self.ctx.log
        log.exit = to
        if self.ctx.options.stop_on_exit:
            log.outcome = "exit"
            return Quit("exit")
        target = find_map(to, self.ctx.options.levels_dir, near=self.map_path)
        if target is None:
            log.outcome = "exit"
            log.note(f"the exit leads to scene {to!r}, which has no map yet; the run ends here")
            return Quit("exit")
        return Replace(self.ctx.scenes.play(self.ctx, self.session, to, target))

    def _reload_if_changed(self) -> None:
        """``--watch``: reload the map when it changed on disk, keeping the pair where they stand."""
        mtime = self._mtime()
        if mtime == self._watched_mtime:
            return
        self._watched_mtime = mtime
        from game.content.diagnostics import ContentError

        try:
            level = self._load()
        except ContentError as exc:
            self.ctx.log.note(f"reload failed, keeping the old map:\n{exc}")
            return
        world = self.sim.world
        keep = [(a, a.x, a.y) for a in (world.player, world.partner)]
        self.level = level
        self.sim = self._new_sim()
        for old, x, y in keep:
            actor = self.sim.world.player if old is world.player else self.sim.world.partner
            actor.place(x, y)
        self.camera = Camera(level.pixel_width, level.pixel_height)
        self.camera.snap(world.player.x, world.player.y)
        self.view = None

    def snapshot(self) -> dict[str, object]:
        """The level simulation's state, for the state hash."""
        return self.sim.snapshot()

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """The world from the camera's interpolated position."""
        if self.view is None:
            if self.tiles is None:
                self.tiles = TileMapRenderer(self.map_path)
            self.view = WorldView(self.level, self.tiles)
        cam = self.camera.offset(alpha)
        self.view.draw(canvas, self.sim.world, cam, alpha, debug=self.ctx.debug_overlay)
