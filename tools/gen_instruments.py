"""Instruments for the music generator: each turns (pitch, seconds, velocity) into a mono signal."""

from __future__ import annotations

import numpy as np

from tools.gen_synth import SR, Arr, adsr, decay, lowpass_hz, midi_hz, noise, osc, soft_clip, t_axis


def pad(pitch: float, secs: float, vel: float, bright: float = 1400.0, seed: int = 0) -> Arr:
    """Warm detuned saws, slow in and out, filtered soft."""
    n = int((secs + 1.2) * SR)
    f = midi_hz(pitch)
    sig = sum(osc("saw", f * d, n) for d in (0.996, 1.0, 1.005)) / 3.0
    sig = sig * 0.7 + osc("tri", f / 2, n) * 0.3
    lfo = 1.0 + 0.25 * np.sin(2 * np.pi * 0.3 * t_axis(n) + seed)
    sig = lowpass_hz(sig * lfo, bright)
    return sig * adsr(n, 0.5, 0.4, 0.8, 1.2) * vel


def pluck(pitch: float, secs: float, vel: float, tone: float = 0.5) -> Arr:
    """A soft electric-piano / harp pluck: a few decaying partials."""
    n = int((secs + 0.8) * SR)
    f = midi_hz(pitch)
    t = t_axis(n)
    sig = np.zeros(n)
    for k, amp, dec in ((1, 1.0, 1.6), (2, 0.45 * tone, 0.7), (3, 0.25 * tone, 0.4), (4, 0.12 * tone, 0.25)):
        sig += amp * np.sin(2 * np.pi * f * k * t) * decay(n, dec * (1.2 - pitch / 200))
    return sig * adsr(n, 0.004, 0.0, 1.0, 0.15) * vel * 0.6


def bell(pitch: float, secs: float, vel: float) -> Arr:
    """A music-box / celesta bell: inharmonic partials, bright attack, long ring."""
    n = int((secs + 1.5) * SR)
    f = midi_hz(pitch)
    t = t_axis(n)
    sig = (
        np.sin(2 * np.pi * f * t) * decay(n, 1.8)
        + 0.35 * np.sin(2 * np.pi * f * 2.0 * t) * decay(n, 0.9)
        + 0.18 * np.sin(2 * np.pi * f * 2.76 * t) * decay(n, 0.5)
        + 0.08 * np.sin(2 * np.pi * f * 5.4 * t) * decay(n, 0.2)
    )
    return sig * adsr(n, 0.002, 0.0, 1.0, 0.3) * vel * 0.5


def bass(pitch: float, secs: float, vel: float, drive: float = 1.5) -> Arr:
    """A round bass: sine plus a touch of triangle, gently saturated."""
    n = int((secs + 0.15) * SR)
    f = midi_hz(pitch)
    sig = osc("sine", f, n) * 0.8 + osc("tri", f, n) * 0.3
    sig = soft_clip(sig, drive)
    return sig * adsr(n, 0.01, 0.15, 0.7, 0.12) * vel * 0.7


def lead(pitch: float, secs: float, vel: float, vibrato: float = 0.12, kind: str = "square") -> Arr:
    """A singing lead with delayed vibrato."""
    n = int((secs + 0.3) * SR)
    t = t_axis(n)
    depth = np.clip(t / 0.4, 0, 1) * vibrato
    freq = midi_hz(pitch) * 2 ** (depth * np.sin(2 * np.pi * 5.2 * t) / 12)
    sig = osc(kind, freq, n, pw=0.3) * 0.6 + osc("sine", freq, n) * 0.4
    sig = lowpass_hz(sig, 2600)
    return sig * adsr(n, 0.03, 0.2, 0.7, 0.25) * vel * 0.5


def broken_speaker(x: Arr, seed: int) -> Arr:
    """A mall PA speaker that is dying: narrow band, crushed, crackling, dropping out now and then."""
    from tools.gen_synth import bandpass_hz

    y = bandpass_hz(x, 500.0, 2800.0) * 2.2
    y = np.round(soft_clip(y, 2.5) * 24) / 24  # a few bits left
    rng = np.random.default_rng(seed)
    n = len(y)
    gate = np.ones(n)
    for _ in range(max(1, n // (SR * 3))):
        start = int(rng.integers(0, max(1, n - SR)))
        length = int(rng.integers(SR // 30, SR // 6))
        gate[start : start + length] *= 0.08
    gate = lowpass_hz(gate, 60.0)
    crackle = (rng.random(n) > 0.9993) * rng.uniform(-0.6, 0.6, n)
    return y * gate + crackle * 0.25


def kick(vel: float, secs: float = 0.35, low: float = 45.0) -> Arr:
    """A soft kick / heartbeat thump: a falling sine."""
    n = int(secs * SR)
    t = t_axis(n)
    freq = low + 90.0 * np.exp(-t * 30)
    return osc("sine", freq, n) * decay(n, secs) * vel


def snare(vel: float, seed: int, secs: float = 0.2) -> Arr:
    """A brushed snare: band noise plus a short body."""
    n = int(secs * SR)
    body = osc("tri", 190.0, n) * decay(n, 0.06) * 0.4
    hiss = lowpass_hz(noise(n, seed), 5000) * decay(n, secs * 0.8)
    return (body + hiss * 0.6) * vel


def hat(vel: float, seed: int, secs: float = 0.05) -> Arr:
    """A closed hat tick."""
    n = int(secs * SR)
    sig = noise(n, seed)
    sig = sig - lowpass_hz(sig, 6000)
    return sig * decay(n, secs) * vel * 0.5


def drone(pitch: float, secs: float, vel: float, seed: int = 0) -> Arr:
    """A low, slowly beating drone with a whisper of noise."""
    n = int(secs * SR)
    f = midi_hz(pitch)
    t = t_axis(n)
    sig = (
        np.sin(2 * np.pi * f * t)
        + 0.5 * np.sin(2 * np.pi * f * 1.004 * t)
        + 0.3 * np.sin(2 * np.pi * f * 1.5 * t)
    )
    sig += 0.15 * lowpass_hz(noise(n, seed), 300)
    swell = 0.75 + 0.25 * np.sin(2 * np.pi * t / max(1.0, secs / 2))
    return sig * swell * vel * 0.35
