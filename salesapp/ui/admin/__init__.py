"""The shop's own settings: the shop profile, the lists managers keep, the first-run checklist."""
