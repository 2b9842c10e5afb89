"""Direction sense: a walk of straight legs and turns; how far, and which way?

"Maya walks 4 km north, turns right and walks 3 km. How far is she from her
starting point in a straight line?" Each leg after the first either turns
(left, right or about, i.e. a U-turn) and goes on, or names a compass direction
outright. Questions:

* ``distance``: the straight-line distance from the start, exact: whole numbers
  (legs along one line, or a Pythagorean triple such as 3-4-5) or, at ``hard``,
  simplified square roots such as "5√2 km";
* ``direction``: the compass point of the end point as seen from the start
  (``start_direction``: of the start as seen from the end, the classic trap);
* ``facing``: the direction the walker faces at the end;
* ``distance_direction``: both at once ("5 km north-east").

The prompt states the compass convention in one line: a point both north and
east of the start counts as north-east, whatever the angle.

The generator tracks a heading index (0 = north, clockwise) and x/y totals; the
solver (:mod:`logicgen.solve.vectors`) instead turns a complex unit vector
(multiplying by i for a left turn) and sums the legs.

Distractors: the total length walked, the east-west plus north-south distance
(the "no Pythagoras" slip), the result of one turn taken the wrong way, the
opposite direction (start seen from the end) and the neighbouring compass points.

Difficulty: ``easy`` 2–3 legs, left/right turns, whole-number answers; ``medium``
3–4 legs, U-turns and named directions too; ``hard`` 4–5 legs, square-root
distances, the reversed direction question and combined questions.

``score`` is the solver's measured effort (:func:`logicgen.solve.vectors.effort`):
1 a leg added up and 0.5 a relative turn, plus what the question needs from the
end point (0.5 a compass point, 1.5 to reverse it, 0.5 a straight-line
distance, 1.5 for Pythagoras and 1 more for a square-root answer); a "facing"
question needs no leg added up, only 1 a turn after the last named direction,
plus 1. Bands kept per level: easy 1–5.5, medium 2–7, hard 4–10, so a medium
or hard "facing" question whose last leg names the heading is drawn again.
Hard is harder by Pythagoras with square roots and reversed or combined
questions, not by extra legs alone.

``data``: ``unit`` ("km" or "m"), ``legs`` (each ``{"turn": "left" | "right" |
"around" | null, "heading": "north" ... | null, "distance"}``; the first leg
names its heading), ``question`` (one of the kinds above).

>>> import logicgen
>>> item = logicgen.generate("deduction.directions", count=1, seed=1)[0]
>>> print(item.prompt)
Dev walks 50 m north, turns left and walks 80 m, then turns left and walks 10 m. In which
direction is Dev now from the starting point?
“North-east” means north and east by any amounts; likewise the other in-between points.
>>> item.answer
'north-west'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from math import isqrt
from typing import TYPE_CHECKING, Any, NamedTuple

from logicgen.data import FIRST_NAMES
from logicgen.data.deduction_grid_words import COMPASS_WORDS
from logicgen.generators.deduction._wording import key_among
from logicgen.kit import Draft, Wording
from logicgen.registry import BaseParams, family
from logicgen.solve import vectors as vectors_solver

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

HEADINGS = ("north", "east", "south", "west")
STEP = {0: (0, 1), 1: (1, 0), 2: (0, -1), 3: (-1, 0)}  # heading index -> (dx, dy)
TURN = {"right": 1, "left": 3, "around": 2}
LEGS = {"easy": (2, 3), "medium": (3, 4), "hard": (4, 5)}
QUESTIONS = {
    "easy": ("distance", "distance", "direction", "facing"),
    "medium": ("distance", "direction", "facing", "distance", "direction"),
    "hard": ("distance", "direction", "start_direction", "distance_direction", "facing"),
}
End = tuple[int, int, int]  # x, y and the heading index after the walk
#: The compass convention, stated once in one short line.
CONVENTION = "“North-east” means north and east by any amounts; likewise the other in-between points."


@family(
    "deduction.directions", version=3,
    solver=vectors_solver.solve,
    summary="Direction sense: walks with turns; distance and direction from the start",
    formats=("choice", "numeric"),
)
@dataclass(frozen=True)
class Params(BaseParams):
    """``numeric`` items always ask for a whole-number distance.

    "Which way is the walker facing?" has only four possible answers, so those
    items offer at most four options whatever ``n_options`` says.
    """


def _walk(legs: list[dict[str, Any]], flip: int = -1) -> tuple[int, int, int]:
    """(x, y, final heading index); ``flip`` takes that leg's turn the wrong way."""
    x = y = 0
    heading = 0
    for i, leg in enumerate(legs):
        if leg["heading"] is not None:
            heading = HEADINGS.index(leg["heading"])
        else:
            turn = leg["turn"]
            if i == flip and turn in ("left", "right"):
                turn = "left" if turn == "right" else "right"
            heading = (heading + TURN[turn]) % 4
        dx, dy = STEP[heading]
        x += dx * leg["distance"]
        y += dy * leg["distance"]
    return x, y, heading


def _compass(x: int, y: int) -> str:
    ns = "north" if y > 0 else "south" if y < 0 else ""
    ew = "east" if x > 0 else "west" if x < 0 else ""
    return f"{ns}-{ew}" if ns and ew else ns or ew


def _distance_text(x: int, y: int, unit: str) -> str:
    return _root_text(x * x + y * y, unit)


def _root_text(sq: int, unit: str) -> str:
    """√sq written exactly: a whole number or a·√b with b square-free."""
    root = isqrt(sq)
    if root * root == sq:
        return f"{root} {unit}"
    outside, inside = 1, sq
    f = 2
    while f * f <= inside:
        while inside % (f * f) == 0:
            inside //= f * f
            outside *= f
        f += 1
    return f"{outside}√{inside} {unit}" if outside > 1 else f"√{inside} {unit}"


def generate(params: Params, rng: np.random.Generator) -> Draft:
    diff = params.difficulty
    lo, hi = LEGS[diff]
    unit, scale = ("km", 1) if rng.random() < 0.6 else ("m", 10)
    kinds = QUESTIONS[diff] if params.format == "choice" else ("distance",)
    kind = kinds[int(rng.integers(len(kinds)))]
    for _ in range(500):
        n_legs = int(rng.integers(lo, hi + 1))
        legs: list[dict[str, Any]] = [
            {"turn": None, "heading": HEADINGS[int(rng.integers(4))], "distance": 0}
        ]
        for _ in range(n_legs - 1):
            r = float(rng.random())
            if diff != "easy" and r < 0.15:
                legs.append({"turn": None, "heading": HEADINGS[int(rng.integers(4))], "distance": 0})
            elif diff != "easy" and r < 0.3:
                legs.append({"turn": "around", "heading": None, "distance": 0})
            else:
                side = "left" if rng.random() < 0.5 else "right"
                legs.append({"turn": side, "heading": None, "distance": 0})
        for leg in legs:
            leg["distance"] = int(rng.integers(1, 11)) * scale
        x, y, _ = _walk(legs)
        if (x, y) == (0, 0):
            continue
        if kind in ("distance", "distance_direction"):
            whole = isqrt(x * x + y * y) ** 2 == x * x + y * y
            if not whole and (params.format == "numeric" or diff != "hard"):
                continue
            if whole and diff == "hard" and rng.random() < 0.6:
                continue  # hard: mostly square roots
            if whole and (x == 0 or y == 0) and rng.random() < 0.5:
                continue  # prefer a right-angled triangle to a straight line
        break
    x, y, heading = _walk(legs)
    answer = QUESTION_KINDS[kind].answer(x, y, heading, unit)
    if params.format == "numeric":
        answer = answer.split()[0]  # numeric items ask for the number of units
    n_turns = sum(1 for leg in legs if leg["turn"])
    root = "√" in answer
    score = len(legs) + 0.5 * n_turns + (1.0 if root else 0.0)
    score += 1.0 if kind in ("start_direction", "distance_direction") else 0.0
    data = {"unit": unit, "legs": legs, "question": kind}
    return Draft(data=data, answer=answer, score=score, spec={"end": (x, y, heading)})


def _distance(x: int, y: int, heading: int, unit: str) -> str:
    return _distance_text(x, y, unit)


def _wrong_distance(draft: Draft, add: Callable[[str], None], flips: list[End]) -> None:
    """The taxicab distance, the total walked, a turn taken the wrong way, near values."""
    kind, unit = draft.data["question"], draft.data["unit"]
    x, y, _ = draft.spec["end"]
    where = _compass(x, y)
    tail = f" {where}" if kind == "distance_direction" else ""
    if kind == "distance_direction":
        add(f"{_distance_text(x, y, unit)} {_compass(-x, -y)}")
    add(f"{abs(x) + abs(y)} {unit}{tail}")
    add(f"{sum(leg['distance'] for leg in draft.data['legs'])} {unit}{tail}")
    for fx, fy, _ in flips:
        if (fx, fy) != (0, 0):
            add(f"{_distance_text(fx, fy, unit)}{tail}")
    step = 10 if unit == "m" else 1
    for d in (step, -step, 2 * step, -2 * step, 3 * step, 4 * step, 5 * step):
        alt = _distance_text(x, y, unit).split()[0]
        if "√" not in alt and int(alt) + d > 0:
            add(f"{int(alt) + d} {unit}{tail}")
    if "√" in draft.answer:
        add(f"{_root_text(abs(x * x - y * y) or 1, unit)}{tail}")  # subtracted the squares
    sq = x * x + y * y
    for k in (1, -1, 2, -2, 3, 4, 5, 6):
        if sq + k * step * step > 0:
            add(f"{_root_text(sq + k * step * step, unit)}{tail}")


def _wrong_direction(draft: Draft, add: Callable[[str], None], flips: list[End]) -> None:
    """The point read from the wrong end, a mirrored axis, a wrong turn, neighbours."""
    kind = draft.data["question"]
    x, y, _ = draft.spec["end"]
    ex, ey = (x, y) if kind == "direction" else (-x, -y)
    add(_compass(-ex, -ey))  # read from the wrong end
    add(_compass(-ex, ey))  # east and west swapped
    add(_compass(ex, -ey))
    for fx, fy, _ in flips:
        if (fx, fy) != (0, 0):
            add(_compass(fx, fy) if kind == "direction" else _compass(-fx, -fy))
    i = COMPASS_WORDS.index(_compass(ex, ey))
    for step in (1, -1, 2, -2, 3, -3):
        add(COMPASS_WORDS[(i + step) % 8])


def _wrong_facing(draft: Draft, add: Callable[[str], None], flips: list[End]) -> None:
    """Facing back the way, after a wrong turn, or a quarter turn off."""
    heading = draft.spec["end"][2]
    add(HEADINGS[(heading + 2) % 4])
    for _, _, fh in flips:
        add(HEADINGS[fh])
    add(HEADINGS[(heading + 1) % 4])
    add(HEADINGS[(heading + 3) % 4])


def _says_distance(x: int, y: int, heading: int, unit: str) -> str:
    if x and y:
        return (f"Straight-line distance (Pythagoras): √({abs(x)}² + {abs(y)}²) = √{x * x + y * y} "
                f"= {_distance_text(x, y, unit)}.")
    return (f"It lies due {_compass(x, y)} of the start, so the straight-line distance is "
            f"{_distance_text(x, y, unit)}.")


def _says_direction(x: int, y: int, heading: int, unit: str) -> str:
    return f"Seen from the start, the end point lies {_compass(x, y)}."


class Question(NamedTuple):
    """One kind of question: its wording, key, wrong answers and worked lines."""

    ask: str  #: the question, about ``{name}``
    answer: Callable[[int, int, int, str], str]  #: the key from (x, y, heading, unit)
    wrong: Callable[[Draft, Callable[[str], None], list[End]], None]  #: adds wrong answers
    says: tuple[Callable[[int, int, int, str], str], ...]  #: the solution's closing lines
    convention: bool  #: whether the compass convention is stated


QUESTION_KINDS: dict[str, Question] = {
    "distance": Question(
        "How far is {name} from the starting point, in a straight line?", _distance,
        _wrong_distance, (_says_distance,), False),
    "direction": Question(
        "In which direction is {name} now from the starting point?",
        lambda x, y, h, u: _compass(x, y), _wrong_direction, (_says_direction,), True),
    "start_direction": Question(
        "In which direction is the starting point from where {name} is now?",
        lambda x, y, h, u: _compass(-x, -y), _wrong_direction,
        (lambda x, y, h, u: f"The end point lies {_compass(x, y)} of the start, so the start "
         f"lies the opposite way from the end point: {_compass(-x, -y)}.",), True),
    "facing": Question(
        "Which direction is {name} facing at the end?", lambda x, y, h, u: HEADINGS[h],
        _wrong_facing, (lambda x, y, h, u: f"After the last leg the walker faces {HEADINGS[h]}.",),
        False),
    "distance_direction": Question(
        "How far from the starting point is {name}, in a straight line, and in which direction?",
        lambda x, y, h, u: f"{_distance_text(x, y, u)} {_compass(x, y)}", _wrong_distance,
        (_says_distance, _says_direction), True),
}


def _wrong(draft: Draft) -> list[str]:
    """Wrong answers, most tempting first."""
    legs = draft.data["legs"]
    out: list[str] = []

    def add(text: str) -> None:
        if text and text != draft.answer and text not in out:
            out.append(text)

    flips = [_walk(legs, i) for i in range(len(legs)) if legs[i]["turn"] in ("left", "right")]
    QUESTION_KINDS[draft.data["question"]].wrong(draft, add, flips)
    return out


def _leg_text(leg: dict[str, Any], unit: str, first: bool) -> str:
    d = f"{leg['distance']} {unit}"
    if first:
        return f"walks {d} {leg['heading']}"
    if leg["heading"] is not None:
        return f"then walks {d} {leg['heading']}"
    if leg["turn"] == "around":
        return f"turns around and walks {d}"
    return f"turns {leg['turn']} and walks {d}"


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    data = draft.data
    name = str(FIRST_NAMES[int(rng.integers(len(FIRST_NAMES)))])
    unit = data["unit"]
    parts = [_leg_text(leg, unit, i == 0) for i, leg in enumerate(data["legs"])]
    last = parts[-1] if parts[-1].startswith("then ") else "then " + parts[-1]
    walk = f"{name} " + ", ".join(parts[:-1]) + ", " + last + "."
    asked = QUESTION_KINDS[data["question"]]
    prompt = f"{walk} {asked.ask.format(name=name)}"
    if params.format == "numeric":
        prompt += f" Give the answer in {'kilometres' if unit == 'km' else 'metres'}."
    if asked.convention:
        prompt += f"\n{CONVENTION}"
    if params.format == "numeric":
        return Wording(prompt, [])
    return Wording(prompt, key_among(rng, draft.answer, _wrong(draft), params.n_options))


def explain(draft: Draft) -> str:
    data = draft.data
    unit = data["unit"]
    lines = ["Put the start at (0, 0) with east along x and north along y, and follow the legs."]
    x = y = 0
    heading = 0
    for i, leg in enumerate(data["legs"]):
        if leg["heading"] is not None:
            heading = HEADINGS.index(leg["heading"])
            how = f"Walk {leg['distance']} {unit} {leg['heading']}"
        else:
            old = HEADINGS[heading]
            heading = (heading + TURN[leg["turn"]]) % 4
            how = (
                f"Facing {old}, turn {leg['turn']}: now facing {HEADINGS[heading]}; "
                f"walk {leg['distance']} {unit}"
            )
        dx, dy = STEP[heading]
        x += dx * leg["distance"]
        y += dy * leg["distance"]
        lines.append(f"{i + 1}. {how}, reaching ({x}, {y}).")
    offsets = []
    if x:
        offsets.append(f"{abs(x)} {unit} {'east' if x > 0 else 'west'}")
    if y:
        offsets.append(f"{abs(y)} {unit} {'north' if y > 0 else 'south'}")
    lines.append(f"The end point is {' and '.join(offsets)} of the start.")
    lines += [say(x, y, heading, unit) for say in QUESTION_KINDS[data["question"]].says]
    lines.append(f"Answer: {draft.answer}.")
    return "\n".join(lines)


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "facing": (
        "Track only the facing: a right turn goes N→E→S→W, a left turn the other way; "
        "ignore the distances."
    ),
    "direction": (
        "Add the east–west moves and the north–south moves separately; their signs give "
        "the direction."
    ),
    "distance": (
        "Add the east–west and north–south moves separately; the straight-line distance "
        "is √(x² + y²)."
    ),
    "distance_direction": (
        "Net east–west and north–south moves give both answers: √(x² + y²) for distance, "
        "their signs for direction."
    ),
    "start_direction": (
        "Find where the walker ends from the start; the start lies in the opposite "
        "direction."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("question")


EFFORT = vectors_solver.effort
BANDS = {"easy": (1.0, 5.5), "medium": (2.0, 7.0), "hard": (4.0, 10.0)}
