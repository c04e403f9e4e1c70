"""smparchive.gui.dialogs."""
