"""The title: Continue (when a save exists), New game, Settings, Quit — over the moving night scene.

New game over an existing save asks first (No is the default). Profile problems (a save or settings file set
aside) are shown under the menu, in the player's language, until a game starts."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.content.diagnostics import ContentError
from game.context import Context
from game.i18n import Msg
from game.input.frame import InputFrame
from game.jsonfile import set_aside
from game.profile import Notice, set_aside_notice
from game.render.palette import PALE_GREY as PALE
from game.render.prompts import HINT_MOVE, HINT_SELECT, hint_line
from game.render.ui import NOTICE_COLOUR, SHADOW
from game.save import read_save
from game.scene import BaseScene, Push, Quit, Reset, Transition
from game.scenes.menu import Menu, MenuItem
from game.sim.levelsave import OutdatedStateError
from game.sim.session import GAME_SCENES, Session

SUBTITLE = Msg("ui.title.subtitle", "Dal and Byeol")
CONTINUE = MenuItem("continue", Msg("ui.title.continue", "Continue"))
NEW_GAME = MenuItem("new", Msg("ui.title.new_game", "New game"))
SETTINGS = MenuItem("settings", Msg("ui.title.settings", "Settings"))
QUIT = MenuItem("quit", Msg("ui.title.quit", "Quit"))
REPLACE_QUESTION = Msg("ui.title.replace_save", "Start a new game? Your saved progress will be replaced.")
KEEP_SAVE = MenuItem("keep", Msg("ui.title.replace_no", "No"))
REPLACE_SAVE = MenuItem("new", Msg("ui.title.replace_yes", "Yes"))
"""Its id is New game's: confirming it starts one (a bot that picks "new" answers Yes)."""
MAX_NOTICES = 3


class TitleScene(BaseScene):
    """The first screen a player sees."""

    name = "title"
    real_time = True
    """Menus run at full speed whatever the game-speed assist says."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.tick = 0
        self.notices: list[Notice] = []
        """Shown under the menu until a game starts."""
        self.asking = False
        """The menu is the Yes/No question before a new game replaces the save."""
        self.menu = self._build_menu()

    def _take_notices(self) -> None:
        self.notices.extend(self.ctx.log.notices)
        self.ctx.log.notices.clear()
        del self.notices[:-MAX_NOTICES]

    def _build_menu(self) -> Menu:
        # Reading the save here means a corrupt one is set aside (with a message) before Continue is offered.
        self.asking = False
        self.save, message = read_save(self.ctx.profile.save_path)
        if message:
            self.ctx.log.note(message)
        self._take_notices()
        items = [NEW_GAME, SETTINGS, QUIT]
        if self.save is not None:
            items.insert(0, CONTINUE)
        return Menu(items, sound=self.ctx.ui_sound)

    def enter(self) -> None:
        """The title theme."""
        self.ctx.music("title")

    def uncover(self, result: object) -> None:
        """Back from settings: the save may have changed."""
        self.menu = self._build_menu()

    def menu_shown(self) -> tuple[tuple[str, ...], int]:
        """The ids of the menu's items and the cursor's index (``game.view.screens.MenuScreen``, for the bot)."""
        return tuple(item.id for item in self.menu.items), self.menu.index

    def update(self, frame: InputFrame) -> Transition | None:
        """Run the menu."""
        self.tick += 1
        match self.menu.update(frame):
            case "new" if self.save is not None and not self.asking:
                self.asking = True
                self.menu = Menu([KEEP_SAVE, REPLACE_SAVE], back="keep", sound=self.ctx.ui_sound)
            case "keep":
                self.menu = self._build_menu()
                self.menu.index = self.menu.items.index(NEW_GAME)
            case "new":
                session = Session.new(self.ctx.options.seed, self.ctx.settings.sim_settings())
                self.ctx.log.session = session
                return Reset(self.ctx.scenes.chapter(self.ctx, session, GAME_SCENES[0]))
            case "continue":
                return self._continue()
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
        from game.scenes.play import LevelNotFoundError

        session = Session.from_save(save.session)
        map_path = Path(save.map_path) if save.map_path else None
        try:
            try:
                scene = self.ctx.scenes.play(
                    self.ctx, session, save.scene, map_path, resume=save.level or None
                )
            except OutdatedStateError as exc:
                # Saved mid-scene by another version of the game: the scene starts again, the rest is kept.
                self.ctx.log.note(
                    f"the save's place in {save.scene} is from another version ({exc}); "
                    "the scene starts again from its beginning"
                )
                session = Session.from_save(save.session)
                scene = self.ctx.scenes.play(self.ctx, session, save.scene, map_path, resume=None)
        except (ValueError, LevelNotFoundError, ContentError) as exc:
            # The save reads but does not fit the game (a damaged level state, a map gone): set it aside.
            path = self.ctx.profile.save_path
            try:
                moved: Path | None = set_aside(path)
                where = f"kept as {path.name}" if moved is None else f"kept as {moved.name}"
            except OSError as err:
                moved, where = None, f"could not be moved aside ({err})"
            detail = f"save file {path} was set aside because it cannot be resumed ({exc}); {where}."
            self.ctx.log.note(set_aside_notice(detail, moved))
            self.menu = self._build_menu()
            return None
        self.ctx.log.session = session
        return Reset(scene)

    def notice_lines(self) -> list[str]:
        """The notices the title shows, in the player's language."""
        return [notice.shown(self.ctx.i18n) for notice in self.notices]

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """The night scene, the logo, the pair's names and the menu; a hint line for the device used last."""
        art = self.ctx.art
        ui, text, tr = art.ui, art.text, self.ctx.i18n
        w, h = canvas.get_size()
        ui.draw_title_background(canvas, self.tick)
        logo = ui.backdrop.draw_logo(canvas, (w // 2, 92))
        sub = text.draw(
            canvas, tr.msg(SUBTITLE), (w // 2, logo.bottom + 4), PALE, shadow=SHADOW, anchor="midtop"
        )
        top = max(168, sub.bottom + 24)
        if self.asking:
            question = text.wrap(tr.msg(REPLACE_QUESTION), w - 80)
            for line in question:
                text.draw(canvas, line, (w // 2, top), PALE, shadow=SHADOW, anchor="midtop")
                top += text.line_height
            top += 6
        panel = self.menu.draw(canvas, ui, tr, w // 2, top, self.tick)
        y = panel.bottom + 6
        for line in self.notice_lines():
            for part in text.wrap(line, w - 40):
                text.draw(canvas, part, (w // 2, y), NOTICE_COLOUR, shadow=SHADOW, anchor="midtop")
                y += text.line_height
        hints = hint_line(
            tr,
            self.ctx.settings.bindings,
            self.ctx.device,
            [(("up", "down"), HINT_MOVE), (("confirm",), HINT_SELECT)],
        )
        text.draw(canvas, hints, (w // 2, h - 6), PALE, shadow=SHADOW, anchor="midbottom")
