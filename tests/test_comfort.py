"""Comfort around the game: focus pause, language never changes the simulation, game speed, live display
settings, raw key capture for rebinding, captions and prompts that follow the device."""

from __future__ import annotations

import math
from pathlib import Path

import pygame
import pytest

from game.app import ScaledTime, _handle_system, build_context, game_speed
from game.audio import CAPTIONS as AUDIO_CAPTIONS
from game.audio import HUM_CAPTIONS
from game.captions import SOUND_CAPTIONS, Captions, caption_for, side_of
from game.context import Context, RunOptions
from game.i18n import Translator
from game.input.bindings import Bindings
from game.input.devices import Device, Devices, SystemEvent
from game.input.frame import Action, InputFrame
from game.input.replay import Recorder, ReplayHeader
from game.profile import Profile
from game.render.prompts import HINT_BACK, HINT_SELECT, hint_line, input_label
from game.render.window import CANVAS_SIZE, Window
from game.scene import BaseScene, SceneStack, Transition
from game.settings import Settings
from game.sim.cues import Cue, CueKind
from tests.helpers import last_json, run_game


class FakePlay(BaseScene):
    name = "play"

    def update(self, frame: InputFrame) -> Transition | None:
        return None

    def draw(self, canvas: pygame.Surface, alpha: float) -> None:
        pass


def ensure_display() -> None:
    """A display mode for converting images, without changing one another test set up."""
    pygame.display.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))


def make_ctx(tmp_path: Path, lang: str | None = None, settings: Settings | None = None) -> Context:
    return build_context(RunOptions(lang=lang), Profile.at(tmp_path / "p"), settings or Settings())


# -- focus ----------------------------------------------------------------------------------------------


def test_losing_focus_pauses_play_only_after_the_window_had_focus(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    stack = SceneStack()
    stack.push(FakePlay())
    had = _handle_system(SystemEvent.FOCUS_LOST, ctx, stack, None, False)  # type: ignore[arg-type]
    assert not had and stack.top is not None and stack.top.name == "play", "a window never focused runs on"
    had = _handle_system(SystemEvent.FOCUS_GAINED, ctx, stack, None, had)  # type: ignore[arg-type]
    assert had
    had = _handle_system(SystemEvent.FOCUS_LOST, ctx, stack, None, had)  # type: ignore[arg-type]
    assert stack.top is not None and stack.top.name == "pause"
    _handle_system(SystemEvent.FOCUS_LOST, ctx, stack, None, had)  # type: ignore[arg-type]
    assert [s.name for s in stack.scenes] == ["play", "pause"], "no second pause over the first"


def test_focus_events_come_from_the_devices() -> None:
    pygame.init()
    devices = Devices()
    out = devices.handle_events(
        [pygame.event.Event(pygame.WINDOWFOCUSGAINED), pygame.event.Event(pygame.WINDOWFOCUSLOST)]
    )
    assert out == [SystemEvent.FOCUS_GAINED, SystemEvent.FOCUS_LOST]


# -- language and the simulation ------------------------------------------------------------------------


MENU_TRIP = [
    Action.PAUSE,  # the pause menu: Resume, Restart, [Settings], Quit to title
    Action.DOWN,
    Action.DOWN,
    Action.CONFIRM,
    *[Action.DOWN] * 4,  # pages: Audio .. [Accessibility]
    Action.CONFIRM,
    *[Action.DOWN] * 3,  # rows: reduce flashing, shake, captions, [difficulty]
    Action.LEFT,  # normal -> assist: a simulation setting, changed mid-game through the menus
    Action.BACK,
    Action.BACK,
    Action.BACK,  # resume
]


def _replay(path: Path, trip: list[Action] = MENU_TRIP) -> Path:
    rec = Recorder(path, ReplayHeader(seed=9, start={"scene": "forest"}))
    for i in range(900):
        if 300 <= i < 300 + 2 * len(trip):
            # Through the pause menu into the settings, a press every other tick, then back to the level.
            step = i - 300
            action = trip[step // 2] if step % 2 == 0 else Action.NONE
            rec.add(InputFrame(held=action, pressed=action))
            continue
        angle = i / 90.0
        held = Action.RUN if (i // 120) % 2 else Action.NONE
        pressed = Action.HANDS if i in (200, 650) else Action.CAMCORDER if i == 400 else Action.NONE
        move = (math.cos(angle), math.sin(angle) * 0.5)
        rec.add(InputFrame(move=move, held=held | pressed, pressed=pressed))
    rec.close()
    return path


def test_korean_and_english_runs_of_the_forest_give_the_same_state_hash(tmp_path: Path) -> None:
    replay = _replay(tmp_path / "walk.replay")
    base = [
        "headless",
        "--scene",
        "forest",
        "--ticks",
        "900",
        "--seed",
        "9",
        "--json",
        "--replay",
        str(replay),
    ]
    en = run_game([*base, "--lang", "en"], tmp_path)
    ko = run_game(
        [*base, "--lang", "ko", "--screenshots", str(tmp_path / "shots"), "--every", "300"], tmp_path
    )
    assert en.returncode == 0, en.stderr
    assert ko.returncode == 0, ko.stderr
    assert last_json(en.stdout)["state_hash"] == last_json(ko.stdout)["state_hash"]
    assert len(list((tmp_path / "shots").glob("*.png"))) == 3
    # The same trip without the one LEFT press: the mid-game difficulty change did reach the session.
    unchanged = [Action.NONE if a is Action.LEFT else a for a in MENU_TRIP]
    same_trip = _replay(tmp_path / "unchanged.replay", unchanged)
    other = run_game([*base[:-1], str(same_trip), "--lang", "ko"], tmp_path)
    assert last_json(other.stdout)["state_hash"] != last_json(en.stdout)["state_hash"]


def test_an_unknown_language_is_bad_input(tmp_path: Path) -> None:
    done = run_game(["headless", "--scene", "forest", "--ticks", "5", "--lang", "xx"], tmp_path)
    assert done.returncode == 2
    assert "unknown language 'xx'" in done.stderr and "Traceback" not in done.stderr


def test_the_lang_flag_wins_over_the_settings_and_the_settings_pick_otherwise(tmp_path: Path) -> None:
    korean = Settings(language="ko")
    assert make_ctx(tmp_path / "a", settings=korean).i18n.lang == "ko"
    assert make_ctx(tmp_path / "b", lang="en", settings=korean).i18n.lang == "en"
    assert make_ctx(tmp_path / "c", lang="ko").i18n.lang == "ko"
    assert make_ctx(tmp_path / "d").i18n.lang == "en"


# -- game speed and display -----------------------------------------------------------------------------


def test_game_speed_scales_real_time_for_the_fixed_step_clock_but_not_menus(tmp_path: Path) -> None:
    clock = ScaledTime()
    assert clock.advance(10.0, 0.5) == 0.0
    assert clock.advance(11.0, 0.5) == pytest.approx(0.5)
    assert clock.advance(12.0, 1.0) == pytest.approx(1.5)
    assert clock.advance(11.0, 1.0) == pytest.approx(1.5), "time never runs backwards"
    ctx = make_ctx(tmp_path, settings=Settings(game_speed=60))
    assert game_speed(ctx, FakePlay()) == pytest.approx(0.6)
    assert game_speed(ctx, ctx.scenes.pause(ctx)) == 1.0
    assert game_speed(ctx, ctx.scenes.settings(ctx)) == 1.0
    assert game_speed(ctx, None) == 1.0


def test_the_window_follows_display_settings_live_but_keeps_command_line_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import game.render.window as window_module

    pygame.display.init()
    before = pygame.display.get_surface()
    size = before.get_size() if before is not None else None
    modes: list[tuple[tuple[int, int], int, bool]] = []
    real_set_mode = window_module._set_mode

    def recording_set_mode(wanted: tuple[int, int], flags: int, vsync: bool) -> pygame.Surface:
        modes.append((wanted, flags, vsync))
        return real_set_mode(wanted, flags, vsync)

    monkeypatch.setattr(window_module, "_set_mode", recording_set_mode)
    try:
        window = Window(scale=1, vsync=False)  # as if `--scale 1` was given over settings saying 0 (auto)
        window.apply_settings(False, 0, False)
        assert window.screen.get_size() == CANVAS_SIZE and len(modes) == 1
        window.apply_settings(False, 0, True)  # vsync changed: the mode is set again, the scale flag holds
        assert modes[-1] == (CANVAS_SIZE, pygame.RESIZABLE, True)
        assert window.screen.get_size() == CANVAS_SIZE
        window.apply_settings(False, 2, True)
        assert window.screen.get_size() == (CANVAS_SIZE[0] * 2, CANVAS_SIZE[1] * 2)
        window.apply_settings(True, 2, True)
        assert window.fullscreen and modes[-1][1] == pygame.FULLSCREEN
        window.apply_settings(False, 2, True)
        assert not window.fullscreen and window.windowed_scale == 2
        count = len(modes)
        window.apply_settings(False, 2, True)
        assert len(modes) == count, "nothing changed, nothing is reopened"
    finally:
        if size is not None:
            pygame.display.set_mode(size)  # other tests in this process drew on that display
        else:
            pygame.display.quit()


# -- raw capture for rebinding --------------------------------------------------------------------------


def test_devices_capture_one_press_instead_of_acting_on_it() -> None:
    pygame.init()
    devices = Devices(Bindings())
    r, e = pygame.key.key_code("r"), pygame.key.key_code("e")
    devices.start_capture(Device.KEYBOARD)
    devices.handle_events([pygame.event.Event(pygame.KEYDOWN, key=e, mod=0)])
    assert devices.take_capture() == "e"
    assert devices.take_capture() is None, "handed out once"
    assert not devices.next_frame().pressed, "the captured press did not act"
    devices.handle_events([pygame.event.Event(pygame.KEYDOWN, key=r, mod=0)])
    assert devices.take_capture() is None, "capture ends after one press"
    devices.start_capture(Device.GAMEPAD)
    devices.handle_events([pygame.event.Event(pygame.KEYDOWN, key=e, mod=0)])
    assert devices.take_capture() is None and devices.next_frame().was_pressed(Action.INTERACT)
    devices.handle_events(
        [pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0, button=pygame.CONTROLLER_BUTTON_Y)]
    )
    assert devices.take_capture() == "y"
    devices.start_capture(Device.GAMEPAD)
    devices.handle_events([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE, mod=0)])
    assert devices.take_capture() == "escape", "Esc on the keyboard always ends a capture (to cancel it)"
    devices.start_capture(Device.KEYBOARD)
    out = devices.handle_events([pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F11, mod=0)])
    assert out == [SystemEvent.TOGGLE_FULLSCREEN] and devices.take_capture() is None
    devices.cancel_capture()


# -- captions --------------------------------------------------------------------------------------------


def test_captions_show_dedupe_age_and_go() -> None:
    captions = Captions(limit=2, lifetime=10)
    assert captions.react(Cue(CueKind.AI, "noticed"))
    assert not captions.react(Cue(CueKind.AI, "wave")), "not every cue is a sound worth a caption"
    for _ in range(6):
        captions.update()
    assert captions.react(Cue(CueKind.AI, "noticed"))
    assert [(c.msg.id, c.age) for c in captions.shown()] == [("caption.ai.noticed", 0)], (
        "a repeat restarts it"
    )
    captions.react(Cue(CueKind.CAMCORDER, "on"))
    captions.react(Cue(CueKind.DENIED, "camcorder", detail="battery too low"))
    assert [c.msg.id for c in captions.shown()] == ["caption.camcorder.on", "caption.denied.battery"]
    for _ in range(10):
        captions.update()
    assert captions.shown() == []
    captions.enabled = False
    captions.react(Cue(CueKind.AI, "noticed"))
    assert captions.shown() == []


def test_captions_mark_the_side_a_sound_came_from_and_translate() -> None:
    captions = Captions()
    captions.react(Cue(CueKind.SOUND, "knock", x=100.0, y=0.0), listener_x=400.0)
    captions.react(Cue(CueKind.FOOTSTEP, "byeol", x=420.0, y=0.0, detail="running"), listener_x=400.0)
    left, ahead = captions.shown()
    en, ko = Translator("en"), Translator("ko")
    assert left.text(en) == "◀ [something clatters]"
    assert left.text(ko) == "◀ [무언가 덜그럭거린다]"
    assert ahead.text(ko) == "[발소리: 뛰는 중]"
    assert side_of(float("nan")) == 0 and side_of(200.0) == 1


def test_every_mixer_caption_is_a_translatable_caption() -> None:
    captions = Captions(limit=20)
    for text in (*AUDIO_CAPTIONS.values(), *HUM_CAPTIONS):
        assert captions.push_english(text), text
    assert not captions.push_english("[no such caption]")
    assert {m.en for m in SOUND_CAPTIONS.values()} >= set(AUDIO_CAPTIONS.values()) | set(HUM_CAPTIONS)
    assert caption_for(Cue(CueKind.CHECKPOINT, "cp_1")) is not None


# -- prompts --------------------------------------------------------------------------------------------


def test_prompts_follow_the_device_and_the_bindings() -> None:
    tr = Translator("en")
    b = Bindings()
    hints = [(("up", "down"), HINT_SELECT), (("back",), HINT_BACK)]
    assert hint_line(tr, b, Device.KEYBOARD, hints) == "↑↓ Select   Esc Back"
    assert hint_line(tr, b, Device.GAMEPAD, hints) == "D-pad ↑↓ Select   Ⓑ Back"
    rebound = b.rebind_key("back", "backspace")
    assert input_label(rebound, Device.KEYBOARD, "back") == "Backspace"
    assert input_label(b, Device.KEYBOARD, "run") == "L-Shift"
    assert hint_line(Translator("ko"), b, Device.KEYBOARD, hints) == "↑↓ 선택   Esc 뒤로"


def test_title_and_pause_read_in_korean(tmp_path: Path) -> None:
    ensure_display()
    ctx = make_ctx(tmp_path, lang="ko")
    canvas = pygame.Surface(CANVAS_SIZE)
    title = ctx.scenes.title(ctx)
    title.draw(canvas, 1.0)
    labels = [ctx.i18n.msg(item.label) for item in title.menu.items]  # type: ignore[attr-defined]
    assert labels == ["새 게임", "설정", "종료"]
    pause = ctx.scenes.pause(ctx)
    pause.draw(canvas, 1.0)
    labels = [ctx.i18n.msg(item.label) for item in pause.menu.items]  # type: ignore[attr-defined]
    assert labels == ["계속하기", "장면 다시 시작", "설정", "타이틀로 나가기"]
