"""Input: events become frames; bindings are data; frames record and replay exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.input.bindings import Bindings
from game.input.devices import Devices, SystemEvent
from game.input.frame import MOVE_STEPS, Action, InputFrame, decode_frame, quantize_move
from game.input.replay import Recorder, Replay, ReplayError, ReplayHeader


@pytest.fixture(autouse=True)
def _pygame() -> None:
    pygame.init()


def key(kind: int, code: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(kind, key=code, mod=mod)


def test_wasd_and_arrows_both_move_and_diagonals_are_unit_length() -> None:
    dev = Devices()
    dev.handle_events([key(pygame.KEYDOWN, pygame.K_d), key(pygame.KEYDOWN, pygame.K_UP)])
    frame = dev.next_frame()
    assert frame.move[0] > 0 and frame.move[1] < 0
    assert frame.move[0] == pytest.approx(0.70, abs=0.02)
    assert frame.move[0] ** 2 + frame.move[1] ** 2 == pytest.approx(1.0, abs=0.03)


def test_pressed_is_an_edge_and_held_persists() -> None:
    dev = Devices()
    dev.handle_events([key(pygame.KEYDOWN, pygame.K_LSHIFT), key(pygame.KEYDOWN, pygame.K_f)])
    first = dev.next_frame()
    second = dev.next_frame()
    assert first.is_held(Action.RUN) and second.is_held(Action.RUN)
    assert first.was_pressed(Action.HANDS) and not second.was_pressed(Action.HANDS)


def test_a_tap_between_two_ticks_is_not_lost() -> None:
    dev = Devices()
    dev.handle_events([key(pygame.KEYDOWN, pygame.K_e), key(pygame.KEYUP, pygame.K_e)])
    frame = dev.next_frame()
    assert frame.was_pressed(Action.INTERACT) and not frame.is_held(Action.INTERACT)


def test_one_key_serves_menu_and_play_groups() -> None:
    dev = Devices()
    dev.handle_events([key(pygame.KEYDOWN, pygame.K_SPACE)])
    frame = dev.next_frame()
    assert frame.was_pressed(Action.CONFIRM) and frame.was_pressed(Action.INTERACT)


def test_rebinding_changes_what_the_input_layer_produces() -> None:
    bindings = Bindings().rebind_key("hands", "h")
    dev = Devices(bindings)
    dev.handle_events([key(pygame.KEYDOWN, pygame.K_h)])
    assert dev.next_frame().was_pressed(Action.HANDS)


def test_rebinding_takes_the_key_from_a_conflicting_binding_in_the_same_group() -> None:
    bindings = Bindings().rebind_key("camcorder", "f")
    assert "f" not in bindings.keys_for("hands")
    assert bindings.keys_for("camcorder")[0] == "f"
    assert bindings.conflicts() == []


def test_window_requests_are_not_game_input() -> None:
    dev = Devices()
    got = dev.handle_events(
        [
            pygame.event.Event(pygame.QUIT),
            key(pygame.KEYDOWN, pygame.K_F11),
            key(pygame.KEYDOWN, pygame.K_RETURN, pygame.KMOD_LALT),
            key(pygame.KEYDOWN, pygame.K_q, pygame.KMOD_LCTRL),
        ]
    )
    assert got == [
        SystemEvent.QUIT,
        SystemEvent.TOGGLE_FULLSCREEN,
        SystemEvent.TOGGLE_FULLSCREEN,
        SystemEvent.QUIT,
    ]
    assert dev.next_frame() == InputFrame()


def test_gamepad_stick_deadzone_buttons_and_menu_directions() -> None:
    dev = Devices()
    axis = pygame.CONTROLLERAXISMOTION
    dev.handle_events(
        [pygame.event.Event(axis, instance_id=0, axis=pygame.CONTROLLER_AXIS_LEFTX, value=3000)]
    )
    assert dev.next_frame().move == (0.0, 0.0)  # inside the deadzone
    dev.handle_events(
        [pygame.event.Event(axis, instance_id=0, axis=pygame.CONTROLLER_AXIS_LEFTY, value=32767)]
    )
    frame = dev.next_frame()
    assert frame.move[1] == pytest.approx(1.0, abs=0.05)
    assert frame.was_pressed(Action.DOWN)
    dev.handle_events(
        [pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, instance_id=0, button=pygame.CONTROLLER_BUTTON_A)]
    )
    frame = dev.next_frame()
    assert frame.was_pressed(Action.CONFIRM) and frame.was_pressed(Action.INTERACT)


def test_coop_splits_the_keyboard() -> None:
    dev = Devices(coop=True)
    dev.handle_events([key(pygame.KEYDOWN, pygame.K_a), key(pygame.KEYDOWN, pygame.K_RIGHT)])
    frame = dev.next_frame()
    assert frame.move[0] < 0 and frame.move2[0] > 0


def test_focus_loss_releases_held_keys() -> None:
    dev = Devices()
    dev.handle_events([key(pygame.KEYDOWN, pygame.K_d)])
    dev.next_frame()
    assert dev.handle_events([pygame.event.Event(pygame.WINDOWFOCUSLOST)]) == [SystemEvent.FOCUS_LOST]
    assert dev.next_frame().move == (0.0, 0.0)


frames = st.builds(
    InputFrame,
    move=st.tuples(st.floats(-1, 1), st.floats(-1, 1)).map(lambda m: quantize_move(*m)),
    held=st.integers(0, 2047).map(Action),
    pressed=st.integers(0, 2047).map(Action),
)


@given(frames)
def test_frame_encoding_round_trips(frame: InputFrame) -> None:
    assert decode_frame(frame.encode()) == frame


def test_recording_and_replaying_gives_the_same_frames(tmp_path: Path) -> None:
    path = tmp_path / "run.replay"
    recorded = [InputFrame(move=(1.0, 0.0))] * 30 + [InputFrame(pressed=Action.HANDS)] + [InputFrame()] * 5
    rec = Recorder(path, ReplayHeader(seed=7, sim_settings={"difficulty": "hard"}))
    for frame in recorded:
        rec.add(frame)
    rec.close()
    replay = Replay.load(path)
    assert replay.header.seed == 7 and replay.header.sim_settings == {"difficulty": "hard"}
    assert list(replay.frames()) == recorded
    assert [replay.next_frame() for _ in recorded] == recorded
    assert replay.next_frame() == InputFrame()  # idle after the end
    assert len(path.read_text().splitlines()) == 4  # header + three runs


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("", "the replay is empty"),
        ("{not json\n", "the header is not JSON"),
        ('{"format": "other"}\n', "not a Refuge replay"),
        ('{"format": "refuge-replay", "version": 1, "seed": 1}\n[0, 0, 0, 0, 0]\n', ":2: bad frame line"),
        ('{"format": "refuge-replay", "version": 1, "seed": 1}\n[1, 999, 0, 0, 0]\n', "outside"),
    ],
)
def test_bad_replays_name_the_file_and_line(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "bad.replay"
    path.write_text(content)
    with pytest.raises(ReplayError, match=expected) as info:
        Replay.load(path)
    assert str(path) in str(info.value)


def test_quantized_axes_are_exact_multiples() -> None:
    x, y = quantize_move(0.3, 0.77)
    assert (x * MOVE_STEPS).is_integer() and (y * MOVE_STEPS).is_integer()
    assert json.loads(json.dumps(InputFrame(move=(x, y)).encode()))[0] == round(x * MOVE_STEPS)


def test_run_can_be_a_switch_instead_of_a_held_key() -> None:
    dev = Devices(run_toggle=True)
    dev.handle_events([key(pygame.KEYDOWN, pygame.K_LSHIFT), key(pygame.KEYUP, pygame.K_LSHIFT)])
    assert dev.next_frame().is_held(Action.RUN)
    assert dev.next_frame().is_held(Action.RUN)  # still running with the key up
    dev.handle_events([key(pygame.KEYDOWN, pygame.K_LSHIFT)])
    assert not dev.next_frame().is_held(Action.RUN)
    dev.set_run_toggle(False)
    assert dev.next_frame().is_held(Action.RUN)  # held keys count again once it is a key to hold
