"""smparchive.gui.widgets."""
