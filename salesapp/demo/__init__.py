"""Demo data for trying salesapp out and for the benchmark: staff, customers, orders, follow-ups, upsell
cases, opportunities.
"""
