"""Icons, styles and other UI assets shipped inside the package as ``smparchive.resources``."""
