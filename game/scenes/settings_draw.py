"""Drawing the settings screen: every size measured from the text in use, so any language fits at any size."""

from __future__ import annotations

from typing import Protocol

import pygame

from game.context import Context
from game.i18n import Msg
from game.input.devices import Device
from game.render.effects import veil
from game.render.palette import AMBER, GREY, INK, WHITE
from game.render.palette import PALE_GREY as PALE
from game.render.palette import SLATE as DIM
from game.render.prompts import HINT_BACK, HINT_CHANGE, HINT_MOVE, HINT_SELECT, hint_line
from game.render.text import TextRenderer
from game.render.ui import SHADOW, UI
from game.render.window import desktop_scale
from game.scenes.controls import BINDING_LABELS, slot_labels
from game.scenes.settings_rows import Focus, Kind, Page, Row, fraction, value_text
from game.settings import Settings

TITLE = Msg("ui.settings.title", "Settings")
COLUMN_TITLES = (
    Msg("ui.controls.column.key", "Key"),
    Msg("ui.controls.column.alt", "Other key"),
    Msg("ui.controls.column.pad", "Gamepad"),
)
PRESS_KEY = Msg("ui.controls.press_key", "Press a key for {action}")
PRESS_BUTTON = Msg("ui.controls.press_button", "Press a button for {action}")
PRESS_CANCEL = Msg("ui.controls.press_cancel", "Esc cancels · {seconds}")
TEXT_SAMPLE = Msg("ui.settings.text_sample", "Byeol: Your shoelace. No, the other one. How do you even walk?")
MARGIN = 12
GAP = 8
BAR_W = 64


class SettingsScene(Protocol):
    """What drawing reads of the settings screen (``game.scenes.settings_scene``)."""

    ctx: Context
    pages: tuple[Page, ...]
    page: int
    rows: list[int]
    column: int
    focus: Focus
    capture_ticks: int
    capturing: tuple[str, Device, int] | None
    tick: int
    widths: dict[tuple[object, str], int]
    scale_max: int
    """The largest window scale the desktop allows (measured when first drawn)."""

    @property
    def current_page(self) -> Page:
        """The page shown."""

    @property
    def current_row(self) -> Row:
        """The row selected on the page shown."""

    def shown_settings(self) -> Settings:
        """The settings as the screen shows them."""

    def note_text(self) -> str | None:
        """A note under the rows, if any."""


def width_of(cache: dict[tuple[object, str], int], text: TextRenderer, line: str) -> int:
    """``line``'s width in the current face, remembered (measuring Hangul each frame costs ~20 us a string)."""
    key = (text.face(), line)
    width = cache.get(key)
    if width is None:
        if len(cache) > 1024:
            cache.clear()
        width = cache[key] = text.measure(line)[0]
    return width


def draw_settings(scene: SettingsScene, canvas: pygame.Surface) -> None:
    """The whole settings screen."""

    ctx = scene.ctx
    ui, text, tr = ctx.art.ui, ctx.art.text, ctx.i18n
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        scene.scale_max = desktop_scale()
    # Its own backdrop (the title's night, dimmed): nothing of the screen beneath competes with the text.
    ui.draw_title_background(canvas, scene.tick)
    veil(canvas, INK, 0.7)
    w, h = canvas.get_size()
    lh = text.line_height
    row_h = lh + 6
    title = text.draw(canvas, tr.msg(TITLE), (w // 2, 8), WHITE, title=True, shadow=SHADOW, anchor="midtop")
    top = title.bottom + 8
    hint_y = h - 4 - lh
    note_y = hint_y - lh - 2
    help_y = note_y - lh - 2
    bottom = help_y - 6

    # The pages, left.
    widest = max(width_of(scene.widths, text, tr.msg(p.title)) for p in scene.pages)
    pages = pygame.Rect(MARGIN, top, widest + 34, len(scene.pages) * row_h + 12)
    ui.menu_panel.draw(canvas, pages)
    for i, page in enumerate(scene.pages):
        y = pages.top + 6 + i * row_h
        chosen = i == scene.page
        if chosen:
            if scene.focus is Focus.PAGES:
                ui.highlight.draw(canvas, pygame.Rect(pages.left + 4, y, pages.width - 8, row_h))
                _cursor(canvas, ui, pages.left + 7, y + row_h // 2, scene.tick)
            else:
                canvas.fill(
                    AMBER, (pages.left + 6, y + 3, 2, row_h - 6)
                )  # which page, by shape not colour only
        colour = WHITE if chosen else PALE
        text.draw(canvas, tr.msg(page.title), (pages.left + 20, y + 3), colour, shadow=SHADOW)

    # The rows, right.
    panel = pygame.Rect(pages.right + GAP, top, w - MARGIN - pages.right - GAP, bottom - top)
    ui.menu_panel.draw(canvas, panel)
    _draw_rows(scene, canvas, ui, panel, row_h)

    # Help, note, hints.
    row = scene.current_row
    if scene.focus is not Focus.PAGES and row.help is not None:
        _fit(scene, canvas, ui, tr.msg(row.help), (MARGIN + 4, help_y), w - 2 * MARGIN, GREY)
    note = scene.note_text()
    if note:
        _fit(scene, canvas, ui, note, (MARGIN + 4, note_y), w - 2 * MARGIN, AMBER)
    bindings, device = ctx.settings.bindings, ctx.device
    if scene.focus is Focus.PAGES:
        hints = [(("up", "down"), HINT_MOVE), (("confirm",), HINT_SELECT), (("back",), HINT_BACK)]
    else:
        hints = [
            (("up", "down"), HINT_MOVE),
            (("left", "right"), HINT_CHANGE),
            (("confirm",), HINT_SELECT),
            (("back",), HINT_BACK),
        ]
    hint = hint_line(tr, bindings, device, hints)
    _fit(scene, canvas, ui, hint, (MARGIN + 4, hint_y), w - 2 * MARGIN, PALE)
    if scene.focus is Focus.CAPTURE:
        _draw_capture(scene, canvas, ui)


def _cursor(canvas: pygame.Surface, ui: UI, x: int, centre_y: int, tick: int) -> None:
    frame = ui.cursor_frames[(tick // 24) % len(ui.cursor_frames)]
    canvas.blit(frame, frame.get_rect(midleft=(x, centre_y)))


def _fit(
    scene: SettingsScene,
    canvas: pygame.Surface,
    ui: UI,
    line: str,
    pos: tuple[int, int],
    width: int,
    colour: tuple[int, int, int],
) -> None:
    """One line, cut with an ellipsis if it is wider than ``width`` (never drawn past the edge)."""
    text = ui.text
    if width_of(scene.widths, text, line) > width:
        while line and width_of(scene.widths, text, line + "…") > width:
            line = line[:-1]
        line += "…"
    text.draw(canvas, line, pos, colour, shadow=SHADOW)


def _draw_rows(scene: SettingsScene, canvas: pygame.Surface, ui: UI, panel: pygame.Rect, row_h: int) -> None:

    ctx = scene.ctx
    text, tr = ui.text, ctx.i18n
    page = scene.current_page
    settings = scene.shown_settings()
    labels = [tr.msg(r.label) for r in page.rows]
    binding_page = any(r.kind is Kind.BINDING for r in page.rows)
    label_w = max(width_of(scene.widths, text, label) for label in labels) + 30
    y = panel.top + 6
    cells: list[int] = []
    if binding_page:
        label_w = min(label_w, panel.width * 2 // 5)
        cell_w = (panel.width - label_w - 10) // 3
        cells = [panel.left + label_w + i * cell_w for i in range(3)]
        for x, msg in zip(cells, COLUMN_TITLES, strict=True):
            _fit(scene, canvas, ui, tr.msg(msg), (x + 4, y + 2), cell_w - 6, GREY)
        y += row_h
    visible = max(1, (panel.bottom - 6 - y) // row_h)
    selected = scene.rows[scene.page]
    first = min(max(0, selected - visible + 1), max(0, len(page.rows) - visible))
    if first > 0:
        text.draw(canvas, "▲", (panel.right - 10, y - row_h // 2), GREY, anchor="center")
    if first + visible < len(page.rows):
        text.draw(canvas, "▼", (panel.right - 10, panel.bottom - 8), GREY, anchor="center")
    active = scene.focus is not Focus.PAGES
    for i in range(first, min(len(page.rows), first + visible)):
        row = page.rows[i]
        here = active and i == selected
        if here:
            ui.highlight.draw(canvas, pygame.Rect(panel.left + 4, y, panel.width - 8, row_h))
            _cursor(canvas, ui, panel.left + 7, y + row_h // 2, scene.tick)
        colour = WHITE if here else PALE
        label_room = (cells[0] - panel.left - 24) if cells else panel.width - 40
        _fit(scene, canvas, ui, labels[i], (panel.left + 20, y + 3), label_room, colour)
        if row.kind is Kind.BINDING:
            _draw_binding(scene, canvas, ui, row, cells, y, row_h, here)
        elif row.kind is not Kind.ACTION:
            _draw_value(
                canvas, ui, row, value_text(row, settings, tr), fraction_of(row, settings), panel, y, here
            )
        y += row_h
    if page.id == "text":
        _draw_sample(canvas, ui, tr.msg(TEXT_SAMPLE), panel, y + 6)


def fraction_of(row: Row, settings: Settings) -> float | None:
    """A slider's bar position, or ``None`` for rows without a bar."""
    if row.kind is not Kind.SLIDER or row.id == "scale":
        return None
    return fraction(row, settings)


def _draw_value(
    canvas: pygame.Surface,
    ui: UI,
    row: Row,
    value: str,
    bar: float | None,
    panel: pygame.Rect,
    y: int,
    here: bool,
) -> None:
    text = ui.text
    right = panel.right - 14
    colour = AMBER if here else GREY
    if here:
        # Arrows say "left/right changes this" (shape as well as colour).
        arrow = text.draw(canvas, "▶", (right, y + 3), colour, shadow=SHADOW, anchor="topright")
        right = arrow.left - 4
    drawn = text.draw(canvas, value, (right, y + 3), colour, shadow=SHADOW, anchor="topright")
    left = drawn.left
    if here:
        left = text.draw(canvas, "◀", (drawn.left - 4, y + 3), colour, shadow=SHADOW, anchor="topright").left
    if bar is not None:
        slot = text.measure("100%")[0] - drawn.width  # ASCII: cheap to measure
        x = left - 8 - BAR_W - max(0, slot)
        mid = y + (text.line_height + 6) // 2
        canvas.fill(INK, (x, mid - 3, BAR_W, 6))
        canvas.fill(DIM, (x + 1, mid - 2, BAR_W - 2, 4))
        canvas.fill(WHITE if here else PALE, (x + 1, mid - 2, round((BAR_W - 2) * bar), 4))


def _draw_binding(
    scene: SettingsScene,
    canvas: pygame.Surface,
    ui: UI,
    row: Row,
    cells: list[int],
    y: int,
    row_h: int,
    here: bool,
) -> None:

    bindings = scene.ctx.settings.bindings
    shown = slot_labels(bindings, row.id)
    cell_w = cells[1] - cells[0]
    for column, (x, label) in enumerate(zip(cells, shown, strict=True)):
        chosen = here and column == scene.column
        box = pygame.Rect(x, y + 1, cell_w - 6, row_h - 2)
        if chosen:
            pygame.draw.rect(canvas, AMBER, box, 1)
        shown_label = label
        if chosen and scene.focus is Focus.CAPTURE:
            shown_label = "…" if (scene.tick // 20) % 2 else ""
        colour = WHITE if chosen else (PALE if label != "—" else DIM)
        _fit(scene, canvas, ui, shown_label, (x + 4, y + 3), cell_w - 12, colour)


def _draw_sample(canvas: pygame.Surface, ui: UI, sample: str, panel: pygame.Rect, top: int) -> None:
    """A sample line in the current text size, so the choice can be judged before playing."""
    lines = len(ui.text.wrap(sample, panel.width - 36))
    room = pygame.Rect(panel.left + 18, top + 4, panel.width - 36, min(lines, 3) * ui.text.line_height)
    if room.bottom > panel.bottom - 8:
        return
    frame = room.inflate(12, 10)
    canvas.fill(INK, frame)
    pygame.draw.rect(canvas, GREY, frame, 1)
    ui.text.draw_wrapped(canvas, sample, room, WHITE, shadow=SHADOW)


def _draw_capture(scene: SettingsScene, canvas: pygame.Surface, ui: UI) -> None:

    if scene.capturing is None:
        return
    name, device, _slot = scene.capturing
    tr = scene.ctx.i18n
    action = tr.msg(BINDING_LABELS[name])
    first = tr.msg(PRESS_KEY if device is Device.KEYBOARD else PRESS_BUTTON, action=action)
    second = tr.msg(PRESS_CANCEL, seconds=str(max(0, scene.capture_ticks + 59) // 60))
    text = ui.text
    w = max(text.measure(first)[0], text.measure(second)[0]) + 40
    h = text.line_height * 2 + 28
    box = pygame.Rect(0, 0, min(w, canvas.get_width() - 20), h)
    # Low on the screen, so the row being rebound stays in sight above it.
    box.midbottom = (canvas.get_width() // 2, canvas.get_height() - 6)
    ui.menu_panel.draw(canvas, box)
    text.draw(canvas, first, (box.centerx, box.top + 10), WHITE, shadow=SHADOW, anchor="midtop")
    text.draw(
        canvas, second, (box.centerx, box.top + 14 + text.line_height), GREY, shadow=SHADOW, anchor="midtop"
    )
