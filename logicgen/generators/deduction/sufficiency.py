"""Data sufficiency: are the statements enough to answer the question?

"x and y are whole numbers from 1 to 9. What is x? (1) x + y = 9 (2) x − y = 3" —
with the five standard answers in their fixed order: (1) alone, (2) alone, both
together, each alone, not even together.

The question asks for a value (``x``, ``x + y``, ``x − y``) or a yes/no fact
("Is x greater than y?", "Is x even?"); a yes/no question is answered when every
case gives the same answer, even "no". The statements are true of one hidden
pair, so they never contradict each other.

Each key is drawn first, evenly over the five answers, and statements are drawn
until they give it, so the key's place says nothing.

Difficulty: ``easy`` draws the range from a few up to 15 (1–6, 1–9, 0–10,
2–12, 4–12, ...), asks for ``x``, ``y`` or ``x + y``, whether ``x > y``,
``x = y``, ``x`` is above or ``y`` below a number, ``x`` or ``y`` is even or
odd, or ``x + y`` is even or odd, with statements that fix or bound either
number, the sum or the difference, or give a parity (``y = 4``, ``x > 6``,
``y < 3``, ``y is even``, ``x + y = 9``, ``x + y < 12``, ``x − y = 3``,
``y − x > 2``, ``x + y is odd``); ``medium`` (ranges up to 1–15)
adds sums, differences and ``2x + y`` as questions and statements such as ``x = 2y``,
``2x + 3y = 31`` and ``3x − y = 5``; ``hard`` (ranges up to 1–20, distinct
numbers) asks such as "Is x + y greater than 12?", "Is 2x greater than y?" or
"Is x + y odd?" (not whether x = y, which distinct numbers settle), with statements whose sufficiency is easy to misjudge (``xy = 12`` has four
solutions, ``y is a multiple of 6``).

``score`` is the solver's measured effort
(:func:`logicgen.solve.sufficiency.effort`): for each statement 0.5 an unknown
it uses, 0.5 for a coefficient, divisor or product, 0.25 a factor or multiple
listed, and the judgement of its cases (0.5 to show it is not enough or to read
off a value, 1 to see a yes/no answer hold over every case left); 0.5 an
unknown the question uses; the combined check when neither alone is enough
(1, plus its judgement, plus 1 to eliminate an unknown between two
equations); 0.5 when the numbers run past 9. Bands kept per level: easy 1–7,
medium 2–8, hard 3–10: wide enough that no key ("both together" needs the
combined check) is redrawn more than another, so the five answers stay equally
likely. Hard is harder by products, multiples, eliminations and
two-digit numbers, not by longer statements.

The solver (:mod:`logicgen.solve.sufficiency`) interprets the statements from
``data`` and enumerates every pair.

>>> import logicgen
>>> item = logicgen.generate("deduction.sufficiency", count=1, seed=1)[0]
>>> print(item.prompt)
x and y are whole numbers from 1 to 10.
Is x + y even?
(1) x + y = 10
(2) x > y
>>> item.letter
'A'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from logicgen.errors import InvalidParams
from logicgen.kit import Draft, Draw, Steps, Wording
from logicgen.registry import BaseParams, family
from logicgen.solve.sufficiency import effort, solve_sufficiency

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["ANSWERS", "Params", "generate", "render"]

ANSWERS = (
    "Statement (1) alone is sufficient, but statement (2) alone is not.",
    "Statement (2) alone is sufficient, but statement (1) alone is not.",
    "Both statements together are sufficient, but neither alone is.",
    "Each statement alone is sufficient.",
    "The statements together are not sufficient.",
)
MINUS = "\u2212"
#: the ranges x and y may take, by level (one is drawn per item)
RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "easy": ((1, 9), (1, 10), (0, 9), (1, 8), (1, 12), (2, 9), (0, 10), (1, 15), (2, 12),
             (1, 7), (0, 8), (2, 10), (1, 11), (3, 12), (0, 12), (1, 14), (1, 6), (0, 7),
             (2, 11), (1, 13), (0, 14), (4, 12)),
    "medium": ((1, 9), (1, 10), (0, 10), (1, 12), (1, 15), (2, 12), (1, 8), (0, 12), (2, 15),
               (1, 14), (3, 12)),
    "hard": ((1, 12), (1, 15), (0, 12), (1, 20), (2, 16), (1, 14), (0, 15), (2, 18), (1, 16),
             (3, 15)),
}

Case = tuple[int, int]
#: a statement or condition: its data (for the solver), its words, and a test
Fact = tuple[dict[str, Any], str, Callable[[int, int], bool]]


@family("deduction.sufficiency", version=4, solver=solve_sufficiency, formats=("choice",),
        summary="Data sufficiency: which statements are enough to answer the question?")
@dataclass(frozen=True)
class Params(BaseParams):
    """Only the standard five options are offered, so ``n_options`` must be 5."""

    def check(self) -> None:
        if self.n_options != 5:
            raise InvalidParams("n_options must be 5 for deduction.sufficiency, which offers "
                                f"the five standard answers (got {self.n_options})")


def _lin(a: int, b: int) -> str:
    """``x + 2y``, ``x − y``, ``2x``."""
    parts: list[str] = []
    for coef, var in ((a, "x"), (b, "y")):
        if coef:
            mag = "" if abs(coef) == 1 else str(abs(coef))
            sign = (MINUS if coef < 0 else "+") if parts else (MINUS if coef < 0 else "")
            parts.append(f"{sign} {mag}{var}".strip() if parts else f"{sign}{mag}{var}")
    return " ".join(parts)


def _eq(a: int, b: int, k: int) -> Fact:
    text = f"y {MINUS} x = {k}" if (a, b) == (-1, 1) else f"{_lin(a, b)} = {k}"
    return ({"op": "eq", "left": {"x": a, "y": b}, "k": k}, text,
            lambda x, y: a * x + b * y == k)


def _bound(var: str, above: bool, t: int) -> Fact:
    """The statement ``var > t`` (``above``) or ``var < t``."""
    if var == "x":
        test = (lambda x, y: x > t) if above else (lambda x, y: x < t)
    else:
        test = (lambda x, y: y > t) if above else (lambda x, y: y < t)
    op, sign = ("gt", ">") if above else ("lt", "<")
    return ({"op": op, "left": {var: 1}, "k": t}, f"{var} {sign} {t}", test)


def _facts(x0: int, y0: int, level: str, low: int, high: int, draw: Draw) -> list[Fact]:
    """Statements true of the hidden pair ``(x0, y0)`` that the level may use."""
    out: list[Fact] = [_eq(1, 0, x0), _eq(0, 1, y0), _eq(1, 1, x0 + y0)]
    var, value = draw.pick((("x", x0), ("y", y0)))
    if value > low:
        low_t = draw.between(low, value - 1)
        out.append(_bound(var, True, low_t))
    if value < high:
        high_t = draw.between(value + 1, high)
        out.append(_bound(var, False, high_t))
    total = x0 + y0
    if total > 2 * low + 1:  # a bound on the sum: x + y > t, x + y < t
        above = draw.between(2 * low + 1, total - 1)
        out.append(({"op": "gt", "left": {"x": 1, "y": 1}, "k": above}, f"x + y > {above}",
                    lambda x, y: x + y > above))
    if total < 2 * high - 1:
        below = draw.between(total + 1, 2 * high - 1)
        out.append(({"op": "lt", "left": {"x": 1, "y": 1}, "k": below}, f"x + y < {below}",
                    lambda x, y: x + y < below))
    pvar, pvalue = draw.pick((("x", x0), ("y", y0)))  # parity of either number
    even = pvalue % 2 == 0
    rest = pvalue % 2
    out.append(({"op": "parity", "var": pvar, "even": even},
                f"{pvar} is {'even' if even else 'odd'}",
                (lambda x, y: x % 2 == rest) if pvar == "x" else
                (lambda x, y: y % 2 == rest)))
    if x0 != y0:
        big = x0 > y0
        out.append(({"op": "gt" if big else "lt", "left": {"x": 1}, "right": {"y": 1}, "k": 0},
                    f"x {'>' if big else '<'} y", (lambda x, y: x > y) if big else
                    (lambda x, y: x < y)))
    if x0 != y0:  # the difference, as a candidate would write it: x − y = 3, y − x = 2
        out.append(_eq(1, -1, x0 - y0) if x0 > y0 else _eq(-1, 1, y0 - x0))
    out.extend(_more_facts(x0, y0, low, high, var, draw))
    if level != "easy":
        a, b = draw.pick(((1, 2), (2, 1), (1, 3), (3, 1), (2, 3), (3, 2)))
        out.append(_eq(a, b, a * x0 + b * y0))
        if a * x0 - y0 > 0:
            out.append(_eq(a, -1, a * x0 - y0))
        if 0 < y0 < x0 and x0 % y0 == 0:  # x = 2y, 3y, ... (never "x = 0y")
            m = x0 // y0
            out.append(({"op": "eq", "left": {"x": 1}, "right": {"y": m}, "k": 0}, f"x = {m}y",
                        lambda x, y: x == m * y))
    if level == "hard":
        out.append(({"op": "product", "k": x0 * y0}, f"xy = {x0 * y0}",
                    lambda x, y: x * y == x0 * y0))
        # (names of their own: the lambdas above read ``var`` and ``value`` when called)
        mvar, mvalue = draw.pick((("x", x0), ("y", y0)))
        k = draw.pick([k for k in (2, 3, 4, 5, 6) if mvalue % k == 0] or [1])
        if k > 1:
            out.append(({"op": "multiple", "var": mvar, "k": k}, f"{mvar} is a multiple of {k}",
                        (lambda x, y: x % k == 0) if mvar == "x" else (lambda x, y: y % k == 0)))
    return out


def _sum_parity(total: int) -> Fact:
    even = total % 2 == 0
    rest = total % 2
    return ({"op": "parity", "left": {"x": 1, "y": 1}, "even": even},
            f"x + y is {'even' if even else 'odd'}", lambda x, y: (x + y) % 2 == rest)


def _more_facts(x0: int, y0: int, low: int, high: int, bounded: str, draw: Draw) -> list[Fact]:
    """More statements at every level: whether the sum is even or odd, a bound on the difference,
    and a bound on the number the shared bounds above left alone (so both may be bounded)."""
    out = [_sum_parity(x0 + y0)]
    gap = abs(x0 - y0)
    if gap >= 2:  # a bound on the difference: x − y > 2, y − x > 1
        # (a name of its own: the lambdas read it when called, after ``t`` below is set)
        least = draw.between(1, gap - 1)
        if x0 > y0:
            out.append(({"op": "gt", "left": {"x": 1, "y": -1}, "k": least},
                        f"x {MINUS} y > {least}", lambda x, y: x - y > least))
        else:
            out.append(({"op": "gt", "left": {"x": -1, "y": 1}, "k": least},
                        f"y {MINUS} x > {least}", lambda x, y: y - x > least))
    var, value = ("y", y0) if bounded == "x" else ("x", x0)
    if draw.below(2) and value > low:
        t = draw.between(low, value - 1)
        out.append(_bound(var, True, t))
    elif value < high:
        t = draw.between(value + 1, high)
        out.append(_bound(var, False, t))
    return out


Question = tuple[dict[str, Any], str, Callable[[int, int], object]]


def _value_question(a: int, b: int) -> Question:
    return ({"ask": "value", "expr": {"x": a, "y": b} if b else {"x": a}},
            f"What is {_lin(a, b)}?", lambda x, y: a * x + b * y)


def _ask_y(draw: Draw, low: int, high: int) -> Question:
    return {"ask": "value", "expr": {"y": 1}}, "What is y?", lambda x, y: y


def _ask_x_above(draw: Draw, low: int, high: int) -> Question:
    t = draw.between(low + 1, high - 2)
    return ({"ask": "yesno", "cond": {"op": "gt", "left": {"x": 1}, "k": t}},
            f"Is x greater than {t}?", lambda x, y: x > t)


def _ask_even(var: str, even: bool = True) -> Callable[[Draw, int, int], Question]:
    rest = 0 if even else 1

    def ask(draw: Draw, low: int, high: int) -> Question:
        return ({"ask": "yesno", "cond": {"op": "parity", "var": var, "even": even}},
                f"Is {var} {'even' if even else 'odd'}?",
                (lambda x, y: x % 2 == rest) if var == "x" else (lambda x, y: y % 2 == rest))
    return ask


def _ask_sum_above(draw: Draw, low: int, high: int) -> Question:
    t = draw.between(low + high - 4, low + high + 4)
    return ({"ask": "yesno", "cond": {"op": "gt", "left": {"x": 1, "y": 1}, "k": t}},
            f"Is x + y greater than {t}?", lambda x, y: x + y > t)


def _ask_sum_parity(draw: Draw, low: int, high: int) -> Question:
    even = bool(draw.below(2))
    rest = 0 if even else 1
    return ({"ask": "yesno", "cond": {"op": "parity", "left": {"x": 1, "y": 1}, "even": even}},
            f"Is x + y {'even' if even else 'odd'}?", lambda x, y: (x + y) % 2 == rest)


def _ask_y_below(draw: Draw, low: int, high: int) -> Question:
    t = draw.between(low + 2, high - 1)
    return ({"ask": "yesno", "cond": {"op": "lt", "left": {"y": 1}, "k": t}},
            f"Is y less than {t}?", lambda x, y: y < t)


def _ask_equal(draw: Draw, low: int, high: int) -> Question:
    return ({"ask": "yesno", "cond": {"op": "eq", "left": {"x": 1}, "right": {"y": 1}, "k": 0}},
            "Is x equal to y?", lambda x, y: x == y)


def _ask_twice(draw: Draw, low: int, high: int) -> Question:
    return ({"ask": "yesno", "cond": {"op": "gt", "left": {"x": 2}, "right": {"y": 1}, "k": 0}},
            "Is 2x greater than y?", lambda x, y: 2 * x > y)


def _ask_x_over_y(draw: Draw, low: int, high: int) -> Question:
    return ({"ask": "yesno", "cond": {"op": "gt", "left": {"x": 1}, "right": {"y": 1}, "k": 0}},
            "Is x greater than y?", lambda x, y: x > y)


#: the questions each level asks, one drawn per item
QUESTIONS: dict[str, dict[str, Callable[[Draw, int, int], Question]]] = {
    "easy": {"x": lambda d, lo, hi: _value_question(1, 0), "y": _ask_y, "x>y": _ask_x_over_y,
             "x>t": _ask_x_above, "even": _ask_even("x"), "y odd": _ask_even("y", False),
             "x+y": lambda d, lo, hi: _value_question(1, 1), "x+y even": _ask_sum_parity,
             "y<t": _ask_y_below, "x=y": _ask_equal, "y even": _ask_even("y"),
             "x odd": _ask_even("x", False)},
    "medium": {"x": lambda d, lo, hi: _value_question(1, 0), "x>y": _ask_x_over_y,
               "x+y": lambda d, lo, hi: _value_question(1, 1),
               "x-y": lambda d, lo, hi: _value_question(1, -1), "even": _ask_even("x"),
               "y even": _ask_even("y"), "x>t": _ask_x_above,
               "2x+y": lambda d, lo, hi: _value_question(2, 1), "x odd": _ask_even("x", False),
               "y odd": _ask_even("y", False), "x+y even": _ask_sum_parity, "x=y": _ask_equal},
    "hard": {"x": lambda d, lo, hi: _value_question(1, 0), "x>y": _ask_x_over_y,
             "x+y": lambda d, lo, hi: _value_question(1, 1),
             "x-y": lambda d, lo, hi: _value_question(1, -1), "even": _ask_even("x"),
             "sum>": _ask_sum_above, "2x>y": _ask_twice,
             "x+2y": lambda d, lo, hi: _value_question(1, 2), "y odd": _ask_even("y", False),
             "x+y even": _ask_sum_parity},
}


def _question(level: str, low: int, high: int, draw: Draw) -> Question:
    return QUESTIONS[level][draw.pick(tuple(QUESTIONS[level]))](draw, low, high)


def _describe(mask: int, by_answer: dict[object, int], domain: list[Case],
              yesno: bool) -> str:
    """What the cases in ``mask`` say about the question, with two witnesses (the first
    cases, in the domain's order, giving the first two answers) when it says nothing."""
    hits = sorted((((m & mask) & -(m & mask)).bit_length() - 1, value)
                  for value, m in by_answer.items() if m & mask)
    if len(hits) == 1:
        return f"every case gives {_say(hits[0][1], yesno)}: sufficient"
    (b1, v1), (b2, v2) = hits[:2]
    c1, c2 = domain[b1], domain[b2]
    return (f"x = {c1[0]}, y = {c1[1]} gives {_say(v1, yesno)} but x = {c2[0]}, y = {c2[1]} "
            f"gives {_say(v2, yesno)}: not sufficient")


def _weight(cond: dict[str, Any]) -> float:
    """How much working a statement or condition takes: one number fixed or bounded 1,
    a comparison of x and y 1.5, a sum or difference 2, a multiple 2.5, a product 3."""
    op = cond["op"]
    if op in ("parity", "multiple", "product"):
        return {"parity": 1.0, "multiple": 2.5, "product": 3.0}[op]
    terms = {**cond["left"], **cond.get("right", {})}
    coefs = [abs(v) for v in terms.values() if v]
    if len(coefs) == 1:
        return 1.0
    if cond.get("right") and not cond.get("k"):
        return 1.5 if max(coefs) == 1 else 2.5  # x > y; x = 3y
    return 2.0 if max(coefs) == 1 else 2.5


def _one_answer(mask: int, answer_masks: list[int]) -> bool:
    """Whether the cases in ``mask`` all give one answer (stops at the second)."""
    hit = False
    for m in answer_masks:
        if m & mask:
            if hit:
                return False
            hit = True
    return hit


def _say(value: object, yesno: bool) -> str:
    if yesno:
        return "yes" if value else "no"
    return f"{MINUS}{-value}" if isinstance(value, int) and value < 0 else str(value)


# Masks of the cases a statement allows (and a question's cases by answer), keyed by
# the domain and the statement's words, which say exactly what it tests. They are
# pure functions of the key, kept so that the same statement over the same numbers
# is not enumerated again; the memo never changes what is drawn.
_MASKS: dict[tuple[int, int, bool, str], int] = {}
_ANSWERS: dict[tuple[int, int, bool, str], dict[object, int]] = {}
_MEMO_LIMIT = 100_000


def _rows(cond: dict[str, Any], low: int, high: int, distinct: bool = False) -> int | None:
    """The mask of a statement over the domain, built a row (one x) at a time from its
    data: a linear (in)equality allows an interval of y in each row, a parity every
    other y; with distinct numbers each row then drops its case y = x. ``None`` for
    statements this does not cover (products, multiples), which are tested case by
    case instead. Checked against the statements' own tests in
    tests/test_deduction_sufficiency.py."""
    op, n, k = cond["op"], high - low + 1, int(cond.get("k", 0))
    full = (1 << n) - 1
    if op == "parity":
        left = {cond["var"]: 1} if "var" in cond else cond["left"]
        a, b, rest = int(left.get("x", 0)), int(left.get("y", 0)), 0 if cond["even"] else 1
        pattern = {par: sum(1 << (y - low) for y in range(low, high + 1)
                            if (par + b * y) % 2 == rest) for par in (0, 1)}
        rows = [pattern[a * x % 2] for x in range(low, high + 1)]
    elif op in ("eq", "gt", "lt"):
        left, right = cond["left"], cond.get("right", {})
        a = int(left.get("x", 0)) - int(right.get("x", 0))
        b = int(left.get("y", 0)) - int(right.get("y", 0))
        rows = []
        above = (op == "gt") == (b > 0)  # an inequality leaves y above rest / b, or below
        for x in range(low, high + 1):
            rest = k - a * x  # the row needs b·y (op) rest
            if b == 0:
                holds = 0 == rest if op == "eq" else 0 > rest if op == "gt" else 0 < rest
                rows.append(full if holds else 0)
                continue
            if op == "eq":
                first = last = rest // b if rest % b == 0 else high + 1
            elif above:
                first, last = rest // b + 1, high
            else:
                first, last = low, -(-rest // b) - 1
            first, last = max(first, low), min(last, high)
            rows.append(0 if first > last else ((1 << (last - first + 1)) - 1) << (first - low))
    else:
        return None
    if not distinct:
        return sum(row << (i * n) for i, row in enumerate(rows))
    # row i loses its bit i (y = x); the bits above it move down one place
    return sum(((row & ((1 << i) - 1)) | (row >> (i + 1) << i)) << (i * (n - 1))
               for i, row in enumerate(rows))


def _fact_mask(where: tuple[int, int, bool], fact: Fact, domain: list[Case]) -> int:
    key = (*where, fact[1])
    mask = _MASKS.get(key)
    if mask is None:
        mask = _rows(fact[0], *where)
        if mask is None:
            test = fact[2]
            mask = sum(1 << bit for bit, c in enumerate(domain) if test(*c))
        if len(_MASKS) > _MEMO_LIMIT:
            _MASKS.clear()
        _MASKS[key] = mask
    return mask


def _answer_masks(where: tuple[int, int, bool], asked: str, ask: Callable[[int, int], object],
                  domain: list[Case]) -> dict[object, int]:
    """The cases giving each answer to the question, as bit masks."""
    key = (*where, asked)
    found = _ANSWERS.get(key)
    if found is None:
        found = {}
        for bit, c in enumerate(domain):
            answer = ask(*c)
            found[answer] = found.get(answer, 0) | (1 << bit)
        if len(_ANSWERS) > _MEMO_LIMIT:
            _ANSWERS.clear()
        _ANSWERS[key] = found
    return found


def generate(params: BaseParams, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    level = params.difficulty
    low, high = draw.pick(RANGES[level])
    distinct = level == "hard"
    domain = [(x, y) for x in range(low, high + 1) for y in range(low, high + 1)
              if not distinct or x != y]
    target = draw.below(5)
    for _ in range(200):
        x0, y0 = draw.pick(domain)
        question, asked, ask = _question(level, low, high, draw)
        facts = _facts(x0, y0, level, low, high, draw)
        where = (low, high, distinct)
        by_answer = _answer_masks(where, asked, ask, domain)
        masks = [_fact_mask(where, fact, domain) for fact in facts]
        answer_masks = list(by_answer.values())
        alone = [_one_answer(mask, answer_masks) for mask in masks]
        # which statements must fix the answer alone for the key: (1) only for A, (2) only
        # for B, both for D, neither for C and E (told apart by the cases both allow)
        need_first, need_second = target in (0, 3), target in (1, 3)
        firsts = [i for i, fixes in enumerate(alone) if fixes == need_first]
        seconds = [j for j, fixes in enumerate(alone) if fixes == need_second]
        # a statement that only restates the question ("Is x even? (1) x is odd") or
        # states the asked value ("What is x + y? (1) x + y = 8") gives itself away
        told = [masks[k] in answer_masks for k in range(len(facts))]
        found = [(i, j) for i in firsts for j in seconds
                 if i != j and facts[i][1] != facts[j][1] and not told[i] and not told[j]
                 and (target not in (2, 4)
                      or _one_answer(masks[i] & masks[j], answer_masks) == (target == 2))]
        if found:
            i, j = draw.pick(found)
            break
    else:  # pragma: no cover - every key is found within a few draws
        raise RuntimeError("no statements give the drawn key")
    first, second = facts[i], facts[j]
    key = target
    fixed = (alone[i], alone[j])
    yesno = question["ask"] == "yesno"
    steps = [f"Statement ({n}) alone, {fact[1]}: {_describe(mask, by_answer, domain, yesno)}."
             for n, fact, mask in ((1, first, masks[i]), (2, second, masks[j]))]
    if not any(fixed):
        steps.append(f"Together: {_describe(masks[i] & masks[j], by_answer, domain, yesno)}.")
    steps.append(f"So: {ANSWERS[key]}")
    method = ("Test each statement alone, then both together; a yes/no question counts as "
              "answered when every case gives the same answer, even \"no\".")
    data = {"low": low, "high": high, "distinct": distinct, "question": question,
            "statements": [first[0], second[0]]}
    asked_weight = (_weight(question["cond"]) if question["ask"] == "yesno"
                    else float(len(question["expr"])))
    score = (_weight(first[0]) + _weight(second[0]) + asked_weight + (key in (2, 4))
             + (high - low > 10))
    wording = {"asked": asked, "first": first[1], "second": second[1]}
    return Draft(data=data, answer=ANSWERS[key], score=round(score, 2), spec=wording,
                 steps=Steps([method, *steps], numbered=False))


def render(draft: Draft, params: BaseParams, rng: np.random.Generator) -> Wording:
    data, words = draft.data, draft.spec
    domain = (f"x and y are whole numbers from {data['low']} to {data['high']}"
              + (", and x is not equal to y." if data["distinct"] else "."))
    prompt = (f"{domain}\n{words['asked']}\n(1) {words['first']}\n(2) {words['second']}")
    return Wording(prompt, choices=list(ANSWERS))


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "value": (
        "Test statement 1 alone, then 2 alone, then both: enough means exactly one value "
        "is left."
    ),
    "yesno": (
        "Test statement 1 alone, then 2 alone, then both: enough means the answer is "
        "always yes or always no."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data["question"]["ask"]


EFFORT = effort
BANDS = {"easy": (1.0, 7.0), "medium": (2.0, 8.0), "hard": (3.0, 10.0)}
