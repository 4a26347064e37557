"""The Upsell section: the telesales queue, the case pane with calls, notes and outcomes, and the managers'
settings.
"""
