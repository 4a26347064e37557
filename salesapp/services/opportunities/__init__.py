"""Opportunity use cases: the pipeline's stages, opportunities through them, and the board, list and per-
salesperson figures.
"""
