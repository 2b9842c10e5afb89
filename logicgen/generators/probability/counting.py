"""Counting: arrangements in a row or round a table, committees, officer posts, words.

Kinds (``data["kind"]``):

* ``row_together`` / ``row_apart`` / ``row_ends``: n people in a row of n
  seats, where two named people must sit next to each other, must not, or must
  take the two end seats;
* ``circle`` / ``circle_together`` / ``circle_apart``: n people round a round
  table with n seats, where seatings that differ only by turning the table count
  as the same (mirror images count as different);
* ``committee_exclude`` / ``committee_include``: a committee of k from n people
  that must leave out / must include one named person;
* ``committee_not_both``: two named people refuse to serve together;
* ``committee_exact`` / ``committee_at_least``: people from two groups, exactly
  j (or at least j) of the committee from the first group;
* ``officers``: distinct posts (chair, secretary, ...) filled by different people;
* ``word`` / ``word_vowels``: distinct arrangements of the letters of a word with
  repeated letters (optionally with all the vowels together in one block).

The generator counts with formulas (``2·(n−1)!``, ``C(n−1, k)``, ``n!/∏c!``,
complements); the solver (:mod:`logicgen.solve.counting`) lists the
arrangements or selections with :mod:`itertools` and counts the ones that meet
the condition. Every prompt says whether order matters and what counts as
different.

Distractors are named mistakes: ordered instead of unordered choices (and the
reverse), forgetting that a glued pair can swap, forgetting the turns of a
round table or also merging mirror images, counting the complement, ignoring
the condition, adding instead of multiplying, overcounting "at least one" by
choosing one first, forgetting repeated letters or dividing by only one of the
repeats.

Difficulty: ``easy`` has one condition or none (glued pair in a row, plain round
table, include/exclude one person, officer posts, short words); ``medium`` adds
complements, two-group committees, round tables with a pair and 6–8 letter
words; ``hard`` adds round tables with a separated pair, "at least" committees,
long words (up to 11 letters) and vowel blocks.

``score`` is the solver's measured effort, :func:`logicgen.solve.counting.effort`:
1 for the basic count + 1 per condition + 1 for a round table + half a step for
a glued pair's two orders + 1 for a complement + 1 for a product of two choices
+ 1 for a vowel block's own orders + 0.5 per repeated letter kind (at most 1.5)
+ half a step per officer post, one term per case of an "at least" committee
(or of its complement), and a quarter step per digit beyond two of the largest
count written down (at most 1). Each level keeps the items within its band
(:data:`BANDS`): hard items need a complement, a block or several cases (3 steps
or more), and a short word with no repeats is redrawn there.

>>> import logicgen
>>> item = logicgen.generate("probability.counting", count=1, seed=1)[0]
>>> print(item.prompt)  # doctest: +NORMALIZE_WHITESPACE
A committee of 3 is to be chosen from 3 teachers and 4 parents. The order of choosing does not
matter. How many different committees are possible if exactly 1 of its members is a teacher?
>>> item.choices, item.answer
(('9', '35', '45', '36', '18'), '18')
"""

from __future__ import annotations

from dataclasses import dataclass
from math import comb, factorial, perm
from typing import TYPE_CHECKING, Any

from logicgen.data import FIRST_NAMES
from logicgen.errors import InvalidParams
from logicgen.generators.probability._common import Drawn, Wrong, numeric_draft
from logicgen.kit import Draft, Draw, Wording
from logicgen.registry import KindParams, check_int, family
from logicgen.solve.counting import effort, solve_counting

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["KINDS", "WORDS", "Params", "generate", "render"]

KINDS = (
    "row_together", "row_apart", "row_ends", "circle", "circle_together", "circle_apart",
    "committee_exclude", "committee_include", "committee_not_both", "committee_exact",
    "committee_at_least", "officers", "word", "word_vowels",
)
LEVELS: dict[str, tuple[str, ...]] = {
    "easy": ("row_together", "circle", "committee_exclude", "committee_include", "officers",
             "word"),
    "medium": ("row_apart", "row_ends", "circle_together", "committee_not_both",
               "committee_exact", "word"),
    "hard": ("circle_apart", "committee_at_least", "committee_exact", "word", "word_vowels",
             "row_apart"),
}
#: People in a row or round a table, per difficulty (round tables stop at 7).
SIZES = {"easy": (4, 6), "medium": (5, 7), "hard": (6, 8)}
#: Words with repeated letters, by length band.
WORDS = {
    "easy": ("LEVEL", "APPLE", "LLAMA", "RADAR", "BANANA", "PEPPER", "TATTOO", "ASSESS"),
    "medium": ("LETTER", "COFFEE", "KETTLE", "BUBBLE", "CHEESE", "CANNON", "GIGGLE", "EFFECT",
               "BALLOON", "SUCCESS", "ADDRESS", "ALGEBRA", "TOMORROW", "PARALLEL"),
    "hard": ("MISSISSIPPI", "COMMITTEE", "STATISTICS", "BOOKKEEPER", "TOMORROW", "PARALLEL",
             "ALGEBRA", "BALLOON"),
}
VOWEL_WORDS = ("BALLOON", "ALGEBRA", "COMMITTEE", "TOMORROW", "PARALLEL", "BANANA", "LETTER",
               "COFFEE", "KETTLE", "CHEESE")
VOWELS = "AEIOU"
POSTS = ("chair", "vice-chair", "secretary", "treasurer")
GROUPS = (("engineers", "designers"), ("seniors", "juniors"), ("teachers", "parents"),
          ("doctors", "nurses"))


@family("probability.counting", version=3, solver=solve_counting,
        summary="Counting: rows, round tables, committees, posts and words with restrictions")
@dataclass(frozen=True)
class Params(KindParams):
    """``kind``: one of :data:`KINDS` or ``mixed``; ``n_people``: 4–8 for rows, 4–7 for
    round tables, 5–12 for committees (default: by difficulty)."""

    SIZE = ("n_people",)

    KINDS = KINDS
    n_people: int | None = None

    def check(self) -> None:
        super().check()
        if self.n_people is not None:
            check_int("n_people", self.n_people, 4, 12)
            if self.kind in ("committee_exact", "committee_at_least") and self.n_people < 6:
                raise InvalidParams(
                    f"n_people must be between 6 and 12 for two-group committees "
                    f"(got {self.n_people})")
            if self.kind.startswith("row") and self.n_people > 8:
                raise InvalidParams(
                    f"n_people must be between 4 and 8 for rows (got {self.n_people})")
            if self.kind.startswith("circle") and self.n_people > 7:
                raise InvalidParams(
                    f"n_people must be between 4 and 7 for round tables (got {self.n_people})")
            if self.kind.startswith("committee") and self.n_people < 5:
                raise InvalidParams(
                    f"n_people must be between 5 and 12 for committees (got {self.n_people})")


def _size(draw: Draw, level: str, params: Params, cap: int) -> int:
    if params.n_people is not None:
        return min(params.n_people, cap)
    low, high = SIZES[level]
    return draw.between(low, min(high, cap))


def _row(draw: Draw, kind: str, level: str, params: Params) -> Drawn:
    n = _size(draw, level, params, 8)
    f_n, f_n1, f_n2 = factorial(n), factorial(n - 1), factorial(n - 2)
    glue = [
        (f"Glue the two named people into one block: with the other {n - 2} people that is "
        f"{n - 1} units, which can be ordered in {n - 1}! = {f_n1:,} ways."),
        (f"Inside the block the two can stand either way round: × 2, so {2 * f_n1:,} "
        "arrangements have them together."),
    ]
    if kind == "row_together":
        value = 2 * f_n1
        wrong: list[Wrong] = [
            (f_n1, "forgetting that the pair can swap places"),
            (f_n - 2 * f_n1, "counting the arrangements where they are apart"),
            (f_n, "ignoring the condition"),
            (2 * f_n2, "also removing the pair from the count of units"),
            (2 * (n - 1), "counting only where the pair can stand"),
        ]
        steps = glue
        score = 2.0
    elif kind == "row_apart":
        value = f_n - 2 * f_n1
        wrong = [
            (2 * f_n1, "counting the arrangements where they are together"),
            (f_n - f_n1, "forgetting that the glued pair can swap places"),
            (f_n, "ignoring the condition"),
            (f_n // 2, "halving the total as if they were apart half the time"),
            (f_n1, "fixing one of the two people"),
        ]
        steps = [f"Without any condition: {n}! = {f_n:,} arrangements.", *glue,
                 f"Apart = all − together = {f_n:,} − {2 * f_n1:,} = {value:,}."]
        score = 3.0
    else:
        value = 2 * f_n2
        wrong = [
            (f_n2, "forgetting that the two can swap ends"),
            (2 * f_n1, "fixing only one end"),
            (f_n, "ignoring the condition"),
            (f_n - 2 * f_n2, "counting the arrangements where they are not both at the ends"),
            (2 * (n - 2), "adding instead of multiplying"),
        ]
        steps = [
            "The two named people take the two end chairs, one way round or the other: 2 ways.",
            f"The other {n - 2} people fill the middle seats in {n - 2}! = {f_n2:,} ways.",
            f"Total = 2 × {f_n2:,} = {value:,}.",
        ]
        score = 2.0
    data = {"kind": kind, "n": n, "pair": [0, 1], "form": "integer"}
    return data, value, wrong, steps, score


def _circle(draw: Draw, kind: str, level: str, params: Params) -> Drawn:
    n = _size(draw, level, params, 7)
    f_n, f_n1, f_n2 = factorial(n), factorial(n - 1), factorial(n - 2)
    turn = (f"Turning the table gives the same seating, so fix one person's seat and arrange "
            f"the other {n - 1}: ({n} − 1)! = {f_n1:,}.")
    glue = [
        (f"Glue the two named people into one block: the block and the other {n - 2} people "
        f"are {n - 1} units round the table, giving ({n - 1} − 1)! = {f_n2:,} ways."),
        f"The two can swap inside the block: × 2 = {2 * f_n2:,} seatings with them together.",
    ]
    if kind == "circle":
        value = f_n1
        wrong: list[Wrong] = [
            (f_n, "forgetting that turning the table changes nothing"),
            (f_n1 // 2, "also treating mirror-image seatings as the same"),
            (f_n2, "fixing two people instead of one"),
            (n * f_n1 if n * f_n1 != f_n else None, "multiplying by the seats again"),
            (n, "counting the seats only"),
        ]
        steps = [turn]
        score = 2.0
    elif kind == "circle_together":
        value = 2 * f_n2
        wrong = [
            (f_n2, "forgetting that the pair can swap places"),
            (2 * f_n1, "counting a row instead of a round table"),
            (f_n1, "ignoring the condition"),
            (f_n1 - 2 * f_n2, "counting the seatings where they are apart"),
            (4 * f_n2, "counting the pair's two neighbours twice"),
        ]
        steps = glue
        score = 3.0
    else:
        value = f_n1 - 2 * f_n2
        wrong = [
            (2 * f_n2, "counting the seatings where they are together"),
            (f_n - 2 * f_n1, "counting a row instead of a round table"),
            (f_n1 - f_n2, "forgetting that the glued pair can swap places"),
            (f_n1, "ignoring the condition"),
            (f_n - 2 * f_n2, "forgetting that turning the table changes nothing"),
        ]
        steps = [turn, *glue,
                 f"Apart = all − together = {f_n1:,} − {2 * f_n2:,} = {value:,}."]
        score = 4.0
    data = {"kind": kind, "n": n, "pair": [0, 1], "form": "integer"}
    return data, value, wrong, steps, score


def _committee(draw: Draw, kind: str, level: str, params: Params) -> Drawn:
    if params.n_people is not None:
        n = params.n_people
    else:
        n = draw.between(*{"easy": (6, 9), "medium": (7, 10), "hard": (8, 12)}[level])
    k = draw.between(2, min(5, n - 2))
    data: dict[str, Any] = {"kind": kind, "n": n, "size": k, "form": "integer"}
    if kind == "committee_exclude":
        value = comb(n - 1, k)
        wrong: list[Wrong] = [
            (comb(n, k), "ignoring the condition"),
            (perm(n - 1, k), "treating the committee as ordered"),
            (comb(n - 1, k - 1), "counting the committees that include the person"),
            (comb(n, k) - 1, "removing just one committee"),
            (comb(n - 2, k), "leaving out two people"),
        ]
        steps = [(f"Leave the named person out and choose all {k} members from the other "
                 f"{n - 1}: C({n - 1}, {k}) = {value:,}.")]
        score = 2.0
    elif kind == "committee_include":
        value = comb(n - 1, k - 1)
        wrong = [
            (comb(n, k), "ignoring the condition"),
            (perm(n - 1, k - 1), "treating the committee as ordered"),
            (comb(n - 1, k), "counting the committees that leave the person out"),
            (comb(n, k - 1), "choosing the other members from everyone"),
            (k * comb(n - 1, k - 1), "multiplying by the committee size"),
        ]
        steps = [(f"The named person takes one place; choose the other {k - 1} from the "
                 f"remaining {n - 1}: C({n - 1}, {k - 1}) = {value:,}.")]
        score = 2.0
    elif kind == "committee_not_both":
        k = max(k, 3) if n > 4 else k
        data["size"] = k
        value = comb(n, k) - comb(n - 2, k - 2)
        wrong = [
            (comb(n - 2, k - 2), "counting the committees with both of them"),
            (comb(n - 2, k), "leaving both of them out"),
            (comb(n, k), "ignoring the condition"),
            (comb(n, k) - comb(n - 1, k - 1), "removing every committee with one of them"),
            (perm(n, k) - perm(n - 2, k - 2), "treating the committee as ordered"),
        ]
        steps = [
            f"All committees: C({n}, {k}) = {comb(n, k):,}.",
            (f"Committees with both of them: they take 2 places and the other {k - 2} come "
            f"from the remaining {n - 2}: C({n - 2}, {k - 2}) = {comb(n - 2, k - 2):,}."),
            f"Allowed = {comb(n, k):,} − {comb(n - 2, k - 2):,} = {value:,}.",
        ]
        score = 3.0
    else:
        a = draw.between(3, n - 3)
        b = n - a
        k = draw.between(3, min(5, n - 2))
        data["size"] = k
        data["group_a"], data["group_b"] = a, b
        if kind == "committee_exact":
            j = draw.between(max(1, k - b), min(a, k - 1))
            data["exact"] = j
            value = comb(a, j) * comb(b, k - j)
            wrong = [
                (comb(a, j) + comb(b, k - j), "adding the two choices instead of multiplying"),
                (comb(n, k), "ignoring the condition"),
                (perm(a, j) * perm(b, k - j), "treating the choices as ordered"),
                (comb(a, j) * comb(n - j, k - j), "choosing the rest from everyone"),
                (comb(a, j), "forgetting the second group"),
            ]
            steps = [
                f"Choose the {j} from the first group: C({a}, {j}) = {comb(a, j):,}.",
                (f"Choose the other {k - j} from the second group: C({b}, {k - j}) = "
                f"{comb(b, k - j):,}."),
                (f"Each first choice goes with each second choice: {comb(a, j):,} × "
                f"{comb(b, k - j):,} = {value:,}."),
            ]
            score = 3.0
        else:
            data["at_least"] = 1
            if b < k:  # otherwise every committee qualifies and the question is empty
                a, b = b, a
                k = min(k, b)
                data.update(group_a=a, group_b=b, size=k)
            value = comb(n, k) - comb(b, k)
            wrong = [
                (a * comb(n - 1, k - 1), ("choosing one member of the first group first, "
                 "then any others (which counts some committees twice)")),
                (a * comb(b, k - 1), "counting exactly one from the first group"),
                (comb(n, k), "ignoring the condition"),
                (comb(b, k), "counting the committees with none from the first group"),
                (comb(n, k) - 1, "removing just one committee"),
            ]
            steps = [
                f"All committees: C({n}, {k}) = {comb(n, k):,}.",
                (f"Committees with nobody from the first group: all {k} from the {b} of the "
                f"second: C({b}, {k}) = {comb(b, k):,}."),
                f"At least one = all − none = {comb(n, k):,} − {comb(b, k):,} = {value:,}.",
            ]
            score = 4.0
    return data, value, wrong, steps, score


def _officers(draw: Draw, kind: str, level: str, params: Params) -> Drawn:
    n = params.n_people if params.n_people is not None else draw.between(5, 12)
    r = 3 if level == "easy" or draw.random() < 0.5 else 4
    value = perm(n, r)
    wrong: list[Wrong] = [
        (comb(n, r), "ignoring the order (the posts are different)"),
        (n**r, "letting one person hold two posts"),
        (r * comb(n, r), f"multiplying by {r} instead of {r}!"),
        (value // 2, "halving for order"),
        (n * r, "multiplying people by posts"),
    ]
    chain = " × ".join(str(n - i) for i in range(r))
    steps = [(f"The first post can go to any of {n} people, the next to any of the {n - 1} "
             f"left, and so on: {chain} = {value:,} (order matters, as the posts differ).")]
    data = {"kind": "officers", "n": n, "posts": list(POSTS[:r]), "form": "integer"}
    return data, value, wrong, steps, 2.0


def _letter_counts(word: str) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items(), key=lambda lc: (-lc[1], lc[0]))


def _word(draw: Draw, kind: str, level: str, params: Params) -> Drawn:
    word = draw.pick(VOWEL_WORDS if kind == "word_vowels" else WORDS[level])
    counts = _letter_counts(word)
    repeats = [(ch, c) for ch, c in counts if c > 1]
    n = len(word)
    denom = 1
    for _, c in repeats:
        denom *= factorial(c)
    total = factorial(n) // denom
    rep_text = ", ".join(f"{ch} ×{c}" for ch, c in repeats)
    denom_text = " × ".join(f"{c}!" for _, c in repeats)
    if kind == "word":
        value = total
        biggest = factorial(repeats[0][1])
        wrong: list[Wrong] = [
            (factorial(n), "forgetting the repeated letters"),
            (factorial(n) // biggest if len(repeats) > 1 else None,
             "dividing by only one of the repeats"),
            (factorial(n) // sum(factorial(c) for _, c in repeats) if
             factorial(n) % sum(factorial(c) for _, c in repeats) == 0 else None,
             "adding the factorials of the repeats instead of multiplying"),
            (factorial(n) // _prod(c for _, c in repeats) if
             factorial(n) % _prod(c for _, c in repeats) == 0 else None,
             "dividing by the counts instead of their factorials"),
            (total // 2 if total % 2 == 0 else None, "halving for reading backwards"),
            (total * 2, "doubling for reading backwards"),
        ]
        steps = [
            f"{word} has {n} letters; the repeated ones are {rep_text}.",
            (f"Swapping identical letters gives the same word, so divide {n}! by the "
            f"factorial of each repeat count: {n}! / ({denom_text}) = {factorial(n):,} / "
            f"{denom:,} = {value:,}."),
        ]
        score = 1.0 + min(1.5, 0.5 * len(repeats)) + (1 if n >= 9 else 0)
    else:
        vowels = "".join(ch for ch in word if ch in VOWELS)
        consonants = "".join(ch for ch in word if ch not in VOWELS)
        inner = _arrangements(vowels)
        outer = _arrangements(consonants + "*")
        value = inner * outer
        wrong = [
            (total, "ignoring the condition"),
            (outer, "forgetting to arrange the letters inside the vowel block"),
            (factorial(len(consonants) + 1) * factorial(len(vowels)),
             "forgetting the repeated letters"),
            (total - value, "counting the arrangements with the vowels apart"),
            (inner * factorial(len(consonants)), "leaving the vowel block out of the order"),
        ]
        steps = [
            (f"{word} has the vowels {', '.join(vowels)} and the consonants "
            f"{', '.join(consonants)}."),
            (f"Treat the {len(vowels)} vowels as one block: the block and the "
            f"{len(consonants)} consonants make {len(consonants) + 1} units, arranged in "
            f"{_formula(consonants + '*')} = {outer:,} ways."),
            f"Inside the block the vowels can be arranged in {_formula(vowels)} = {inner:,} ways."
            if inner > 1 else "Inside the block the vowels are all the same letter: 1 way.",
            f"Total = {outer:,} × {inner:,} = {value:,}.",
        ]
        score = 3.0 + min(1.5, 0.5 * len(repeats))
    data = {"kind": kind, "word": word, "form": "integer"}
    return data, value, wrong, steps, score


def _prod(values: Any) -> int:
    out = 1
    for v in values:
        out *= v
    return out


def _arrangements(letters: str) -> int:
    out = factorial(len(letters))
    for _, c in _letter_counts(letters):
        out //= factorial(c)
    return out


def _formula(letters: str) -> str:
    reps = [c for _, c in _letter_counts(letters) if c > 1]
    if not reps:
        return f"{len(letters)}!"
    return f"{len(letters)}! / ({' × '.join(f'{c}!' for c in reps)})"


DRAWS = {"row": _row, "circle": _circle, "committee": _committee, "officers": _officers,
         "word": _word}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draw = Draw(rng, batch=None)
    kind = draw.pick(LEVELS[params.difficulty]) if params.kind == "mixed" else params.kind
    if params.n_people is not None and params.kind == "mixed":
        # A fixed size rules out the kinds it does not fit.
        while (kind.startswith("circle") and params.n_people > 7) or (
            kind.startswith("row") and params.n_people > 8) or (
            kind.startswith("committee") and params.n_people < 5) or (
            kind in ("committee_exact", "committee_at_least") and params.n_people < 6):
            kind = draw.pick(LEVELS[params.difficulty])
    shape = DRAWS[kind.split("_")[0]]
    return numeric_draft(*shape(draw, kind, params.difficulty, params))


# -- wording -------------------------------------------------------------------------------


def _row_prompt(data: dict[str, Any], draw: Draw) -> str:
    n, (a, b) = data["n"], draw.distinct(FIRST_NAMES, 2)
    cond = {"row_together": f"{a} and {b} must sit next to each other",
            "row_apart": f"{a} and {b} must not sit next to each other",
            "row_ends": f"{a} and {b} must take the two end chairs"}[data["kind"]]
    return (f"{n} people, including {a} and {b}, sit in a row of {n} chairs. In how many "
            f"different orders can they sit if {cond}? (Two orders are different if anyone is "
            "in a different chair.)")


def _circle_prompt(data: dict[str, Any], draw: Draw) -> str:
    n, (a, b) = data["n"], draw.distinct(FIRST_NAMES, 2)
    rule = ("identical seats. Seatings that differ only by turning the whole table count as "
            "the same; a seating and its mirror image count as different.")
    if data["kind"] == "circle":
        return (f"{n} people sit round a circular table with {n} {rule} How many different "
                "seatings are there?")
    cond = "next to each other" if data["kind"] == "circle_together" else "not next to each other"
    return (f"{n} people, including {a} and {b}, sit round a circular table with {n} {rule} "
            f"How many different seatings have {a} and {b} {cond}?")


def _agree(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` (every group name in :data:`GROUPS` is a
    plural ending in -s, so its singular drops the s)."""
    return one if count == 1 else many


def _committee_prompt(data: dict[str, Any], draw: Draw) -> str:
    kind, n, k = data["kind"], data["n"], data["size"]
    ask = "The order of choosing does not matter. How many different committees are possible if"
    if kind in ("committee_exact", "committee_at_least"):
        g1, g2 = draw.pick(GROUPS)
        j = data.get("exact", 0)
        cond = (f"exactly {j} of its members {_agree(j, 'is a ' + g1[:-1], 'are ' + g1)}"
                if kind == "committee_exact" else f"at least one member is one of the {g1}")
        a_count, b_count = data["group_a"], data["group_b"]
        return (f"A committee of {k} is to be chosen from {a_count} {_agree(a_count, g1[:-1], g1)}"
                f" and {b_count} {_agree(b_count, g2[:-1], g2)}. {ask} {cond}?")
    a, b = draw.distinct(FIRST_NAMES, 2)
    cond = {"committee_exclude": f"{a} must not be on it",
            "committee_include": f"{a} must be on it",
            "committee_not_both": f"{a} and {b} refuse to serve together"}[kind]
    who = f"{a} and {b}" if kind == "committee_not_both" else a
    return f"A committee of {k} is to be chosen from {n} people, including {who}. {ask} {cond}?"


def _officers_prompt(data: dict[str, Any], draw: Draw) -> str:
    posts = data["posts"]
    listed = ", ".join(posts[:-1]) + " and " + posts[-1]
    return (f"A club of {data['n']} members elects a {listed}. No one may hold more than one "
            "post. In how many different ways can the posts be filled?")


def _word_prompt(data: dict[str, Any], draw: Draw) -> str:
    word, same = data["word"], "(Arrangements that read the same count once.)"
    if data["kind"] == "word_vowels":
        return (f"How many different arrangements of all the letters of the word {word} keep "
                f"all the vowels (A, E, I, O, U) next to each other in one block? {same}")
    return (f"How many different arrangements are there of all the letters of the word "
            f"{word}? {same}")


PROMPTS = {"row": _row_prompt, "circle": _circle_prompt, "committee": _committee_prompt,
           "officers": _officers_prompt, "word": _word_prompt}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    prompt = PROMPTS[draft.data["kind"].split("_")[0]]
    return Wording(prompt(draft.data, Draw(rng, batch=None)))


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "word": (
        "Arrangements of a word: n! divided by k! for each letter repeated k times."
    ),
    "word_vowels": (
        "Glue the letters that must stay together into one block, arrange the blocks, "
        "then arrange inside the block."
    ),
    "row_together": (
        "Tie the people who sit together into one block: (blocks)! × (arrangements inside"
        " the block)."
    ),
    "row_apart": (
        "Count all rows, then subtract the rows where they sit together."
    ),
    "row_ends": (
        "Fill the restricted places first (the ends), then arrange everyone else in the "
        "rest."
    ),
    "circle": (
        "Round tables: fix one person, arrange the rest: (n − 1)!."
    ),
    "circle_together": (
        "Round table with a pair together: glue them into one block, (n − 2)! × 2."
    ),
    "circle_apart": (
        "Round table with a pair apart: all (n − 1)! seatings minus those with the pair "
        "together."
    ),
    "officers": (
        "Distinct posts mean order matters: n × (n − 1) × ... for as many posts as there "
        "are."
    ),
    "committee_include": (
        "A member who must be in is already chosen: choose the rest from those left."
    ),
    "committee_exclude": (
        "A member who must be out is removed: choose the committee from the others."
    ),
    "committee_exact": (
        "Choose each group's share separately and multiply: C(a, i) × C(b, k − i)."
    ),
    "committee_at_least": (
        "Add the cases (exactly i, i + 1, ...) or subtract the too-few cases from all "
        "committees."
    ),
    "committee_not_both": (
        "All committees minus the committees that hold both of them."
    ),
    "*": (
        "Order matters: multiply the choices; order does not matter: C(n, k) = n! ÷ (k! "
        "(n − k)!)."
    ),
}

def method(draft: Draft) -> str:
    """The method line of ``draft``'s question kind."""
    kind = draft.data.get("kind")
    return METHODS[kind] if kind in METHODS else METHODS["*"]


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.5, 3.0), "medium": (2.0, 4.5),
                                         "hard": (3.0, 5.5)}
