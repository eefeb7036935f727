"""What a player perceives: the read-only view the HUD, the captions, the soundscape and the bot share."""
