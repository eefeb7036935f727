"""The scene stack: lifecycle order, transitions, overlays drawn over frozen scenes."""

from __future__ import annotations

from game.input.frame import IDLE, InputFrame
from game.scene import BaseScene, Pop, Push, Quit, Replace, Reset, SceneStack, Transition


class Probe(BaseScene):
    def __init__(self, name: str, log: list[str], overlay: bool = False) -> None:
        self.name = name
        self.overlay = overlay
        self.log = log
        self.next: Transition | None = None
        self.updates = 0

    def enter(self) -> None:
        self.log.append(f"{self.name}.enter")

    def leave(self) -> None:
        self.log.append(f"{self.name}.leave")

    def cover(self) -> None:
        self.log.append(f"{self.name}.cover")

    def uncover(self, result: object) -> None:
        self.log.append(f"{self.name}.uncover({result})")

    def update(self, frame: InputFrame) -> Transition | None:
        self.updates += 1
        out, self.next = self.next, None
        return out

    def draw(self, canvas: object, alpha: float) -> None:  # type: ignore[override]
        self.log.append(f"{self.name}.draw({alpha})")


def test_lifecycle_order_through_push_pop_replace_reset() -> None:
    log: list[str] = []
    stack = SceneStack()
    a, b, c, d = (Probe(n, log) for n in "abcd")
    stack.push(a)
    a.next = Push(b)
    stack.update(IDLE)
    b.next = Pop("done")
    stack.update(IDLE)
    a.next = Replace(c)
    stack.update(IDLE)
    c.next = Reset(d)
    stack.update(IDLE)
    assert log == [
        "a.enter",
        "a.cover",
        "b.enter",
        "b.leave",
        "a.uncover(done)",
        "a.leave",
        "c.enter",
        "c.leave",
        "d.enter",
    ]
    assert stack.scenes == [d]


def test_only_the_top_scene_updates() -> None:
    log: list[str] = []
    stack = SceneStack()
    level, pause = Probe("level", log), Probe("pause", log, overlay=True)
    stack.push(level)
    stack.push(pause)
    for _ in range(5):
        stack.update(IDLE)
    assert level.updates == 0 and pause.updates == 5


def test_overlay_draws_over_the_frozen_scene_beneath() -> None:
    log: list[str] = []
    stack = SceneStack()
    title, level, pause = Probe("title", log), Probe("level", log), Probe("pause", log, overlay=True)
    stack.push(title)
    stack.push(level)
    stack.push(pause)
    log.clear()
    stack.draw(object(), 0.25)  # type: ignore[arg-type]
    # The title is hidden by the opaque level; the level is frozen (alpha 1); the pause gets the real alpha.
    assert log == ["level.draw(1.0)", "pause.draw(0.25)"]


def test_quit_ends_the_stack_and_later_updates_do_nothing() -> None:
    log: list[str] = []
    stack = SceneStack()
    a = Probe("a", log)
    stack.push(a)
    a.next = Quit("bye")
    stack.update(IDLE)
    assert stack.done and stack.quit_reason == "bye"
    stack.update(IDLE)
    assert a.updates == 1


def test_close_leaves_every_scene_top_first() -> None:
    log: list[str] = []
    stack = SceneStack()
    stack.push(Probe("a", log))
    stack.push(Probe("b", log))
    log.clear()
    stack.close()
    assert log == ["b.leave", "a.leave"]
    assert stack.done
