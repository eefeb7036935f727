"""The edge for files: Tiled maps and YAML stories become plain game data; ``check`` validates them."""
