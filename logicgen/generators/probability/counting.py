"""Counting: rows and queues, round tables, committees, posts, menus, repeats and words.

Kinds (``data["kind"]``):

* ``row_together`` / ``row_apart`` / ``row_ends`` / ``row_before``: n people in
  a row (cinema seats, a photo line, a queue, a running order of talks or
  songs, running lanes), where two named people must be next to each other,
  must not, must take the two ends, or one must come somewhere before the other;
* ``circle`` / ``circle_together`` / ``circle_apart``: n named friends round a
  table, a campfire, a maypole or in a ring, where arrangements that differ
  only by a turn count as the same (mirror images count as different);
* ``committee_exclude`` / ``committee_include``: a committee, team, panel, jury
  or group of k from n people that must leave out one or two named people, or
  must include one or two (possibly with one other left out);
* ``committee_not_both``: two named people refuse to serve together;
* ``committee_exact`` / ``committee_at_least``: people from two groups, exactly
  j (or at least one) of the committee from the first group;
* ``officers``: distinct posts, medals, parts, prizes or jobs given to different
  people, where a named person must take a given post, must take one of them,
  or takes none;
* ``product``: one choice from each of 3–4 categories (a set lunch, an outfit,
  a pizza, ...), at ``medium`` with one category that may be left out;
* ``repeats``: a row of flags, counters, balls, tiles, cars or beads where those
  of one colour are identical;
* ``word`` / ``word_vowels`` / ``word_block``: distinct arrangements of the
  letters of a word with repeated letters, optionally beginning and/or ending
  with given letters, with all the vowels in one block, or with every copy of a
  repeated letter in one block.

The generator counts with formulas (``2·(n−1)!``, ``n!/2``, ``C(n−1, k)``,
``n!/∏c!``, products, complements); the solver (:mod:`logicgen.solve.counting`)
lists the arrangements or selections with :mod:`itertools` and counts the ones
that meet the condition. Every prompt says whether order matters and what
counts as different.

Distractors are named mistakes: ordered instead of unordered choices (and the
reverse), forgetting that a glued pair can swap, forgetting the turns of a
round table or also merging mirror images, counting the complement, ignoring
the condition, adding instead of multiplying, forgetting an optional choice,
overcounting "at least one" by choosing one first, forgetting repeated letters
or dividing by only one of the repeats.

Difficulty: ``easy`` has one condition or none (glued pair, one before another,
plain round table, include/exclude, officer posts, menus, short words and rows
of 4–6 objects); ``medium`` adds complements, two-group committees, round tables
with a pair, optional menu items and 6–8 letter words with fixed ends; ``hard``
adds round tables with a separated pair, "at least" committees, long words (up
to 11 letters) and blocks of letters.

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
At Aiden's local café a set lunch is one of each course on offer: there are 4 starters, 2
main courses and 8 desserts to choose from. A set lunch may leave out the dessert. How many
different set
lunches are possible?
>>> item.choices, item.answer
(('8', '15', '72', '71', '64'), '72')
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
    "row_together", "row_apart", "row_ends", "row_before", "circle", "circle_together",
    "circle_apart", "committee_exclude", "committee_include", "committee_not_both",
    "committee_exact", "committee_at_least", "officers", "product", "repeats", "word",
    "word_vowels", "word_block",
)
LEVELS: dict[str, tuple[str, ...]] = {
    "easy": ("row_together", "row_before", "circle", "committee_exclude", "committee_include",
             "officers", "product", "repeats", "word"),
    "medium": ("row_apart", "row_ends", "row_before", "circle_together", "committee_not_both",
               "committee_exact", "committee_include", "officers", "product", "repeats",
               "word"),
    "hard": ("circle_apart", "committee_at_least", "committee_exact", "word", "word_vowels",
             "word_block", "row_apart", "repeats"),
}
#: People in a row or round a table, per difficulty (round tables stop at 7).
SIZES = {"easy": (4, 6), "medium": (5, 7), "hard": (6, 8)}
#: Words with repeated letters, by length band.
WORDS = {
    "easy": ("LEVEL", "APPLE", "LLAMA", "RADAR", "BANANA", "PEPPER", "TATTOO", "ASSESS",
             "ARRAY", "SWEET", "GEESE", "TEETH", "PIZZA", "HELLO", "SHEEP", "KAYAK", "CHEER",
             "FLOOR", "SPOON", "ROBOT", "PUPPY", "GOOSE", "DRESS", "GRASS", "TOOTH", "GREEN",
             "SLEEP", "COCOA", "PAPAYA", "COOKIE"),
    "medium": ("LETTER", "COFFEE", "KETTLE", "BUBBLE", "CHEESE", "CANNON", "GIGGLE", "EFFECT",
               "BALLOON", "SUCCESS", "ADDRESS", "ALGEBRA", "TOMORROW", "PARALLEL", "CARAVAN",
               "BANNER", "MIRROR", "RABBIT", "LITTLE", "SETTEE", "COCOON", "TOFFEE",
               "GOGGLES", "PUZZLE", "ATTEMPT", "BARBARA", "SEESAW", "ASSETS", "TATTOO",
               "CALCULUS"),
    "hard": ("MISSISSIPPI", "COMMITTEE", "STATISTICS", "BOOKKEEPER", "TOMORROW", "PARALLEL",
             "ALGEBRA", "BALLOON", "ASSESSMENT", "PEPPERMINT", "SUCCESSES", "POSSESSES",
             "TENNESSEE", "REFERENCE", "BOOKSELLER", "COOKBOOK", "CARAVAN", "CALCULUS",
             "MAMMALS", "ADDRESSES"),
}
VOWEL_WORDS = ("BALLOON", "ALGEBRA", "COMMITTEE", "TOMORROW", "PARALLEL", "BANANA", "LETTER",
               "COFFEE", "KETTLE", "CHEESE", "CARAVAN", "PAPAYA", "TOFFEE", "SETTEE",
               "CALCULUS", "BARBARA", "MAMMALS", "RABBIT", "BUBBLE", "GIGGLE",
               "CANNON", "PEPPER", "MIRROR", "REFERENCE", "EFFECT", "COCOON", "LITTLE",
               "PUZZLE", "GOGGLES", "BANNER", "ATTEMPT", "SEESAW", "ASSETS", "SUCCESS",
               "ADDRESS", "TATTOO", "COOKBOOK", "SUCCESSES", "POSSESSES", "ADDRESSES")
VOWELS = "AEIOU"
#: Words for a block of one repeated letter: at least three different letters.
BLOCK_WORDS = tuple(dict.fromkeys(w for w in WORDS["hard"] + WORDS["medium"] if len(set(w)) > 2))
POSTS = ("chair", "vice-chair", "secretary", "treasurer")
GROUPS = (("engineers", "designers"), ("seniors", "juniors"), ("teachers", "parents"),
          ("doctors", "nurses"), ("boys", "girls"), ("men", "women"),
          ("violinists", "cellists"), ("chemists", "physicists"), ("managers", "clerks"),
          ("forwards", "defenders"), ("pilots", "engineers"), ("actors", "dancers"))
COLOUR_NAMES = ("red", "blue", "green", "yellow", "white", "black", "orange", "purple")


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
    elif kind == "row_before":
        value = f_n // 2
        wrong = [
            (f_n, "ignoring the condition"),
            (f_n1, "gluing the two together in that order"),
            (2 * f_n1, "counting the orders with the two next to each other"),
            (f_n - f_n1, "removing only the orders with the second right after the first"),
            (f_n2, "fixing the two people's places"),
        ]
        steps = [
            f"Without any condition: {n}! = {f_n:,} orders.",
            ("Swapping the two named people turns each order with the first ahead of the "
             "second into one with the second ahead, so exactly half the orders qualify: "
             f"{f_n:,} / 2 = {value:,}."),
        ]
        score = 2.0
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
        n = draw.between(*{"easy": (6, 11), "medium": (7, 12), "hard": (8, 12)}[level])
    k = draw.between(2, min(5, n - 2))
    data: dict[str, Any] = {"kind": kind, "n": n, "size": k, "form": "integer"}
    if kind in ("committee_include", "committee_exclude"):
        if kind == "committee_include":
            must, barred = draw.pick(((1, 0), (1, 0), (2, 0), (1, 1)))
            if must == 2:
                k = max(k, 3)
        else:
            must, barred = 0, draw.pick((1, 1, 2))
        data.update(size=k, must=must, barred=barred)
        rest, places = n - must - barred, k - must
        value = comb(rest, places)
        if kind == "committee_include":
            wrong: list[Wrong] = [
                (comb(n, k), "ignoring the condition"),
                (perm(rest, places), "treating the committee as ordered"),
                (comb(rest, k), "forgetting that the named members already take places"),
                (comb(n - must, places) if barred else comb(n, places),
                 "forgetting to leave out the barred member" if barred
                 else "choosing the other members from everyone"),
                (k * value, "multiplying by the committee size"),
            ]
            taken = ("The named member takes one place" if must == 1
                     else "The two named members take two places")
            gone = "; the barred member is left out" if barred else ""
            steps = [(f"{taken}{gone}. Choose the other {places} from the remaining {rest}: "
                      f"C({rest}, {places}) = {value:,}.")]
        else:
            wrong = [
                (comb(n, k), "ignoring the condition"),
                (perm(rest, k), "treating the committee as ordered"),
                (comb(n - 1, k - 1) if barred == 1 else comb(n, k) - comb(n - 2, k - 2),
                 "counting the committees that include the person" if barred == 1
                 else "removing only the committees with both of them"),
                (comb(n, k) - 1 if barred == 1 else comb(n - 1, k),
                 "removing just one committee" if barred == 1 else "leaving out only one of them"),
                (comb(rest - 1, k), "leaving out one person too many"),
            ]
            who = "the named person" if barred == 1 else "both named people"
            steps = [(f"Leave {who} out and choose all {k} members from the other {rest}: "
                      f"C({rest}, {k}) = {value:,}.")]
        score = 2.0 + (0.5 if must + barred > 1 else 0)
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
            if b < k:  # otherwise every committee qualifies and the question is empty
                a, b = b, a
                k = min(k, b)
                data.update(group_a=a, group_b=b, size=k)
            j = 2 if a >= 2 and k >= 3 and draw.chance(0.4) else 1
            data["at_least"] = j
            none, one = comb(b, k), a * comb(b, k - 1)
            if j == 1:
                value = comb(n, k) - none
                wrong = [
                    (a * comb(n - 1, k - 1), ("choosing one member of the first group first, "
                     "then any others (which counts some committees twice)")),
                    (one, "counting exactly one from the first group"),
                    (comb(n, k), "ignoring the condition"),
                    (none, "counting the committees with none from the first group"),
                    (comb(n, k) - 1, "removing just one committee"),
                ]
                steps = [
                    f"All committees: C({n}, {k}) = {comb(n, k):,}.",
                    (f"Committees with nobody from the first group: all {k} from the {b} of "
                     f"the second: C({b}, {k}) = {none:,}."),
                    f"At least one = all − none = {comb(n, k):,} − {none:,} = {value:,}.",
                ]
            else:
                value = comb(n, k) - none - one
                wrong = [
                    (comb(n, k) - none, "subtracting only the committees with none of them"),
                    (comb(a, 2) * comb(n - 2, k - 2), ("choosing two of them first, then any "
                     "others (which counts some committees twice)")),
                    (comb(a, 2) * comb(b, k - 2), "counting exactly two of them"),
                    (comb(n, k), "ignoring the condition"),
                    (none + one, "counting the committees with fewer than two of them"),
                ]
                steps = [
                    f"All committees: C({n}, {k}) = {comb(n, k):,}.",
                    (f"Too few: none from the first group, C({b}, {k}) = {none:,}; exactly one, "
                     f"{a} × C({b}, {k - 1}) = {one:,}."),
                    (f"At least two = {comb(n, k):,} − {none:,} − {one:,} = {value:,}."),
                ]
            score = 4.0 + (0.5 if j == 2 else 0)
    return data, value, wrong, steps, score


#: Officer scenes: the posts in order (the first two or three for r = 2, 3).
OFFICE_SCENES: dict[str, tuple[str, ...]] = {
    "club": POSTS,
    "race": ("gold medal", "silver medal", "bronze medal"),
    "play": ("hero", "villain", "narrator", "detective"),
    "prizes": ("first prize", "second prize", "third prize", "fourth prize"),
    "team": ("captain", "vice-captain", "kit manager", "treasurer"),
}


def _officers(draw: Draw, kind: str, level: str, params: Params) -> Drawn:
    n = params.n_people if params.n_people is not None else draw.between(5, 12)
    scene = draw.pick(tuple(OFFICE_SCENES))
    most = 3 if scene == "race" else 4
    r = min(n - 1, draw.between(2, 3) if level == "easy" else draw.between(3, most))
    rule = draw.pick(("post", "none", "some"))
    post = draw.below(r) if rule == "post" else 0
    posts = OFFICE_SCENES[scene][:r]
    chain = " × ".join(str(n - 1 - i) for i in range(r - 1))
    rest = perm(n - 1, r - 1)
    if rule == "post":
        value = rest
        wrong: list[Wrong] = [
            (perm(n, r), "ignoring the condition"),
            (perm(n - 1, r), "leaving the named member out altogether"),
            (comb(n - 1, r - 1), "ignoring the order of the other posts"),
            (r * rest, "letting the named member take any of the posts"),
            ((n - 1) ** (r - 1), "letting one person hold two posts"),
        ]
        steps = [(f"The named member's post is settled. The other {r - 1} posts go, in order, "
                  f"to the other {n - 1} people: {chain} = {value:,}.")]
        score = 2.0
    elif rule == "none":
        value = perm(n - 1, r)
        chain = " × ".join(str(n - 1 - i) for i in range(r))
        wrong = [
            (perm(n, r), "ignoring the condition"),
            (comb(n - 1, r), "ignoring the order (the posts are different)"),
            (perm(n, r) - rest, ("removing only the ways where the named member gets the first "
             "post")),
            (rest, "leaving one post too few"),
            ((n - 1) ** r, "letting one person hold two posts"),
        ]
        steps = [(f"Leave the named member out: the {r} posts go, in order, to the other "
                  f"{n - 1} people: {chain} = {value:,}.")]
        score = 2.0
    else:
        value = r * rest
        wrong = [
            (rest, "fixing which post the named member takes"),
            (perm(n, r), "ignoring the condition"),
            (perm(n - 1, r), "counting the ways that leave the named member out"),
            (r * comb(n - 1, r - 1), "ignoring the order of the other posts"),
            (perm(n, r) + perm(n - 1, r), "adding the ways that leave the named member out"),
        ]
        steps = [
            f"Choose the named member's post: {r} ways.",
            (f"The other {r - 1} posts go, in order, to the other {n - 1} people: {chain} = "
             f"{rest:,}."),
            f"Total = {r} × {rest:,} = {value:,}.",
        ]
        score = 3.0
    data = {"kind": "officers", "n": n, "posts": list(posts), "scene": scene, "rule": rule,
            "post": post, "form": "integer"}
    return data, value, wrong, steps, score


#: Menus and outfits: the categories of one choice each (plural nouns, singular nouns).
PRODUCT_SCENES: dict[str, tuple[tuple[str, str], ...]] = {
    "lunch": (("starters", "starter"), ("main courses", "main course"),
              ("desserts", "dessert"), ("drinks", "drink")),
    "outfit": (("shirts", "shirt"), ("pairs of trousers", "pair of trousers"),
               ("jackets", "jacket"), ("hats", "hat")),
    "pizza": (("bases", "base"), ("sauces", "sauce"), ("cheeses", "cheese"),
              ("toppings", "topping")),
    "sundae": (("ice-cream flavours", "flavour"), ("cones", "cone"), ("sauces", "sauce"),
               ("sprinkles", "sprinkle")),
    "holiday": (("destinations", "destination"), ("hotels", "hotel"),
                ("excursions", "excursion"), ("car-hire deals", "car-hire deal")),
    "car": (("colours", "colour"), ("trims", "trim"), ("sound systems", "sound system"),
            ("roof racks", "roof rack")),
}


def _product(draw: Draw, kind: str, level: str, params: Params) -> Drawn:
    scene = draw.pick(tuple(PRODUCT_SCENES))
    cats = 3 if level == "easy" else draw.between(3, 4)
    order = sorted(draw.sample(range(4), cats))
    sizes = [draw.between(2, 9 if level == "easy" else 8) for _ in order]
    optional = [False] * cats
    if level != "easy":  # only the extras (the scene's last two categories) may be left out
        optional[draw.pick([i for i, c in enumerate(order) if c >= 2])] = True
    ways = [s + o for s, o in zip(sizes, optional)]
    value = _prod(ways)
    plain = _prod(sizes)
    wrong: list[Wrong] = [
        (sum(ways), "adding the choices instead of multiplying"),
        (plain if plain != value else _prod(ways[:-1]),
         "forgetting that an optional item can be left out" if plain != value
         else "forgetting the last category"),
        (_prod(s + 1 for s in sizes), "adding a 'none' to every category"),
        (_prod(ways[:-1]) if plain != value else value * 2, "forgetting the last category"
         if plain != value else "doubling for order"),
        (value - 1, "leaving out one combination"),
    ]
    names = [PRODUCT_SCENES[scene][i][0] for i in order]
    terms = " × ".join(str(w) for w in ways)
    steps = [("Each choice can go with every choice from the other categories, so the "
              f"numbers multiply: {terms} = {value:,}.")]
    if any(optional):
        i = optional.index(True)
        steps.insert(0, (f"The {names[i]} are optional: {sizes[i]} of them or none gives "
                         f"{ways[i]} ways for that category."))
    data = {"kind": "product", "scene": scene, "categories": order, "sizes": sizes,
            "optional": optional, "form": "integer"}
    return data, value, wrong, steps, 1.0 + 0.5 * (cats - 2) + (1 if any(optional) else 0)


#: How many objects of each colour in a row of identical-looking objects, by level.
REPEAT_SIZES = {"easy": (4, 6, 2, 3), "medium": (6, 8, 2, 3), "hard": (7, 10, 3, 4)}


def _repeats(draw: Draw, kind: str, level: str, params: Params) -> Drawn:
    low, high, fewest, most = REPEAT_SIZES[level]
    for _ in range(100):
        n = draw.between(low, high)
        colours = draw.between(fewest, most)
        cuts = sorted(draw.sample(range(1, n), colours - 1))  # split n into `colours` parts
        counts = sorted((b - a for a, b in zip([0, *cuts], [*cuts, n])), reverse=True)
        if 1 < counts[0] < n - 1 and counts.count(1) <= 1:
            break
    else:  # pragma: no cover - a fitting split turns up within a few tries
        counts = [3, 2, 1] if level != "hard" else [3, 3, 2, 1]
        n = sum(counts)
    names = draw.sample(COLOUR_NAMES, len(counts))
    denom = _prod(factorial(c) for c in counts)
    value = factorial(n) // denom
    wrong: list[Wrong] = [
        (factorial(n), "treating objects of the same colour as different"),
        (factorial(n) // factorial(counts[0]) if denom != factorial(counts[0]) else None,
         "dividing by only the largest repeat"),
        (factorial(n) // _prod(counts) if factorial(n) % _prod(counts) == 0 else None,
         "dividing by the counts instead of their factorials"),
        (_prod(counts), "multiplying the counts"),
        (factorial(len(counts)), "arranging the colours only"),
        (value * 2, "doubling for the two directions of the row"),
    ]
    denom_text = " × ".join(f"{c}!" for c in counts)
    steps = [(f"{n} objects in a row give {n}! orders if all were different; swapping "
              f"objects of the same colour changes nothing, so divide by the factorial of "
              f"each colour's count: {n}! / ({denom_text}) = {factorial(n):,} / {denom:,} "
              f"= {value:,}.")]
    data = {"kind": "repeats", "counts": counts, "colours": names, "form": "integer"}
    return data, value, wrong, steps, 1.0 + min(1.5, 0.5 * sum(c > 1 for c in counts))


def _letter_counts(word: str) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for ch in word:
        counts[ch] = counts.get(ch, 0) + 1
    return sorted(counts.items(), key=lambda lc: (-lc[1], lc[0]))


#: Which ends of the word a ``word`` item fixes, by level ("" for none).
WORD_ENDS = {"easy": ("", "", "first", "last"), "medium": ("", "first", "last", "both"),
             "hard": ("", "first", "last", "both")}


def _word(draw: Draw, kind: str, level: str, params: Params) -> Drawn:
    if kind == "word_vowels":
        word = draw.pick(VOWEL_WORDS)
    elif kind == "word_block":
        word = draw.pick(BLOCK_WORDS)
    else:
        word = draw.pick(WORDS[level])
    counts = _letter_counts(word)
    repeats = [(ch, c) for ch, c in counts if c > 1]
    n = len(word)
    denom = 1
    for _, c in repeats:
        denom *= factorial(c)
    total = factorial(n) // denom
    rep_text = ", ".join(f"{ch} ×{c}" for ch, c in repeats)
    denom_text = " × ".join(f"{c}!" for _, c in repeats)
    data: dict[str, Any] = {"kind": kind, "word": word, "form": "integer"}
    ends = draw.pick(WORD_ENDS[level]) if kind == "word" else ""
    if kind == "word" and ends:
        first = draw.pick(sorted(set(word))) if ends in ("first", "both") else ""
        rest = word.replace(first, "", 1) if first else word
        last = draw.pick(sorted(set(rest))) if ends in ("last", "both") else ""
        middle = rest.replace(last, "", 1) if last else rest
        data.update(first=first, last=last)
        value = _arrangements(middle)
        m = len(middle)
        fixed = " and ".join(f"{what} {ch}" for what, ch in (("first", first), ("last", last))
                             if ch)
        wrong: list[Wrong] = [
            (total, "ignoring the condition"),
            (factorial(m), "forgetting the repeated letters"),
            (_arrangements(rest) if last and first else (
                total // n if total % n == 0 and total // n != value else None),
             "fixing only one of the two ends" if last and first
             else "dividing by the number of letters"),
            (2 * value, "letting the fixed letters swap ends" if first and last
             else "letting the fixed letter go at either end"),
            (value * m, "multiplying by the places left"),
            (factorial(m) // _prod(c for _, c in _letter_counts(middle)) if
             factorial(m) % _prod(c for _, c in _letter_counts(middle)) == 0 else None,
             "dividing by the counts instead of their factorials"),
        ]
        steps = [
            (f"Put the {fixed} in place; the other {m} letters, {', '.join(middle)}, fill the "
             "places between in any order."),
            f"Their arrangements: {_formula(middle)} = {value:,}.",
        ]
        score = 1.5 + min(1.5, 0.5 * len(repeats)) + (0.5 if first and last else 0) + (
            1 if m >= 9 else 0)
    elif kind == "word":
        value = total
        biggest = factorial(repeats[0][1])
        wrong = [
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
        consonants = "".join(sorted({ch for ch in word if ch not in VOWELS}))
        if kind == "word_vowels" and (len(consonants) < 2 or draw.chance(0.6)):
            block_set = VOWELS
            what = "vowels"
        elif kind == "word_vowels":
            block_set = consonants
            data["together"] = consonants
            what = "consonants"
        else:
            letter = draw.pick([ch for ch, _ in repeats])
            block_set = letter
            data["together"] = letter
            what = f"{letter}'s"
        inside = "".join(ch for ch in word if ch in block_set)
        outside = "".join(ch for ch in word if ch not in block_set)
        inner = _arrangements(inside)
        outer = _arrangements(outside + "*")
        value = inner * outer
        wrong = [
            (total, "ignoring the condition"),
            (outer * factorial(len(inside)) if inner == 1 else outer,
             "arranging identical letters inside the block" if inner == 1
             else "forgetting to arrange the letters inside the block"),
            (factorial(len(outside) + 1) * factorial(len(inside)),
             "forgetting the repeated letters"),
            (total - value, f"counting the arrangements with the {what} not all together"),
            (inner * _arrangements(outside), "leaving the block out of the order"),
        ]
        steps = [
            (f"{word} has the {what} {', '.join(inside)} and the other letters "
             f"{', '.join(outside)}."),
            (f"Treat the {len(inside)} {what} as one block: the block and the "
             f"{len(outside)} other letters make {len(outside) + 1} units, arranged in "
             f"{_formula(outside + '*')} = {outer:,} ways."),
            f"Inside the block the letters can be arranged in {_formula(inside)} = {inner:,} "
            "ways." if inner > 1 else "Inside the block the letters are all the same: 1 way.",
            f"Total = {outer:,} × {inner:,} = {value:,}.",
        ]
        score = 3.0 + min(1.5, 0.5 * len(repeats))
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
         "product": _product, "repeats": _repeats, "word": _word}


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


#: Rows: the scene (with {n}, {a}, {b}), each condition, and the question.
ROW_SCENES: tuple[dict[str, str], ...] = (
    {"scene": "{n} friends, including {a} and {b}, sit in a row of {n} seats at the cinema.",
     "row_together": "{a} and {b} sit next to each other",
     "row_apart": "{a} and {b} do not sit next to each other",
     "row_ends": "{a} and {b} take the two end seats",
     "row_before": "{a} sits somewhere to the left of {b} (not necessarily next to {b})",
     "ask": "In how many different orders can they sit if {cond}?",
     "note": "Two orders are different if anyone is in a different seat."},
    {"scene": "{n} team-mates, including {a} and {b}, stand in a line for a photo.",
     "row_together": "{a} and {b} stand next to each other",
     "row_apart": "{a} and {b} do not stand next to each other",
     "row_ends": "{a} and {b} stand at the two ends of the line",
     "row_before": "{a} stands somewhere to the left of {b} (not necessarily next to {b})",
     "ask": "In how many different orders can they line up if {cond}?",
     "note": "Two orders are different if anyone stands in a different place."},
    {"scene": "{n} children, including {a} and {b}, line up in a single queue for the bus.",
     "row_together": "{a} and {b} are next to each other in the queue",
     "row_apart": "{a} and {b} are not next to each other in the queue",
     "row_ends": "{a} and {b} are first and last in the queue",
     "row_before": "{a} is somewhere ahead of {b} in the queue",
     "ask": "How many different queues are possible if {cond}?",
     "note": "Two queues are different if anyone is in a different place."},
    {"scene": "{n} speakers, including {a} and {b}, each give one talk at a meeting, one "
              "after another.",
     "row_together": "{a} and {b} speak one straight after the other (in either order)",
     "row_apart": "{a} and {b} do not speak one straight after the other",
     "row_ends": "{a} and {b} give the first and the last talk",
     "row_before": "{a} speaks at some point before {b}",
     "ask": "How many different running orders are possible if {cond}?",
     "note": "Two running orders are different if any talk is in a different place."},
    {"scene": "{n} runners, including {a} and {b}, are each given one of the {n} lanes of a "
              "running track.",
     "row_together": "{a} and {b} run in neighbouring lanes",
     "row_apart": "{a} and {b} are not in neighbouring lanes",
     "row_ends": "{a} and {b} get the two outside lanes (the first and the last)",
     "row_before": "{a}'s lane number is lower than {b}'s",
     "ask": "In how many ways can the lanes be given out if {cond}?",
     "note": "Two ways are different if any runner has a different lane."},
    {"scene": "{n} singers, including {a} and {b}, each sing one song in a concert, one "
              "after another.",
     "row_together": "{a} and {b} sing one straight after the other (in either order)",
     "row_apart": "{a} and {b} do not sing one straight after the other",
     "row_ends": "{a} and {b} open and close the concert",
     "row_before": "{a} sings at some point before {b}",
     "ask": "How many different running orders are possible if {cond}?",
     "note": "Two running orders are different if any song is in a different place."},
)


def _row_prompt(data: dict[str, Any], draw: Draw) -> str:
    n, (a, b) = data["n"], draw.distinct(FIRST_NAMES, 2)
    scene = draw.pick(ROW_SCENES)
    cond = scene[data["kind"]].format(a=a, b=b)
    return " ".join((scene["scene"].format(n=n, a=a, b=b), scene["ask"].format(cond=cond),
                     f"({scene['note']})"))


#: Round tables: the scene (with {names} and {n}) and what one arrangement is called.
CIRCLE_SCENES = (
    ("{names} sit round a circular dinner table with {n} identical chairs.", "seatings"),
    ("{names} sit on {n} identical stools spaced evenly round a campfire.", "seatings"),
    ("{names} hold hands in a ring, all facing inwards.", "rings"),
    ("{names} take the {n} identical seats round a round meeting table.", "seatings"),
    ("{names} stand evenly spaced round a maypole, one at each ribbon.", "arrangements"),
)
CIRCLE_NUMBERS = {4: "Four", 5: "Five", 6: "Six", 7: "Seven"}


def _listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


def _circle_prompt(data: dict[str, Any], draw: Draw) -> str:
    n = data["n"]
    names = draw.distinct(FIRST_NAMES, n)
    text, noun = draw.pick(CIRCLE_SCENES)
    scene = text.format(names=f"{CIRCLE_NUMBERS[n]} friends, {_listed(names)},", n=n)
    rule = (f"Two {noun} that differ only by everyone moving round the same number of places "
            f"count as the same; a {noun[:-1]} and its mirror image count as different.")
    if data["kind"] == "circle":
        return f"{scene} {rule} How many different {noun} are there?"
    a, b = draw.distinct(names, 2)
    cond = "next to each other" if data["kind"] == "circle_together" else "not next to each other"
    return f"{scene} {rule} How many different {noun} have {a} and {b} {cond}?"


#: Committee scenes: how the group is formed (with {k} and {pool}) and what it is called.
COMMITTEE_SCENES = (
    ("A committee of {k} is to be chosen from {pool}", "committees"),
    ("Coach {name} picks a team of {k} from {pool}", "teams"),
    ("{name} is choosing a panel of {k} judges from {pool}", "panels"),
    ("{name} is sending a group of {k} to a conference, chosen from {pool}", "groups"),
    ("A jury of {k} is to be drawn from {pool}", "juries"),
    ("{name} needs a working party of {k}, chosen from {pool}", "working parties"),
)
POOLS = ("the {n} members of a club", "a squad of {n} players", "{n} volunteers",
         "the {n} staff of an office", "{n} students")


def _agree(count: int, one: str, many: str) -> str:
    """``one`` for a count of 1, else ``many`` (every group name in :data:`GROUPS` is a
    plural ending in -s, so its singular drops the s)."""
    return one if count == 1 else many


def _committee_prompt(data: dict[str, Any], draw: Draw) -> str:
    kind, n, k = data["kind"], data["n"], data["size"]
    scene, noun = draw.pick(COMMITTEE_SCENES)
    chooser = draw.pick(FIRST_NAMES)
    ask = f"The order of choosing does not matter. How many different {noun} are possible if"
    if kind in ("committee_exact", "committee_at_least"):
        g1, g2 = draw.pick(GROUPS)
        if draw.chance(0.5):
            g1, g2 = g2, g1
        j = data.get("exact", 1)
        verb = "is" if j == 1 else "are"
        cond = (f"exactly {j} of the {g1} {verb} on it" if kind == "committee_exact"
                else f"at least one of the {g1} is on it" if data["at_least"] == 1
                else f"at least two of the {g1} are on it")
        pool = f"{data['group_a']} {g1} and {data['group_b']} {g2}"
        return f"{scene.format(k=k, pool=pool, name=chooser)}. {ask} {cond}?"
    pool = draw.pick(POOLS).format(n=n)
    if kind == "committee_not_both":
        a, b = draw.distinct([x for x in FIRST_NAMES if x != chooser], 2)
        cond, who = f"{a} and {b} refuse to serve together", f"{a} and {b}"
    else:
        must, barred = data.get("must", 1 if kind == "committee_include" else 0), \
            data.get("barred", 1 if kind == "committee_exclude" else 0)
        names = draw.distinct([x for x in FIRST_NAMES if x != chooser], must + barred)
        who = _listed(names) if len(names) > 1 else names[0]
        if kind == "committee_exclude":
            cond = (f"{names[0]} must not be on it" if barred == 1
                    else f"neither {names[0]} nor {names[1]} may be on it")
        elif barred:
            cond = f"{names[0]} must be on it but {names[1]} must not"
        elif must == 2:
            cond = f"{names[0]} and {names[1]} must both be on it"
        else:
            cond = f"{names[0]} must be on it"
    return f"{scene.format(k=k, pool=pool, name=chooser)}, including {who}. {ask} {cond}?"


#: Officer scenes: the group (with {n} and {a}) and how the posts are given.
OFFICE_TEXT = {
    "club": (("The {n} members of a chess club, including {a}, elect a {posts}. No one may "
             "hold more than one post."), "posts"),
    "race": (("{n} runners, including {a}, run a race, and the {posts} go to the first {top} "
             "across the line (there are no ties)."), "medals"),
    "play": (("A drama group of {n}, including {a}, casts the parts of the {posts}. No one "
             "plays two parts."), "parts"),
    "prizes": (("{n} entrants, including {a}, are in a prize draw for a {posts}. No one wins "
               "more than one prize."), "prizes"),
    "team": (("A team of {n} players, including {a}, chooses a {posts}. No one takes two "
             "jobs."), "jobs"),
}


def _officers_prompt(data: dict[str, Any], draw: Draw) -> str:
    posts, scene = data["posts"], data.get("scene", "club")
    a = draw.pick(FIRST_NAMES)
    joiner = ", the " if scene in ("race", "play") else ", a "
    last = " and the " if scene in ("race", "play") else " and a "
    listed = joiner.join(posts[:-1]) + last + posts[-1]
    text, noun = OFFICE_TEXT[scene]
    intro = text.format(n=data["n"], a=a, posts=listed,
                        top={2: "two", 3: "three"}.get(len(posts), str(len(posts))))
    rule = data.get("rule", "")
    if rule == "post":
        verb = {"club": "be", "race": "get", "play": "play", "prizes": "win", "team": "be"}
        cond = f" if {a} must {verb.get(scene, 'get')} the {posts[data['post']]}"
    elif rule == "none":
        cond = f" if {a} gets none of them"
    elif rule == "some":
        cond = f" if {a} must get one of them"
    else:
        cond = ""
    return f"{intro} In how many different ways can the {noun} be given out{cond}?"


#: Menus and outfits: who chooses (with {name}) and what one choice of each is called.
PRODUCT_TEXT = {
    "lunch": ("At {name}'s local café a set lunch is one of each course on offer",
              "set lunches"),
    "outfit": (("{name} packs clothes for a trip, all different, and an outfit is one of each "
               "kind"), "outfits"),
    "pizza": ("A pizza shop lets {name} build a pizza from one of each item", "pizzas"),
    "sundae": ("An ice-cream stall lets {name} build a sundae from one of each item",
               "sundaes"),
    "holiday": ("A travel agent builds {name} a package holiday from one of each item",
                "package holidays"),
    "car": ("A car maker lets {name} configure a new car with one of each option",
            "cars"),
}


PRODUCT_ONE = {"lunch": "a set lunch", "outfit": "an outfit", "pizza": "a pizza",
               "sundae": "a sundae", "holiday": "a package holiday", "car": "a car"}


def _product_prompt(data: dict[str, Any], draw: Draw) -> str:
    scene = data["scene"]
    name = draw.pick(FIRST_NAMES)
    cats = [PRODUCT_SCENES[scene][i] for i in data["categories"]]
    listed = _listed([f"{s} {plural}" for s, (plural, _) in zip(data["sizes"], cats)])
    text, noun = PRODUCT_TEXT[scene]
    extra = ""
    if any(data["optional"]):
        single = cats[data["optional"].index(True)][1]
        one = PRODUCT_ONE[scene]
        extra = f" {one[0].upper() + one[1:]} may leave out the {single}."
    return (f"{text.format(name=name)}: there are {listed} to choose from.{extra} How many "
            f"different {noun} are possible?")


#: Rows of identical-looking objects: the scene (with {name}, {things}, {n}), the noun.
REPEAT_TEXT = (
    (("{name} signals by hanging {things} flags in a row on a pole. Flags of the same colour "
     "are identical."), "signals", "flags"),
    ("{name} lines up {things} counters in a row. Counters of the same colour look alike.",
     "rows", "counters"),
    (("{name} drops {things} balls one by one into a narrow tube. Balls of the same colour "
     "are identical."), "columns", "balls"),
    (("{name} lays a path of {things} square tiles in a single row. Tiles of the same colour "
     "are identical."), "paths", "tiles"),
    ("{name} parks {things} toy cars in a row. Cars of the same colour look alike.", "rows",
     "cars"),
    (("{name} threads {things} beads onto a straight stick (not a loop). Beads of the same "
     "colour are identical."), "sticks", "beads"),
)


def _repeats_prompt(data: dict[str, Any], draw: Draw) -> str:
    text, noun, things = draw.pick(REPEAT_TEXT)
    name = draw.pick(FIRST_NAMES)
    n = sum(data["counts"])
    listed = _listed([f"{c} {col}" for c, col in zip(data["counts"], data["colours"])])
    return (f"{text.format(name=name, things=listed)} How many different {noun} can be made "
            f"using all {n} {things}?")


#: Word scenes (with {name}, {word}, {n}): the scene and the question's subject.
WORD_TEXT = (
    ("{name} has {n} letter tiles that spell {word}.", "rows of all {n} tiles"),
    ("{name} makes codes by rearranging all the letters of the word {word}.", "codes"),
    ("{name} writes each letter of {word} on its own card and lays all {n} cards in a row.",
     "rows of cards"),
    ("A word game asks {name} to list every arrangement of the letters of {word}.",
     "arrangements"),
    ("{name} has {n} fridge magnets that spell {word} and lines them all up.",
     "lines of magnets"),
)


def _word_prompt(data: dict[str, Any], draw: Draw) -> str:
    word, same = data["word"], "(Arrangements that read the same count once.)"
    name = draw.pick(FIRST_NAMES)
    scene, subject = draw.pick(WORD_TEXT)
    intro = scene.format(name=name, word=word, n=len(word))
    if data["kind"] == "word_vowels":
        cond = ("keep all the consonants next to each other in one block"
                if data.get("together") else
                "keep all the vowels (A, E, I, O, U) next to each other in one block")
    elif data["kind"] == "word_block":
        cond = f"keep all the {data['together']}'s next to each other in one block"
    elif data.get("first") and data.get("last"):
        cond = f"begin with {data['first']} and end with {data['last']}"
    elif data.get("first"):
        cond = f"begin with {data['first']}"
    elif data.get("last"):
        cond = f"end with {data['last']}"
    else:
        cond = "are possible"
    return f"{intro} How many different {subject.format(n=len(word))} {cond}? {same}"


PROMPTS = {"row": _row_prompt, "circle": _circle_prompt, "committee": _committee_prompt,
           "officers": _officers_prompt, "product": _product_prompt,
           "repeats": _repeats_prompt, "word": _word_prompt}


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    prompt = PROMPTS[draft.data["kind"].split("_")[0]]
    return Wording(prompt(draft.data, Draw(rng, batch=None)))


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "word": (
        "Put any letter whose place is given first; arrange the rest: (letters)! divided by k!"
        " for each letter repeated k times."
    ),
    "word_block": (
        "Glue the copies of the letter into one block (one way inside), then arrange the "
        "block with the other letters, dividing for repeats."
    ),
    "repeats": (
        "Identical objects in a row: n! divided by k! for each colour with k objects."
    ),
    "product": (
        "One choice from each category: multiply the numbers of options; an optional "
        "category gets one extra way (none)."
    ),
    "row_before": (
        "One person before another: by symmetry exactly half of all n! orders."
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
        "Distinct posts mean order matters: settle the named person first, then fill the "
        "other posts in turn: m × (m − 1) × ..."
    ),
    "committee_include": (
        "Members who must be in are already chosen, members who must be out are removed: "
        "choose the rest from those left."
    ),
    "committee_exclude": (
        "Members who must be out are removed: choose the whole committee from the others."
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


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("kind")


#: The solver's measured effort becomes the item's score (see the module docstring).
EFFORT = effort
#: Scores each level keeps, low and high inclusive.
BANDS: dict[str, tuple[float, float]] = {"easy": (1.5, 3.25), "medium": (2.0, 4.5),
                                         "hard": (3.0, 5.5)}
