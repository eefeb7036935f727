"""A small numpy synthesizer for the audio generators: oscillators, envelopes, filters, reverb, a sequencer.

Everything is deterministic: noise comes from ``numpy.random.default_rng(seed)``.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SR = 22050
Arr = np.ndarray


def midi_hz(note: float) -> float:
    """Frequency of a MIDI note number (A4 = 69 = 440 Hz)."""
    return 440.0 * 2.0 ** ((note - 69) / 12)


def t_axis(n: int) -> Arr:
    """Sample times in seconds for ``n`` samples."""
    return np.arange(n, dtype=np.float64) / SR


def phase_of(freq: Arr | float, n: int) -> Arr:
    """Running phase (cycles) for a constant or per-sample frequency."""
    if np.isscalar(freq):
        return t_axis(n) * float(freq)  # type: ignore[arg-type]
    return np.cumsum(np.asarray(freq, dtype=np.float64)) / SR


def osc(kind: str, freq: Arr | float, n: int, pw: float = 0.5) -> Arr:
    """An oscillator: sine, tri, saw, square (``pw``: pulse width), saw/square softened."""
    ph = phase_of(freq, n)
    frac = ph % 1.0
    if kind == "sine":
        return np.sin(2 * np.pi * ph)
    if kind == "tri":
        return 4.0 * np.abs(frac - 0.5) - 1.0
    if kind == "saw":
        return lowpass(2.0 * frac - 1.0, 0.35)
    if kind == "square":
        return lowpass(np.where(frac < pw, 1.0, -1.0), 0.35)
    raise ValueError(kind)


def noise(n: int, seed: int) -> Arr:
    """White noise in -1..1."""
    return np.random.default_rng(seed).uniform(-1.0, 1.0, n)


def adsr(n: int, a: float, d: float, s: float, r: float) -> Arr:
    """An envelope over ``n`` samples: attack, decay, sustain level, release (at the end)."""
    env = np.full(n, s, dtype=np.float64)
    na, nd, nr = int(a * SR), int(d * SR), int(r * SR)
    na = min(na, n)
    if na:
        env[:na] = np.linspace(0.0, 1.0, na, endpoint=False)
    nd = min(nd, n - na)
    if nd > 0:
        env[na : na + nd] = np.linspace(1.0, s, nd, endpoint=False)
    nr = min(nr, n)
    if nr:
        env[n - nr :] *= np.linspace(1.0, 0.0, nr)
    return env


def decay(n: int, seconds: float) -> Arr:
    """An exponential decay to about -60 dB after ``seconds``."""
    return np.exp(-6.9 * t_axis(n) / max(1e-4, seconds))


def _kernel_lowpass(cut: float, taps: int = 63) -> Arr:
    m = np.arange(taps) - (taps - 1) / 2
    h = np.sinc(2 * cut * m) * np.hamming(taps)
    return h / h.sum()


def lowpass(x: Arr, cut: float) -> Arr:
    """Windowed-sinc low-pass; ``cut`` is a fraction of the sample rate (0..0.5)."""
    return np.convolve(x, _kernel_lowpass(min(0.49, max(0.001, cut))), mode="same")


def lowpass_hz(x: Arr, hz: float) -> Arr:
    """Low-pass at ``hz``."""
    return lowpass(x, hz / SR)


def highpass_hz(x: Arr, hz: float) -> Arr:
    """High-pass at ``hz`` (the signal minus its low-pass)."""
    return x - lowpass(x, hz / SR)


def bandpass_hz(x: Arr, lo: float, hi: float) -> Arr:
    """Band-pass between ``lo`` and ``hi``."""
    return highpass_hz(lowpass_hz(x, hi), lo)


def soft_clip(x: Arr, drive: float = 1.0) -> Arr:
    """Warm saturation."""
    return np.tanh(x * drive) / np.tanh(drive)


def reverb(
    x: Arr, seconds: float, wet: float, seed: int, circular: bool = False, bright: float = 0.25
) -> Arr:
    """Convolution reverb with a decaying-noise impulse. ``circular`` wraps the tail (seamless loops)."""
    n_ir = int(seconds * SR)
    ir = noise(n_ir, seed) * decay(n_ir, seconds)
    ir = lowpass(ir, bright)
    ir[: int(0.012 * SR)] = 0.0  # a short pre-delay keeps the dry attack clear
    ir /= np.sqrt(np.sum(ir * ir)) + 1e-9
    if circular:
        size = len(x)
        tail = np.zeros(size)
        for start in range(0, n_ir, size):
            seg = ir[start : start + size]
            tail[: len(seg)] += seg
        wet_sig = np.fft.irfft(np.fft.rfft(x) * np.fft.rfft(tail), size)
    else:
        size = len(x) + n_ir
        nfft = 1 << (size - 1).bit_length()
        wet_sig = np.fft.irfft(np.fft.rfft(x, nfft) * np.fft.rfft(ir, nfft), nfft)[: len(x)]
    return x * (1.0 - wet * 0.5) + wet_sig * wet


def normalize(x: Arr, peak: float = 0.89) -> Arr:
    """Scale so the loudest sample is ``peak``."""
    m = float(np.max(np.abs(x))) or 1.0
    return x * (peak / m)


def fade_edges(x: Arr, seconds: float = 0.004) -> Arr:
    """Short fades at both ends (no clicks)."""
    n = min(len(x) // 2, int(seconds * SR))
    if n:
        ramp = np.linspace(0.0, 1.0, n)
        x[:n] *= ramp
        x[-n:] *= ramp[::-1]
    return x


def to_int16(x: Arr) -> Arr:
    """Float -1..1 to 16-bit samples."""
    return (np.clip(x, -1.0, 1.0) * 32767.0).round().astype(np.int16)


def write_wav(path: Path, x: Arr) -> None:
    """A mono 16-bit WAV at SR."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(to_int16(x).tobytes())


def read_wav(path: Path) -> Arr:
    """The 16-bit samples of a mono WAV."""
    with wave.open(str(path), "rb") as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)


@dataclass(frozen=True)
class Note:
    """One note in a song: start and length in beats, MIDI pitch, velocity 0..1."""

    start: float
    length: float
    pitch: float
    vel: float = 0.8


class Track:
    """A stereo mix buffer for one song; instruments render notes into it by beat."""

    def __init__(self, bpm: float, beats: float) -> None:
        self.bpm = bpm
        self.spb = 60.0 / bpm
        self.n = round(beats * self.spb * SR)
        self.left = np.zeros(self.n)
        self.right = np.zeros(self.n)

    def at(self, beat: float) -> int:
        """Sample index of a beat."""
        return round(beat * self.spb * SR)

    def add(self, sig: Arr, beat: float, pan: float = 0.0, gain: float = 1.0, wrap: bool = True) -> None:
        """Mix ``sig`` in at ``beat`` (pan -1..1); tails past the end wrap to the start."""
        i = self.at(beat) % self.n
        lg = gain * np.sqrt(0.5 * (1.0 - pan))
        rg = gain * np.sqrt(0.5 * (1.0 + pan))
        end = min(self.n, i + len(sig))
        k = end - i
        self.left[i:end] += sig[:k] * lg
        self.right[i:end] += sig[:k] * rg
        rest = sig[k:]
        if wrap and len(rest):
            rest = rest[: self.n]
            self.left[: len(rest)] += rest * lg
            self.right[: len(rest)] += rest * rg

    def secs(self, beats: float) -> float:
        """Seconds in ``beats``."""
        return beats * self.spb

    def stereo(self) -> Arr:
        """The mix as an (n, 2) array."""
        return np.stack([self.left, self.right], axis=1)
