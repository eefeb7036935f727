"""Drawing: camera, map layers, sprites, effects, UI and text. Reads game state, never changes it."""
