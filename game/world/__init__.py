"""The pure simulation of a level: model, actors, movement, collision, hiding, items, camcorder."""
