"""Generate the sound effects as 22.05 kHz 16-bit mono WAV: ``python -m tools.gen_audio [--music]``.

Footsteps per surface (three variants each), breath, the Cube's hum at five pitch steps (seamless loops),
lock-on, capture, camcorder click and whir, UI blips, dialogue blips per speaker, knock and glitch. With
``--music`` the songs are rendered too (``tools.gen_music``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import numpy as np

from tools.gen_common import ASSETS
from tools.gen_synth import (
    SR,
    Arr,
    adsr,
    bandpass_hz,
    decay,
    fade_edges,
    highpass_hz,
    lowpass_hz,
    midi_hz,
    noise,
    normalize,
    osc,
    reverb,
    soft_clip,
    t_axis,
    write_wav,
)

SFX_DIR = ASSETS / "audio" / "sfx"
HUM_STEPS = 5
HUM_SECONDS = 2.0


def _len(seconds: float) -> int:
    return int(seconds * SR)


def step(surface: str, variant: int) -> Arr:
    """One footstep on a surface; variants differ in grain and pitch so repeats do not machine-gun."""
    seed = 100 * variant + hash_name(surface)
    n = _len(0.16)
    hit = noise(n, seed)
    if surface == "leaves":  # dry leaves and ash: a crunchy crackle of tiny grains
        grains = (np.random.default_rng(seed).random(n) > 0.93) * noise(n, seed + 1)
        sig = bandpass_hz(hit * 0.4 + grains * 1.2, 900 + 150 * variant, 5500) * decay(n, 0.13)
    elif surface == "tile":  # a hard heel click with a short ring
        click = bandpass_hz(hit, 1800, 6000) * decay(n, 0.02)
        ring = osc("sine", 1900 + 120 * variant, n) * decay(n, 0.05) * 0.25
        body = lowpass_hz(hit, 500) * decay(n, 0.04) * 0.7
        sig = click + ring + body
    elif surface == "concrete":  # a dull scuff and thud
        sig = (
            lowpass_hz(hit, 1200 - 100 * variant) * decay(n, 0.07)
            + bandpass_hz(hit, 2000, 5000) * decay(n, 0.03) * 0.3
        )
    elif surface == "grass":  # a soft swish
        env = adsr(n, 0.02, 0.05, 0.3, 0.08)
        sig = bandpass_hz(hit, 1500, 7000) * env * 0.6
    else:
        raise ValueError(surface)
    return fade_edges(normalize(sig, 0.6 + 0.05 * variant))


def hash_name(name: str) -> int:
    """A stable small number for a name (Python's str hash is salted per process)."""
    return sum((i + 1) * ord(c) for i, c in enumerate(name)) % 997


def breath(variant: int) -> Arr:
    """A ragged running breath: in, out."""
    n = _len(0.9)
    t = t_axis(n)
    air = bandpass_hz(noise(n, 300 + variant), 500, 3200)
    shape = np.maximum(0, np.sin(np.pi * np.clip(t / 0.35, 0, 1))) * 0.6
    out = np.maximum(0, np.sin(np.pi * np.clip((t - 0.4) / 0.45, 0, 1)))
    voice = osc("saw", 180 + 20 * variant, n) * 0.04
    sig = air * (shape + out) + lowpass_hz(voice, 900) * out
    return fade_edges(normalize(sig, 0.5))


def hum(level: int) -> Arr:
    """The Cube's hum at one of HUM_STEPS awareness levels: lower and calmer at 0, higher and beating at 4.

    Every partial makes a whole number of cycles in the loop, so it repeats without a seam.
    """
    n = _len(HUM_SECONDS)
    t = t_axis(n)
    base = 55.0 * 2 ** (level * 2 / 12)  # a whole tone per step

    def whole(f: float) -> float:
        return round(f * HUM_SECONDS) / HUM_SECONDS

    f0 = whole(base)
    sig = np.sin(2 * np.pi * f0 * t) + 0.5 * np.sin(2 * np.pi * whole(f0 * 2) * t)
    sig += 0.25 * np.sin(2 * np.pi * whole(f0 * 3 + 0.5 * (level + 1)) * t)  # beating grows with awareness
    sig += (0.08 + 0.06 * level) * np.sin(2 * np.pi * whole(f0 * 5.02) * t)
    wobble = 1.0 + 0.15 * np.sin(2 * np.pi * whole(1.5 + level) * t)
    sig = soft_clip(sig * wobble, 1.3 + 0.3 * level)
    return normalize(sig, 0.7)


def lockon() -> Arr:
    """Lock-on: two rising tones that close in, a warning you can hear coming."""
    n = _len(0.9)
    t = t_axis(n)
    freq = 440 + 500 * (t / t[-1]) ** 2
    a = osc("square", freq, n, pw=0.25) * 0.5
    b = osc("sine", freq * 1.5, n) * 0.4
    gate = (np.sin(2 * np.pi * (4 + 10 * t) * t) > -0.2).astype(float)
    gate = lowpass_hz(gate, 200)
    sig = lowpass_hz((a + b) * gate, 4000) * adsr(n, 0.02, 0.0, 1.0, 0.08)
    return fade_edges(normalize(reverb(sig, 0.6, 0.3, 5), 0.75))


def capture() -> Arr:
    """Capture: a deep swell of light-noise and a falling drone that ends in a hush."""
    n = _len(2.2)
    t = t_axis(n)
    swell = np.clip(t / 1.2, 0, 1) ** 2 * np.exp(-np.clip(t - 1.4, 0, None) * 4)
    air = highpass_hz(noise(n, 77), 800) * swell * 0.5
    freq = 110 * 2 ** (-t * 0.8)
    drone = soft_clip(osc("saw", freq, n) * 0.6 + osc("sine", freq / 2, n), 2.0) * swell
    ring = osc("sine", 880 + 220 * t, n) * swell * 0.15
    sig = lowpass_hz(drone, 1200) + air + ring
    return fade_edges(normalize(reverb(sig, 1.8, 0.5, 8), 0.85))


def cam_click() -> Arr:
    """The camcorder's record button: a small plastic click-clack."""
    n = _len(0.12)
    a = bandpass_hz(noise(n, 21), 2000, 8000) * decay(n, 0.012)
    b = np.zeros(n)
    k = _len(0.05)
    b[k:] = bandpass_hz(noise(n - k, 22), 1200, 6000) * decay(n - k, 0.015) * 0.7
    body = osc("sine", 700, n) * decay(n, 0.02) * 0.3
    return fade_edges(normalize(a + b + body, 0.7))


def cam_whir() -> Arr:
    """The tape motor: a small whir (loops)."""
    n = _len(1.0)
    t = t_axis(n)
    motor = osc("saw", 120.0, n) * 0.3 + osc("sine", 240.0, n) * 0.3 + osc("sine", 2400.0, n) * 0.05
    hiss = bandpass_hz(noise(n, 31), 2000, 8000) * 0.12
    wow = 1.0 + 0.1 * np.sin(2 * np.pi * 4.0 * t)
    return normalize(lowpass_hz(motor * wow, 3000) + hiss, 0.4)


def blip(pitch: float, seconds: float, kind: str = "square", slide: float = 0.0, vol: float = 0.5) -> Arr:
    """A short UI or voice blip."""
    n = _len(seconds)
    t = t_axis(n)
    freq = midi_hz(pitch) * 2 ** (slide * t / seconds / 12)
    sig = osc(kind, freq, n, pw=0.25) * adsr(n, 0.003, seconds * 0.3, 0.5, seconds * 0.4)
    return fade_edges(normalize(lowpass_hz(sig, 5000), vol))


def voice(speaker: str, variant: int) -> Arr:
    """A dialogue blip: Dal lower and rounder, Byeol higher and brighter."""
    if speaker == "dal":
        return blip(50 + [0, 2, -2][variant], 0.06, "tri", -1.0, 0.45)
    return blip(67 + [0, 3, 5][variant], 0.05, "square", 1.0, 0.35)


def knock() -> Arr:
    """Something knocked over: a hollow clatter."""
    n = _len(0.5)
    hits = np.zeros(n)
    for k, (at, amp) in enumerate(((0.0, 1.0), (0.09, 0.6), (0.17, 0.35), (0.23, 0.2))):
        i = _len(at)
        m = n - i
        hits[i:] += (
            (lowpass_hz(noise(m, 40 + k), 1500) + osc("sine", 320 - 30 * k, m) * 0.5) * decay(m, 0.08) * amp
        )
    return fade_edges(normalize(reverb(hits, 0.5, 0.25, 9), 0.8))


def glitch() -> Arr:
    """A digital tear: stuttering bit-crushed fragments."""
    n = _len(0.6)
    rng = np.random.default_rng(55)
    sig = np.zeros(n)
    for _ in range(9):
        i = int(rng.integers(0, n - _len(0.05)))
        m = _len(float(rng.uniform(0.02, 0.05)))
        frag = osc("square", float(rng.uniform(200, 1800)), m) * float(rng.uniform(0.3, 1.0))
        sig[i : i + m] += np.round(frag * 3) / 3
    return fade_edges(normalize(lowpass_hz(sig, 6000), 0.6))


def effects() -> dict[str, Callable[[], Arr]]:
    """Every effect by file name (without ``.wav``)."""
    out: dict[str, Callable[[], Arr]] = {}
    for surface in ("leaves", "tile", "concrete", "grass"):
        for v in range(3):
            out[f"step_{surface}_{v}"] = lambda s=surface, v=v: step(s, v)  # type: ignore[misc]
    for v in range(2):
        out[f"breath_{v}"] = lambda v=v: breath(v)  # type: ignore[misc]
    for level in range(HUM_STEPS):
        out[f"hum_{level}"] = lambda level=level: hum(level)  # type: ignore[misc]
    for speaker in ("dal", "byeol"):
        for v in range(3):
            out[f"voice_{speaker}_{v}"] = lambda s=speaker, v=v: voice(s, v)  # type: ignore[misc]
    out.update(
        lockon=lockon,
        capture=capture,
        cam_click=cam_click,
        cam_whir=cam_whir,
        ui_move=lambda: blip(76, 0.04, "square", 0.0, 0.3),
        ui_confirm=lambda: blip(79, 0.12, "square", 5.0, 0.4),
        ui_back=lambda: blip(72, 0.1, "square", -5.0, 0.35),
        knock=knock,
        glitch=glitch,
    )
    return out


def main(argv: list[str] | None = None) -> None:
    """Write every effect (and the music with ``--music``)."""
    args = argv if argv is not None else sys.argv[1:]
    for name, make in effects().items():
        write_wav(SFX_DIR / f"{name}.wav", make())
    print(f"wrote {len(effects())} effects to {SFX_DIR}")
    if "--music" in args:
        from tools import gen_music

        gen_music.main([])


if __name__ == "__main__":
    main()
