"""The pure AI: the Cube's perception and brain, navigation, the director and the companion.

Start at :mod:`game.ai.system` (the facade the level simulation calls each tick). The parts, one concern
each: ``nav`` (A* and flow fields), ``perception`` (light, sight, hearing, awareness), ``cube`` (the state
machine), ``patrol`` (routes and mode waves), ``search`` (where to look), ``flight`` and ``steering`` (how it
flies), ``director`` (pacing), ``params`` (difficulty presets), ``companion`` (the partner), ``hiding`` (rules
the world applies), ``events`` (what the AI reports), ``persist`` (snapshot and save of the Cube). Test and
benchmark utilities: ``plan`` (ASCII maps), ``sandbox`` (a minimal world), ``scripts`` (scripted players).
Nothing here imports pygame.
"""
