"""Fault tests: a server that goes away, a full disk, damaged files, no keyring, the app killed mid-save."""
