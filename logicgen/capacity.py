"""How many distinct items a family can make: sampling and capture–recapture.

:func:`estimate_capacity` draws two independent batches of ``sample`` items of one
family at one difficulty (set seeds ``rng.derive("capacity", seed, 0)`` and
``rng.derive("capacity", seed, 1)``, cut to 50 bits) and estimates the number of
distinct items twice, over two identities of an item:

* **Prompt** (:func:`prompt_identity`): the prompt normalised as for duplicates
  (:func:`logicgen.dedupe.normalise_prompt`: NFKC, case-folded, white space
  collapsed). Where the prompt is a fixed sentence and the options carry the
  question, the normalised choices follow, sorted, one per line: figure families
  ("Which panel completes the matrix?") and the kinds a family asks with options
  only (its parameters' ``CHOICE_ONLY``, e.g. "Which of these is the largest?").
* **Structure** (:func:`structure_identity`): the item's ``data`` with names and
  wording removed. It is the canonical JSON (keys sorted) of ``data`` in which
  numbers, booleans, ``null`` and the keys stay as they are, a string value stays
  as it is when it is at most three characters long (a letter term, a symbol, a
  small number written as text) or is the value of a ``kind`` key (the question
  kind), and every other string value (a name, a noun, a sentence, a template)
  becomes ``"#k"``, where ``k`` numbers the distinct such strings in the order a
  depth-first walk with sorted keys first meets them. Two items that differ only
  in their names or nouns, consistently renamed, get the same structure.

With ``n1`` and ``n2`` distinct identities in the two batches and ``m`` in both,
the population is estimated with Chapman's form of the Lincoln–Petersen
estimator, ``N = (n1 + 1)(n2 + 1)/(m + 1) - 1``, with an approximate 95% interval
``N ± 1.96·sqrt(V)``, ``V = (n1 + 1)(n2 + 1)(n1 - m)(n2 - m)/((m + 1)²(m + 2))``
(the lower end never below the distinct identities seen). With no recapture
(``m = 0``) there is no estimate, only a one-sided 95% lower bound: were the
population ``N``, two batches would miss each other with odds about
``exp(-n1·n2/N)``, which is under 5% for ``N < n1·n2/3``; so the population is at
least ``n1·n2/3``. Bounds of a million or more are reported as effectively
unlimited.

Generators do not draw every item with the same chance, and capture–recapture
then counts the items a candidate is likely to meet: the estimate is an
*effective* size, at most the true number of possible items. It is what repeats
depend on: with an effective size ``N``, about ``n²/(2N)`` of ``n`` items repeat
an earlier one.

The same family, difficulty, sample and seed always give the same estimate.

``logicgen families --long`` prints the prompt estimates of a static table,
``logicgen/data/capacity.json`` (:func:`load_table`), made offline by
``python benchmarks/capacity_table.py`` (batches of :data:`TABLE_SAMPLE`, seed 1),
so that listing families stays instant; regenerate it after changing a family.

>>> c = estimate_capacity("sequence.number", "easy", sample=40, seed=3)
>>> c.sample, c.prompt.n1 <= 40, c.describe() == estimate_capacity(
...     "sequence.number", "easy", sample=40, seed=3).describe()
(40, True, True)
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import InvalidParams, describe_value

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    from .item import Item

__all__ = [
    "DEFAULT_SAMPLE",
    "TABLE_SAMPLE",
    "UNLIMITED",
    "Capacity",
    "Estimate",
    "chapman",
    "compare",
    "estimate_capacity",
    "load_table",
    "prompt_identity",
    "structure_identity",
]

#: items per batch when none is given
DEFAULT_SAMPLE = 500
#: items per batch in the static table ``logicgen/data/capacity.json``
TABLE_SAMPLE = 1000
#: bounds at or above this are "effectively unlimited"
UNLIMITED = 1_000_000
MIN_SAMPLE = 10
MAX_SAMPLE = 200_000
_Z95 = 1.96
#: -ln(0.05), rounded: no recapture has odds under 5% when N < n1*n2/3
_NO_RECAPTURE = 3.0
_KEEP_SHORT = 3


@dataclass(frozen=True)
class Estimate:
    """A capture–recapture estimate from two batches.

    Attributes:
        n1, n2: distinct identities in the first and second batch.
        m: identities found in both.
        size: Chapman's estimate, or ``None`` when there is no recapture.
        low, high: approximate 95% interval; with no recapture ``low`` is the
            one-sided lower bound and ``high`` is ``None``.
    """

    n1: int
    n2: int
    m: int
    size: float | None
    low: float
    high: float | None

    @property
    def unlimited(self) -> bool:
        """True when even the lower bound is at least :data:`UNLIMITED`."""
        return self.low >= UNLIMITED

    def describe(self) -> str:
        """The estimate in words: ``about 9,200 (6,100 to 12,300)``, ``at least 83,000``.

        >>> chapman(500, 500, 0).describe()
        'at least 83,300'
        >>> chapman(100, 100, 100).describe()
        'about 100 (100 to 100)'
        """
        if self.size is None:
            if self.unlimited:
                return f"effectively unlimited (at least {_round(self.low)})"
            return f"at least {_round(self.low)}"
        assert self.high is not None
        return f"about {_round(self.size)} ({_round(self.low)} to {_round(self.high)})"

    def short(self) -> str:
        """A few characters for a table column: ``~9.2k``, ``≥83.3k``, ``unlimited``.

        >>> chapman(500, 500, 0).short(), chapman(200, 200, 50).short()
        ('≥83.3k', '~791')
        """
        if self.size is None:
            return "unlimited" if self.unlimited else "≥" + _compact(self.low)
        return "~" + _compact(self.size)


def _round(x: float) -> str:
    """``x`` to three significant figures, with thousands separators."""
    if x < 1000:
        return f"{round(x):,}"
    digits = math.floor(math.log10(x)) - 2
    return f"{round(x, -digits):,.0f}"


def _compact(x: float) -> str:
    if x < 1000:
        return f"{round(x)}"
    if x < 1_000_000:
        return f"{x / 1000:.3g}k"
    return f"{x / 1_000_000:.3g}M"


def chapman(n1: int, n2: int, m: int) -> Estimate:
    """Chapman's capture–recapture estimate of a population from two samples.

    Args:
        n1, n2: distinct members seen in the first and second sample.
        m: members seen in both (``0 <= m <= min(n1, n2)``).

    >>> e = chapman(500, 500, 25)
    >>> round(e.size), round(e.low), round(e.high)
    (9653, 6200, 13105)
    """
    if not 0 <= m <= min(n1, n2):
        raise InvalidParams(f"m must be between 0 and min(n1, n2) = {min(n1, n2)} (got {m})")
    if m == 0:
        return Estimate(n1, n2, 0, None, max(n1 * n2 / _NO_RECAPTURE, n1 + n2), None)
    size = (n1 + 1) * (n2 + 1) / (m + 1) - 1
    var = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) ** 2 * (m + 2))
    half = _Z95 * math.sqrt(var)
    seen = n1 + n2 - m
    return Estimate(n1, n2, m, size, max(size - half, seen), size + half)


def compare(first: Iterable[str], second: Iterable[str]) -> Estimate:
    """Chapman's estimate from two samples of identities (repeats within one count once).

    >>> compare(["a", "b", "b"], ["b", "c"]).size
    3.5
    """
    a, b = set(first), set(second)
    return chapman(len(a), len(b), len(a & b))


def prompt_identity(item: Item) -> str:
    """The item as compared for repeats: its normalised prompt, plus sorted choices
    for figure families (see the module docstring).

    >>> from logicgen import generate
    >>> item = generate("sequence.number", count=1, difficulty="easy", seed=1)[0]
    >>> prompt_identity(item) == prompt_identity(item) and "\\n" not in prompt_identity(item)
    True
    """
    from .dedupe import normalise_prompt

    text = normalise_prompt(item.prompt)
    if _choices_are_the_question(item):
        text += "\n" + "\n".join(sorted(normalise_prompt(c) for c in item.choices))
    return text


def _choices_are_the_question(item: Item) -> bool:
    """Whether the item's prompt is a fixed sentence whose options carry the question:
    a figure family, or a kind the family asks with options only (``CHOICE_ONLY``,
    such as comparing the values in the options)."""
    from .registry import UnknownFamily, capabilities_of, get

    if capabilities_of(item.family).figures:
        return True
    kind = item.data.get("kind") if isinstance(item.data, dict) else None
    if not isinstance(kind, str):
        return False
    try:
        only = getattr(get(item.family).params_type, "CHOICE_ONLY", ())
    except UnknownFamily:
        return False
    return kind in only


def structure_identity(item: Item) -> str:
    """The item's ``data`` with names and wording removed (see the module docstring).

    >>> class It:
    ...     data = {"people": ["Anna", "Boris"], "kind": "taller", "order": [1, 0], "x": "A"}
    >>> class Other:
    ...     data = {"people": ["Cyril", "Dora"], "kind": "taller", "order": [1, 0], "x": "A"}
    >>> structure_identity(It()) == structure_identity(Other())
    True
    >>> structure_identity(It())
    '{"kind":"taller","order":[1,0],"people":["#0","#1"],"x":"A"}'
    """
    names: dict[str, str] = {}

    def walk(value: Any, key: str | None) -> Any:
        if isinstance(value, dict):
            return {k: walk(value[k], k) for k in sorted(value)}
        if isinstance(value, (list, tuple)):
            return [walk(v, key) for v in value]
        if isinstance(value, str) and len(value) > _KEEP_SHORT and key != "kind":
            return names.setdefault(value, f"#{len(names)}")
        return value

    return json.dumps(walk(item.data, None), sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)


@dataclass(frozen=True)
class Capacity:
    """The estimated capacity of one family at one difficulty."""

    family: str
    difficulty: str
    sample: int
    seed: int
    prompt: Estimate
    structure: Estimate
    repeats: int  # items of the first batch whose prompt identity repeats an earlier one
    kinds: tuple[str, ...] = ()  # question kinds (``data["kind"]``) seen, sorted

    def describe(self) -> str:
        """A few lines for a terminal."""
        rows = [
            (f"{self.family} at {self.difficulty}: two batches of {self.sample:,} items "
            f"(seed {self.seed})"),
            (f"  repeats in the first batch: {self.repeats:,} of {self.sample:,} "
            f"({100 * self.repeats / self.sample:.1f}%)"),
        ]
        if self.kinds:
            rows.append(f"  kinds: {', '.join(self.kinds)}")
        for label, est in (("prompt", self.prompt), ("structure", self.structure)):
            rows.append(
                f"  {label:<9}  distinct {est.n1:,} and {est.n2:,}, in both {est.m:,}: "
                f"{est.describe()}"
            )
        return "\n".join(rows)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-able summary (the static table's row)."""
        def one(e: Estimate) -> dict[str, Any]:
            return {"n1": e.n1, "n2": e.n2, "m": e.m,
                    "size": None if e.size is None else round(e.size),
                    "low": round(e.low), "high": None if e.high is None else round(e.high)}

        return {"sample": self.sample, "seed": self.seed, "repeats": self.repeats,
                "kinds": list(self.kinds),
                "prompt": one(self.prompt), "structure": one(self.structure)}


def _distinct(keys: Iterable[str]) -> tuple[set[str], int]:
    seen: set[str] = set()
    repeats = 0
    for key in keys:
        if key in seen:
            repeats += 1
        seen.add(key)
    return seen, repeats


def estimate_capacity(
    family: str,
    difficulty: str = "medium",
    *,
    sample: int = DEFAULT_SAMPLE,
    seed: int = 1,
    **params: Any,
) -> Capacity:
    """Estimate how many distinct items ``family`` makes at ``difficulty``.

    Args:
        family: a registered family name.
        difficulty: ``easy``, ``medium`` or ``hard``.
        sample: items per batch (two batches are drawn), 10 to 200,000.
        seed: the seed the two batches' set seeds are derived from.
        **params: family parameters, as for :func:`logicgen.generate`.

    Returns:
        The :class:`Capacity`: estimates over the prompt and over the structure.

    Raises:
        UnknownFamily: the family is not registered.
        InvalidParams: the sample, seed, difficulty or a parameter is out of range.
    """
    from .core import check_seed, generate
    from .rng import SEED_BITS, derive

    if isinstance(sample, bool) or not isinstance(sample, int) or not (
            MIN_SAMPLE <= sample <= MAX_SAMPLE):
        raise InvalidParams(
            f"sample must be an integer between {MIN_SAMPLE} and {MAX_SAMPLE:,} "
            f"(got {describe_value(sample)})")
    seed = check_seed(seed)
    batches = [generate(family, sample, difficulty,
                        derive("capacity", seed, b) & ((1 << SEED_BITS) - 1), **params)
               for b in range(2)]
    first, repeats = _distinct(prompt_identity(i) for i in batches[0])
    second, _ = _distinct(prompt_identity(i) for i in batches[1])
    s_first, _ = _distinct(structure_identity(i) for i in batches[0])
    s_second, _ = _distinct(structure_identity(i) for i in batches[1])
    return Capacity(
        family=family,
        difficulty=difficulty,
        sample=sample,
        seed=seed,
        prompt=chapman(len(first), len(second), len(first & second)),
        structure=chapman(len(s_first), len(s_second), len(s_first & s_second)),
        repeats=repeats,
        kinds=tuple(sorted({i.data["kind"] for b in batches for i in b
                            if isinstance(i.data.get("kind"), str)})),
    )


def load_table() -> dict[str, dict[str, dict[str, Any]]]:
    """The static capacity table: family -> difficulty -> :meth:`Capacity.as_dict`.

    Empty when the file is missing (a trimmed installation).
    """
    from importlib.resources import files

    path = files("logicgen") / "data" / "capacity.json"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return {}
    table: dict[str, dict[str, dict[str, Any]]] = json.loads(text)["families"]
    return table


def table_cell(row: dict[str, dict[str, Any]] | None, levels: Iterable[str]) -> str:
    """One family's prompt capacities, level by level: ``e ~2.2k m ~9.6k h unlimited``.

    >>> table_cell({"easy": {"prompt": {"n1": 500, "n2": 500, "m": 0, "size": None,
    ...     "low": 83333, "high": None}}}, ["easy", "medium"])
    'e ≥83.3k m ?'
    """
    cells = []
    for level in levels:
        entry = (row or {}).get(level)
        if entry is None:
            cells.append(f"{level[0]} ?")
            continue
        p = entry["prompt"]
        est = Estimate(p["n1"], p["n2"], p["m"], p["size"], p["low"], p["high"])
        cells.append(f"{level[0]} {est.short()}")
    return " ".join(cells)
