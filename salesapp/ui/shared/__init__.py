"""Shared plumbing of the window: the database worker, languages, fonts, icons, dates, and what every view is
given.
"""
