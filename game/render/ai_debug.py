"""The F3 overlay of the AI: what the Cube sees, knows and intends, drawn over the world (it changes nothing).

Drawn, in world space shifted by the camera: the partner's navigation field (tiles shaded by walking cost
to its target), the patrol route, the director's area hint, the Cube's air route, the light's footprint
(outer disc and full-exposure core, coloured by its tone), sight lines from the light to each of the pair
(green: seen, red: in the light but blocked or hidden, grey: outside), the last known position (a cross), the
search places (numbered), and over each of the pair an awareness bar. In screen space: a panel with the
state, wave, phase, menace and the partner's mode.
"""

from __future__ import annotations

import pygame

from game.ai.cube import LightTone
from game.ai.nav import INF
from game.ai.system import AISystem
from game.render.palette import BLUE as FIELD
from game.render.palette import CYAN as ROUTE
from game.render.palette import GREEN as SEEN
from game.render.palette import INK as PANEL
from game.render.palette import PEACH as SEARCH
from game.render.palette import RED as BLOCKED
from game.render.palette import ROSE as HINT
from game.render.palette import SKY as PATROL
from game.render.palette import SLATE as AWAY
from game.render.palette import WHITE as TEXT

TONE_COLOURS: dict[LightTone, tuple[int, int, int]] = {
    LightTone.CALM: (254, 231, 97),
    LightTone.WARY: (254, 174, 52),
    LightTone.ALARM: (228, 59, 68),
    LightTone.CAPTURE: (255, 0, 68),
    LightTone.DIM: (139, 155, 180),
}

_font: pygame.font.Font | None = None


def _text_font() -> pygame.font.Font | None:
    global _font
    if _font is None:
        try:
            if not pygame.font.get_init():
                pygame.font.init()
            _font = pygame.font.Font(None, 14)
        except (pygame.error, OSError):
            return None
    return _font


def draw_ai_debug(canvas: pygame.Surface, ai: AISystem, cam_x: float, cam_y: float) -> None:
    """Draw the AI overlay onto ``canvas``; ``cam_x, cam_y`` is the world point at the canvas' top-left."""
    ts = ai.level.tile_size

    def sx(x: float) -> int:
        return round(x - cam_x)

    def sy(y: float) -> int:
        return round(y - cam_y)

    _draw_field(canvas, ai, cam_x, cam_y)
    cube = ai.cube
    if cube is not None:
        pts = [(sx(x), sy(y)) for x, y in cube.route.points]
        if len(pts) >= 2:
            pygame.draw.lines(canvas, PATROL, cube.route.closed, pts, 1)
        hint = ai.area_hint
        if hint is not None:
            pygame.draw.circle(canvas, HINT, (sx(hint.x), sy(hint.y)), round(hint.radius), 1)
        route = cube.pilot.route
        if route is not None and route.points:
            ahead = route.points[route.index :]
            line = [(sx(cube.body.x), sy(cube.body.y))] + [(sx(x), sy(y)) for x, y in ahead]
            if len(line) >= 2:
                pygame.draw.lines(canvas, ROUTE, False, line, 1)
        lx, ly, radius, tone = ai.light or (0.0, 0.0, 0.0, LightTone.CALM)
        colour = TONE_COLOURS[tone]
        centre = (sx(lx), sy(ly))
        pygame.draw.circle(canvas, colour, centre, round(radius), 1)
        pygame.draw.circle(canvas, colour, centre, round(radius * ai.params.light_core), 1)
        pygame.draw.line(canvas, colour, centre, (sx(cube.goal[0]), sy(cube.goal[1])), 1)
        for sense, (px, py) in zip(ai.senses, ai.positions, strict=True):
            if sense.visible:
                line_colour = SEEN
            elif sense.in_light:
                line_colour = BLOCKED
            else:
                line_colour = AWAY
            pygame.draw.line(canvas, line_colour, centre, (sx(px), sy(py)), 1)
        if ai.last_known is not None:
            kx, ky = sx(ai.last_known[0]), sy(ai.last_known[1])
            pygame.draw.line(canvas, SEARCH, (kx - 4, ky - 4), (kx + 4, ky + 4), 2)
            pygame.draw.line(canvas, SEARCH, (kx - 4, ky + 4), (kx + 4, ky - 4), 2)
        font = _text_font()
        for k, (x, y) in enumerate(ai.search_points):
            rect = pygame.Rect(sx(x) - ts // 4, sy(y) - ts // 4, ts // 2, ts // 2)
            pygame.draw.rect(canvas, SEARCH, rect, 1)
            if font is not None:
                canvas.blit(font.render(str(k + 1), False, SEARCH), (rect.right + 1, rect.top - 2))
    for sense, (px, py) in zip(ai.senses, ai.positions, strict=True):
        bar = pygame.Rect(sx(px) - 8, sy(py) - 26, 16, 3)
        pygame.draw.rect(canvas, PANEL, bar)
        fill = bar.copy()
        fill.width = round(16 * sense.awareness)
        pygame.draw.rect(canvas, BLOCKED if sense.awareness >= ai.params.lock_at else SEEN, fill)
    _draw_panel(canvas, ai)


def _draw_field(canvas: pygame.Surface, ai: AISystem, cam_x: float, cam_y: float) -> None:
    """Shade the tiles of the partner's field: darker is nearer its target."""
    field = ai.companion.fields[ai.dream]
    if not field.touched:
        return
    ts = ai.level.tile_size
    w = ai.level.width
    top = max(1.0, field.max_cost if field.max_cost < INF else max(field.dist[i] for i in field.touched))
    shade = pygame.Surface((ts, ts), pygame.SRCALPHA)
    cw, ch = canvas.get_size()
    for i in field.touched:
        x, y = (i % w) * ts - cam_x, (i // w) * ts - cam_y
        if x < -ts or y < -ts or x > cw or y > ch:
            continue
        alpha = round(30 + 90 * (1.0 - min(1.0, field.dist[i] / top)))
        shade.fill((*FIELD, alpha))
        canvas.blit(shade, (round(x), round(y)))


def _draw_panel(canvas: pygame.Surface, ai: AISystem) -> None:
    font = _text_font()
    if font is None:
        return
    info = ai.debug_info()
    awareness = info.get("awareness", {})
    lines = [
        f"cube {info.get('state', '-')} {info.get('state_ticks', '')}t  wave {info.get('wave', '-')}",
        f"director {info['phase']}  menace {info['menace']}  speed x{info['speed_scale']}"
        + ("  GRACE" if info["grace"] else ""),
        f"aware {awareness}  partner {info['partner']}",
    ]
    y = 2
    for text in lines:
        surf = font.render(text, False, TEXT)
        back = pygame.Rect(2, y, surf.get_width() + 4, surf.get_height())
        pygame.draw.rect(canvas, PANEL, back)
        canvas.blit(surf, (4, y))
        y += surf.get_height() + 1
