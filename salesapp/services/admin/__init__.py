"""Administration use cases: staff accounts and sign-in."""
