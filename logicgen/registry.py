"""Family registration and lookup.

A *family* is one module with the same shape (see ``docs/design.md``):

* a frozen ``Params`` dataclass (subclass of :class:`BaseParams`) with defaults,
  validated in ``check()``;
* ``generate(params, rng) -> Instance``: draws one puzzle from the logic stream;
* ``render(instance, params, rng) -> (prompt, choices)``: words it, drawing option
  order and names from the wording stream;
* ``explain(instance) -> str``: the worked solution.

The module registers itself with one line, the :func:`family` decorator on its
``Params`` class, naming an independent solver from :mod:`logicgen.solve`::

    @family("sequence.number", solver=series.solve, summary="Number series")
    @dataclass(frozen=True)
    class Params(BaseParams): ...

Built-in families are found by walking :mod:`logicgen.generators`; third-party
families plug in through the entry-point group ``logicgen.families`` (each
entry point names a module, which registers itself when imported).
"""

from __future__ import annotations

import dataclasses
import difflib
import importlib
import pkgutil
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .errors import InvalidParams, UnknownFamily, describe_value
from .item import METHOD_PREFIX
from .kit.draft import Draft, Wording

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "AREAS",
    "DIFFICULTIES",
    "ENTRY_POINT_GROUP",
    "FORMATS",
    "BaseParams",
    "Capabilities",
    "Draft",
    "Family",
    "Instance",
    "KindParams",
    "Solver",
    "Wording",
    "all_families",
    "capabilities_of",
    "check_choice",
    "check_int",
    "family",
    "get",
    "listing",
    "names",
]

AREAS = ("sequence", "deduction", "probability", "quant", "attention", "spatial")
DIFFICULTIES = ("easy", "medium", "hard")
FORMATS = ("choice", "tfu", "numeric")
ENTRY_POINT_GROUP = "logicgen.families"
MAX_OPTIONS = 8

#: A solver re-derives the answer from an item's ``data`` and ``choices`` alone.
#: For ``choice`` and ``tfu`` items it returns every option text it judges correct;
#: for ``numeric`` items (no choices) every distinct answer it derives, as text.
#: Verification accepts an item only when that list is exactly ``[answer]``.
Solver = Callable[[Mapping[str, Any], Sequence[str]], list[str]]


#: The draft of one puzzle (:class:`logicgen.kit.Draft`); ``Instance`` is its older name.
Instance = Draft


@dataclass(frozen=True)
class Capabilities:
    """What a family needs from a renderer, declared in its registration.

    Renderers, the practice mix and the quiz read these flags and never a
    family's name.

    Attributes:
        figures: items are pictures; ``data`` holds ``panels`` and ``layout``
            (docs/figures.md), and the prompt's panel lines describe them in words.
        series_row: the prompt has a line of series terms, drawn as a row of cells.
        notes_grid: a blank working grid (houses by attributes) helps; ``data``
            holds ``houses`` and ``attributes``.
        table: the prompt's lines starting with ``|`` are a table, which ``data["table"]``
            holds as ``{"columns": [...], "rows": [[...], ...]}``.
        chart: the prompt's line starting ``Chart data:`` describes a chart, which
            ``data["chart"]`` holds (:mod:`logicgen.render.exhibits`).
    """

    figures: bool = False
    series_row: bool = False
    notes_grid: bool = False
    table: bool = False
    chart: bool = False


NO_CAPABILITIES = Capabilities()


@dataclass(frozen=True)
class BaseParams:
    """Parameters every family accepts. Families subclass this with their own fields.

    Attributes:
        difficulty: ``easy``, ``medium`` or ``hard``.
        format: ``choice`` (lettered options), ``tfu`` (true / false / uncertain)
            or ``numeric`` (free response); each family says which it supports.
        n_options: number of lettered options for ``choice`` items.
    """

    difficulty: str = "medium"
    format: str = "choice"
    n_options: int = 5

    def __post_init__(self) -> None:
        check_choice("difficulty", self.difficulty, DIFFICULTIES)
        check_choice("format", self.format, FORMATS)
        check_int("n_options", self.n_options, 3, MAX_OPTIONS)
        self.check()

    def check(self) -> None:
        """Validate family-specific fields; raise :class:`InvalidParams` with a sentence."""

    #: the family's size parameters (``None`` or 0 while left to the difficulty)
    SIZE: ClassVar[tuple[str, ...]] = ()

    def timed(self) -> bool:
        """Whether the level's time cap (:data:`logicgen.timing.CAPS`) applies.

        True unless one of the family's size parameters (:attr:`SIZE`: a grid's
        houses, a hand's cards) or its question ``kind`` was set: an item the
        user sized, or a kind asked for at a level whose own mix leaves it out,
        is as long as the user asked.
        """
        return getattr(self, "kind", None) in (None, "mixed") and all(
            getattr(self, name) in (None, 0) for name in self.SIZE)


@dataclass(frozen=True)
class KindParams(BaseParams):
    """Parameters of a family that asks several kinds of question.

    ``kind`` is one of the subclass's ``KINDS``, or ``mixed`` (the default) to
    draw a kind by difficulty. A subclass sets ``KINDS`` and may add fields;
    its own ``check`` calls ``super().check()``.

    >>> @dataclass(frozen=True)
    ... class Shapes(KindParams):
    ...     KINDS = ("circle", "square")
    >>> Shapes(kind="hexagon")
    Traceback (most recent call last):
    ...
    logicgen.errors.InvalidParams: kind must be mixed or one of circle, square (got "hexagon")
    """

    KINDS: ClassVar[tuple[str, ...]] = ()
    #: kinds whose options are the answer's setting itself (the values compared, the
    #: records to pick from), so they are asked as choice items only
    CHOICE_ONLY: ClassVar[tuple[str, ...]] = ()
    kind: str = "mixed"

    def check(self) -> None:
        check_choice("kind", self.kind, self.KINDS, default="mixed")
        if self.kind in self.CHOICE_ONLY and self.format == "numeric":
            raise InvalidParams(f"kind {self.kind} is asked with options only, so format must "
                                'be choice (got "numeric")')


def check_int(name: str, value: object, low: int, high: int) -> None:
    """Raise :class:`InvalidParams` unless ``value`` is an int in ``[low, high]``.

    >>> check_int("n_people", 11, 2, 8)
    Traceback (most recent call last):
    ...
    logicgen.errors.InvalidParams: n_people must be between 2 and 8 (got 11)
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParams(f"{name} must be an integer (got {describe_value(value)})")
    if not low <= value <= high:
        raise InvalidParams(f"{name} must be between {low} and {high} (got {value})")


def check_choice(
    name: str, value: object, allowed: Sequence[str], *, default: str | None = None
) -> None:
    """Raise :class:`InvalidParams` unless ``value`` is one of ``allowed`` (or ``default``).

    >>> check_choice("layout", "oval", ("round", "rows"))
    Traceback (most recent call last):
    ...
    logicgen.errors.InvalidParams: layout must be one of round, rows (got "oval")
    >>> check_choice("kind", "x", ("share",), default="mixed")
    Traceback (most recent call last):
    ...
    logicgen.errors.InvalidParams: kind must be mixed or one of share (got "x")
    """
    if value in allowed or (default is not None and value == default):
        return
    lead = f"{default} or one of" if default is not None else "one of"
    raise InvalidParams(
        f"{name} must be {lead} {', '.join(allowed)} (got {describe_value(value)})"
    )


@dataclass(frozen=True)
class Family:
    """A registered family: its name, parameters, module functions and solver."""

    name: str
    summary: str
    params_type: type[BaseParams]
    module: ModuleType
    solver: Solver
    version: int = 1
    formats: tuple[str, ...] = ("choice", "numeric")
    difficulties: tuple[str, ...] = DIFFICULTIES
    doc: str = field(default="", compare=False)
    capabilities: Capabilities = NO_CAPABILITIES

    @property
    def area(self) -> str:
        return self.name.split(".", 1)[0]

    def generate(self, params: BaseParams, rng: np.random.Generator) -> Draft:
        return self.module.generate(params, rng)

    def render(self, draft: Draft, params: BaseParams, rng: np.random.Generator) -> Wording:
        """The module's ``render``; a ``(prompt, choices)`` pair is taken as a :class:`Wording`."""
        out = self.module.render(draft, params, rng)
        return out if isinstance(out, Wording) else Wording(*out)

    def options(self, draft: Draft, params: BaseParams, rng: np.random.Generator) -> list[str]:
        """The options of a choice item whose ``render`` left them to the kit.

        The module's own ``options`` if it has one; otherwise the kit's
        :func:`~logicgen.kit.assemble` over the draft's value and named mistakes,
        in ``data["form"]``.
        """
        own = getattr(self.module, "options", None)
        if own is not None:
            return own(draft, params, rng)
        from .kit.options import assemble

        return assemble(rng, draft.value, draft.mistakes, draft.data["form"], params.n_options)[0]

    def method(self, draft: Draft) -> str | None:
        """The method line of the draft, or ``None`` for a module without ``METHODS``.

        A method line is the reusable idea behind the item in at most 25 words,
        taken from the family's ``METHODS`` table of its question kinds, so the
        same trick has the same name everywhere (docs/methods.md lists them). The
        module's ``method_kind(draft)`` names the draft's kind (a family with one
        line for every kind has none and takes ``METHODS["*"]``); a kind without a
        line of its own takes the ``"*"`` line, and a table without one must have a
        line for every kind the family asks (``KeyError`` otherwise).
        """
        methods = getattr(self.module, "METHODS", None)
        if methods is None:
            return None
        kind_of = getattr(self.module, "method_kind", None)
        kind = "*" if kind_of is None else kind_of(draft)
        return methods[kind] if kind in methods or "*" not in methods else methods["*"]

    def explain(self, draft: Draft) -> str:
        """The worked solution: the method line (``Method: ...``) first, when the
        module gives one, then the module's ``explain`` or the draft's steps
        written out by the kit."""
        own = getattr(self.module, "explain", None)
        if own is not None:
            body = own(draft)
        elif draft.steps is None:
            raise TypeError(f"{self.name}: generate gave no steps and the module has no explain")
        else:
            body = draft.steps.text()
        line = self.method(draft)
        return body if line is None else f"{METHOD_PREFIX}{line}\n{body}"

    def measure(self, data: Mapping[str, Any]) -> float | None:
        """The item's difficulty as its solver measured it: the module's ``EFFORT``
        (a function from :mod:`logicgen.solve`, reading only ``data``), or ``None``
        for a family that scores its drafts itself."""
        effort = getattr(self.module, "EFFORT", None)
        return None if effort is None else round(float(effort(data)), 3)

    def band(self, difficulty: str) -> tuple[float, float] | None:
        """The scores a level keeps (``BANDS[difficulty]``, low and high inclusive)."""
        bands = getattr(self.module, "BANDS", None)
        return None if bands is None else bands.get(difficulty)

    @property
    def default_params(self) -> BaseParams:
        return self.params_type()

    def make_params(self, **values: Any) -> BaseParams:
        """Build validated parameters, naming any unknown or bad argument."""
        known = [f.name for f in dataclasses.fields(self.params_type)]
        for key in values:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=3)
                hint = f"; did you mean {', '.join(close)}?" if close else ""
                raise InvalidParams(
                    f"{self.name} has no parameter {describe_value(key)} "
                    f"(known: {', '.join(known)}){hint}"
                )
        params = self.params_type(**values)
        if params.format not in self.formats:
            raise InvalidParams(
                f"format must be one of {', '.join(self.formats)} for {self.name} "
                f"(got {describe_value(params.format)})"
            )
        return params


_REGISTRY: dict[str, Family] = {}
_loaded = False

P = TypeVar("P", bound=type[BaseParams])


def family(
    name: str,
    *,
    solver: Solver,
    summary: str,
    version: int = 1,
    formats: Sequence[str] = ("choice", "numeric"),
    capabilities: Capabilities = NO_CAPABILITIES,
) -> Callable[[P], P]:
    """Register the module that defines the decorated ``Params`` class as a family.

    Args:
        name: ``area.name``, with ``area`` one of ``sequence``, ``deduction``,
            ``probability``, ``quant`` (third-party families may use others).
        solver: the independent solver (see :data:`Solver`).
        summary: one line for ``logicgen families``.
        version: generator version; bump it whenever output for a seed changes.
        formats: the item formats the family can produce.
        capabilities: what the family needs from renderers (:class:`Capabilities`).
    """
    if name.count(".") != 1 or not all(part.replace("_", "").isalnum() for part in name.split(".")):
        raise ValueError(f"family names are 'area.name' (got {describe_value(name)})")
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)} (got {fmt!r})")

    def register(params_type: P) -> P:
        if not (isinstance(params_type, type) and issubclass(params_type, BaseParams)):
            raise TypeError("@family decorates a Params dataclass derived from BaseParams")
        module = sys.modules[params_type.__module__]
        existing = _REGISTRY.get(name)
        if existing is not None and existing.module.__name__ != module.__name__:
            raise ValueError(
                f"family {name!r} is already registered by {existing.module.__name__}"
            )
        _REGISTRY[name] = Family(
            name=name,
            summary=summary,
            params_type=params_type,
            module=module,
            solver=solver,
            version=version,
            formats=tuple(formats),
            doc=(module.__doc__ or "").strip(),
            capabilities=capabilities,
        )
        return params_type

    return register


def _load_builtins() -> None:
    package = importlib.import_module(__package__ + ".generators")

    for info in sorted(
        pkgutil.walk_packages(package.__path__, package.__name__ + "."), key=lambda i: i.name
    ):
        if not info.ispkg and not info.name.rsplit(".", 1)[-1].startswith("_"):
            importlib.import_module(info.name)


def _load_plugins() -> None:
    import warnings
    from importlib.metadata import entry_points

    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            ep.load()
        except Exception as exc:  # noqa: BLE001 - a broken plug-in must not hide the built-ins
            warnings.warn(
                f"logicgen plug-in {ep.name!r} ({ep.value}) failed to load: "
                f"{type(exc).__name__}: {exc}",
                RuntimeWarning,
                stacklevel=2,
            )


_plugins_loaded = False


def _load_plugins_once() -> None:
    global _plugins_loaded
    if not _plugins_loaded:
        _plugins_loaded = True
        _load_plugins()


def load(*, plugins: bool = True) -> None:
    """Import the built-in families (and plugins) once."""
    global _loaded, _plugins_loaded
    if not _loaded:
        _loaded = True
        _load_builtins()
        if plugins:
            _plugins_loaded = True
            _load_plugins()


def get(name: str) -> Family:
    """The family registered as ``name``; :class:`UnknownFamily` suggests close names."""
    if not isinstance(name, str):
        raise UnknownFamily(f"family must be a name such as 'sequence.number' (got {name!r})")
    fam = _REGISTRY.get(name)
    if fam is not None:
        return fam
    from .catalog import entry

    row = entry(name)
    if row is not None:  # a built-in family: import its module alone
        importlib.import_module(row.module)
        if name in _REGISTRY:
            return _REGISTRY[name]
    load()
    try:
        return _REGISTRY[name]
    except KeyError:
        pass
    hint = _suggest(name)
    text = f"unknown family {describe_value(name)}"
    if hint:
        text += f"; did you mean {', '.join(sorted(set(hint)))}?"
    else:
        text += "; run `logicgen families` for the list"
    raise UnknownFamily(text)


def _suggest(name: str) -> list[str]:
    """Registered names close to ``name``, compared on the part after the area.

    The areas are shared by many names, so comparing whole names would suggest
    every family of the area; the short name ("numbr" in "sequence.numbr") is
    what was mistyped. A name given without its area ("knights") is matched too.
    """
    area, _, short = name.rpartition(".")
    by_short: dict[str, list[str]] = {}
    for known in _REGISTRY:
        by_short.setdefault(known.rpartition(".")[2], []).append(known)
    if short in by_short:  # the short name itself, given without (or with a wrong) area
        hint = list(by_short[short])
    else:
        hint = [known for close in difflib.get_close_matches(short, list(by_short), n=3,
                                                             cutoff=0.6)
                for known in by_short[close]]
    if area:
        hint = [known for known in hint if known.startswith(area + ".")] or hint
    return hint or difflib.get_close_matches(name, list(_REGISTRY), n=3, cutoff=0.5)


#: capabilities of built-in families, read once from the static catalogue
_BUILTIN_CAPS: dict[str, Capabilities] = {}


def capabilities_of(name: str) -> Capabilities:
    """The declared capabilities of family ``name``; none for a family not installed here
    (an item read from a file made with a plug-in this installation lacks).

    Built-in families are answered from the static table in :mod:`logicgen.catalog`,
    without importing their modules.
    """
    known = _BUILTIN_CAPS.get(name)
    if known is not None:
        return known
    from .catalog import entry

    row = entry(name)
    if row is not None:
        known = _BUILTIN_CAPS[name] = Capabilities(**{flag: True for flag in row.capabilities})
        return known
    load()
    fam = _REGISTRY.get(name)
    return fam.capabilities if fam is not None else NO_CAPABILITIES


def listing() -> list[tuple[str, str, tuple[str, ...], tuple[str, ...], str]]:
    """``(name, area, difficulties, formats, summary)`` of every family, sorted by name.

    Built-in families come from the static table in :mod:`logicgen.catalog`; only
    plug-ins are imported (the built-in modules are not).
    """
    from .catalog import BUILTIN

    rows = {e.name: (e.name, e.area, e.difficulties, e.formats, e.summary)
            for e in BUILTIN.values()}
    _load_plugins_once()
    for fam in list(_REGISTRY.values()):
        rows.setdefault(fam.name, (fam.name, fam.area, fam.difficulties, fam.formats,
                                   fam.summary))
    return [rows[n] for n in sorted(rows)]


def names() -> list[str]:
    """Names of every registered family, sorted."""
    load()
    return sorted(_REGISTRY)


def all_families() -> list[Family]:
    """Every registered family, sorted by name."""
    return [_REGISTRY[n] for n in names()]
