"""The pause overlay: Resume, Restart scene, Settings, Quit to title. The level beneath stays frozen."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.context import Context
from game.i18n import Msg
from game.input.frame import Action, InputFrame
from game.render.effects import veil
from game.render.palette import INK, WHITE
from game.render.palette import PALE_GREY as PALE
from game.render.prompts import HINT_BACK, HINT_MOVE, HINT_SELECT, hint_line
from game.render.ui import NOTICE_COLOUR, SHADOW
from game.scene import BaseScene, Pop, Push, Reset, Transition
from game.scenes.menu import Menu, MenuItem

RESTART = "restart"
"""What the pause menu's Pop carries when the player asked to restart the scene."""
SKIP = "skip"
"""... when the player asked to skip the cutscene under way."""
BACKLOG = "backlog"
"""The menu item that opens the backlog over the pause menu (closing it comes back here)."""
PAUSED = Msg("ui.pause.title", "Paused")


class PauseScene(BaseScene):
    """Drawn over the frozen level."""

    name = "pause"
    overlay = True
    real_time = True
    """Menus run at full speed whatever the game-speed assist says."""

    def __init__(
        self, ctx: Context, cutscene: bool = False, backlog: Callable[[pygame.Surface], None] | None = None
    ) -> None:
        self.ctx = ctx
        self.tick = 0
        self.backlog = backlog
        """Draws the last lines (the level's HUD): the backlog opens over this menu and closes back to it."""
        extra = []
        if cutscene:
            extra.append(MenuItem(SKIP, Msg("ui.pause.skip", "Skip scene")))
        if backlog is not None:
            extra.append(MenuItem(BACKLOG, Msg("ui.pause.backlog", "Backlog")))
        self.menu = Menu(
            [
                MenuItem("resume", Msg("ui.pause.resume", "Resume")),
                *extra,
                MenuItem("restart", Msg("ui.pause.restart", "Restart scene")),
                MenuItem("settings", Msg("ui.pause.settings", "Settings")),
                MenuItem("title", Msg("ui.pause.quit_to_title", "Quit to title")),
            ],
            back="resume",
            sound=ctx.ui_sound,
        )

    def update(self, frame: InputFrame) -> Transition | None:
        """Run the menu; the pause key resumes too."""
        self.tick += 1
        if frame.was_pressed(Action.PAUSE):
            return Pop()
        match self.menu.update(frame):
            case "resume":
                return Pop()
            case "restart":
                return Pop(RESTART)
            case "skip":
                return Pop(SKIP)
            case "backlog" if self.backlog is not None:
                return Push(self.ctx.scenes.backlog(self.ctx, self.backlog))
            case "settings":
                return Push(self.ctx.scenes.settings(self.ctx))
            case "title":
                return Reset(self.ctx.scenes.title(self.ctx))
        return None

    def notice_text(self) -> str | None:
        """ "Progress is not being saved: ..." while the last autosave failed, in the player's language."""
        unsaved = self.ctx.log.unsaved
        return None if unsaved is None else unsaved.shown(self.ctx.i18n)

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """A dark veil, the word Paused, the menu and a hint line."""
        art = self.ctx.art
        tr = self.ctx.i18n
        veil(canvas, INK, 0.65)
        w, h = canvas.get_size()
        title = art.text.draw(
            canvas, tr.msg(PAUSED), (w // 2, 96), WHITE, title=True, shadow=SHADOW, anchor="midtop"
        )
        panel = self.menu.draw(canvas, art.ui, tr, w // 2, title.bottom + 18, self.tick)
        if self.notice_text() is not None:
            for i, part in enumerate(art.text.wrap(str(self.notice_text()), w - 60)[:2]):
                y = panel.bottom + 8 + i * art.text.line_height
                art.text.draw(canvas, part, (w // 2, y), NOTICE_COLOUR, shadow=SHADOW, anchor="midtop")
        hints = hint_line(
            tr,
            self.ctx.settings.bindings,
            self.ctx.device,
            [(("up", "down"), HINT_MOVE), (("confirm",), HINT_SELECT), (("back",), HINT_BACK)],
        )
        art.text.draw(canvas, hints, (w // 2, h - 6), PALE, shadow=SHADOW, anchor="midbottom")
