"""The main window and what surrounds it: sign-in, first run, section navigation, changes from other
desktops.
"""
