"""Practice sets from question counts, the adaptive set, and leaving out figure items.

A *count list* names how many questions of each family and level a set holds:
``FAMILY[:LEVEL]=COUNT`` entries separated by commas (level ``medium`` unless
given), e.g. ``sequence.number:easy=3,deduction.syllogism:hard=2``. It is what
``logicgen practice --adaptive`` prints, and ``logicgen practice`` accepts it in
place of a blueprint. :func:`counts_set` builds the set through the blueprint
machinery (:func:`logicgen.blueprint.build_set`): one section per entry in the
order given, the sections mixed together and the questions rising in difficulty,
so the same count list and seed always give the same questions.

Figure items (the families that show pictures, ``sequence.figure`` and the like)
are recognised by their data: their ``data`` has a ``panels`` key.
:func:`without_figures` leaves them out of a set; :func:`figure_families` tells
which families make them, so an adaptive set can leave those families out before
it is planned (and keep its number of questions).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from ..errors import InvalidParams, describe_value
from ..registry import DIFFICULTIES

if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path

    from ..blueprint import Blueprint
    from ..item import Item
    from ..problemset import ProblemSet
    from .adaptive import Plan

__all__ = [
    "AdaptiveSet",
    "adaptive_lines",
    "adaptive_set",
    "base_mix",
    "counts_blueprint",
    "counts_set",
    "counts_text",
    "figure_families",
    "is_counts",
    "is_figure",
    "parse_counts",
    "without_figures",
]

Counts = list[tuple[str, str, int]]

#: the title of a set built from a count list
COUNTS_TITLE = "Practice mix"


def is_counts(text: str) -> bool:
    """Whether a practice argument is a count list rather than a blueprint name or path.

    >>> is_counts("sequence.number:easy=3"), is_counts("logic-test")
    (True, False)
    """
    return "=" in text


def counts_text(counts: Iterable[tuple[str, str, int]]) -> str:
    """The count list of ``(family, level, count)`` parts.

    >>> counts_text([("sequence.number", "easy", 3), ("quant.rates", "medium", 1)])
    'sequence.number:easy=3,quant.rates:medium=1'
    """
    return ",".join(f"{family}:{level}={n}" for family, level, n in counts)


def parse_counts(text: str) -> Counts:
    """The ``(family, level, count)`` parts of a count list, in its order.

    >>> parse_counts("sequence.number:easy=3, quant.rates=1")
    [('sequence.number', 'easy', 3), ('quant.rates', 'medium', 1)]

    Raises:
        InvalidParams, UnknownFamily: a malformed entry, an unknown family or
            level, a count that is not a whole number of questions, or too many.
    """
    from ..blueprint import MAX_ITEMS
    from ..dataset import parse_weights

    out = []
    for part in parse_weights(text):
        if part.weight.denominator != 1:
            raise InvalidParams(
                f"the count of {part.family}:{part.difficulty} must be a whole number of "
                f"questions (got {part.weight})"
            )
        out.append((part.family, part.difficulty, int(part.weight)))
    total = sum(n for _, _, n in out)
    if total > MAX_ITEMS:
        raise InvalidParams(
            f"a count list may ask for at most {MAX_ITEMS} questions (got {total} in "
            f"{describe_value(text)})"
        )
    return out


def counts_blueprint(counts: Sequence[tuple[str, str, int]], *, title: str = COUNTS_TITLE,
                     instructions: str = "", minutes: float | None = None) -> Blueprint:
    """The in-memory blueprint of a count list (its name is the count list itself)."""
    from ..blueprint import Blueprint, Section

    if not counts:
        raise InvalidParams("a count list needs at least one question (got none)")
    sections = tuple(
        Section(families=(family,), count=n,
                mix=tuple(1.0 if d == level else 0.0 for d in DIFFICULTIES))  # type: ignore[arg-type]
        for family, level, n in counts
    )
    return Blueprint(name=counts_text(counts), source="the count list", title=title,
                     sections=sections, instructions=instructions, minutes=minutes,
                     shuffle_questions=True, rising_difficulty=True)


def counts_set(counts: str | Sequence[tuple[str, str, int]], seed: int | None = None, *,
               title: str = COUNTS_TITLE, instructions: str = "",
               minutes: float | None = None) -> ProblemSet:
    """Build the set of a count list (text or parts): same counts and seed, same set.

    ``seed`` ``None`` draws a fresh one (kept in the set). Title, instructions and
    minutes are only shown; they never change the questions.

    >>> s = counts_set("sequence.number:easy=2,sequence.letter:hard=1", seed=5)
    >>> [(item.family, item.difficulty) for item in s.items]
    [('sequence.number', 'easy'), ('sequence.number', 'easy'), ('sequence.letter', 'hard')]
    >>> s.meta["blueprint"]
    'sequence.number:easy=2,sequence.letter:hard=1'
    """
    from ..blueprint import build_set

    parts = parse_counts(counts) if isinstance(counts, str) else list(counts)
    bp = counts_blueprint(parts, title=title, instructions=instructions, minutes=minutes)
    if seed is None:
        from ..rng import fresh_seed

        seed = fresh_seed()
    return build_set(bp, seed=seed)


# -- figure items ---------------------------------------------------------------------------


def is_figure(item: Item) -> bool:
    """Whether ``item`` shows pictures (its family declares ``figures``)."""
    from ..render import is_figure as drawn

    return drawn(item)


def without_figures(problem_set: ProblemSet) -> tuple[ProblemSet, int]:
    """``problem_set`` without its figure items, and how many were left out.

    The suggested minutes shrink in proportion, keeping the time per question.
    """
    kept = tuple(item for item in problem_set.items if not is_figure(item))
    dropped = len(problem_set.items) - len(kept)
    if not dropped:
        return problem_set, 0
    minutes = problem_set.minutes
    if minutes and kept:
        minutes = minutes * len(kept) / len(problem_set.items)
    return replace(problem_set, items=kept, minutes=minutes), dropped


def figure_families(names: Iterable[str]) -> list[str]:
    """Which of the families ``names`` make figure items (one sample item each)."""
    from ..core import make_item
    from ..registry import get

    out = []
    for name in dict.fromkeys(names):
        fam = get(name)
        sample = make_item(fam, fam.make_params(difficulty=fam.difficulties[0]), 0)
        if is_figure(sample):
            out.append(name)
    return out


# -- the adaptive set -----------------------------------------------------------------------


def base_mix(blueprint: str | Path | Blueprint) -> list[tuple[str, str, Fraction]]:
    """The ``(family, level, weight)`` mix of a blueprint or count list, in its order.

    A blueprint weighs each family and level by its number of slots; weights and
    count lists as :func:`logicgen.dataset.mixture` reads them.

    Raises:
        InvalidParams: a section sets family parameters, which a count list cannot
            carry (so the adaptive set could not be rebuilt from what it prints).
    """
    from ..dataset import mixture

    out: dict[tuple[str, str], Fraction] = {}
    for part in mixture(blueprint):
        if part.params:
            keys = ", ".join(k for k, _ in part.params)
            name = getattr(blueprint, "source", str(blueprint))
            raise InvalidParams(
                f"an adaptive set cannot keep section parameters, and {name} sets "
                f"{keys} for {part.family}; use a blueprint without params"
            )
        key = (part.family, part.difficulty)
        out[key] = out.get(key, Fraction(0)) + part.weight
    return [(family, level, weight) for (family, level), weight in out.items()]


@dataclass(frozen=True)
class AdaptiveSet:
    """An adaptive set with what it was made from (see :func:`adaptive_set`).

    Attributes:
        problem_set: the questions.
        plan: the ratings and weights (:class:`logicgen.practice.adaptive.Plan`).
        counts: the questions per family and level; ``counts_text(counts)`` and
            the seed rebuild the set.
        left_out: families left out because they make figure items.
    """

    problem_set: ProblemSet
    plan: Plan
    counts: Counts
    left_out: list[str]

    @property
    def seed(self) -> int:
        return int(self.problem_set.seed or 0)


def adaptive_set(
    blueprint: str | Path | Blueprint,
    history: Iterable[Mapping[str, Any]],
    seed: int | None = None,
    *,
    count: int | None = None,
    minutes: float | None = None,
    figures: bool = True,
) -> AdaptiveSet:
    """Plan and build the next set from ``blueprint``'s families and the history.

    Args:
        blueprint: the base: a blueprint (name, path or object) or a count list.
        history: saved answers, oldest first (see :func:`logicgen.practice.adaptive.plan`).
        seed: set seed; ``None`` draws a fresh one.
        count: number of questions; default the base's.
        minutes: shown time limit; default the blueprint's (kept per question).
        figures: ``False`` leaves out the families that make figure items.
    """
    from ..blueprint import load_blueprint
    from ..core import check_seed
    from ..registry import get
    from .adaptive import allocate, plan

    base = base_mix(blueprint)
    if isinstance(blueprint, str) and is_counts(blueprint):
        base_count = sum(n for _, _, n in parse_counts(blueprint))
        base_minutes, label = None, "count list"
    else:
        bp = load_blueprint(blueprint, check_families=False)
        base_count, base_minutes, label = bp.count, bp.minutes, bp.name
    n = base_count if count is None else count
    if minutes is None and base_minutes:
        minutes = base_minutes * n / base_count
    left_out: list[str] = []
    if not figures:
        left_out = figure_families(f for f, _, _ in base)
        base = [part for part in base if part[0] not in left_out]
        if not base:
            raise InvalidParams(
                f"every family of {label} makes figure items, so none is left without them"
            )
    if seed is None:
        from ..rng import fresh_seed

        seed = fresh_seed()
    seed = check_seed(seed)
    levels = {f: get(f).difficulties for f, _, _ in base}
    p = plan(history, base, levels=levels)
    counts = allocate(p.weights, n, seed)
    title = f"Adaptive practice from {label}"
    instructions = ("More questions of the kinds your history shows you miss or answer "
                    "slowly, at the level you answer about 70% right.")
    problem_set = counts_set(counts, seed, title=title, instructions=instructions,
                             minutes=minutes)
    return AdaptiveSet(problem_set, p, counts, left_out)


def adaptive_lines(made: AdaptiveSet, minutes: float | None = None) -> list[str]:
    """What ``logicgen practice --adaptive`` prints before the first question: the
    ratings, the questions per family and level, and the command that rebuilds the set."""
    p = made.plan
    lines = []
    if p.answers:
        lines.append(f"Weighted by {p.answers} answer{'s' if p.answers != 1 else ''} in the "
                     "history (a rating per family; the rule is in docs/practice.md):")
    else:
        lines.append("No answers in the history yet for these families: the blueprint's own mix.")
    per_family: dict[str, list[str]] = {}
    totals: dict[str, int] = {}
    for family, level, n in made.counts:
        per_family.setdefault(family, []).append(f"{n} {level}")
        totals[family] = totals.get(family, 0) + n
    width = max(len("family"), *(len(r.family) for r in p.ratings))
    lines.append(f"  {'family':<{width}}  answers  rating  expected at medium  share  questions")
    for r in p.ratings:
        questions = f"{totals.get(r.family, 0)}"
        if r.family in per_family:
            questions += f" ({', '.join(per_family[r.family])})"
        lines.append(f"  {r.family:<{width}}  {r.answers:>7}  {r.rating:>6.0f}  "
                     f"{100 * (1 - r.need):>17.0f}%  {100 * r.weight:>4.0f}%  {questions}")
    if made.left_out:
        lines.append(f"Left out the families that make figure items: {', '.join(made.left_out)}.")
    rebuild = f'logicgen practice "{counts_text(made.counts)}" -s {made.seed}'
    if minutes:
        rebuild += f" --minutes {minutes:g}"
    lines.append(f"Rebuild this set later: {rebuild}")
    return lines
