"""Input: devices become actions, one immutable :class:`InputFrame` per tick; frames can be recorded and replayed."""

from game.input.frame import IDLE, Action, InputFrame

__all__ = ["IDLE", "Action", "InputFrame"]
