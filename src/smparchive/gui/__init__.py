"""smparchive.gui.

PySide6 replaces ``builtins.__import__`` with a hook for its ``__feature__`` imports
(``snake_case``, ``true_property``), which reads the source of every module imported after
it (``inspect.getsource``: ~0.1 s of CPU for the catalogue and its database toolkit, more
for the rest of the app). The app uses no ``__feature__``: the hook is taken out again as
soon as Qt is loaded, so the window can show before the catalogue is imported (in the
background) without paying for it.
"""

import builtins

import PySide6.QtCore  # noqa: F401  (installs the hook; taken out below)

builtins.__import__ = getattr(builtins, "__orig_import__", builtins.__import__)
