"""Pure grid algorithms shared by the AI and the bot: a walking grid and flow fields over it."""
