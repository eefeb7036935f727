"""The title: New game, Continue (when a save exists), Settings, Quit — over a slow night scene."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.context import Context
from game.input.frame import InputFrame
from game.render.text import TextRenderer
from game.save import read_save
from game.scene import BaseScene, Push, Quit, Reset, Transition
from game.scenes.menu import Menu, MenuItem
from game.sim.session import GAME_SCENES, Session


class TitleScene(BaseScene):
    """The first screen a player sees."""

    name = "title"

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = TextRenderer()
        self.tick = 0
        self.menu = self._build_menu()

    def _build_menu(self) -> Menu:
        # Reading the save here means a corrupt one is set aside (with a message) before Continue is offered.
        self.save, message = read_save(self.ctx.profile.save_path)
        if message:
            self.ctx.log.note(message)
        items = [MenuItem("new", "New game")]
        if self.save is not None:
            items.insert(0, MenuItem("continue", "Continue"))
        items += [MenuItem("settings", "Settings"), MenuItem("quit", "Quit")]
        return Menu(items)

    def uncover(self, result: object) -> None:
        """Back from settings: the save may have changed."""
        self.menu = self._build_menu()

    def update(self, frame: InputFrame) -> Transition | None:
        """Run the menu."""
        self.tick += 1
        choice = self.menu.update(frame)
        match choice:
            case "new":
                session = Session.new(self.ctx.options.seed, self.ctx.settings.sim_settings())
                self.ctx.log.session = session
                return Reset(self.ctx.scenes.chapter(self.ctx, session, GAME_SCENES[0]))
            case "continue":
                return Reset(
                    self.ctx.scenes.play(self.ctx, Session.new(self.ctx.options.seed), GAME_SCENES[0])
                )
            case "settings":
                return Push(self.ctx.scenes.settings(self.ctx))
            case "quit":
                return Quit("quit")
        return None

    def _continue(self) -> Transition | None:
        """Resume the autosave; a save that cannot be read is set aside and the menu says so."""
        save = self.save
        if save is None:
            self.menu = self._build_menu()
            return None
        session = Session.from_save(save.session)
        self.ctx.log.session = session
        map_path = Path(save.map_path) if save.map_path else None
        return Reset(self.ctx.scenes.play(self.ctx, session, save.scene, map_path, resume=save.level or None))

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """Night sky, the title and the menu."""
        draw_night(canvas, self.tick + alpha)
        w = canvas.get_width()
        self.text.draw(
            canvas, "REFUGE", (w // 2, 92), (232, 232, 240), title=True, shadow=(24, 20, 37), anchor="midtop"
        )
        self.menu.draw(canvas, self.text, 200, w // 2)


def draw_night(canvas: pygame.Surface, t: float) -> None:
    """A dark sky with a slow far-off light: the backdrop for menus until the title art is in."""
    canvas.fill((24, 20, 37))
    w, h = canvas.get_size()
    pygame.draw.rect(canvas, (38, 43, 68), (0, h * 2 // 3, w, h // 3))
    x = int((t * 0.2) % (w + 80)) - 40
    pygame.draw.circle(canvas, (58, 68, 102), (x, h * 2 // 3), 24)
