"""Follow-up use cases: the desk's lists, notes with the next time, closing, and entering requests and
payment notices by hand.
"""
