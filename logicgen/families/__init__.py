"""Built-in families, one module each; they register themselves when imported.

Modules and packages whose names start with ``_`` are helpers, not families.

The package is also callable: ``logicgen.families()`` returns the names of every
registered family (built-in and plug-in), sorted.

>>> import logicgen
>>> "sequence.number" in logicgen.families()
True
"""

from __future__ import annotations

import sys
import types


class _FamiliesPackage(types.ModuleType):
    def __call__(self) -> list[str]:
        """Names of every registered family (built-in and plug-in), sorted."""
        from ..registry import names

        return names()


sys.modules[__name__].__class__ = _FamiliesPackage
