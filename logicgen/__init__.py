"""logicgen: seeded generators of verified logic-test practice items.

>>> import logicgen
>>> items = logicgen.generate("sequence.number", count=3, difficulty="easy", seed=42)
>>> all(logicgen.verify(item).ok for item in items)
True

Heavy modules (numpy, the families) load on first use, so ``import logicgen``
and the command line start quickly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    BlueprintError,
    GenerationFailed,
    InvalidCode,
    InvalidItem,
    InvalidParams,
    LogicgenError,
    UnknownFamily,
)

if TYPE_CHECKING:  # pragma: no cover
    from .core import generate, generate_iter
    from .item import Item
    from .problemset import ProblemSet
    from .registry import BaseParams, Family, Instance, family
    from .verify import Report, verify

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "Item",
    "ProblemSet",
    "generate",
    "generate_iter",
    "families",
    "get_family",
    "verify",
    "Report",
    "family",
    "Family",
    "BaseParams",
    "Instance",
    "LogicgenError",
    "InvalidParams",
    "InvalidCode",
    "InvalidItem",
    "UnknownFamily",
    "GenerationFailed",
    "BlueprintError",
]

_LAZY = {
    "Item": ("item", "Item"),
    "ProblemSet": ("problemset", "ProblemSet"),
    "generate": ("core", "generate"),
    "generate_iter": ("core", "generate_iter"),
    "verify": ("verify", "verify"),
    "Report": ("verify", "Report"),
    "family": ("registry", "family"),
    "Family": ("registry", "Family"),
    "BaseParams": ("registry", "BaseParams"),
    "Instance": ("registry", "Instance"),
}


def families() -> list[str]:
    """Names of every registered family (built-in and plug-in), sorted.

    >>> "sequence.number" in families()
    True
    """
    from .registry import names

    return names()


def get_family(name: str) -> Family:
    """The registered :class:`Family` called ``name``."""
    from .registry import get

    return get(name)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(f".{module}", __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'logicgen' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
