"""Scene tilesets, each a module with ``build() -> TileSet``."""
