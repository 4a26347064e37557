"""Shared pytest fixtures (databases, services, app windows)."""
