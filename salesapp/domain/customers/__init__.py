"""Customers in domain terms: the list's filters, the profile's contents, handover split rules and
appointments."""
