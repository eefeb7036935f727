"""The pure story engine: model, runner, flags and expressions."""
