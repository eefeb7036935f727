"""``make dist``: the standalone one-folder build for players without Python (PyInstaller, tools/refuge.spec).

    python -m tools.build_dist                  # dist/refuge/ and dist/refuge-<version>-<os>-<arch>.tar.gz
    python -m tools.build_dist --dist DIR --work DIR --no-archive

The build runs offline from the installed packages. ``dist/refuge/refuge`` is the game (``refuge play``,
``refuge headless``, ``refuge check``, ``refuge --version``); the archive unpacks to a ``refuge/`` folder that
runs from anywhere. The spec imports :data:`EXCLUDED_MODULES` and :func:`data_files` from here.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tools" / "refuge.spec"
DATA_DIRS = ("assets", "levels")
"""Shipped whole, side by side (maps name their tilesets as ``../assets/tilesets/...``)."""
SKIPPED_NAMES = ("__pycache__", ".DS_Store")
SKIPPED_SUFFIXES = (".tmp", ".bak", "~", ".pyc")

EXCLUDED_MODULES = (
    # Development tools and the benchmarks' peers: never imported by the game.
    "tcod",
    "pathfinding",
    "hypothesis",
    "pytest",
    "_pytest",
    "pluggy",
    "xdist",
    "mypy",
    "soundfile",
    "cffi",
    "setuptools",
    "pkg_resources",
    "pip",
    # Compiled parts with a pure-Python stand-in, or none needed: hashlib falls back to its built-in SHA-256
    # (the state hash is the same), decimal to _pydecimal, PyYAML to its Python loader (the game's loaders
    # are yaml.SafeLoader subclasses), and nothing opens a network connection.
    "_hashlib",
    "ssl",
    "_ssl",
    "_decimal",
    "yaml._yaml",
    "yaml.cyaml",
    # Standard-library and numpy parts the game has no use for.
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "numpy.f2py",
    "numpy.testing",
    "numpy.distutils",
)


def version() -> str:
    """The project's version, from pyproject.toml (the one place it is written)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def platform_tag() -> str:
    """``linux-x86_64`` on this machine: the archive's name says where it runs."""
    return f"{platform.system().lower()}-{platform.machine().lower()}"


def data_files(root: Path) -> list[tuple[str, str]]:
    """PyInstaller ``datas``: every file under assets/ and levels/, to the same place in the bundle."""
    out = []
    for top in DATA_DIRS:
        for path in sorted((root / top).rglob("*")):
            rel = path.relative_to(root)
            if not path.is_file() or any(part in SKIPPED_NAMES or part.startswith(".") for part in rel.parts):
                continue
            if path.name.endswith(SKIPPED_SUFFIXES):
                continue
            out.append((str(path), str(rel.parent)))
    return out


def strip_interpreter(folder: Path) -> None:
    """Strip the interpreter's own libraries in the built folder of their debug symbols (libpython alone goes
    23 -> 6 MB when Python was built with them).

    Only libpython and the standard library's extension modules: libraries from wheels are already stripped
    and patched by auditwheel, and stripping them again breaks them (numpy's OpenBLAS no longer loads); the
    ``refuge`` program carries its archive after the bootloader. Linux only.
    """
    strip = shutil.which("strip")
    if strip is None or not sys.platform.startswith("linux"):
        return
    internal = folder / "_internal"
    for path in [*internal.glob("libpython3*.so*"), *internal.glob("python3*/lib-dynload/*.so")]:
        if path.is_file() and not path.is_symlink():
            subprocess.run([strip, "--strip-unneeded", str(path)], check=True)


def folder_bytes(folder: Path) -> int:
    """The size of every file under ``folder`` (what the unpacked build takes on disk, give or take blocks)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; the built folder (``dist/refuge``)."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    env = {**os.environ, "PYGAME_HIDE_SUPPORT_PROMPT": "1"}  # PyInstaller's pygame hook imports pygame
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    folder = dist / "refuge"
    if not (folder / "refuge").is_file():
        raise SystemExit(f"build_dist: PyInstaller finished but {folder / 'refuge'} is missing")
    strip_interpreter(folder)
    return folder


def archive(folder: Path) -> Path:
    """``refuge-<version>-<os>-<arch>.tar.gz`` beside the folder, unpacking to ``refuge/``."""
    out = folder.parent / f"refuge-{version()}-{platform_tag()}.tar.gz"
    tmp = out.with_name(out.name + ".part")

    def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname="refuge", filter=anonymous)
    os.replace(tmp, out)
    return out


def main(argv: list[str] | None = None) -> int:
    """Build, archive, and say what was made and how big it is."""
    parser = argparse.ArgumentParser(prog="python -m tools.build_dist", description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the build goes (dist/)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work"
    )
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    folder = build(args.dist.resolve(), args.work.resolve())
    print(f"{folder}: {folder_bytes(folder) / 1e6:.1f} MB unpacked")
    if not args.no_archive:
        tarball = archive(folder)
        print(f"{tarball}: {tarball.stat().st_size / 1e6:.1f} MB")
    print(f"built in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
