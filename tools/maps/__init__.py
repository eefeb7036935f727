"""Scene map layouts, each a module with ``build() -> MapBuilder``."""
