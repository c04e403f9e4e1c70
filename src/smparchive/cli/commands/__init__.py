"""One module per command group; each defines ``register(subparsers)``.

Modules are discovered automatically, so adding a command never edits a shared list.
"""
