"""The one list machinery every section uses: the windowed table model, the list view with tabs, the detail-
pane pattern, search.
"""
