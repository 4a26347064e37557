"""Upsell use cases: queueing new orders, handing work out, calls, notes with images, outcomes, and the
managers' settings.
"""
