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
    from .blueprint import build_set, load_blueprint
    from .core import generate, generate_iter
    from .core import item_from_code as from_code
    from .dataset import score
    from .item import Item
    from .problemset import ProblemSet
    from .registry import BaseParams, Family, Instance, family
    from .verification import Report, verify

__version__ = "0.1.0"

#: public names loaded on first use (module, attribute), so that ``import logicgen``
#: and the command line's ``--help`` stay fast
_LAZY = {
    "verify": ("verification", "verify"),
    "Report": ("verification", "Report"),
    "Item": ("item", "Item"),
    "ProblemSet": ("problemset", "ProblemSet"),
    "generate": ("core", "generate"),
    "generate_iter": ("core", "generate_iter"),
    "from_code": ("core", "item_from_code"),
    "family": ("registry", "family"),
    "Family": ("registry", "Family"),
    "BaseParams": ("registry", "BaseParams"),
    "Instance": ("registry", "Instance"),
    "build_set": ("blueprint", "build_set"),
    "load_blueprint": ("blueprint", "load_blueprint"),
    "score": ("dataset", "score"),
}

__all__ = [
    "BaseParams",
    "BlueprintError",
    "Family",
    "GenerationFailed",
    "Instance",
    "InvalidCode",
    "InvalidItem",
    "InvalidParams",
    "Item",
    "LogicgenError",
    "ProblemSet",
    "Report",
    "UnknownFamily",
    "__version__",
    "build_set",
    "families",
    "family",
    "from_code",
    "generate",
    "generate_iter",
    "get_family",
    "load_blueprint",
    "score",
    "verify",
]


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
        loaded = importlib.import_module(f".{module}", __name__)
        value = loaded if attr is None else getattr(loaded, attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'logicgen' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
