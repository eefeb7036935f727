"""Where settings and saves live: the user's directories, a named folder (``--profile``), or a fresh one."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "refuge"


@dataclass(frozen=True, slots=True)
class Profile:
    """A pair of directories: ``config`` for settings, ``data`` for saves."""

    config: Path
    data: Path
    temporary: bool = False

    @classmethod
    def user(cls) -> Profile:
        """The player's own directories (platformdirs), created on first write."""
        return cls(Path(platformdirs.user_config_dir(APP_NAME)), Path(platformdirs.user_data_dir(APP_NAME)))

    @classmethod
    def at(cls, root: Path) -> Profile:
        """A self-contained profile in one folder (``root/config``, ``root/data``)."""
        return cls(root / "config", root / "data")

    @classmethod
    def fresh(cls) -> Profile:
        """An empty throwaway profile, so headless runs never depend on the machine's user."""
        root = Path(tempfile.mkdtemp(prefix="refuge-profile-"))
        return cls(root / "config", root / "data", temporary=True)

    @property
    def settings_path(self) -> Path:
        """The settings file."""
        return self.config / "settings.json"

    @property
    def save_path(self) -> Path:
        """The autosave file."""
        return self.data / "save.json"

    def discard(self) -> None:
        """Remove a temporary profile's files."""
        if self.temporary:
            shutil.rmtree(self.config.parent, ignore_errors=True)
