"""Story state that outlives one scene: global variables (choices, kept memories), carried across scenes."""

from __future__ import annotations

from collections.abc import Mapping

from game.story.model import Story
from game.story.values import Value, VarType

SAVE_VERSION = 1


class StorySaveError(ValueError):
    """Saved story state that does not fit the story (or is not story state at all)."""


class Globals:
    """Global story variables by name. The session owns one; every scene's runner reads and writes it."""

    def __init__(self, values: Mapping[str, Value] | None = None) -> None:
        self.values: dict[str, Value] = dict(values or {})

    def declare(self, story: Story) -> None:
        """Give each global the story declares its default, unless it already holds a value of its type."""
        for decl in story.vars.values():
            if decl.is_global and not decl.type.accepts(self.values.get(decl.name)):
                self.values[decl.name] = decl.default

    def to_save(self) -> dict[str, object]:
        """Plain data for a save file."""
        return {"version": SAVE_VERSION, "values": dict(sorted(self.values.items()))}

    @classmethod
    def from_save(cls, data: object) -> Globals:
        """Globals from :meth:`to_save` data; raises :class:`StorySaveError` when it is not that."""
        if not isinstance(data, dict) or data.get("version") != SAVE_VERSION:
            raise StorySaveError("story globals: not a version 1 save")
        values = data.get("values")
        if not isinstance(values, dict):
            raise StorySaveError("story globals: 'values' is not a mapping")
        for name, value in values.items():
            if not isinstance(name, str) or VarType.of(value) is None:
                raise StorySaveError(f"story globals: bad value for {name!r}")
        return cls(values)

    def snapshot(self) -> list[object]:
        """Sorted ``[name, value]`` pairs for the state hash (floats rounded to 3 places)."""
        return [[k, round(v, 3) if isinstance(v, float) else v] for k, v in sorted(self.values.items())]
