"""SIGTERM and SIGINT end any run cleanly: the loop finishes its tick, the scenes close (saves written whole)
and the command exits 128 + the signal's number.

SDL installs its own SIGINT/SIGTERM handlers at ``pygame.init`` (turning them into a quit event, which a
headless run never reads); ``SDL_NO_SIGNAL_HANDLERS`` asks it not to, and :func:`install` is called again after
``pygame.init`` in any case. While a loop runs (:func:`armed`) a signal only sets a flag the loop checks every
tick; outside a loop, or at a second signal, it raises :class:`StoppedError` at once.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StoppedError(BaseException):
    """A signal ended the run; the command line exits ``128 + signum``.

    A ``BaseException``, as ``KeyboardInterrupt`` is: raised at any point during start-up, it must not be
    caught by a handler for bad content (``except Exception``) and reported as a broken file."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"refuge: stopped by {signal.Signals(signum).name}")
        self.signum = signum


class _State:
    received: int | None = None
    armed = False


_STATE = _State()


def _on_signal(signum: int, _frame: FrameType | None) -> None:
    if not _STATE.armed or _STATE.received is not None:
        _STATE.received = signum
        raise StoppedError(signum)
    _STATE.received = signum


def install() -> None:
    """Handle SIGTERM and SIGINT in Python (again after ``pygame.init``, whose SDL may have taken them)."""
    for sig in SIGNALS:
        signal.signal(sig, _on_signal)


def requested() -> int | None:
    """The signal that asked the run to end, or ``None``."""
    return _STATE.received


@contextmanager
def armed() -> Iterator[None]:
    """While inside, a (first) signal sets :func:`requested` for the loop to see instead of raising."""
    _STATE.armed = True
    try:
        yield
    finally:
        _STATE.armed = False


def raise_if_requested() -> None:
    """After a loop has closed down: turn a signal it saw into :class:`StoppedError`."""
    if _STATE.received is not None:
        raise StoppedError(_STATE.received)
