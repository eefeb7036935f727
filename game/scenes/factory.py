"""The game's scene factory (``game.context.SceneFactory``): each scene's module is imported when first asked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pygame

    from game.context import Context
    from game.scene import Scene
    from game.sim.session import Session


class Scenes:
    """One method per scene of the game."""

    def title(self, ctx: Context) -> Scene:
        """The title menu."""
        from game.scenes.title import TitleScene

        return TitleScene(ctx)

    def play(
        self,
        ctx: Context,
        session: Session,
        scene: str | None,
        map_path: Path | None = None,
        resume: dict[str, object] | None = None,
    ) -> Scene:
        """A level, by scene id or by map file; ``resume`` continues a saved level state."""
        from game.scenes.play import PlayScene

        return PlayScene(ctx, session, scene=scene, map_path=map_path, resume=resume)

    def chapter(self, ctx: Context, session: Session, scene: str, map_path: Path | None = None) -> Scene:
        """The chapter card before a level."""
        from game.scenes.chapter import ChapterScene

        return ChapterScene(ctx, session, scene, map_path)

    def pause(
        self, ctx: Context, cutscene: bool = False, backlog: Callable[[pygame.Surface], None] | None = None
    ) -> Scene:
        """The pause overlay (with Skip scene during a cutscene, and Backlog, drawn by ``backlog``, once lines
        were said)."""
        from game.scenes.pause import PauseScene

        return PauseScene(ctx, cutscene, backlog)

    def backlog(self, ctx: Context, draw: Callable[[pygame.Surface], None]) -> Scene:
        """The last lines, drawn by the level's HUD."""
        from game.scenes.backlog import BacklogScene

        return BacklogScene(ctx, draw)

    def caught(self, ctx: Context, session: Session) -> Scene:
        """The caught overlay, then the retry."""
        from game.scenes.caught import CaughtScene

        return CaughtScene(ctx, session)

    def ending(self, ctx: Context, session: Session, ending: str) -> Scene:
        """The ending and credits."""
        from game.scenes.ending import EndingScene

        return EndingScene(ctx, session, ending)

    def settings(self, ctx: Context) -> Scene:
        """The settings screen."""
        from game.scenes.settings_scene import SettingsScene

        return SettingsScene(ctx)
