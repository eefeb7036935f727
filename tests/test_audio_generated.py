"""Generated audio: samples rebuilt in-process match the committed files; loops are seamless; budget kept."""

from __future__ import annotations

import numpy as np
import pytest

from game.assets import asset_path
from tools import gen_audio
from tools.gen_synth import read_wav, to_int16


@pytest.mark.parametrize("name", ["step_leaves_0", "step_tile_1", "hum_2", "voice_byeol_0", "lockon"])
def test_effect_matches_its_generator(name: str) -> None:
    fresh = to_int16(gen_audio.effects()[name]())
    committed = read_wav(asset_path("audio", "sfx", f"{name}.wav"))
    assert fresh.shape == committed.shape
    # Float maths may differ in the last bit across machines: one or two steps of 16-bit rounding.
    assert int(np.max(np.abs(fresh.astype(np.int32) - committed.astype(np.int32)))) <= 2


def test_every_effect_named_by_the_generator_exists() -> None:
    for name in gen_audio.effects():
        assert asset_path("audio", "sfx", f"{name}.wav").is_file(), name


@pytest.mark.parametrize("level", range(gen_audio.HUM_STEPS))
def test_hum_loops_without_a_seam(level: int) -> None:
    x = read_wav(asset_path("audio", "sfx", f"hum_{level}.wav")).astype(np.int32)
    inside = int(np.max(np.abs(np.diff(x))))
    across = abs(int(x[0]) - int(x[-1]))
    assert across <= inside


def test_hum_rises_in_pitch_with_level() -> None:
    def pitch(level: int) -> float:
        x = read_wav(asset_path("audio", "sfx", f"hum_{level}.wav")).astype(np.float64)
        spectrum = np.abs(np.fft.rfft(x))
        freqs = np.fft.rfftfreq(len(x), 1 / 22050)
        low = freqs < 200
        return float(freqs[low][np.argmax(spectrum[low])])

    pitches = [pitch(level) for level in range(gen_audio.HUM_STEPS)]
    assert pitches == sorted(pitches) and len(set(pitches)) == len(pitches)


def test_music_sample_matches_its_generator() -> None:
    sf = pytest.importorskip("soundfile")
    from tools import gen_music

    fresh = gen_music.confrontation()
    decoded, rate = sf.read(str(asset_path("audio", "music", "confrontation.ogg")))
    assert rate == 22050
    assert abs(len(decoded) - len(fresh)) < 2048
    # Vorbis is lossy: compare a few seconds by correlation, not sample by sample.
    a = fresh[rate * 20 : rate * 24].mean(axis=1)
    b = decoded[rate * 20 : rate * 24].mean(axis=1)
    corr = float(np.corrcoef(a, b)[0, 1])
    assert corr > 0.95


def test_music_loops_are_30_to_90_seconds_and_audio_fits_the_budget() -> None:
    sf = pytest.importorskip("soundfile")
    from tools.gen_music import SONGS

    for name in SONGS:
        info = sf.info(str(asset_path("audio", "music", f"{name}.ogg")))
        assert info.format == "OGG" and info.subtype == "VORBIS"
        assert 30 <= info.duration <= 90, name
    total = sum(p.stat().st_size for p in asset_path("audio").rglob("*") if p.is_file())
    assert total < 10 * 1024 * 1024
