"""The settings scene, driven by InputFrames as a player would: every value, rebinding, language, saving."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.app import build_context
from game.context import Context, RunOptions
from game.input.bindings import Bindings
from game.input.devices import Device, Devices
from game.input.frame import Action, InputFrame
from game.profile import Profile
from game.scene import Pop
from game.scenes.controls import assign
from game.scenes.settings_rows import Kind
from game.scenes.settings_scene import CAPTURE_TICKS, Focus, SettingsScene
from game.settings import Settings, load_settings
from game.sim.session import Session


class FakeCapture:
    """The devices' raw capture, fed by the test."""

    def __init__(self) -> None:
        self.armed: Device | None = None
        self.next: str | None = None

    def start_capture(self, device: Device) -> None:
        self.armed = device

    def take_capture(self) -> str | None:
        got, self.next = self.next, None
        if got is not None:
            self.armed = None
        return got

    def cancel_capture(self) -> None:
        self.armed = None


def make_ctx(tmp_path: Path, settings: Settings | None = None, lang: str | None = None) -> Context:
    ctx = build_context(RunOptions(lang=lang), Profile.at(tmp_path / "profile"), settings or Settings())
    ctx.capture = FakeCapture()
    return ctx


def press(*actions: Action) -> InputFrame:
    held = Action.NONE
    for action in actions:
        held |= action
    return InputFrame(held=held, pressed=held)


def drive(scene: SettingsScene, actions: Iterable[Action]) -> object:
    result = None
    for action in actions:
        result = scene.update(press(action))
    return result


def open_page(scene: SettingsScene, page_id: str) -> None:
    """From the page list, move to a page and enter it (as a player would)."""
    while scene.current_page.id != page_id:
        scene.update(press(Action.DOWN))
    scene.update(press(Action.CONFIRM))
    assert scene.focus is Focus.ROWS


def select_row(scene: SettingsScene, row_id: str) -> None:
    for _ in range(len(scene.current_page.rows)):
        if scene.current_row.id == row_id:
            return
        scene.update(press(Action.DOWN))
    raise AssertionError(f"no row {row_id}")


def test_left_and_right_change_values_and_every_change_is_saved_at_once(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    scene = SettingsScene(ctx)
    open_page(scene, "audio")
    select_row(scene, "music_volume")
    drive(scene, [Action.LEFT, Action.LEFT, Action.LEFT])
    assert ctx.settings.music_volume == 40
    assert load_settings(ctx.profile.settings_path)[0].music_volume == 40
    drive(scene, [Action.RIGHT] * 20)
    assert ctx.settings.music_volume == 100, "sliders clamp"
    scene.update(press(Action.BACK))
    open_page(scene, "text")
    select_row(scene, "text_speed")
    drive(scene, [Action.RIGHT, Action.RIGHT])
    assert ctx.settings.text_speed == "instant"
    drive(scene, [Action.RIGHT])
    assert ctx.settings.text_speed == "slow", "choices wrap"
    select_row(scene, "auto_advance")
    scene.update(press(Action.CONFIRM))
    assert ctx.settings.auto_advance is True
    select_row(scene, "text_size")
    scene.update(press(Action.RIGHT))
    assert ctx.art.text.size.value == "large", "the text size applies at once"
    assert load_settings(ctx.profile.settings_path)[0] == ctx.settings


def test_every_value_row_is_reachable_and_changes_with_menu_actions_alone(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    scene = SettingsScene(ctx)
    changed: list[str] = []
    for page in scene.pages:
        open_page(scene, page.id)
        for row in page.rows:
            select_row(scene, row.id)
            if row.kind in (Kind.SLIDER, Kind.CHOICE, Kind.TOGGLE):
                before = scene.shown_settings()
                scene.update(press(Action.LEFT if row.kind is Kind.SLIDER else Action.RIGHT))
                after = scene.shown_settings()
                if getattr(after, row.id) == getattr(before, row.id):
                    scene.update(press(Action.RIGHT))  # a slider at its bottom moves up instead
                assert getattr(scene.shown_settings(), row.id) != getattr(before, row.id), row.id
                changed.append(row.id)
        scene.update(press(Action.BACK))
        assert scene.focus is Focus.PAGES
    assert {"master_volume", "fullscreen", "scale", "vsync", "coop", "reduce_flashing", "language"} <= set(
        changed
    )
    assert {"difficulty", "cube_speed", "game_speed", "capture_grace", "skip_chase", "screen_shake"} <= set(
        changed
    )
    assert isinstance(scene.update(press(Action.BACK)), Pop), "back from the page list leaves"


def test_rebinding_changes_what_the_input_layer_produces(tmp_path: Path) -> None:
    pygame.init()
    ctx = make_ctx(tmp_path)
    devices = Devices(ctx.settings.bindings)
    ctx.settings_listeners.append(lambda s: devices.set_bindings(s.bindings, s.coop))
    capture = ctx.capture
    assert isinstance(capture, FakeCapture)
    scene = SettingsScene(ctx)
    open_page(scene, "controls")
    select_row(scene, "run")
    scene.update(press(Action.CONFIRM))
    assert scene.focus is Focus.CAPTURE and capture.armed is Device.KEYBOARD
    scene.update(press(Action.DOWN))  # input other than the captured press changes nothing meanwhile
    assert scene.current_row.id == "run"
    capture.next = "r"
    scene.update(InputFrame())
    assert scene.focus is Focus.ROWS
    assert ctx.settings.bindings.keys["run"][0] == "r"
    assert load_settings(ctx.profile.settings_path)[0].bindings.keys["run"][0] == "r"
    r = pygame.key.key_code("r")
    devices.handle_events([pygame.event.Event(pygame.KEYDOWN, key=r, mod=0)])
    assert devices.next_frame().is_held(Action.RUN)
    devices.handle_events([pygame.event.Event(pygame.KEYUP, key=r, mod=0)])
    shift = pygame.key.key_code("left shift")
    devices.handle_events([pygame.event.Event(pygame.KEYDOWN, key=shift, mod=0)])
    assert not devices.next_frame().is_held(Action.RUN), "the old key no longer runs"


def test_a_conflict_takes_the_key_from_the_other_binding_and_says_so(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    capture = ctx.capture
    assert isinstance(capture, FakeCapture)
    scene = SettingsScene(ctx)
    open_page(scene, "controls")
    select_row(scene, "run")
    scene.update(press(Action.CONFIRM))
    capture.next = "e"
    scene.update(InputFrame())
    keys = ctx.settings.bindings.keys
    assert keys["run"][0] == "e" and "e" not in keys["interact"]
    assert "e" in keys["confirm"], "another group (menus) may share the key"
    assert scene.note_text() == "E was taken from Interact / hide."
    ctx.i18n.set_language("ko")
    assert scene.note_text() == "E 키를 상호작용 / 숨기에서 가져왔습니다."


def test_a_pad_button_goes_to_the_pad_column_and_a_loser_left_empty_gets_the_old_one(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    capture = ctx.capture
    assert isinstance(capture, FakeCapture)
    scene = SettingsScene(ctx)
    open_page(scene, "controls")
    select_row(scene, "back")
    drive(scene, [Action.RIGHT, Action.RIGHT, Action.RIGHT])  # columns clamp at the pad
    scene.update(press(Action.CONFIRM))
    assert capture.armed is Device.GAMEPAD
    capture.next = "a"
    scene.update(InputFrame())
    pad = ctx.settings.bindings.pad
    assert pad["back"] == ("a",) and pad["confirm"] == ("b",), "confirm would have had no button: swapped"
    ctx.i18n.set_language("ko")
    assert scene.note_text() == "Ⓐ 키를 확인에서 가져왔습니다. 확인은 이제 Ⓑ 키를 씁니다."


def test_esc_cannot_be_taken_from_pause_and_back(tmp_path: Path) -> None:
    b = Bindings()
    refused = assign(b, Device.KEYBOARD, "run", 0, "escape")
    assert not refused.changed and refused.bindings == b
    moved = assign(b, Device.KEYBOARD, "pause", 0, "k")
    assert moved.bindings.keys["pause"][0] == "k" and "escape" in moved.bindings.keys["pause"]
    moved = assign(b, Device.KEYBOARD, "back", 0, "return")
    assert "escape" in moved.bindings.keys["back"]
    assert moved.bindings.keys["confirm"] and "return" not in moved.bindings.keys["confirm"]
    for name in ("up", "down", "left", "right", "confirm", "back", "pause"):
        for key in ("w", "s", "escape", "return", "space", "up"):
            for slot in (0, 1):
                result = assign(b, Device.KEYBOARD, name, slot, key).bindings
                assert all(
                    result.keys[n] for n in ("up", "down", "left", "right", "confirm", "back", "pause")
                )
                assert "escape" in result.keys["pause"] and "escape" in result.keys["back"]
                assert not result.conflicts()


def test_capture_cancels_with_esc_and_gives_up_after_a_while(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    capture = ctx.capture
    assert isinstance(capture, FakeCapture)
    scene = SettingsScene(ctx)
    open_page(scene, "controls")
    select_row(scene, "hands")
    scene.update(press(Action.CONFIRM))
    capture.next = "escape"
    scene.update(InputFrame())
    assert scene.focus is Focus.ROWS and ctx.settings.bindings == Bindings()
    assert scene.note_text() == "Nothing changed."
    scene.update(press(Action.CONFIRM))
    for _ in range(CAPTURE_TICKS):
        scene.update(InputFrame())
    assert scene.focus is Focus.ROWS and capture.armed is None
    assert scene.note_text() == "No key was pressed; nothing changed."


def test_reset_controls_restores_the_defaults(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path, replace(Settings(), bindings=Bindings().rebind_key("run", "r")))
    scene = SettingsScene(ctx)
    open_page(scene, "controls")
    select_row(scene, "reset_controls")
    scene.update(press(Action.CONFIRM))
    assert ctx.settings.bindings == Bindings()


def test_language_switches_the_text_at_once_and_lang_flag_is_shown(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    scene = SettingsScene(ctx)
    open_page(scene, "language")
    scene.update(press(Action.RIGHT))
    assert ctx.i18n.lang == "ko" and ctx.settings.language == "ko"
    assert ctx.i18n.tr("ui.title.new_game", "New game") == "새 게임"
    other = make_ctx(tmp_path / "b", lang="ko")  # --lang ko over English settings
    scene = SettingsScene(other)
    assert scene.shown_settings().language == "ko"
    open_page(scene, "audio")
    scene.update(press(Action.LEFT))
    assert other.settings.language == "en", "changing something else does not save the flag's language"
    scene.update(press(Action.BACK))
    open_page(scene, "language")
    scene.update(press(Action.RIGHT))
    assert other.i18n.lang == "en"


def test_simulation_settings_reach_the_running_session(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    session = Session.new(1, ctx.settings.sim_settings())
    ctx.log.session = session
    scene = SettingsScene(ctx)
    open_page(scene, "access")
    select_row(scene, "difficulty")
    scene.update(press(Action.LEFT))
    assert session.sim_settings["difficulty"] == "assist"
    select_row(scene, "reduce_flashing")
    scene.update(press(Action.CONFIRM))
    assert "reduce_flashing" not in session.sim_settings


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("size", ["small", "normal", "large"])
def test_every_page_draws_in_every_language_and_size(tmp_path: Path, lang: str, size: str) -> None:
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    ctx = make_ctx(tmp_path, replace(Settings(), language=lang, text_size=size))
    scene = SettingsScene(ctx)
    canvas = pygame.Surface((640, 360))
    for page in scene.pages:
        open_page(scene, page.id)
        scene.update(press(Action.DOWN))
        scene.draw(canvas, 1.0)
        scene.update(press(Action.BACK))
        colours = {canvas.get_at((x, y))[:3] for x in range(0, 640, 3) for y in range(40, 300, 3)}
        assert len(colours) > 12, f"page {page.id} drew next to nothing"
