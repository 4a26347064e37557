"""Qt user interface: windows, views, models, dialogs and widgets."""
