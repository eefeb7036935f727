"""Devices to actions: the one module that reads pygame's event queue.

Keyboard and SDL game controllers (hot-plugged) are folded into an :class:`InputFrame` per tick. Window-level
requests (close, fullscreen, debug overlay, screenshot, focus) come back from :meth:`Devices.pump` as
:class:`SystemEvent` values for the app to handle; they never reach the simulation.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from enum import Enum

import pygame

from game.input.bindings import ACTION_NAMES, COOP_KEYS_P1, COOP_KEYS_P2, MOVE_NAMES, Bindings
from game.input.frame import Action, InputFrame, quantize_move

STICK_DEADZONE = 0.25
"""Stick deflection below this is ignored (worn sticks drift)."""
STICK_MENU_THRESHOLD = 0.6
"""A stick pushed past this counts as a menu direction press."""

PAD_BUTTONS: dict[str, int] = {
    "a": pygame.CONTROLLER_BUTTON_A,
    "b": pygame.CONTROLLER_BUTTON_B,
    "x": pygame.CONTROLLER_BUTTON_X,
    "y": pygame.CONTROLLER_BUTTON_Y,
    "back": pygame.CONTROLLER_BUTTON_BACK,
    "guide": pygame.CONTROLLER_BUTTON_GUIDE,
    "start": pygame.CONTROLLER_BUTTON_START,
    "leftstick": pygame.CONTROLLER_BUTTON_LEFTSTICK,
    "rightstick": pygame.CONTROLLER_BUTTON_RIGHTSTICK,
    "leftshoulder": pygame.CONTROLLER_BUTTON_LEFTSHOULDER,
    "rightshoulder": pygame.CONTROLLER_BUTTON_RIGHTSHOULDER,
    "dpup": pygame.CONTROLLER_BUTTON_DPAD_UP,
    "dpdown": pygame.CONTROLLER_BUTTON_DPAD_DOWN,
    "dpleft": pygame.CONTROLLER_BUTTON_DPAD_LEFT,
    "dpright": pygame.CONTROLLER_BUTTON_DPAD_RIGHT,
}
PAD_BUTTON_NAMES = {code: name for name, code in PAD_BUTTONS.items()}

_MENU_DIRECTIONS = {"up": Action.UP, "down": Action.DOWN, "left": Action.LEFT, "right": Action.RIGHT}


class SystemEvent(Enum):
    """Requests for the app, not the game."""

    QUIT = "quit"
    TOGGLE_FULLSCREEN = "toggle_fullscreen"
    RESIZED = "resized"
    DEBUG = "debug"
    SCREENSHOT = "screenshot"
    FOCUS_LOST = "focus_lost"
    FOCUS_GAINED = "focus_gained"


class Device(Enum):
    """Which kind of device the player touched last (on-screen prompts follow it)."""

    KEYBOARD = "keyboard"
    GAMEPAD = "gamepad"


class _Player:
    """Held and pressed bindings of one player, from any device."""

    def __init__(self) -> None:
        self.held: dict[str, int] = {}
        self.pressed: set[str] = set()
        self.stick = (0.0, 0.0)
        self.run_toggle = False
        """Run is a switch, not a key to hold: a press starts running, the next one stops (no hold-to-act)."""
        self.running = False

    def down(self, name: str) -> None:
        if self.held.get(name, 0) == 0:
            self.pressed.add(name)
        self.held[name] = self.held.get(name, 0) + 1

    def up(self, name: str) -> None:
        count = self.held.get(name, 0)
        if count <= 1:
            self.held.pop(name, None)
        else:
            self.held[name] = count - 1

    def frame_parts(self) -> tuple[tuple[float, float], Action, Action]:
        held = Action.NONE
        pressed = Action.NONE
        for name, action in ACTION_NAMES.items():
            if self.held.get(name):
                held |= action
            if name in self.pressed:
                pressed |= action
        if self.run_toggle:
            if "run" in self.pressed:
                self.running = not self.running
            held = held | Action.RUN if self.running else held & ~Action.RUN
        kx = (1.0 if self.held.get("right") else 0.0) - (1.0 if self.held.get("left") else 0.0)
        ky = (1.0 if self.held.get("down") else 0.0) - (1.0 if self.held.get("up") else 0.0)
        move = (kx / math.hypot(kx, ky), ky / math.hypot(kx, ky)) if kx or ky else self.stick
        for name, action in _MENU_DIRECTIONS.items():
            # Sticks press menu directions without adding a digital move on top of the analogue one.
            stick_name = "stick_" + name
            if self.held.get(name) or self.held.get(stick_name):
                held |= action
            if name in self.pressed or stick_name in self.pressed:
                pressed |= action
        self.pressed.clear()
        return quantize_move(*move), held, pressed

    def clear(self) -> None:
        self.held.clear()
        self.pressed.clear()
        self.stick = (0.0, 0.0)
        self.running = False


class Devices:
    """Reads events, tracks what is held, and hands out one :class:`InputFrame` per tick."""

    def __init__(
        self, bindings: Bindings | None = None, coop: bool = False, run_toggle: bool = False
    ) -> None:
        self.bindings = bindings or Bindings()
        self.coop = coop
        self.last_device = Device.KEYBOARD
        self._players = (_Player(), _Player())
        self._key_map: dict[int, list[tuple[int, str]]] = {}
        self._pad_map: dict[int, list[str]] = {}
        self._pads: dict[int, object] = {}
        self._pad_owner: dict[int, int] = {}
        self._stick_menu: dict[tuple[int, str], bool] = {}
        self._capture: Device | None = None
        self._captured: str | None = None
        self.set_run_toggle(run_toggle)
        self.rebuild()

    def set_run_toggle(self, on: bool) -> None:
        """Make run a switch (press to start, press to stop) or a key to hold."""
        for player in self._players:
            player.run_toggle = on
            player.running = False

    def start_capture(self, device: Device) -> None:
        """Capture the next key (or pad button) instead of acting on it, for rebinding; Esc always cancels."""
        self._capture = device
        self._captured = None

    def take_capture(self) -> str | None:
        """The captured key or button name (``pygame.key.name`` / SDL controller name), handed out once."""
        got, self._captured = self._captured, None
        return got

    def cancel_capture(self) -> None:
        """Stop capturing."""
        self._capture = None
        self._captured = None

    def rebuild(self) -> None:
        """Recompute the lookup tables after bindings or co-op change."""
        self._key_map.clear()
        self._pad_map.clear()
        tables: list[tuple[int, dict[str, tuple[str, ...]]]]
        if self.coop:
            menu = {n: self.bindings.keys_for(n) for n in ("pause", "confirm", "back")}
            tables = [(0, {**COOP_KEYS_P1, **menu}), (1, dict(COOP_KEYS_P2))]
        else:
            tables = [(0, dict(self.bindings.keys))]
        for player, table in tables:
            for name, keys in table.items():
                for key in keys:
                    try:
                        code = pygame.key.key_code(key)
                    except ValueError:
                        continue
                    self._key_map.setdefault(code, []).append((player, name))
        for name, buttons in self.bindings.pad.items():
            for button in buttons:
                if button in PAD_BUTTONS:
                    self._pad_map.setdefault(PAD_BUTTONS[button], []).append(name)

    def set_bindings(self, bindings: Bindings, coop: bool | None = None) -> None:
        """Use new bindings (from settings); releases everything held."""
        self.bindings = bindings
        if coop is not None:
            self.coop = coop
        self.release_all()
        self.rebuild()

    def release_all(self) -> None:
        """Forget held keys (focus lost, scene change), so nothing stays stuck down."""
        for p in self._players:
            p.clear()

    def pump(self) -> list[SystemEvent]:
        """Read every pending pygame event; return the app-level requests among them."""
        return self.handle_events(pygame.event.get())

    def handle_events(self, events: Iterable[pygame.event.Event]) -> list[SystemEvent]:
        """Fold a batch of events into the device state (tests call this with synthetic events)."""
        out: list[SystemEvent] = []
        for event in events:
            system = self._handle(event)
            if system is not None:
                out.append(system)
        return out

    def next_frame(self) -> InputFrame:
        """The frame for the next tick; press edges are handed out once."""
        move, held, pressed = self._players[0].frame_parts()
        move2, held2, pressed2 = self._players[1].frame_parts()
        return InputFrame(move, held, pressed, move2, held2, pressed2)

    # -- events -----------------------------------------------------------------------------------------

    def _handle(self, event: pygame.event.Event) -> SystemEvent | None:
        etype = event.type
        if etype == pygame.QUIT:
            return SystemEvent.QUIT
        if etype == pygame.KEYDOWN:
            return self._key_down(event)
        if etype == pygame.KEYUP:
            for player, name in self._key_map.get(event.key, ()):
                self._players[player].up(name)
            return None
        if etype in (pygame.WINDOWRESIZED, pygame.WINDOWSIZECHANGED):
            return SystemEvent.RESIZED
        if etype == pygame.WINDOWFOCUSLOST:
            self.release_all()
            return SystemEvent.FOCUS_LOST
        if etype == pygame.WINDOWFOCUSGAINED:
            return SystemEvent.FOCUS_GAINED
        if etype == pygame.CONTROLLERDEVICEADDED:
            self._add_pad(event.device_index)
        elif etype == pygame.CONTROLLERDEVICEREMOVED:
            self._remove_pad(event.instance_id)
        elif etype == pygame.CONTROLLERBUTTONDOWN:
            self.last_device = Device.GAMEPAD
            if self._capture is Device.GAMEPAD and event.button in PAD_BUTTON_NAMES:
                self._captured, self._capture = PAD_BUTTON_NAMES[event.button], None
                return None
            player = self._pad_owner.get(event.instance_id, 0)
            for name in self._pad_map.get(event.button, ()):
                self._players[player].down(name)
        elif etype == pygame.CONTROLLERBUTTONUP:
            player = self._pad_owner.get(event.instance_id, 0)
            for name in self._pad_map.get(event.button, ()):
                self._players[player].up(name)
        elif etype == pygame.CONTROLLERAXISMOTION:
            self._axis(event.instance_id, event.axis, event.value / 32767.0)
        return None

    def _key_down(self, event: pygame.event.Event) -> SystemEvent | None:
        mods = event.mod
        if event.key == pygame.K_q and mods & pygame.KMOD_CTRL:
            return SystemEvent.QUIT
        if event.key == pygame.K_F11 or (event.key == pygame.K_RETURN and mods & pygame.KMOD_ALT):
            return SystemEvent.TOGGLE_FULLSCREEN
        if event.key == pygame.K_F3:
            return SystemEvent.DEBUG
        if event.key == pygame.K_F12:
            return SystemEvent.SCREENSHOT
        self.last_device = Device.KEYBOARD
        if self._capture is Device.KEYBOARD or (self._capture is not None and event.key == pygame.K_ESCAPE):
            self._captured, self._capture = pygame.key.name(event.key), None
            return None
        for player, name in self._key_map.get(event.key, ()):
            self._players[player].down(name)
        return None

    def _add_pad(self, device_index: int) -> None:
        from pygame._sdl2 import controller

        if not controller.get_init():
            controller.init()
        try:
            pad = controller.Controller(device_index)
        except pygame.error:
            return
        instance = pad.as_joystick().get_instance_id()
        self._pads[instance] = pad
        # The first pad plays; with co-op on, a second pad drives the partner.
        taken = set(self._pad_owner.values())
        self._pad_owner[instance] = 1 if self.coop and 0 in taken else 0

    def _remove_pad(self, instance_id: int) -> None:
        self._pads.pop(instance_id, None)
        owner = self._pad_owner.pop(instance_id, 0)
        self._players[owner].clear()

    def _axis(self, instance_id: int, axis: int, value: float) -> None:
        player = self._players[self._pad_owner.get(instance_id, 0)]
        sx, sy = player.stick
        if axis == pygame.CONTROLLER_AXIS_LEFTX:
            sx = value
        elif axis == pygame.CONTROLLER_AXIS_LEFTY:
            sy = value
        elif axis == pygame.CONTROLLER_AXIS_TRIGGERRIGHT:
            self._axis_button(player, instance_id, "run", value > 0.5)
            return
        else:
            return
        if math.hypot(sx, sy) < STICK_DEADZONE:
            player.stick = (0.0, 0.0)
        else:
            player.stick = (sx, sy)
            self.last_device = Device.GAMEPAD
        self._axis_button(player, instance_id, "stick_left", sx < -STICK_MENU_THRESHOLD)
        self._axis_button(player, instance_id, "stick_right", sx > STICK_MENU_THRESHOLD)
        self._axis_button(player, instance_id, "stick_up", sy < -STICK_MENU_THRESHOLD)
        self._axis_button(player, instance_id, "stick_down", sy > STICK_MENU_THRESHOLD)

    def _axis_button(self, player: _Player, instance_id: int, name: str, on: bool) -> None:
        """Treat a stick or trigger crossing a threshold as a press/release of ``name``."""
        key = (instance_id, name)
        was = self._stick_menu.get(key, False)
        if on and not was:
            player.down(name)
        elif was and not on:
            player.up(name)
        self._stick_menu[key] = on


__all__ = ["MOVE_NAMES", "PAD_BUTTON_NAMES", "Device", "Devices", "SystemEvent"]
