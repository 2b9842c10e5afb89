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

# ``logicgen.families`` and ``logicgen.verify`` are a subpackage and a submodule
# that are also callable (``families()``, ``verify(item)``): Python binds a
# submodule to its package's attribute on first import, so the public function
# and the module must be one object. ``families`` is tiny and imported here;
# ``verify`` loads on first use (see ``__getattr__``).
from . import families
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
    from .dataset import score
    from .item import Item
    from .problemset import ProblemSet
    from .registry import BaseParams, Family, Instance, family
    from .registry import names as families  # type: ignore[no-redef]  # also a subpackage
    from .verify import Report
    from .verify import verify as verify

__version__ = "0.1.0"

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
    "generate",
    "generate_iter",
    "get_family",
    "load_blueprint",
    "score",
    "verify",
]

_LAZY = {
    "verify": ("verify", None),
    "Report": ("verify", "Report"),
    "Item": ("item", "Item"),
    "ProblemSet": ("problemset", "ProblemSet"),
    "generate": ("core", "generate"),
    "generate_iter": ("core", "generate_iter"),
    "family": ("registry", "family"),
    "Family": ("registry", "Family"),
    "BaseParams": ("registry", "BaseParams"),
    "Instance": ("registry", "Instance"),
    "build_set": ("blueprint", "build_set"),
    "load_blueprint": ("blueprint", "load_blueprint"),
    "score": ("dataset", "score"),
}


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
