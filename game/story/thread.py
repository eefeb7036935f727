"""Where the story thread is: its call stack frames and what it waits on (shared by runner and saves)."""

from __future__ import annotations

from enum import Enum


class Wait(Enum):
    """What the story thread is blocked on."""

    NONE = "none"
    LINE = "line"
    CHOICE = "choice"
    TICKS = "ticks"
    ACTOR = "actor"
    UNTIL = "until"


class Frame:
    """A place in the call stack: a node and the index of its current instruction."""

    __slots__ = ("node", "pc")

    def __init__(self, node: str, pc: int = 0) -> None:
        self.node = node
        self.pc = pc
