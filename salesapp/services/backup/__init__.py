"""Backing up, restoring and moving a shop's database (administrators), and the daily automatic backup."""
