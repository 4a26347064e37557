"""Administration use cases: staff accounts and sign-in, the shop profile, the first-run checklist."""
