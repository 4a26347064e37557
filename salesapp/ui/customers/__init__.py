"""The Customers section: the list with filters and segments, the profile, handover, import and export,
duplicates, appointments.
"""
