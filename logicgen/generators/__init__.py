"""The built-in families' generators, one module each; they register themselves when imported.

Modules and packages whose names start with ``_`` are engines shared by several
families, not families. ``logicgen.families()`` lists every registered family;
``logicgen.catalog`` holds the built-in ones without importing these modules.
"""
