"""Settings: pages of rows on the left and right, driven by menu actions alone, saved at once.

Navigation uses only up/down/left/right/confirm/back, so a keyboard alone and a pad alone reach everything:
up/down pick a page, confirm (or right) enters it; in a page up/down pick a row, left/right change its value,
confirm flips toggles, runs actions and starts rebinding; back returns to the pages, and from there leaves.
Every change goes through ``ctx.change_settings`` at once (saved, and applied by the app's listeners).
Nothing needs holding: rebinding waits for one press, with a timeout and Esc to cancel.
"""

from __future__ import annotations

from dataclasses import replace

import pygame

from game.context import Context
from game.i18n import Msg
from game.input.bindings import Bindings
from game.input.devices import Device
from game.input.frame import Action, InputFrame
from game.scene import BaseScene, Pop, Transition
from game.scenes.controls import BINDING_LABELS, ESC_KEEPERS, KEY_SLOTS, Note, assign, column_device
from game.scenes.settings_rows import PAGES, RESET_CONTROLS, Focus, Kind, Page, Row, step
from game.settings import SIM_FIELDS, Settings

NOTE_TICKS = 300
"""A note (what a rebind took, a reset) stays five seconds."""
CAPTURE_TICKS = 360
"""Rebinding waits six seconds for a press, then gives up (so a pad-only player is never stuck)."""
COLUMNS = KEY_SLOTS + 1

NOTE_RESET = Msg("ui.controls.reset_done", "Controls are back to their defaults.")
NOTE_CANCELLED = Msg("ui.controls.cancelled", "Nothing changed.")
NOTE_TIMEOUT = Msg("ui.controls.timeout", "No key was pressed; nothing changed.")
NOTE_NO_CAPTURE = Msg("ui.controls.no_capture", "Rebinding needs the game's window.")


class SettingsScene(BaseScene):
    """The settings screen, from the title or the pause menu."""

    name = "settings"
    real_time = True
    """Menus run at full speed whatever the game-speed assist says."""

    def __init__(self, ctx: Context, pages: tuple[Page, ...] = PAGES) -> None:
        self.ctx = ctx
        self.pages = pages
        self.page = 0
        self.rows = [0] * len(pages)
        self.column = 0
        self.focus = Focus.PAGES
        self.note: Note | None = None
        self.note_ticks = 0
        self.capture_ticks = 0
        self.capturing: tuple[str, Device, int] | None = None
        self.tick = 0
        self.widths: dict[tuple[object, str], int] = {}
        """Text widths already measured (drawing only)."""
        self.scale_max = 8
        """The largest window scale offered (the app's desktop allows); the drawing side narrows it."""

    # -- what is selected ---------------------------------------------------------------------------------

    @property
    def current_page(self) -> Page:
        """The page shown."""
        return self.pages[self.page]

    @property
    def current_row(self) -> Row:
        """The row under the cursor on the page shown."""
        return self.current_page.rows[self.rows[self.page]]

    def shown_settings(self) -> Settings:
        """The settings as shown: the language row shows the language in use (``--lang`` may differ)."""
        return replace(self.ctx.settings, language=self.ctx.i18n.lang)

    # -- ticks ---------------------------------------------------------------------------------------------

    def update(self, frame: InputFrame) -> Transition | None:
        """Move, change, rebind or leave, from this tick's menu actions."""
        self.tick += 1
        if self.note_ticks > 0:
            self.note_ticks -= 1
            if self.note_ticks == 0:
                self.note = None
        if self.focus is Focus.CAPTURE:
            self._update_capture()
            return None
        back = frame.was_pressed(Action.BACK) or frame.was_pressed(Action.PAUSE)
        if self.focus is Focus.PAGES:
            if frame.was_pressed(Action.UP):
                self.page = (self.page - 1) % len(self.pages)
            if frame.was_pressed(Action.DOWN):
                self.page = (self.page + 1) % len(self.pages)
            if frame.was_pressed(Action.CONFIRM) or frame.was_pressed(Action.RIGHT):
                self.focus = Focus.ROWS
                self.column = 0
            elif back:
                return Pop()
            return None
        rows = len(self.current_page.rows)
        if frame.was_pressed(Action.UP):
            self.rows[self.page] = (self.rows[self.page] - 1) % rows
        if frame.was_pressed(Action.DOWN):
            self.rows[self.page] = (self.rows[self.page] + 1) % rows
        if frame.was_pressed(Action.LEFT):
            self._side(-1)
        if frame.was_pressed(Action.RIGHT):
            self._side(1)
        if frame.was_pressed(Action.CONFIRM):
            self._confirm()
        elif back:
            self.focus = Focus.PAGES
        return None

    def _side(self, delta: int) -> None:
        row = self.current_row
        if row.kind is Kind.BINDING:
            self.column = max(0, min(COLUMNS - 1, self.column + delta))
        elif row.kind in (Kind.SLIDER, Kind.CHOICE, Kind.TOGGLE):
            self._step(row, delta)

    def _step(self, row: Row, delta: int) -> None:
        if row.id == "language":
            new = step(row, self.shown_settings(), delta)
            self.ctx.i18n.set_language(new.language)
            self.change(new)
        else:
            self.change(step(row, self.ctx.settings, delta, self.scale_max))

    def _confirm(self) -> None:
        row = self.current_row
        match row.kind:
            case Kind.TOGGLE | Kind.CHOICE:
                self._step(row, 1)
            case Kind.BINDING:
                self._start_capture(row.id)
            case Kind.ACTION if row.id == RESET_CONTROLS:
                self.change(replace(self.ctx.settings, bindings=Bindings()))
                self._say(Note(NOTE_RESET))
            case _:
                pass

    def change(self, settings: Settings) -> None:
        """Use, save and apply new settings; simulation settings reach the running session too."""
        old = self.ctx.settings
        if settings == old:
            return
        self.ctx.change_settings(settings)
        session = self.ctx.log.session
        if session is not None:
            # Input-driven, so a replay makes the same change at the same tick: determinism holds.
            for name in SIM_FIELDS:
                if getattr(settings, name) != getattr(old, name):
                    session.sim_settings[name] = getattr(settings, name)

    def _say(self, note: Note | None) -> None:
        self.note = note
        self.note_ticks = NOTE_TICKS if note is not None else 0

    # -- rebinding -----------------------------------------------------------------------------------------

    def _start_capture(self, name: str) -> None:
        capture = self.ctx.capture
        if capture is None:
            self._say(Note(NOTE_NO_CAPTURE))
            return
        device, slot = column_device(self.column)
        capture.start_capture(device)
        self.capturing = (name, device, slot)
        self.capture_ticks = CAPTURE_TICKS
        self.focus = Focus.CAPTURE

    def _update_capture(self) -> None:
        capture = self.ctx.capture
        if capture is None or self.capturing is None:
            self.focus = Focus.ROWS
            return
        name, device, slot = self.capturing
        got = capture.take_capture()
        self.capture_ticks -= 1
        if got is None:
            if self.capture_ticks <= 0:
                capture.cancel_capture()
                self._end_capture(Note(NOTE_TIMEOUT))
            return
        keeps_esc = device is Device.KEYBOARD and name in ESC_KEEPERS
        if got == "escape" and not keeps_esc:
            self._end_capture(Note(NOTE_CANCELLED))
            return
        result = assign(self.ctx.settings.bindings, device, name, slot, got)
        if result.changed:
            self.change(replace(self.ctx.settings, bindings=result.bindings))
        self._end_capture(result.note)

    def _end_capture(self, note: Note | None) -> None:
        self.capturing = None
        self.focus = Focus.ROWS
        self._say(note)

    def leave(self) -> None:
        """Stop any rebinding in progress."""
        if self.capturing is not None and self.ctx.capture is not None:
            self.ctx.capture.cancel_capture()
        self.capturing = None

    # -- drawing -------------------------------------------------------------------------------------------

    def note_text(self) -> str | None:
        """The note in the player's language, binding names translated."""
        if self.note is None:
            return None
        tr = self.ctx.i18n
        values = dict(self.note.values)
        if self.note.actions:
            values["action"] = tr.msg(BINDING_LABELS[self.note.actions[0]])
        return tr.msg(self.note.msg, **values)

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        """The pages, the rows of the page shown, help, note and hints (see ``settings_draw``)."""
        from game.scenes.settings_draw import draw_settings

        draw_settings(self, canvas)
