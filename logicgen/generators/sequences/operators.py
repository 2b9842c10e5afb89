"""Operator boxes (diagrammatic reasoning): work out what each box does, then apply a chain.

"Each symbol is a box that always changes a string of letters in the same way,
and no two boxes do the same thing.
KRAM → ■ → MARK
TOPS → ▲ → OPST
LIME → ■ → ▲ → ?"

The operations: reverse the string, move the first letter to the end, move the
last letter to the front, swap the first and last letters, swap the first two
or the last two letters, move every letter one place on or back in the alphabet,
drop the first or the last letter, repeat the first letter at the end.

Difficulty: ``easy`` has two boxes, each shown once on its own, and a question
through both; ``medium`` three boxes, two shown on their own and the third only
after another box, so it has to be untangled; ``hard`` three boxes shown only in
pairs, and a question through three. Strings have four or five different
letters, so no two operations look alike on an example. ``score`` is the
solver's effort (:func:`logicgen.solve.operators.effort`): reading the
examples fewest-unknown-boxes first, 0.75 for a box read off directly, 1.5 for
an example to untangle (one box known), 2.5 for a case split (all its boxes
unknown), 0.25 for a check, 0.5 for every rival reading still alive, and 1 per
box in the question. Bands (:data:`BANDS`): ``easy`` 3–4.5, ``medium`` 4.5–6.5,
``hard`` 7–12; hard is harder by the case split, not by longer strings.

Wrong options are the slips a candidate makes: applying the boxes in the wrong
order, forgetting one box, and applying a look-alike operation (reverse for
swap-the-ends, or moving the letters the other way).

The solver (:mod:`logicgen.solve.operators`) tries every assignment of its own
operations to the boxes and requires exactly one to fit the examples.

>>> import logicgen
>>> item = logicgen.generate("sequence.operators", count=1, seed=1, difficulty="easy")[0]
>>> print(item.prompt)
Each symbol is a box that always changes a string of letters in the same way, and no two boxes
do the same thing.
<BLANKLINE>
EWLH → ● → DVKG
MHZR → ◆ → HZRM
QDYL → ● → ◆ → ?
>>> item.answer
'CXKP'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from logicgen.kit import Draft, Draw, Steps, Wording
from logicgen.registry import BaseParams, family
from logicgen.solve.operators import effort as operators_effort
from logicgen.solve.operators import solve_operators

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["OPERATIONS", "Params", "generate", "render"]

SYMBOLS = ("■", "▲", "●", "◆")
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
INTRO = ("Each symbol is a box that always changes a string of letters in the same way, "
         "and no two boxes do the same thing.")


def _on(word: str, step: int) -> str:
    return "".join(ALPHABET[(ALPHABET.index(c) + step) % 26] for c in word)


def _swap(word: str, i: int, j: int) -> str:
    letters = list(word)
    letters[i], letters[j] = letters[j], letters[i]
    return "".join(letters)


#: each operation: what it does to a word, and how the explanation says it
OPERATIONS: dict[str, tuple[Callable[[str], str], str]] = {
    "reverse": (lambda w: "".join(reversed(w)), "reverses the order of the letters"),
    "first to end": (lambda w: w[1:] + w[0], "moves the first letter to the end"),
    "last to front": (lambda w: w[-1] + w[:-1], "moves the last letter to the front"),
    "swap ends": (lambda w: _swap(w, 0, len(w) - 1), "swaps the first and last letters"),
    "swap first two": (lambda w: _swap(w, 0, 1), "swaps the first two letters"),
    "swap last two": (lambda w: _swap(w, len(w) - 2, len(w) - 1), "swaps the last two letters"),
    "letters on": (lambda w: _on(w, 1), "moves every letter one place on in the alphabet"),
    "letters back": (lambda w: _on(w, -1), "moves every letter one place back in the alphabet"),
    "drop first": (lambda w: w[1:], "drops the first letter"),
    "drop last": (lambda w: w[:-1], "drops the last letter"),
    "repeat first": (lambda w: w + w[0], "repeats the first letter at the end"),
}
#: operations that change a string's length
SHORTEN = ("drop first", "drop last", "repeat first")
#: the method, by level: what to look at first
METHOD = {
    "easy": "Read each box off its own example, then run the question through the boxes in order.",
    "medium": ("Read off the boxes shown alone first; then undo them in the example that "
               "mixes boxes to find the last one."),
    "hard": ("Look for clues in what changes: new letters mean a shift along the alphabet, the "
             "same letters in a new order mean a reordering; find the one box that fits every "
             "example it appears in, then peel it off."),
}
#: operations a hurried candidate confuses, for the wrong options
LOOKALIKE = {"reverse": "swap ends", "swap ends": "reverse", "first to end": "last to front",
             "last to front": "first to end", "letters on": "letters back",
             "letters back": "letters on", "swap first two": "swap last two",
             "swap last two": "swap first two", "drop first": "drop last",
             "drop last": "drop first", "repeat first": "first to end"}


@family("sequence.operators", version=3, solver=solve_operators,
        summary="Operator boxes: work out what each box does to a string, then apply a chain")
@dataclass(frozen=True)
class Params(BaseParams):
    """No parameters beyond difficulty, format and the number of options."""


def _word(draw: Draw, level: str) -> str:
    return "".join(draw.sample(ALPHABET, 4 if level == "easy" else draw.between(4, 5)))


def _through(word: str, boxes: list[int], ops: list[str]) -> str:
    for box in boxes:
        word = OPERATIONS[ops[box]][0](word)
    return word


#: the boxes each example passes through, and the question's boxes, per level
PLANS = {
    "easy": ([[0], [1]], [0, 1]),
    "medium": ([[0], [1], [0, 2]], [2, 1]),
    "hard": ([[0, 1], [1, 2], [2, 0]], [0, 1, 2]),
}


def generate(params: BaseParams, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    level = params.difficulty
    shown, asked = PLANS[level]
    n = max(max(b) for b in shown) + 1
    for _ in range(100):  # at most one box changes the length, so answers keep their letters
        ops = draw.sample(list(OPERATIONS), n)
        if sum(op in SHORTEN for op in ops) <= 1:
            break
    symbols = draw.sample(SYMBOLS, n)
    examples = []
    for boxes in shown:
        word = _word(draw, level)
        examples.append({"input": word, "boxes": boxes, "output": _through(word, boxes, ops)})
    word = _word(draw, level)
    answer = _through(word, asked, ops)
    wrong = [_through(word, list(reversed(asked)), ops)]
    wrong += [_through(word, asked[:k] + asked[k + 1:], ops) for k in range(len(asked))]
    for box in asked:
        swapped = [LOOKALIKE[op] if i == box else op for i, op in enumerate(ops)]
        wrong.append(_through(word, asked, swapped))
    steps = [METHOD[level]]
    steps += [f"{symbols[box]} {OPERATIONS[ops[box]][1]}." for box in range(n)]
    trail = word
    for box in asked:
        new = OPERATIONS[ops[box]][0](trail)
        steps.append(f"{trail} → {symbols[box]} → {new}.")
        trail = new
    data = {"symbols": symbols, "examples": examples,
            "question": {"input": word, "boxes": asked}}
    untangle = sum(len(ex["boxes"]) > 1 for ex in examples)
    return Draft(data=data, answer=answer, score=len(asked) + 1.5 * untangle + 0.5 * n,
                 spec=wrong, steps=Steps(steps, numbered=False))


def _chain(word: str, boxes: list[int], symbols: list[str], end: str) -> str:
    return " → ".join([word, *(symbols[b] for b in boxes), end])


def render(draft: Draft, params: BaseParams, rng: np.random.Generator) -> Wording:
    data = draft.data
    symbols = data["symbols"]
    lines = [_chain(ex["input"], ex["boxes"], symbols, ex["output"]) for ex in data["examples"]]
    q = data["question"]
    prompt = "\n".join([INTRO, "", *lines, _chain(q["input"], q["boxes"], symbols, "?")])
    if params.format == "numeric":
        return Wording(prompt, choices=[])
    pool = [w for w in dict.fromkeys(draft.spec) if w != draft.answer and w]
    draw = Draw(rng)
    while len(pool) < params.n_options - 1:  # near misses: one letter moved on
        i = draw.below(len(draft.answer))
        near = draft.answer[:i] + ALPHABET[(ALPHABET.index(draft.answer[i]) + 1) % 26] + \
            draft.answer[i + 1:]
        if near not in pool and near != draft.answer:
            pool.append(near)
    return Wording(prompt, choices=draw.shuffled([draft.answer, *pool[: params.n_options - 1]]))


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "*": (
        "Find each box's action from the examples, starting with boxes seen with the "
        "fewest others, then apply the chain in order."
    ),
}


#: the score is the solver's effort; each level keeps the scores in its band
EFFORT = operators_effort
BANDS = {"easy": (3.0, 4.5), "medium": (4.5, 6.5), "hard": (7.0, 12.0)}
