"""The simulation composed: a level's world, AI and story stepped together, and the session around them."""
