"""Built-in families, one module each; they register themselves when imported.

Modules and packages whose names start with ``_`` are helpers, not families.
"""
