"""The mixer works with the dummy driver, becomes a silent no-op without a device, and reports captions."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest

from game.audio import CAPTIONS, Audio, pan_volumes


@pytest.fixture
def audio() -> Iterator[Audio]:
    a = Audio()
    yield a
    a.close()


def test_mixer_opens_with_the_dummy_driver(audio: Audio) -> None:
    assert audio.ok
    assert audio.play("ui_move")
    audio.play_music("title")
    assert audio.track == "title"


def test_music_change_fades_then_starts_the_next(audio: Audio) -> None:
    audio.play_music("forest")
    audio.play_music("mall", fade_ms=10)
    assert audio.track == "mall"
    for _ in range(200):
        audio.update()
        pygame.time.wait(2)
        if audio._track == "mall":
            break
    assert audio._track == "mall"


def test_no_device_means_a_silent_mixer_that_never_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise pygame.error("no audio device")

    if pygame.mixer.get_init():
        pygame.mixer.quit()
    monkeypatch.setattr(pygame.mixer, "init", broken)
    a = Audio()
    assert not a.ok
    heard: list[str] = []
    a.on_caption = heard.append
    assert a.play("lockon") is False
    a.play_music("forest")
    a.set_hum(0.9, (10.0, 0.0), (0.0, 0.0))
    a.stop_hum()
    a.set_volumes(0.5, 0.5, 0.5)
    a.update()
    a.close()
    assert CAPTIONS["lockon"] in heard
    assert any("hum" in c for c in heard)


def test_missing_files_are_silence(audio: Audio) -> None:
    assert audio.play("no_such_sound") is False
    audio.play_music("no_such_song")
    audio.update()


def test_pan_follows_position_and_fades_with_distance() -> None:
    left, right = pan_volumes(-300.0, 0.0, 1.0)
    assert left > right
    left, right = pan_volumes(300.0, 0.0, 1.0)
    assert right > left
    near = sum(pan_volumes(0.0, 50.0, 1.0))
    far = sum(pan_volumes(0.0, 600.0, 1.0))
    assert near > far
    assert pan_volumes(0.0, 5000.0, 1.0) == (0.0, 0.0)


def test_hum_follows_awareness_with_captions(audio: Audio) -> None:
    heard: list[str] = []
    audio.on_caption = heard.append
    assert audio.hum_level(0.0) == 0
    assert audio.hum_level(1.0) == 4
    audio.set_hum(0.1, (0.0, 0.0), (0.0, 0.0))
    audio.set_hum(0.7, (0.0, 0.0), (0.0, 0.0))
    assert len(heard) == 2
    audio.set_hum(0.7, (0.0, 0.0), (0.0, 0.0))
    assert len(heard) == 2
    audio.stop_hum()


def test_loops_start_once_and_stop(audio: Audio) -> None:
    audio.start_loop("cam_whir")
    audio.start_loop("cam_whir")
    assert list(audio._loops) == ["cam_whir"]
    audio.stop_loop("cam_whir")
    assert not audio._loops
    audio.stop_loop("cam_whir")
