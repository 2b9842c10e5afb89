"""A complete small third-party family in the kit's shape: clock arithmetic.

"A clock shows 9 o'clock. What will it show 17 hours later?"

To plug it into logicgen from your own package, name this module in your
``pyproject.toml``::

    [project.entry-points."logicgen.families"]
    clock = "my_package.custom_family"

Then ``logicgen generate puzzle.clock`` works like any built-in family. Run this
file directly to see three items.

The module writes only what is particular to clocks: the solver, the parameters,
how a puzzle is drawn (with its key, the named mistakes and the worked steps)
and how it is worded. The kit (:mod:`logicgen.kit`) supplies the draws, the
explanation's layout, and the verification and retries around it all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from logicgen import BaseParams, InvalidParams, family
from logicgen.kit import Draft, Draw, Mistake, Steps, Wording

HOURS_BY_DIFFICULTY = {"easy": (1, 12), "medium": (13, 48), "hard": (49, 200)}


def solve(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Independent check: count the hours one by one round the dial."""
    hour = int(data["start"])
    for _ in range(int(data["hours"])):
        hour = 1 if hour == 12 else hour + 1
    answer = f"{hour} o'clock"
    if choices:
        return [c for c in choices if c == answer]
    return [answer]


@family("puzzle.clock", solver=solve, summary="Clock arithmetic: what time after N hours?")
@dataclass(frozen=True)
class Params(BaseParams):
    """``max_hours`` caps the number of hours added."""

    max_hours: int = 200

    def check(self) -> None:
        if not 1 <= self.max_hours <= 1000:
            raise InvalidParams(f"max_hours must be between 1 and 1000 (got {self.max_hours})")


def _clock(hour: int) -> str:
    """Any whole number of hours past midnight as a dial reading: 14 -> "2 o'clock"."""
    return f"{(hour - 1) % 12 + 1} o'clock"


def generate(params: Params, rng: Any) -> Draft:
    draw = Draw(rng)
    low, high = HOURS_BY_DIFFICULTY[params.difficulty]
    high = min(high, params.max_hours)
    start, hours = draw.between(1, 12), draw.between(min(low, high), high)
    rest = hours % 12
    return Draft(
        data={"start": start, "hours": hours},
        answer=_clock(start + hours),
        score=hours / 12,
        mistakes=[
            Mistake(_clock(start + hours + 1), "counting the starting hour as one of the hours"),
            Mistake(_clock(start + hours - 1), "stopping one hour short"),
            Mistake(_clock(start - hours), "going round the dial backwards"),
            Mistake(_clock(hours), "counting from 12 o'clock instead of the time shown"),
            Mistake(_clock(start + rest + 6), "reading the hand on the wrong side of the dial"),
            Mistake(_clock(start + hours + 2), "adding two hours too many"),
        ],
        steps=Steps(
            [(f"Every 12 hours the clock comes back to the same time, so only the remainder "
             f"of {hours} ÷ 12 matters: {hours} = {hours // 12} × 12 + {rest}."),
             f"{rest} hours after {start} o'clock the clock shows {_clock(start + hours)}."],
            answer=_clock(start + hours),
        ),
    )


def render(draft: Draft, params: Params, rng: Any) -> Wording:
    start, hours = draft.data["start"], draft.data["hours"]
    return Wording(f"A clock shows {start} o'clock. What will it show {hours} hours later?")


def options(draft: Draft, params: Params, rng: Any) -> list[str]:
    """The key and the first distinct named mistakes (then other hours near the key),
    in an order drawn from ``rng``."""
    end = draft.data["start"] + draft.data["hours"]
    near = [_clock(end + d) for d in (3, -2, 4, -3, 5, -4)]
    wrong = [t for t in dict.fromkeys([m.value for m in draft.mistakes] + near)
             if t != draft.answer]
    return Draw(rng).shuffled([draft.answer, *wrong[: params.n_options - 1]])


if __name__ == "__main__":
    import logicgen

    for item in logicgen.generate("puzzle.clock", count=3, seed=1):
        print(item.prompt)
        for letter, choice in zip("ABCDE", item.choices):
            print(f"  {letter}. {choice}")
        print("Answer:", item.letter, "\n" + item.explanation, "\n")
