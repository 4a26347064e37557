"""Customer use cases: profiles, the list and search, import and export, duplicates, handover, segments,
tags, appointments, pools.
"""
