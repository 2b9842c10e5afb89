"""Mixed datasets: many families drawn by weight, and automatic scoring.

A *mixture* is a list of components, each a family at one difficulty with its
parameters and a weight. It is given either

* as weights, ``"sequence.number=2,deduction.syllogism=1"``: each entry is
  ``FAMILY[:DIFFICULTY]=WEIGHT`` (difficulty ``medium`` unless given; weights
  are positive numbers such as ``2``, ``0.5`` or ``1/3``), or as a mapping of the
  same entries to weights; or
* as a blueprint (a shipped name such as ``logic-test``, a path to a ``.toml``
  file, or a :class:`~logicgen.blueprint.Blueprint`): every slot of its plan is
  one unit of weight for its section's family, difficulty and parameters, so a
  section of 6 items at ``{easy = 0.5, medium = 0.5}`` weighs 3 easy and 3
  medium; the blueprint's seed, forms and shuffling play no part.

The rule for slot ``index`` of a dataset drawn with set seed ``seed``: the item
seed is :func:`logicgen.rng.item_seed` of ``(seed, index)`` (so the item is the
one ``logicgen.generate`` makes at that slot for the chosen family, difficulty
and parameters). The component is chosen by the 64-bit word
``u = rng.derive("dataset.component", seed, index)``: with integer
weights ``W_1..W_m`` (rational weights are brought to a common denominator)
summing to ``T``, it is the first component whose running total exceeds
``(u * T) >> 64``. Everything is integer arithmetic, so every machine draws the
same dataset, and each slot depends on its index alone, so datasets split into
jobs and shards like single-family sets (see :mod:`logicgen.parallel`).

Grading is all or nothing: :func:`score` is 1.0 when :meth:`Item.check
<logicgen.item.Item.check>` accepts the response and 0.0 otherwise.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterator, Mapping
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InvalidItem, InvalidParams, describe_value
from .registry import DIFFICULTIES

if TYPE_CHECKING:  # pragma: no cover
    from .blueprint import Blueprint
    from .item import Item

__all__ = [
    "Component",
    "DatasetPlan",
    "dataset_plan",
    "generate_dataset",
    "iter_dataset",
    "mixture",
    "parse_weights",
    "score",
]


@dataclasses.dataclass(frozen=True)
class Component:
    """One part of a mixture: a family at one difficulty, its parameters and its weight."""

    family: str
    difficulty: str
    weight: Fraction
    params: tuple[tuple[str, Any], ...] = ()


def parse_weights(text: str) -> list[Component]:
    """Components from ``"FAMILY[:DIFFICULTY]=WEIGHT,..."``.

    >>> [(c.family, c.difficulty, str(c.weight)) for c in parse_weights("sequence.number=2,"
    ...  "deduction.syllogism:hard=1/2")]
    [('sequence.number', 'medium', '2'), ('deduction.syllogism', 'hard', '1/2')]
    """
    entries: dict[str, str] = {}
    for raw in text.split(","):
        if not raw.strip():
            continue
        key, sep, value = raw.partition("=")
        if not sep:
            raise InvalidParams(
                f"weights are FAMILY[:DIFFICULTY]=WEIGHT entries separated by commas, "
                f"e.g. sequence.number=2,deduction.syllogism=1 (got {describe_value(raw.strip())})"
            )
        if key.strip() in entries:
            raise _twice(key.strip())
        entries[key.strip()] = value.strip()
    if not entries:
        raise InvalidParams(f"weights name no family (got {describe_value(text)})")
    return _components(entries)


def _weight(value: object, key: str) -> Fraction:
    weight = Fraction(-1)
    if not isinstance(value, bool):
        try:
            weight = Fraction(value if isinstance(value, (int, str)) else str(value))
        except (ValueError, ZeroDivisionError, TypeError):
            pass
    if weight <= 0:
        raise InvalidParams(
            f"the weight of {key} must be a positive number such as 2, 0.5 or 1/3 "
            f"(got {describe_value(value)})"
        )
    return weight


def _components(entries: Mapping[str, object]) -> list[Component]:
    from .registry import get

    out: list[Component] = []
    for key, value in entries.items():
        name, _, level = key.partition(":")
        name, level = name.strip(), (level.strip() or "medium")
        if level not in DIFFICULTIES:
            raise InvalidParams(
                f"difficulty must be one of {', '.join(DIFFICULTIES)} in weight {key!r} "
                f"(got {describe_value(level)})"
            )
        fam = get(name)
        fam.make_params(difficulty=level)
        if any((c.family, c.difficulty) == (fam.name, level) for c in out):
            raise _twice(f"{fam.name}:{level}")
        out.append(Component(fam.name, level, _weight(value, key)))
    return out


def _twice(key: str) -> InvalidParams:
    """The error for weights that give one family and difficulty twice (the first
    would otherwise be dropped in silence)."""
    return InvalidParams(f"weights give {describe_value(key)} twice; give each "
                         "FAMILY[:DIFFICULTY] once, with its whole weight")


def _from_blueprint(bp: Blueprint) -> list[Component]:
    from .blueprint import load_blueprint, plan

    bp = load_blueprint(bp)
    counts: dict[tuple[int, str, str], int] = {}
    for key in plan(bp):
        counts[key] = counts.get(key, 0) + 1
    return [
        Component(name, level, Fraction(n), tuple(bp.sections[section].params.items()))
        for (section, name, level), n in counts.items()
    ]


def mixture(spec: str | Path | Mapping[str, object] | Blueprint) -> list[Component]:
    """The components of a weights string or mapping, or of a blueprint (see the module docstring).

    A string with ``=`` in it is weights; so is a list of family names without
    weights (``"sequence.number,sequence.letter"``: equal weights); any other
    string is a blueprint name or path.

    Raises:
        InvalidParams, UnknownFamily: bad weights or family names.
        BlueprintError: the blueprint cannot be read or is invalid.
    """
    from .blueprint import Blueprint

    if isinstance(spec, Mapping):
        if not spec:
            raise InvalidParams("weights name no family (got an empty mapping)")
        return _components({str(k): v for k, v in spec.items()})
    if isinstance(spec, str) and "=" in spec:
        return parse_weights(spec)
    if isinstance(spec, str) and _all_families(spec):
        return parse_weights(",".join(f"{part}=1" for part in spec.split(",")))
    if isinstance(spec, (str, Path, Blueprint)):
        return _from_blueprint(spec)  # type: ignore[arg-type]
    raise InvalidParams(
        f"a mixture is a weights string, a mapping of families to weights or a blueprint "
        f"(got {describe_value(spec)})"
    )


def _all_families(text: str) -> bool:
    """Whether ``text`` is family names (``FAMILY[:DIFFICULTY]``) separated by commas."""
    from .registry import names

    known = set(names())
    return all(part.partition(":")[0].strip() in known for part in text.split(","))


@dataclasses.dataclass(frozen=True)
class DatasetPlan:
    """What a dataset makes at each slot (picklable, for worker processes)."""

    seed: int
    families: tuple[str, ...]
    difficulties: tuple[str, ...]
    params: tuple[tuple[tuple[str, Any], ...], ...]
    #: running totals of the integer weights; the last is the total
    bounds: tuple[int, ...]

    def choose(self, index: int) -> tuple[int, int]:
        """``(component number, item seed)`` of slot ``index``."""
        from .rng import derive, item_seed

        seed = item_seed(self.seed, index)
        target = (derive("dataset.component", self.seed, index) * self.bounds[-1]) >> 64
        for number, bound in enumerate(self.bounds):
            if target < bound:
                return number, seed
        raise AssertionError("unreachable: target is below the total weight")  # pragma: no cover

    def items(self, start: int, stop: int) -> Iterator[Item]:
        from .core import Maker
        from .registry import get

        makers: dict[int, Maker] = {}
        for index in range(start, stop):
            number, seed = self.choose(index)
            if number not in makers:
                fam = get(self.families[number])
                makers[number] = Maker(fam, fam.make_params(
                    difficulty=self.difficulties[number], **dict(self.params[number])))
            yield makers[number].item(seed)


def dataset_plan(spec: Any, seed: int) -> DatasetPlan:
    """A validated :class:`DatasetPlan` for a mixture ``spec`` (see :func:`mixture`)."""
    from .core import check_seed

    seed = check_seed(seed)
    parts = mixture(spec)
    scale = math.lcm(*(c.weight.denominator for c in parts))
    bounds, total = [], 0
    for c in parts:
        total += int(c.weight * scale)
        bounds.append(total)
    return DatasetPlan(
        seed,
        tuple(c.family for c in parts),
        tuple(c.difficulty for c in parts),
        tuple(c.params for c in parts),
        tuple(bounds),
    )


def iter_dataset(
    spec: Any,
    count: int,
    seed: int | None = None,
    *,
    start: int = 0,
    jobs: int = 1,
    shard: tuple[int, int] | None = None,
) -> Iterator[Item]:
    """Lazily yield ``count`` verified items drawn from a mixture of families.

    Args:
        spec: weights (``"sequence.number=2,deduction.syllogism=1"`` or a mapping)
            or a blueprint; see :func:`mixture`.
        count: how many items, 1 to 10,000,000.
        seed: set seed; ``None`` draws a fresh one.
        start: the first slot (slices of one dataset made apart join up exactly).
        jobs: worker processes (see :mod:`logicgen.parallel`); never changes the items.
        shard: ``(K, N)``: only the K-th (1-based) of N contiguous slices of the slots.

    Each item carries its ``family`` and ``difficulty``. Validation happens here,
    before the first item is made.
    """
    from .core import check_count
    from .parallel import check_jobs, iter_items, shard_range

    count = check_count(count)
    check_jobs(jobs)
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise InvalidParams(f"start must be a non-negative integer (got {describe_value(start)})")
    if seed is None:
        if shard is not None:
            raise InvalidParams("shard needs a seed, or every shard would come from a different set")
        from .rng import fresh_seed

        seed = fresh_seed()
    plan = dataset_plan(spec, seed)
    lo, hi = (0, count) if shard is None else shard_range(count, *shard)
    return iter_items(plan, start + lo, start + hi, jobs=jobs)


def generate_dataset(spec: Any, count: int, seed: int | None = None, *, jobs: int = 1) -> list[Item]:
    """``count`` verified items drawn from a mixture, as a list (see :func:`iter_dataset`).

    >>> items = generate_dataset("sequence.number=1,sequence.letter=1", 6, seed=3)
    >>> sorted({item.family for item in items})
    ['sequence.letter', 'sequence.number']
    """
    return list(iter_dataset(spec, count, seed, jobs=jobs))


def score(item: Item | Mapping[str, Any], response: object) -> float:
    """Grade ``response`` to ``item``: 1.0 when it is right, else 0.0. No partial credit.

    ``item`` is an :class:`~logicgen.item.Item` or its dictionary (one line of a
    JSONL dataset, parsed). ``response`` is anything :meth:`Item.check
    <logicgen.item.Item.check>` accepts: a letter, the option text, or a value in
    any equal form. Responses that hedge (several letters, several values) score 0.0.

    Raises:
        InvalidItem: ``item`` is neither an item nor an item's dictionary.

    >>> import logicgen
    >>> item = logicgen.generate("sequence.number", 1, seed=1)[0]
    >>> logicgen.score(item, item.answer), logicgen.score(item, "ABCDE")
    (1.0, 0.0)
    """
    from .item import Item

    if isinstance(item, Mapping):
        item = Item.from_dict(dict(item))
    if not isinstance(item, Item):
        raise InvalidItem(f"score needs an Item or an item's dictionary (got {describe_value(item)})")
    return 1.0 if item.check(response) else 0.0

