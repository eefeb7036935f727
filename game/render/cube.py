"""The Cube: a true 3D cube (projected, culled, shaded), its shadow, its beam and its light on the ground.

Everything is computed from what the caller passes (ground point, altitude, velocity, tick, state), so drawing
never reaches into the simulation. State names are plain strings (an Enum's ``value`` works too).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from game.render.light import Light, LightKind, glow_sprite
from game.render.palette import (
    AMBER,
    DARK_SLATE,
    GREY,
    INK,
    NIGHT,
    ORANGE,
    SKY,
    SLATE,
    WHITE,
    YELLOW,
)
from game.render.palette import HOT_PINK as HOT
from game.render.palette import PALE_GREY as PALE

Color = tuple[int, int, int]

# ENDESGA 32 entries used here (kept literal: the game does not import tools/).


@dataclass(frozen=True, slots=True)
class StateStyle:
    """How a state looks: colour AND shape, so the state reads without colour too."""

    color: Color
    rim: str  # solid | dashed | dotted | double
    pattern: str  # ticks | pulse | contract | crosshair | fill | sweep | chevrons | fade
    spin: float  # cube yaw, radians per tick
    light: float  # intensity of the ground light
    radius: float  # default radius (px) when the caller passes none


STYLES: dict[str, StateStyle] = {  # keyed by the AI's CubeState values
    "patrol": StateStyle(PALE, "solid", "ticks", 0.012, 0.85, 44),
    "suspicious": StateStyle(AMBER, "dashed", "pulse", 0.02, 0.9, 46),
    "lock_on": StateStyle(ORANGE, "dashed", "contract", 0.05, 1.0, 40),
    "chase": StateStyle(HOT, "double", "crosshair", 0.04, 1.0, 36),
    "capture": StateStyle(WHITE, "double", "fill", 0.08, 1.0, 30),
    "search": StateStyle(SKY, "dashed", "sweep", 0.016, 0.9, 52),
    "caution": StateStyle(YELLOW, "dotted", "chevrons", 0.014, 0.85, 46),
    "retreat": StateStyle(GREY, "dotted", "fade", 0.008, 0.55, 40),
}
FACE_RAMP: tuple[Color, ...] = (INK, INK, NIGHT, DARK_SLATE, SLATE)
LIGHT_DIR = (-0.72, 0.38, 0.58)  # moonlight from the upper left, low enough to split the faces
VIEW_ELEVATION = math.radians(70)  # the camera looks down at this angle
TIP_X = math.radians(45.0)
TIP_Y = math.atan(1 / math.sqrt(2))  # with TIP_X: a vertex points straight down
CUBE_VERTS = [(x, y, z) for x in (-1, 1) for y in (-1, 1) for z in (-1, 1)]
# Faces as vertex indices, counter-clockwise seen from outside, with their outward normals.
FACES = (
    ((0, 1, 3, 2), (-1, 0, 0)),
    ((4, 6, 7, 5), (1, 0, 0)),
    ((0, 4, 5, 1), (0, -1, 0)),
    ((2, 3, 7, 6), (0, 1, 0)),
    ((0, 2, 6, 4), (0, 0, -1)),
    ((1, 5, 7, 3), (0, 0, 1)),
)


def style_for(state: object) -> StateStyle:
    """The style of a state given as a string or Enum (unknown states look like patrol)."""
    name = str(getattr(state, "value", state)).lower()
    return STYLES.get(name, STYLES["patrol"])


@dataclass(frozen=True, slots=True)
class CubeView:
    """What the renderer needs to know about the Cube this frame (canvas pixels, ticks)."""

    x: float
    y: float
    altitude: float
    vx: float = 0.0
    vy: float = 0.0
    tick: int = 0
    state: str = "patrol"
    radius: float | None = None
    progress: float = 0.0  # wind-up or capture channel, 0..1
    awareness: float = 0.0


def _rot(v: tuple[float, float, float], ax: float, ay: float, az: float) -> tuple[float, float, float]:
    x, y, z = v
    c, s = math.cos(ax), math.sin(ax)
    y, z = y * c - z * s, y * s + z * c
    c, s = math.cos(ay), math.sin(ay)
    x, z = x * c + z * s, -x * s + z * c
    c, s = math.cos(az), math.sin(az)
    x, y = x * c - y * s, x * s + y * c
    return x, y, z


def project_cube(
    cx: float, cy: float, size: float, yaw: float, tilt_x: float = 0.0, tilt_y: float = 0.0
) -> tuple[list[tuple[float, float]], list[tuple[float, float, float]]]:
    """The 8 vertices of a cube of edge ``size`` (px) centred on ``(cx, cy)``, tipped onto a vertex, turned by
    ``yaw`` and leaned by the tilts, seen from above at :data:`VIEW_ELEVATION`: screen points and world points."""
    half = size / 2
    se, ce = math.sin(VIEW_ELEVATION), math.cos(VIEW_ELEVATION)
    focal = size * 7.0
    screen: list[tuple[float, float]] = []
    world: list[tuple[float, float, float]] = []
    for v in CUBE_VERTS:
        p = _rot(v, TIP_X, TIP_Y, yaw)
        # tilt: leaning toward motion means rotating about the horizontal axis across it
        p = _rot(p, -tilt_y, tilt_x, 0.0)
        x, y, z = p[0] * half, p[1] * half, p[2] * half
        world.append((x, y, z))
        depth = y * ce - z * se  # along the view direction (forward and down)
        up = y * se + z * ce
        k = focal / (focal + depth)
        screen.append((cx + x * k, cy - up * k))
    return screen, world


def visible_faces(
    screen: list[tuple[float, float]],
    world: list[tuple[float, float, float]],
    ramp: tuple[Color, ...] = FACE_RAMP,
) -> tuple[list[tuple[list[tuple[float, float]], Color]], list[tuple[float, float]] | None]:
    """The faces turned toward the viewer, back to front, each with its moonlit shade from ``ramp``; and the one
    turned most toward the viewer (where the eye opens)."""
    lx, ly, lz = LIGHT_DIR
    faces: list[tuple[float, list[tuple[float, float]], Color]] = []
    best_area, front = 0.0, None
    for idx, _ in FACES:
        pts = [screen[i] for i in idx]
        area = 0.0
        for i in range(4):
            x0, y0 = pts[i]
            x1, y1 = pts[(i + 1) % 4]
            area += x0 * y1 - x1 * y0
        if area >= 0:  # facing away from the camera (screen y points down)
            continue
        a, b, c = world[idx[0]], world[idx[1]], world[idx[2]]
        ux, uy, uz = b[0] - a[0], b[1] - a[1], b[2] - a[2]
        vx, vy, vz = c[0] - a[0], c[1] - a[1], c[2] - a[2]
        nx, ny, nz = uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx
        norm = math.sqrt(nx * nx + ny * ny + nz * nz) or 1.0
        lum = max(0.0, (nx * lx + ny * ly + nz * lz) / norm)
        shade = ramp[min(len(ramp) - 1, int(lum * len(ramp)))]
        depth = sum(world[i][1] for i in idx)
        faces.append((depth, pts, shade))
        if -area > best_area:
            best_area, front = -area, pts
    faces.sort(key=lambda f: -f[0])
    return [(pts, shade) for _, pts, shade in faces], front


def paint_cube(
    canvas: pygame.Surface,
    screen: list[tuple[float, float]],
    world: list[tuple[float, float, float]],
    color: Color,
    awareness: float,
    ramp: tuple[Color, ...] = FACE_RAMP,
    seams: bool = True,
) -> None:
    """Fill the faces turned toward the viewer (shaded from ``ramp``), their glowing seams and rims in the state's
    colour, and the eye on the face turned most toward the viewer. Polygons only: cheap at any size."""
    faces, front = visible_faces(screen, world, ramp)
    dim = (color[0] * 4 // 5, color[1] * 4 // 5, color[2] * 4 // 5)
    for pts, shade in faces:
        pygame.draw.polygon(canvas, shade, pts)
        if seams:
            fx = sum(p[0] for p in pts) / 4
            fy = sum(p[1] for p in pts) / 4
            inset = [(fx + (p[0] - fx) * 0.5, fy + (p[1] - fy) * 0.5) for p in pts]
            pygame.draw.polygon(canvas, dim, inset, 1)  # the seam that glows on every face
    for pts, _ in faces:
        pygame.draw.lines(canvas, color, True, pts)
    if front is not None:
        _eye(canvas, front, color, awareness)


def _eye(canvas: pygame.Surface, pts: list[tuple[float, float]], color: Color, awareness: float) -> None:
    """A slit on the face turned most toward the viewer that opens as awareness rises: it is looking."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts
    cx, cy = (x0 + x1 + x2 + x3) / 4, (y0 + y1 + y2 + y3) / 4
    ux, uy = ((x1 - x0) + (x2 - x3)) / 2, ((y1 - y0) + (y2 - y3)) / 2
    vx, vy = ((x3 - x0) + (x2 - x1)) / 2, ((y3 - y0) + (y2 - y1)) / 2
    a = max(0.0, min(1.0, awareness))
    h = 0.05 + 0.15 * a
    lens = [
        (cx - ux * 0.32, cy - uy * 0.32),
        (cx + vx * h, cy + vy * h),
        (cx + ux * 0.32, cy + uy * 0.32),
        (cx - vx * h, cy - vy * h),
    ]
    pygame.draw.polygon(canvas, color, lens)
    if a > 0.5:
        canvas.fill(WHITE, (int(cx), int(cy), 1, 1))


class CubeRenderer:
    """Draws the Cube. Keeps a little presentation-only state (smoothed tilt), never the simulation's."""

    def __init__(self, size: int = 36) -> None:
        self.size = size
        self._tilt = (0.0, 0.0)
        self._last_v = (0.0, 0.0)
        self._beams: dict[tuple[Color, int], pygame.Surface] = {}
        self._shadow = self._make_shadow()
        self._shadows: dict[tuple[int, int, int], pygame.Surface] = {}

    # ----------------------------------------------------------------- geometry
    def radius_of(self, view: CubeView) -> float:
        """The ground light's radius (the caller's, else the state's default)."""
        return view.radius if view.radius is not None else style_for(view.state).radius

    def body_center(self, view: CubeView) -> tuple[float, float]:
        """Where the Cube's body hangs on the canvas (above its ground point, bobbing)."""
        bob = math.sin(view.tick * 0.045) * 3.0
        return view.x, view.y - view.altitude + bob

    def _update_tilt(self, view: CubeView) -> tuple[float, float]:
        # Lean into acceleration (and a little into velocity), eased so it never snaps.
        ax, ay = view.vx - self._last_v[0], view.vy - self._last_v[1]
        self._last_v = (view.vx, view.vy)
        want_x = max(-0.35, min(0.35, view.vx * 0.12 + ax * 1.5))
        want_y = max(-0.35, min(0.35, view.vy * 0.12 + ay * 1.5))
        tx, ty = self._tilt
        self._tilt = (tx + (want_x - tx) * 0.12, ty + (want_y - ty) * 0.12)
        return self._tilt

    def project(self, view: CubeView) -> tuple[list[tuple[float, float]], list[tuple[float, float, float]]]:
        """Screen points and rotated (world) positions of the 8 vertices."""
        st = style_for(view.state)
        tilt_x, tilt_y = self._update_tilt(view)
        cx, cy = self.body_center(view)
        return project_cube(cx, cy, self.size, view.tick * st.spin, tilt_x, tilt_y)

    # ----------------------------------------------------------------- drawing
    def draw_shadow(self, canvas: pygame.Surface, view: CubeView, near: float = 0.0) -> None:
        """The soft shadow on the ground: larger and darker as the Cube comes nearer (``near`` 0..1) and lower."""
        scale = max(0.5, min(1.4, 1.2 - view.altitude / 400)) * (1.0 + 2.2 * near)
        w = int(self._shadow.get_width() * scale) // 4 * 4 + 4
        h = int(self._shadow.get_height() * scale) // 4 * 4 + 4
        q = round(max(0.0, min(1.0, near)) * 8)
        key = (w, h, q)
        img = self._shadows.get(key)
        if img is None:
            img = pygame.transform.smoothscale(self._make_shadow(1.0 + q / 8 * 1.5), (w, h))
            if len(self._shadows) > 64:
                self._shadows.clear()
            self._shadows[key] = img
        canvas.blit(
            img, (int(view.x - w / 2 + 10), int(view.y - h / 2 + 6)), special_flags=pygame.BLEND_RGB_SUB
        )

    def draw_ground(self, canvas: pygame.Surface, view: CubeView) -> None:
        """The searchlight's rim and pattern on the ground: its colour and its shape both say the state."""
        st = style_for(view.state)
        r = self.radius_of(view)
        cx, cy = int(view.x), int(view.y)
        t = view.tick
        glow = glow_sprite(int(r * 1.15), st.color, 0.35 * st.light)
        canvas.blit(glow, glow.get_rect(center=(cx, cy)), special_flags=pygame.BLEND_RGB_ADD)
        col = st.color
        dim = tuple(c // 2 for c in col)
        if st.rim == "solid":
            pygame.draw.circle(canvas, col, (cx, cy), int(r), 1)
        elif st.rim == "double":
            pygame.draw.circle(canvas, col, (cx, cy), int(r), 1)
            pygame.draw.circle(canvas, dim, (cx, cy), int(r) - 3, 1)
        else:
            n = 24 if st.rim == "dashed" else 36
            spin = t * (0.03 if view.state != "lock_on" else 0.08)
            for i in range(n):
                a0 = spin + i * 2 * math.pi / n
                if st.rim == "dashed":
                    a1 = a0 + math.pi / n
                    pygame.draw.line(
                        canvas,
                        col,
                        (cx + r * math.cos(a0), cy + r * math.sin(a0)),
                        (cx + r * math.cos(a1), cy + r * math.sin(a1)),
                    )
                else:
                    canvas.fill(col, (int(cx + r * math.cos(a0)), int(cy + r * math.sin(a0)), 1, 1))
        self._pattern(canvas, st, view, cx, cy, r)

    def _pattern(
        self, canvas: pygame.Surface, st: StateStyle, view: CubeView, cx: int, cy: int, r: float
    ) -> None:
        t = view.tick
        col = st.color
        dim = tuple(c // 2 for c in col)
        p = st.pattern
        if p == "ticks":
            for i in range(4):
                a = t * 0.01 + i * math.pi / 2
                pygame.draw.line(
                    canvas,
                    dim,
                    (cx + (r - 6) * math.cos(a), cy + (r - 6) * math.sin(a)),
                    (cx + (r - 1) * math.cos(a), cy + (r - 1) * math.sin(a)),
                )
        elif p == "pulse":
            # A slow inner ring breathing in and out: curiosity, not alarm (well under 1 Hz).
            k = 0.55 + 0.15 * math.sin(t * 0.06)
            pygame.draw.circle(canvas, dim, (cx, cy), int(r * k), 1)
        elif p == "contract":
            # Rings closing on the centre as the wind-up fills: the last chance to break line of sight.
            prog = max(0.0, min(1.0, view.progress))
            for i in range(3):
                k = ((i / 3 + t * 0.012) % 1.0) * (1.0 - 0.6 * prog)
                rr = int(r * (1.0 - k))
                if rr > 2:
                    pygame.draw.circle(canvas, col if i == 0 else dim, (cx, cy), rr, 1)
            pygame.draw.circle(canvas, col, (cx, cy), max(2, int(r * 0.25 * (1 - prog)) + 2), 1)
        elif p == "crosshair":
            gap = 5
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                pygame.draw.line(
                    canvas, col, (cx + dx * gap, cy + dy * gap), (cx + dx * (r - 4), cy + dy * (r - 4))
                )
            pygame.draw.circle(canvas, dim, (cx, cy), int(r * 0.5), 1)
        elif p == "fill":
            prog = max(0.0, min(1.0, view.progress))
            inner = glow_sprite(max(4, int(r * (0.3 + 0.7 * prog))), WHITE, 0.6)
            canvas.blit(inner, inner.get_rect(center=(cx, cy)), special_flags=pygame.BLEND_RGB_ADD)
            pygame.draw.circle(canvas, col, (cx, cy), max(2, int(r * (1.0 - prog))), 1)
        elif p == "sweep":
            a = t * 0.05
            for k in range(5):
                aa = a - k * 0.12
                shade = tuple(c * (5 - k) // 6 for c in col)
                pygame.draw.line(
                    canvas, shade, (cx, cy), (cx + (r - 2) * math.cos(aa), cy + (r - 2) * math.sin(aa))
                )
        elif p == "chevrons":
            for i in range(4):
                a = i * math.pi / 2 + math.pi / 4
                ux, uy = math.cos(a), math.sin(a)
                bx, by = cx + ux * (r - 8), cy + uy * (r - 8)
                pygame.draw.lines(
                    canvas,
                    dim,
                    False,
                    [
                        (bx - uy * 3 - ux * 3, by + ux * 3 - uy * 3),
                        (bx, by),
                        (bx + uy * 3 - ux * 3, by - ux * 3 - uy * 3),
                    ],
                )

    def _beam(self, color: Color, length: int) -> pygame.Surface:
        length = max(8, length // 8 * 8)
        key = (color, length)
        surf = self._beams.get(key)
        if surf is None:
            w_top, w_bot = self.size * 0.5, self.size * 1.6
            surf = pygame.Surface((int(w_bot) + 2, length), pygame.SRCALPHA)
            steps = 12
            for i in range(steps):
                # Stacked trapezoids: brightest in the middle of the shaft, fading toward the ground.
                f0, f1 = i / steps, (i + 1) / steps
                wt = w_top + (w_bot - w_top) * f0
                wb = w_top + (w_bot - w_top) * f1
                mid = surf.get_width() / 2
                level = int(38 * (1 - f0) + 8)
                pts = [
                    (mid - wt / 2, f0 * length),
                    (mid + wt / 2, f0 * length),
                    (mid + wb / 2, f1 * length),
                    (mid - wb / 2, f1 * length),
                ]
                pygame.draw.polygon(surf, (*(c * level // 255 for c in color), 255), pts)
            self._beams[key] = surf
        return surf

    def draw_body(self, canvas: pygame.Surface, view: CubeView) -> None:
        """The beam, the glow and the rotating cube itself, hanging above its ground point."""
        st = style_for(view.state)
        cx, cy = self.body_center(view)
        beam = self._beam(st.color, int(view.y - cy))
        canvas.blit(beam, beam.get_rect(midtop=(int(cx), int(cy))), special_flags=pygame.BLEND_RGB_ADD)
        halo = glow_sprite(int(self.size * 1.3), st.color, 0.3 + 0.25 * max(0.0, min(1.0, view.awareness)))
        canvas.blit(halo, halo.get_rect(center=(int(cx), int(cy))), special_flags=pygame.BLEND_RGB_ADD)
        screen, world = self.project(view)
        paint_cube(canvas, screen, world, st.color, view.awareness)

    def draw(self, canvas: pygame.Surface, view: CubeView) -> None:
        """Shadow, ground light pattern and body, in that order (for callers without a light map pass)."""
        self.draw_shadow(canvas, view)
        self.draw_ground(canvas, view)
        self.draw_body(canvas, view)

    def light(self, view: CubeView) -> Light:
        """The light the Cube throws on the ground, for the light map (tinted by state)."""
        st = style_for(view.state)
        fade = 1.0 - 0.5 * view.progress if view.state == "retreat" else 1.0
        tint = tuple(min(255, 150 + c * 105 // 255) for c in st.color)
        return Light(
            view.x,
            view.y,
            self.radius_of(view) * 1.12,
            (tint[0], tint[1], tint[2]),
            st.light * fade,
            LightKind.SPOT,
        )

    def _make_shadow(self, depth: float = 1.0) -> pygame.Surface:
        w, h = int(self.size * 1.6), int(self.size * 0.6)
        surf = pygame.Surface((w, h))
        surf.fill((0, 0, 0))
        for i in range(6):
            k = 1 - i / 6
            r = pygame.Rect(0, 0, int(w * k), int(h * k))
            r.center = (w // 2, h // 2)
            v = int((6 + i * 6) * depth)
            pygame.draw.ellipse(surf, (v, v, max(0, v - 4)), r)
        return surf
