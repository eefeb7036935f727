"""The window: a 640x360 canvas scaled by whole numbers, letterboxed, resizable, with a fullscreen toggle."""

from __future__ import annotations

import pygame

from game.limits import SCALE

CANVAS_SIZE = (640, 360)
BAR_COLOUR = (0, 0, 0)


def best_scale(window_size: tuple[int, int], canvas_size: tuple[int, int] = CANVAS_SIZE) -> int:
    """The largest whole scale at which the canvas fits the window (at least 1)."""
    return max(1, min(window_size[0] // canvas_size[0], window_size[1] // canvas_size[1]))


def letterbox(window_size: tuple[int, int], canvas_size: tuple[int, int] = CANVAS_SIZE) -> pygame.Rect:
    """Where the scaled canvas goes in the window: centred, whole-number scale, bars around it."""
    scale = best_scale(window_size, canvas_size)
    w, h = canvas_size[0] * scale, canvas_size[1] * scale
    return pygame.Rect((window_size[0] - w) // 2, (window_size[1] - h) // 2, w, h)


def desktop_scale() -> int:
    """The largest whole scale that leaves room for window borders on the current desktop."""
    sizes = pygame.display.get_desktop_sizes()
    if not sizes:
        return 2
    w, h = sizes[0]
    return max(1, min((w - 64) // CANVAS_SIZE[0], (h - 96) // CANVAS_SIZE[1]))


def fitting_scale(scale: int) -> int:
    """``scale``, no larger than :data:`game.limits.SCALE` nor than the whole canvas fits on the desktop.

    The dummy driver's desktop (1024 x 768) is made up: there only the hard maximum holds.
    """
    if pygame.display.get_driver() == "dummy":
        return max(1, min(scale, SCALE.value))
    sizes = pygame.display.get_desktop_sizes()
    room = max(1, min(sizes[0][0] // CANVAS_SIZE[0], sizes[0][1] // CANVAS_SIZE[1])) if sizes else 2
    return max(1, min(scale, room, SCALE.value))


class Window:
    """Owns the display surface and the canvas every scene draws on."""

    def __init__(
        self, scale: int = 0, fullscreen: bool = False, title: str = "Refuge", vsync: bool = True
    ) -> None:
        self.title = title
        self.fullscreen = False
        self._vsync = vsync
        self._windowed_scale = fitting_scale(scale) if scale > 0 else desktop_scale()
        self._settings: tuple[bool, int, bool] | None = None
        pygame.display.set_caption(title)
        self._open_windowed()
        self.canvas = pygame.Surface(CANVAS_SIZE).convert()
        if fullscreen:
            self.toggle_fullscreen()

    def _open_windowed(self) -> None:
        size = (CANVAS_SIZE[0] * self._windowed_scale, CANVAS_SIZE[1] * self._windowed_scale)
        self.screen = _set_mode(size, pygame.RESIZABLE, self._vsync)
        self.fullscreen = False

    def toggle_fullscreen(self) -> None:
        """Switch between a window and the desktop's full screen."""
        if self.fullscreen:
            self._open_windowed()
        else:
            self.screen = _set_mode((0, 0), pygame.FULLSCREEN, self._vsync)
            self.fullscreen = True

    def apply_settings(self, fullscreen: bool, scale: int, vsync: bool) -> None:
        """Follow the display settings live, acting only on what changed since the previous call.

        The first call records the settings the window was opened from, so flags given on the command line
        (``--scale``, ``--fullscreen``) hold until the player changes that setting.
        """
        previous = self._settings
        self._settings = (fullscreen, scale, vsync)
        if previous is None:
            return
        was_fullscreen, was_scale, was_vsync = previous
        reopen = False
        if vsync != was_vsync:
            self._vsync = vsync
            reopen = True
        if scale != was_scale:
            self._windowed_scale = fitting_scale(scale) if scale > 0 else desktop_scale()
            reopen = reopen or not self.fullscreen
        if fullscreen not in (was_fullscreen, self.fullscreen):
            self.toggle_fullscreen()
        elif reopen:
            self._reopen()

    def _reopen(self) -> None:
        if self.fullscreen:
            self.screen = _set_mode((0, 0), pygame.FULLSCREEN, self._vsync)
        else:
            self._open_windowed()

    @property
    def windowed_scale(self) -> int:
        """The scale the window has when not in full screen."""
        return self._windowed_scale

    def resized(self) -> None:
        """Pick up the display surface after the window changed size."""
        self.screen = pygame.display.get_surface() or self.screen

    @property
    def scale(self) -> int:
        """The whole scale the canvas is shown at now."""
        return best_scale(self.screen.get_size())

    def present(self) -> None:
        """Scale the canvas into the window (bars around it) and flip."""
        scale_canvas(self.canvas, self.screen)
        pygame.display.flip()


def scale_canvas(canvas: pygame.Surface, screen: pygame.Surface) -> None:
    """Draw ``canvas`` into ``screen`` at the largest whole scale, letterboxed, without an extra copy."""
    box = letterbox(screen.get_size(), canvas.get_size())
    if box.size == screen.get_size():
        pygame.transform.scale(canvas, box.size, screen)
        return
    screen.fill(BAR_COLOUR)
    pygame.transform.scale(canvas, box.size, screen.subsurface(box))


def _set_mode(size: tuple[int, int], flags: int, vsync: bool) -> pygame.Surface:
    if pygame.display.get_driver() == "dummy":
        # Nothing to sync to, and pygame-ce 2.5.8 corrupts memory when a dummy display set with vsync is set
        # again (seen in tests that change display settings live).
        vsync = False
    try:
        return pygame.display.set_mode(size, flags, vsync=1 if vsync else 0)
    except pygame.error:
        # Some drivers refuse vsync; a window without it beats no window.
        return pygame.display.set_mode(size, flags)
