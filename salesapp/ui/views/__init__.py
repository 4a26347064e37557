"""Section views of the main window."""
