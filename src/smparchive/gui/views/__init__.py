"""smparchive.gui.views."""
