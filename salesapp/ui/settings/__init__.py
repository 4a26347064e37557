"""Settings of this desktop: language, era, which database is in use."""
