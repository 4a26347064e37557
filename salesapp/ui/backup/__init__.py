"""File → Back up now…, Restore…, Move to a server…; the automatic daily backup and the status bar's age."""
