"""Seating deductions: who sits where at a round table or along the two sides of a long table.

Two layouts:

* ``round``: 4–8 people evenly spaced round a round table, all facing the
  centre. Seatings that differ only by turning the table count as the same, and
  "left"/"right" are from the sitter's own point of view (so the person
  immediately to your left is the next one round the table to your left).
* ``rows``: 4, 6 or 8 people at a long table, half on the window side and half
  on the door side, each seat directly facing one on the other side; again
  "left"/"right" are the sitter's own.

Clue kinds: *left* / *right* ("A sits immediately to B's left"), *next to*, *not
next to*, *opposite*, *not opposite* (even numbers only), and for the long table
also *corner seat* / *not a corner seat*, *on the window (door) side*, *same
side* and *opposite sides*. The clues always allow exactly one seating (up to
turning a round table). Questions: who sits directly opposite X, or immediately
to X's left or right.

The puzzle is drawn like the ordering puzzles (a random seating, then true
clues that each rule something out until one seating is left; then every
redundant clue is dropped) and the worked solution is the same kind of
deduction chain over numbered seats, with single-level case splits.

Difficulty: ``easy`` 4–5 people, only left/right/next to/opposite clues, no
case split; ``medium`` 5–6 people, all clue kinds, at most one case split;
``hard`` 7–8 people, more negative clues and up to three case splits (hard is
harder because negative clues force case analysis). The long table comes at
``hard`` only: its extra convention and side clues take an easy or medium item
over its time cap. Items are drawn again while
their estimated solving time is over the level's cap (:mod:`logicgen.timing`:
45 s at easy and medium, 90 s at hard). ``n_people`` (4–8) overrides the size
and lifts the cap, as ``layout="rows"`` does; the long table needs an even number.

``score`` is the solver's measured effort
(:func:`logicgen.solve.permutations.seating_effort`): propagation over each
person's open seats (:mod:`logicgen.solve.propagation`; at a round table the
first person is pinned), 0.5 a clue step that crosses a seat out, 0.5 a trial,
2 a split, plus 0.75 a person drawn into the sketch and 0.5 a negative clue.
Bands kept per level: easy 5–8.5, medium 5.5–11, hard 8–35, so a hard table
always needs more than placing people clue by clue. Hard is harder by clues
that only work together (trials, splits), not only by a bigger table.

Options are the other people's names, so ``n_options`` can be at most
``n_people - 1`` (at most 7), and when ``n_people`` is not given the table has
at least ``n_options + 1`` people (six with the default five options, also at
``easy``). Distractors: for "left", the person on X's right
(the mirror-image mistake of reading left and right from above) and the person
two seats along (off by one); for "opposite", X's neighbours; in every case the
answer of a near-solution (a seating that meets every clue but one).

>>> import logicgen
>>> item = logicgen.generate("deduction.seating", count=1, seed=1)[0]
>>> print(item.prompt)
Six friends (Dev, Kofi, Vera, Keiko, Farah and Olga) sit evenly spaced around a round table,
facing the centre; left and right are each sitter's own.
The following are true:
1. Vera does not sit next to Farah.
2. Dev sits directly opposite Vera.
3. Kofi sits next to Farah.
4. Vera sits immediately to Olga's left.
<BLANKLINE>
Who sits directly opposite Kofi?
>>> item.answer
'Keiko'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.data.deduction_scenes import (
    NUMBER_WORDS,
    SEATING_QUESTIONS,
    SEATING_SCENES,
)
from logicgen.errors import InvalidParams
from logicgen.generators.deduction import _arrangements as engine
from logicgen.generators.deduction._arrangements import Clue, Parts, Space
from logicgen.generators.deduction._wording import NO_PUZZLE, cap, join, no_puzzle
from logicgen.kit import Draft, Draw, Wording
from logicgen.registry import BaseParams, check_choice, check_int, family
from logicgen.solve.permutations import seating_effort, solve_seating

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "explain", "generate", "render"]

LAYOUTS = ("mixed", "round", "rows")
NEGATIVE = ("not_next_to", "not_opposite", "not_end", "other_side")

LEVELS: dict[str, dict[str, Any]] = {
    "easy": {
        "n": (4, 5),
        "weights": {"left": 3, "right": 3, "next_to": 2, "opposite": 2, "side": 2,
                    "same_side": 1},
        "minimal": True, "max_splits": 0, "rows": 0.0,
    },
    "medium": {
        "n": (5, 6),
        "weights": {"left": 2, "right": 2, "next_to": 2, "not_next_to": 2, "opposite": 2,
                    "not_opposite": 1, "end": 1, "not_end": 1, "side": 1, "same_side": 1,
                    "other_side": 1},
        "minimal": True, "max_splits": 1, "rows": 0.0,
    },
    "hard": {
        "n": (7, 8),
        "weights": {"left": 2, "right": 2, "next_to": 2, "not_next_to": 3, "opposite": 1,
                    "not_opposite": 2, "end": 1, "not_end": 2, "side": 1, "same_side": 1,
                    "other_side": 2},
        "minimal": True, "max_splits": 3, "rows": 0.4,
    },
}


@family(
    "deduction.seating", version=3,
    solver=solve_seating,
    summary="Seating: a round table or two facing sides; who sits opposite or beside whom",
    formats=("choice",),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """``n_people``: 4–8 (default: by difficulty); ``layout``: mixed, round or rows."""

    n_people: int | None = None
    layout: str = "mixed"

    def timed(self) -> bool:
        # a size or the long table asked for: the item is as long as asked
        return self.n_people is None and self.layout != "rows"

    def check(self) -> None:
        check_choice("layout", self.layout, LAYOUTS)
        if self.n_people is not None:
            check_int("n_people", self.n_people, 4, 8)
            if self.layout == "rows" and self.n_people % 2:
                raise InvalidParams(
                    f"n_people must be even (4, 6 or 8) for the rows layout (got {self.n_people})"
                )
            if self.n_options > self.n_people - 1:
                raise InvalidParams(
                    f"n_options must be between 3 and {self.n_people - 1} when n_people is "
                    f"{self.n_people} (got {self.n_options})"
                )
        elif self.n_options > 7:
            raise InvalidParams(
                f"n_options must be between 3 and 7 for seating puzzles (got {self.n_options})"
            )


# -- seat geometry as the generator sees it ------------------------------------------------
#
# Round table: seats 0..n-1, seat s+1 (mod n) immediately to the left of seat s.
# Long table: seat p is on side p // m (0 window, 1 door) at index p % m, counted
# left to right as that side's sitters see it; window index k faces door index m-1-k.


@functools.cache
def _tests(layout: str, n: int) -> dict[str, Callable[..., bool]]:
    if layout == "round":
        half = n // 2
        return {
            "left": lambda x, y: x == (y + 1) % n,
            "right": lambda x, y: x == (y - 1) % n,
            "next_to": lambda x, y: (x - y) % n in (1, n - 1),
            "not_next_to": lambda x, y: (x - y) % n not in (1, n - 1),
            "opposite": lambda x, y: n % 2 == 0 and (x - y) % n == half,
            "not_opposite": lambda x, y: (x - y) % n != half,
        }
    m = n // 2

    def same(x: int, y: int) -> bool:
        return x // m == y // m

    return {
        "left": lambda x, y: same(x, y) and x % m == y % m - 1,
        "right": lambda x, y: same(x, y) and x % m == y % m + 1,
        "next_to": lambda x, y: same(x, y) and abs(x % m - y % m) == 1,
        "not_next_to": lambda x, y: not (same(x, y) and abs(x % m - y % m) == 1),
        "opposite": lambda x, y: not same(x, y) and x % m == m - 1 - y % m,
        "not_opposite": lambda x, y: same(x, y) or x % m != m - 1 - y % m,
        "end": lambda x: x % m in (0, m - 1),
        "not_end": lambda x: x % m not in (0, m - 1),
        "side_window": lambda x: x < m,
        "side_door": lambda x: x >= m,
        "same_side": same,
        "other_side": lambda x, y: not same(x, y),
    }


def _test_name(clue: Clue) -> str:
    return f"side_{clue['side']}" if clue["type"] == "side" else str(clue["type"])


def _parts(layout: str, n: int) -> Parts:
    """How the engine reads a clue at this table: key, people, test on their seats."""
    tests = _tests(layout, n)
    prefix = {name: f"{layout}:{name}" for name in tests}

    def parts(clue: Clue) -> tuple[tuple[Any, ...], tuple[int, ...], Callable[..., bool]]:
        name = _test_name(clue)
        ents = (clue["a"], clue["b"]) if "b" in clue else (clue["a"],)
        return (prefix[name], *ents), ents, tests[name]

    return parts


@functools.cache
def _shapes(layout: str, n: int) -> dict[str, list[tuple[Any, ...]]]:
    """Per clue kind, the seat tuples on which such a clue is true (cached per table).

    One-seat kinds hold ``(seat,)`` (``side`` holds ``(seat, side name)``); the
    left/right kinds hold ordered seat pairs; the symmetric kinds hold pairs once.
    """
    tests = _tests(layout, n)
    m = n // 2
    shapes: dict[str, list[tuple[Any, ...]]] = {k: [] for k in LEVELS["hard"]["weights"]}
    pairs = ["next_to", "not_next_to"]
    if n % 2 == 0:
        pairs += ["opposite", "not_opposite"]
    if layout == "rows":
        pairs += ["same_side", "other_side"]
        for x in range(n):
            if m > 2:
                shapes["end" if tests["end"](x) else "not_end"].append((x,))
            shapes["side"].append((x, "window" if x < m else "door"))
    for x in range(n):
        for y in range(n):
            if x == y:
                continue
            for kind in ("left", "right"):
                if tests[kind](x, y):
                    shapes[kind].append((x, y))
            if x < y:
                for kind in pairs:
                    if tests[kind](x, y):
                        shapes[kind].append((x, y))
    return shapes


def _build(kind: str, shape: tuple[Any, ...], who: list[int]) -> Clue:
    """The clue of ``kind`` about the people in the seats of ``shape``."""
    if kind == "side":
        return {"type": kind, "a": who[shape[0]], "side": shape[1]}
    if len(shape) == 1:
        return {"type": kind, "a": who[shape[0]]}
    a, b = who[shape[0]], who[shape[1]]
    if kind not in ("left", "right"):
        a, b = min(a, b), max(a, b)
    return {"type": kind, "a": a, "b": b}


# -- generate ------------------------------------------------------------------------------


def _relative(layout: str, n: int, seat: list[int], kind: str, x: int) -> int | None:
    """The seat in relation ``kind`` (left, right, opposite) to seat ``x``, if any."""
    return _seat_in_relation(layout, n, kind, x)


@functools.cache
def _seat_in_relation(layout: str, n: int, kind: str, x: int) -> int | None:
    """:func:`_relative` of a table (worked out once per table, relation and seat)."""
    tests = _tests(layout, n)
    found = [s for s in range(n) if s != x and tests[kind](s, x)]
    return found[0] if found else None


def _stated(kind: str, target: int, subject: int, clues: list[Clue]) -> bool:
    """True when a clue says outright that ``target`` is in relation ``kind`` to ``subject``."""
    for c in clues:
        pair = (c["a"], c.get("b"))
        if kind == "opposite" and c["type"] == "opposite" and set(pair) == {target, subject}:
            return True
        if kind == "left" and ((c["type"] == "left" and pair == (target, subject))
                               or (c["type"] == "right" and pair == (subject, target))):
            return True
        if kind == "right" and ((c["type"] == "right" and pair == (target, subject))
                                or (c["type"] == "left" and pair == (subject, target))):
            return True
    return False


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draws = Draw(rng, batch=64, forward=True)
    level = LEVELS[params.difficulty]
    low, high = level["n"]
    for _ in range(60):
        if params.n_people is not None:
            n = params.n_people
        else:
            n = max(draws.integers(low, high + 1), params.n_options + 1)
        layout = params.layout
        if layout == "mixed":
            layout = "rows" if n % 2 == 0 and draws.random() < level["rows"] else "round"
        if layout == "rows" and n % 2:
            n += 1 if n < 8 else -1
        sp = engine.space(n, (0, 0) if layout == "round" else None)
        who = draws.permutation(n) if layout == "rows" else (
            [0] + [x + 1 for x in draws.permutation(n - 1)])
        seat = [0] * n  # who[s] sits in seat s
        for s, person in enumerate(who):
            seat[person] = s
        pool = _shapes(layout, n)
        weights = {k: w for k, w in level["weights"].items() if pool.get(k)}
        parts = _parts(layout, n)

        def mask(c: Clue, sp: Space = sp, parts: Parts = parts) -> int:
            return sp.mask(*parts(c))

        def make(kind: str, shape: tuple[Any, ...], who: list[int] = who) -> Clue:
            return _build(kind, shape, who)

        clues = engine.draw_clues(draws, sp, pool, weights, mask, make, minimal=level["minimal"])
        if clues is None:
            continue
        doms = [set(range(n)) for _ in range(n)]
        if layout == "round":
            doms = [{0}] + [set(range(1, n)) for _ in range(n - 1)]
        chain = engine.deduce(doms, engine.constraints(sp, clues, parts), seat, n)
        if chain is None or chain[1] > level["max_splits"]:
            continue
        trace, splits = chain
        kinds = ["left", "right"] + (["opposite"] if n % 2 == 0 else [])
        kind = draws.pick(kinds)
        subjects = [
            p for p in range(n)
            if (rel := _relative(layout, n, seat, kind, seat[p])) is not None
            and not _stated(kind, who[rel], p, clues)
        ]
        if not subjects:
            continue
        subject = draws.pick(subjects)
        target = who[_relative(layout, n, seat, kind, seat[subject])]  # type: ignore[index]
        ranked: list[int] = []
        for arr in engine.near_solutions(sp, clues, mask):  # the answer of a near-solution
            rel = _relative(layout, n, list(arr), kind, arr[subject])
            if rel is not None:
                ranked.append(list(arr).index(rel))
        mirror = {"left": "right", "right": "left", "opposite": "left"}[kind]
        for k in (mirror, "right" if kind == "opposite" else kind, "opposite"):
            rel = _relative(layout, n, seat, k, seat[subject])
            if rel is not None:
                ranked.append(who[rel])
        if kind in ("left", "right"):  # two seats along: off by one
            rel = _relative(layout, n, seat, kind, seat[target])
            if rel is not None:
                ranked.append(who[rel])
        ranked += draws.permutation(n)
        wrong: list[int] = []
        for p in ranked:
            if p not in (subject, target) and p not in wrong:
                wrong.append(p)
        wrong = wrong[: params.n_options - 1]
        negative = sum(c["type"] in NEGATIVE for c in clues)
        score = n + 0.5 * len(clues) + 0.5 * negative + 1.5 * splits + (layout == "rows")
        if layout == "round":
            solution: dict[str, Any] = {"seats": who}
        else:
            solution = {"window": who[: n // 2], "door": who[n // 2:]}
        data = {
            "layout": layout, "n": n, "clues": clues,
            "question": {"kind": kind, "a": subject}, "solution": solution,
        }
        spec = {"trace": trace, "splits": splits, "target": target, "wrong": wrong, "who": who}
        return Draft(data=data, answer="", score=score, spec=spec)  # render words the key
    return Draft(
        data={"layout": "round", "n": 0, "clues": [], "question": {"kind": "left", "a": 0},
              "solution": {}},
        answer="", score=0.0, spec=None,
    )


# -- render and explain ----------------------------------------------------------------------


def _seat_names(layout: str, n: int) -> Callable[[Sequence[int]], str]:
    m = n // 2

    def one(p: int) -> str:
        if layout == "round":
            return str(p + 1)
        return f"{'window' if p < m else 'door'} seat {p % m + 1}"

    def places(ps: Sequence[int]) -> str:
        if layout == "round":
            words = [one(p) for p in ps]
            return f"seat {words[0]}" if len(words) == 1 else "seats " + join(words, "or")
        parts = []
        for side, seats in (("window", [p for p in ps if p < m]), ("door", [p for p in ps if p >= m])):
            if len(seats) == m:
                parts.append(f"any {side} seat")
            elif seats:
                nums = [str(p % m + 1) for p in seats]
                parts.append(f"{side} seat{'s' if len(nums) > 1 else ''} {join(nums, 'or')}")
        return " or ".join(parts)

    return places


def _clue_text(clue: Clue, layout: str, names: list[str]) -> str:
    t = SEATING_SCENES[layout]
    key = f"side_{clue['side']}" if clue["type"] == "side" else clue["type"]
    fields = {"A": names[clue["a"]]}
    if "b" in clue:
        fields["b"] = names[clue["b"]]
    return t[key].format(**fields)


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    """The prompt and options; the names and so the key's wording are drawn here."""
    draws = Draw(rng, batch=64, forward=True)
    data = draft.data
    n = data["n"]
    names = [FIRST_NAMES[i] for i in draws.choice(len(FIRST_NAMES), n)]
    if draft.spec is None:
        return no_puzzle({"names": names})
    layout = data["layout"]
    intro = SEATING_SCENES[layout]["intro"].format(
        N=NUMBER_WORDS[n].capitalize(), names=join(names), m=NUMBER_WORDS[n // 2])
    q = data["question"]
    return engine.worded(
        draws, intro, data["clues"], [_clue_text(c, layout, names) for c in data["clues"]],
        SEATING_QUESTIONS[q["kind"]].format(a=names[q["a"]]),
        [draft.spec["target"], *draft.spec["wrong"]], names.__getitem__,
        lambda p: {"kind": q["kind"], "a": p, "b": q["a"]}, {"names": names},
    )


def explain(instance: Draft) -> str:
    data = instance.data
    if instance.spec is None:
        return NO_PUZZLE
    layout, n, names = data["layout"], data["n"], data["names"]
    who = instance.spec["who"]
    places = _seat_names(layout, n)
    if layout == "round":
        lines = [
            f"Only where people sit relative to one another matters, so put {names[0]} in seat 1 "
            f"and number the seats 1 to {n} going round the table to each sitter's left: the "
            f"person in seat k+1 sits immediately to the left of the person in seat k, and seat "
            f"1 is immediately to the left of seat {n}."
            + (f" Seat k faces seat k+{n // 2}." if n % 2 == 0 else "")
        ]
    else:
        m = n // 2
        lines = [
            (f"Number each side's seats 1 to {m} from left to right as that side's sitters see "
             f"them. Window seat k then faces door seat {m + 1}\u2212k, and the corner seats "
             f"are seats 1 and {m} of each side.")
        ]
    lines.append("Keep, for each person, the seats still possible, and apply the clues in turn.")
    steps = engine.narrate(
        instance.spec["trace"], lambda e: names[e], places, lambda i: f"clue {i + 1}", "seat"
    )
    lines += [cap(s) for s in steps]
    if layout == "round":
        lines.append(
            "So the seating, going round to the left from seat 1, is: "
            + ", ".join(names[p] for p in who) + f" (and then back to {names[who[0]]})."
        )
    else:
        m = n // 2
        lines.append(
            "So the window side, left to right as they see it, is "
            + ", ".join(names[p] for p in who[:m])
            + "; the door side, left to right as they see it, is "
            + ", ".join(names[p] for p in who[m:]) + "."
        )
    q = data["question"]
    seat = {p: s for s, p in enumerate(who)}
    target = instance.spec["target"]
    relation = {
        "opposite": "directly opposite",
        "left": "immediately to the left of",
        "right": "immediately to the right of",
    }[q["kind"]]
    lines.append(
        f"{names[q['a']]} is in {places([seat[q['a']]])}; the seat {relation} it is "
        f"{places([seat[target]])}, where {names[target]} sits. The answer is {instance.answer}."
    )
    return "\n".join(lines)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "round": (
        "Seat one person anywhere (turning the table changes nothing), then place each "
        "clue's partner next to someone seated."
    ),
    "rows": (
        "Number each side's seats as its sitters see them; seat k on one side faces seat "
        "m + 1 − k opposite."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("layout")


EFFORT = seating_effort
BANDS = {"easy": (5.0, 8.5), "medium": (5.5, 11.0), "hard": (8.0, 35.0)}
