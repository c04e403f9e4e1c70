"""smparchive.gui.

The catalogue (with its database toolkit: ~300 modules) is imported here, before any Qt
module: once PySide6 is imported, its import hook (``__feature__`` support) reads the
source of every module imported after it (``inspect.getsource``): ~0.15-0.2 s of CPU of
the app's start.
"""

import smparchive.core.catalog.catalog  # noqa: F401  (before PySide6: see above)
