"""The pure AI: the Cube's perception and brain, navigation, the director and the companion."""
