"""The Cube's presence, staged by scene: a vast cube in the sky, never a small sprite among the racks.

- **forest**: huge and high, drawn in true 3D in the sky layer, partly off the top of the screen, moving with
  parallax (it is far above); a faint shaft joins it to its light on the ground, which is where the
  simulation says.
- **mall**: never drawn floating indoors. Where its body hangs over a ``roof`` tile nothing of it shows (its
  light on the floor is the light through the roof); it shows only through open tiles (skylights, glass, the
  car park).
- **fantasy**: the dream has no Cube; a sun hangs where ``light_sun`` is, and grows corners as the dream goes
  wrong (the glitches, the grey, ``effect: cube``), until it is the Cube, turning.
- **confrontation**: low and looming; in the last stand (the story's ``stood``) it comes down over the pair
  until it fills the screen, and the camera holds on them.

Its nearness (ground distance to the player and altitude) grows its shadow and its hum. Everything here is
presentation: it reads the simulation and the story's variables, and changes neither.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.render.camera import clamp_view
from game.render.cube import CubeView, paint_cube, project_cube, style_for
from game.render.light import Light, LightKind, glow_sprite
from game.render.palette import PALE_GREY as PALE
from game.render.palette import WHITE
from game.render.palette import YELLOW as SUN
from game.story.runner import Runner
from game.world.level import Level, TileFlag

Color = tuple[int, int, int]
VIEW_W, VIEW_H = 640, 360

SUN_RAMP: tuple[Color, ...] = ((247, 118, 34), (254, 174, 52), (254, 231, 97), (255, 255, 255))
REAL_RAMP: tuple[Color, ...] = ((58, 68, 102), (90, 105, 136), (139, 155, 180), (192, 203, 220))
SKY_RAMP: tuple[Color, ...] = ((24, 20, 37), (38, 43, 68), (58, 68, 102), (90, 105, 136))
HIDDEN = int(TileFlag.ROOF | TileFlag.BLOCKS_AIR)
"""Tiles the Cube's body never shows through (roofed floor, walls)."""
FINALE_NODES = ("descent", "take_hand", "ending_", "together_light", "remember_light", "overlap_light")
"""The confrontation's nodes from "It's so loud" on: the Cube is all the way down."""


@dataclass(frozen=True, slots=True)
class Stage:
    """How one scene shows the Cube's body."""

    size: float
    """Edge length (canvas px) at the usual altitude."""
    lift: float
    """How far (px) above the parallax place of its ground point it hangs."""
    parallax: float
    """How much of the camera's movement it follows (1 = the ground's; less = farther away)."""
    masked: bool = False
    """Only seen through open tiles (the mall's roof hides it)."""
    beam: float = 0.5
    """Strength of the shaft from body to ground light."""


STAGES: dict[str, Stage] = {
    "forest": Stage(170.0, 190.0, 0.55, beam=0.45),
    "mall": Stage(130.0, 150.0, 0.6, masked=True, beam=0.0),
    "confrontation": Stage(140.0, 120.0, 0.75, beam=0.6),
}
DEFAULT_STAGE = Stage(110.0, 150.0, 0.7)
USUAL_ALTITUDE = 96.0
FINALE_SPIN = 0.006
"""The finale's Cube turns slowly (radians per tick)."""
SHAFT_REACH = 360.0
"""How near (px, ground) the Cube must be for its light to come down through a skylight."""


def nearness(dx: float, dy: float, altitude: float) -> float:
    """0 (far off) .. 1 (right overhead and low): ground distance to the player, and how low it flies."""
    ground = max(0.0, 1.0 - math.hypot(dx, dy * 1.3) / 320.0)
    low = max(0.0, min(1.0, (128.0 - altitude) / 64.0))
    return ground * (0.55 + 0.45 * low)


def story_value(runner: Runner | None, name: str) -> object:
    """A story variable's value, or None when the story has no such variable (or there is no story)."""
    if runner is None:
        return None
    if name in runner.locals:
        return runner.locals[name]
    return runner.globals.values.get(name)


def finale_target(runner: Runner | None) -> float:
    """How far down the confrontation's last stand has brought the Cube: 0, 0.45 ("It's coming down"), 1."""
    if not story_value(runner, "stood"):
        return 0.0
    node = runner.node if runner is not None else None
    if node is not None and node.startswith(FINALE_NODES):
        return 1.0
    return 0.45


def sun_corners_target(runner: Runner | None, apparition: bool, glitching: bool) -> float:
    """How square the dream's sun is: round, a flicker of corners in a glitch, corners once the garden greys,
    the Cube's shape from ``effect: cube`` on (and when they wake)."""
    if apparition or story_value(runner, "woke") or story_value(runner, "shattered"):
        return 1.0
    base = 0.3 if story_value(runner, "greyed") else 0.0
    return max(base, 0.55 if glitching else 0.0)


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull, counter-clockwise (monotone chain)."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _ray_to_hull(cx: float, cy: float, angle: float, hull: list[tuple[float, float]]) -> float:
    """Distance from the centre to the hull along ``angle``."""
    dx, dy = math.cos(angle), math.sin(angle)
    best = 0.0
    for i in range(len(hull)):
        ax, ay = hull[i][0] - cx, hull[i][1] - cy
        bx, by = hull[(i + 1) % len(hull)][0] - cx, hull[(i + 1) % len(hull)][1] - cy
        ex, ey = bx - ax, by - ay
        den = dx * ey - dy * ex
        if abs(den) < 1e-9:
            continue
        t = (ax * ey - ay * ex) / den
        u = (ax * dy - ay * dx) / den
        if t > 0 and -1e-6 <= u <= 1 + 1e-6:
            best = max(best, t)
    return best


def skylights(level: Level, reach: int = 8) -> list[tuple[float, float, float]]:
    """The open patches inside a roofed building (skylights, an atrium): open tiles with roof on all four sides
    within ``reach`` tiles, grouped into connected patches; each as (world x, world y, radius px)."""
    grid, ts = level.grid, level.tile_size
    cells, w, h = grid.reality, grid.width, grid.height
    roof = int(TileFlag.ROOF)

    def roofed(x: int, y: int, dx: int, dy: int) -> bool:
        for k in range(1, reach + 1):
            nx, ny = x + dx * k, y + dy * k
            if not (0 <= nx < w and 0 <= ny < h):
                return False
            if cells[ny * w + nx] & roof:
                return True
        return False

    inside = {
        (x, y)
        for y in range(h)
        for x in range(w)
        if not cells[y * w + x] & HIDDEN
        and all(roofed(x, y, dx, dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))
    }
    out: list[tuple[float, float, float]] = []
    while inside:
        todo = [inside.pop()]
        patch = []
        while todo:
            x, y = todo.pop()
            patch.append((x, y))
            for n in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if n in inside:
                    inside.remove(n)
                    todo.append(n)
        xs = [p[0] for p in patch]
        ys = [p[1] for p in patch]
        x0, x1, y0, y1 = min(xs), max(xs) + 1, min(ys), max(ys) + 1
        radius = max(20.0, min(72.0, max(x1 - x0, y1 - y0) * ts / 2))
        out.append(((x0 + x1) * ts / 2, (y0 + y1) * ts / 2, radius))
    return out


class CubeStage:
    """The Cube's body and shafts in the sky layer, the dream's sun, and the finale's descent, for one level."""

    def __init__(self, level: Level) -> None:
        self.scene = level.scene
        self.stage = STAGES.get(level.scene, DEFAULT_STAGE)
        self.map_size = (level.pixel_width, level.pixel_height)
        self._grid = level.grid
        self._ts = level.tile_size
        self.skylights = skylights(level) if self.stage.masked else []
        """The mall's skylights: when the Cube is near, its light comes down through them in shafts."""
        sun = level.object_named("light_sun")
        self.sun_at = sun.center if sun is not None else (level.pixel_width * 0.6, 5.0 * level.tile_size)
        self.near = 0.0
        """Smoothed nearness 0..1 (shadow and hum read it)."""
        self.finale = 0.0
        """The last stand's descent, 0..1 (eased)."""
        self.corners = 0.0
        """The dream sun's corners, 0 (round) .. 1 (the Cube)."""
        self.lock: tuple[float, float] | None = None
        """During the finale: the camera's top-left, held on the pair (world px)."""
        self._last = (VIEW_W / 2, -80.0, self.stage.size)
        """Where the body was last drawn (canvas px, size): the finale's descent starts there."""
        self._from: tuple[float, float, float] | None = None
        self._scratch: pygame.Surface | None = None
        self._body: pygame.Surface | None = None

    # -- per tick ---------------------------------------------------------------------------------------

    def update(
        self,
        runner: Runner | None,
        player: tuple[float, float],
        pair_mid: tuple[float, float],
        cube: tuple[float, float, float] | None,
        *,
        apparition: bool = False,
        glitching: bool = False,
        cam: tuple[float, float] = (0.0, 0.0),
    ) -> None:
        """Ease nearness, the finale's descent, the sun's corners and the finale camera one tick on."""
        if self.scene == "confrontation":
            want = finale_target(runner)
            self.finale = min(want, self.finale + 1.0 / 420.0) if want > self.finale else want
        want_near = 0.0
        if cube is not None:
            want_near = nearness(cube[0] - player[0], cube[1] - player[1], cube[2])
        want_near = max(want_near, self.finale)
        self.near += (want_near - self.near) * 0.06
        if self.scene == "fantasy":
            target = sun_corners_target(runner, apparition, glitching)
            rate = 0.02 if target > self.corners else 0.01
            self.corners += max(-rate, min(rate, target - self.corners))
        if self.finale > 0.0:
            tx, ty = clamp_view(pair_mid[0] - VIEW_W / 2, pair_mid[1] - VIEW_H * 0.55, *self.map_size)
            lx, ly = self.lock if self.lock is not None else cam
            self.lock = (lx + (tx - lx) * 0.08, ly + (ty - ly) * 0.08)
        else:
            self.lock = None
            self._from = None

    # -- geometry -----------------------------------------------------------------------------------------

    def place(self, view: CubeView) -> tuple[float, float, float]:
        """Where the body hangs on the canvas and its edge length: above its ground point, with parallax."""
        st = self.stage
        k = max(0.85, min(1.35, math.sqrt(USUAL_ALTITUDE / max(24.0, view.altitude))))
        bob = math.sin(view.tick * 0.02) * 4.0
        bx = VIEW_W / 2 + (view.x - VIEW_W / 2) * st.parallax
        by = VIEW_H / 2 + (view.y - VIEW_H / 2) * st.parallax - st.lift * view.altitude / USUAL_ALTITUDE + bob
        return bx, by, st.size * k

    def finale_place(self, mid: tuple[float, float], tick: int) -> tuple[float, float, float]:
        """The finale's body over the pair (canvas px): it comes down and grows until it fills the screen."""
        f = self.finale
        ease = f * f * (3 - 2 * f)
        size = 150.0 + 560.0 * ease
        # Its lowest point hangs just over their heads (a sprite is 24 px tall), a little lower as it comes.
        low = max(p[1] for p in project_cube(0.0, 0.0, size, tick * FINALE_SPIN)[0])
        x, y = mid[0], mid[1] - 30.0 - 40.0 * (1.0 - ease) - low + math.sin(tick * 0.03) * 3.0 * (1.0 - ease)
        if self._from is None:
            self._from = self._last
        k = min(1.0, f / 0.3)  # first it glides over from where it was
        k = k * k * (3 - 2 * k)
        fx, fy, fs = self._from
        return fx + (x - fx) * k, fy + (y - fy) * k, fs + (size - fs) * k

    # -- drawing ------------------------------------------------------------------------------------------

    def sky_lights(self, cube: tuple[float, float, float] | None, cx: int, cy: int) -> list[Light]:
        """Shafts of the Cube's cold light down through the skylights near it (canvas px): the light through the
        roof, where its body cannot be seen."""
        if cube is None or not self.skylights:
            return []
        out = []
        gx, gy = cube[0], cube[1]
        for x, y, r in self.skylights:
            d = math.hypot(x - gx, y - gy)
            if d >= SHAFT_REACH:
                continue
            sx, sy = x - cx, y - cy
            if -2 * r < sx < VIEW_W + 2 * r and -3 * r < sy < VIEW_H + 3 * r:
                strength = 0.85 * (1.0 - d / SHAFT_REACH)
                out.append(Light(sx, sy, r, (214, 226, 255), strength, LightKind.SHAFT))
        return out

    def light(self, mid: tuple[float, float]) -> Light | None:
        """The finale's light on the pair (canvas px), widening as it comes down."""
        if self.finale <= 0.0:
            return None
        return Light(mid[0], mid[1], 60.0 + 160.0 * self.finale, (236, 236, 244), 0.6 + 0.4 * self.finale,
                     LightKind.SPOT)  # fmt: skip

    def draw_sky(
        self, canvas: pygame.Surface, view: CubeView | None, cam: tuple[int, int], dream: bool, tick: int
    ) -> None:
        """The Cube's body (or the dream's sun) in the sky layer, over the world and its light."""
        if self.scene == "fantasy":
            self.draw_sun(canvas, cam, dream, tick)
            return
        if view is None:
            return
        bx, by, size = self.place(view)
        self._last = (bx, by, size)
        if self.finale > 0.0:
            return  # the last stand's Cube (draw_finale) has taken its place
        st = style_for(view.state)
        if self.stage.beam > 0.0:
            r = view.radius if view.radius is not None else st.radius
            self._beam(canvas, (bx, by + size * 0.55), (view.x, view.y), size * 0.3, r * 1.6, st.color,
                       self.stage.beam)  # fmt: skip
        halo = glow_sprite(int(size * 0.7) // 16 * 16 + 16, st.color, 0.18 + 0.2 * view.awareness)
        screen, world = project_cube(bx, by, size, view.tick * st.spin * 0.5)
        if self.stage.masked:
            self._masked(canvas, screen, world, st.color, view.awareness, cam, (bx, by, size), dream)
            return
        canvas.blit(halo, halo.get_rect(center=(int(bx), int(by))), special_flags=pygame.BLEND_RGB_ADD)
        paint_cube(canvas, screen, world, st.color, view.awareness, SKY_RAMP)

    def draw_finale(self, canvas: pygame.Surface, mid: tuple[float, float], tick: int) -> None:
        """The last stand: the Cube coming down over the pair, white-rimmed, its light spilling round it."""
        if self.finale <= 0.0:
            return
        bx, by, size = self.finale_place(mid, tick)
        glow = glow_sprite(int(size * 0.8) // 16 * 16 + 16, WHITE, 0.25 + 0.35 * self.finale)
        canvas.blit(glow, glow.get_rect(center=(int(bx), int(by))), special_flags=pygame.BLEND_RGB_ADD)
        self._beam(canvas, (bx, by + size * 0.5), mid, size * 0.4, 60 + 200 * self.finale, PALE, 0.7)
        screen, world = project_cube(bx, by, size, tick * FINALE_SPIN)
        paint_cube(canvas, screen, world, WHITE, self.finale, SKY_RAMP, seams=True)

    def draw_sun(self, canvas: pygame.Surface, cam: tuple[int, int], dream: bool, tick: int) -> None:
        """The dream's sun where ``light_sun`` is, in the sky (half the ground's parallax); as it grows corners
        it becomes the Cube. Through the lowered camcorder it is the Cube, grey, already."""
        wx, wy = self.sun_at
        sx = VIEW_W / 2 + (wx - cam[0] - VIEW_W / 2) * 0.5
        sy = VIEW_H / 2 + (wy - cam[1] - VIEW_H / 2) * 0.5 - 30
        c = self.corners if dream else 1.0
        r = 30.0 + 8.0 * c
        colour = SUN if dream else PALE
        glow = glow_sprite(96 if dream else 64, colour, 0.5 if dream else 0.25)
        canvas.blit(glow, glow.get_rect(center=(int(sx), int(sy))), special_flags=pygame.BLEND_RGB_ADD)
        if c < 0.01:  # round: just the disc (the common case, and cheap)
            pygame.draw.circle(canvas, colour, (int(sx), int(sy)), int(r))
            pygame.draw.circle(canvas, (254, 174, 52), (int(sx), int(sy)), int(r), 1)
            return
        yaw = tick * 0.01 * c
        screen, world = project_cube(sx, sy, r * 1.3, yaw)
        if c < 0.999:
            hull = _hull(screen)
            pts = []
            for i in range(36):
                a = i * math.tau / 36
                rr = r + (_ray_to_hull(sx, sy, a, hull) - r) * c
                pts.append((sx + math.cos(a) * rr, sy + math.sin(a) * rr))
            pygame.draw.polygon(canvas, colour, pts)
            pygame.draw.polygon(canvas, (254, 174, 52), pts, 1)
        if c > 0.6:
            ramp = SUN_RAMP if dream else REAL_RAMP
            paint_cube(canvas, screen, world, WHITE if dream else PALE, 0.0, ramp, seams=c > 0.9)

    def _beam(
        self,
        canvas: pygame.Surface,
        top: tuple[float, float],
        bottom: tuple[float, float],
        w_top: float,
        w_bot: float,
        color: Color,
        strength: float,
    ) -> None:
        """A soft shaft of light from ``top`` to ``bottom`` (additive, three nested trapezoids)."""
        if strength <= 0.0 or bottom[1] <= top[1]:
            return
        if self._scratch is None or self._scratch.get_size() != canvas.get_size():
            self._scratch = pygame.Surface(canvas.get_size())
        (tx, ty), (gx, gy) = top, bottom
        half = max(w_top, w_bot) / 2 + 2
        left = int(max(0, min(tx, gx) - half))
        right = int(min(canvas.get_width(), max(tx, gx) + half))
        up, down = int(max(0, ty)), int(min(canvas.get_height(), gy + 2))
        if right <= left or down <= up:
            return
        area = pygame.Rect(left, up, right - left, down - up)
        scratch = self._scratch
        scratch.fill((0, 0, 0), area)
        for i, k in enumerate((1.0, 0.66, 0.33)):
            level = strength * (18 + 10 * i) / 255
            c = (int(color[0] * level), int(color[1] * level), int(color[2] * level))
            pts = [
                (tx - w_top * k / 2, ty),
                (tx + w_top * k / 2, ty),
                (gx + w_bot * k / 2, gy),
                (gx - w_bot * k / 2, gy),
            ]
            pygame.draw.polygon(scratch, c, pts)
        canvas.blit(scratch, area, area, special_flags=pygame.BLEND_RGB_ADD)

    def _masked(
        self,
        canvas: pygame.Surface,
        screen: list[tuple[float, float]],
        world: list[tuple[float, float, float]],
        color: Color,
        awareness: float,
        cam: tuple[int, int],
        place: tuple[float, float, float],
        dream: bool,
    ) -> None:
        """The body only where the tiles under it are open to the sky (in the view shown): rows of open tiles,
        one blit a run."""
        bx, by, size = place
        half = int(size * 1.0) + 2
        side = half * 2
        if self._body is None or self._body.get_width() < side:
            self._body = pygame.Surface((side, side), pygame.SRCALPHA)
        body = self._body
        body.fill((0, 0, 0, 0))
        ox, oy = int(bx) - half, int(by) - half
        paint_cube(body, [(x - ox, y - oy) for x, y in screen], world, color, awareness, SKY_RAMP)
        ts = self._ts
        grid = self._grid
        cells = grid.cells(dream)
        x0, y0 = ox + cam[0], oy + cam[1]
        tx0, ty0 = max(0, x0 // ts), max(0, y0 // ts)
        tx1 = min(grid.width - 1, (x0 + side) // ts)
        ty1 = min(grid.height - 1, (y0 + side) // ts)
        for ty in range(ty0, ty1 + 1):
            row = ty * grid.width
            tx = tx0
            while tx <= tx1:
                if cells[row + tx] & HIDDEN:
                    tx += 1
                    continue
                start = tx
                while tx <= tx1 and not cells[row + tx] & HIDDEN:
                    tx += 1
                # world rect of the run -> body surface coordinates
                wx, wy = start * ts, ty * ts
                area = pygame.Rect(wx - x0, wy - y0, (tx - start) * ts, ts)
                clipped = area.clip(body.get_rect())
                if clipped.width and clipped.height:
                    canvas.blit(body, (clipped.x + ox, clipped.y + oy), clipped)
