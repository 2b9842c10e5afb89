"""A complete small third-party family: clock arithmetic.

"A clock shows 9 o'clock. What will it show 17 hours later?"

To plug it into logicgen from your own package, name this module in your
``pyproject.toml``::

    [project.entry-points."logicgen.families"]
    clock = "my_package.custom_family"

Then ``logicgen generate puzzle.clock`` works like any built-in family. Run this
file directly to see three items.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from logicgen import BaseParams, Instance, InvalidParams, family

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


def generate(params: Params, rng: Any) -> Instance:
    low, high = HOURS_BY_DIFFICULTY[params.difficulty]
    high = min(high, params.max_hours)
    low = min(low, high)
    start = int(rng.integers(1, 13))
    hours = int(rng.integers(low, high + 1))
    end = (start - 1 + hours) % 12 + 1
    return Instance(
        data={"start": start, "hours": hours},
        answer=f"{end} o'clock",
        score=hours / 12,
        spec=end,
    )


def render(instance: Instance, params: Params, rng: Any) -> tuple[str, list[str]]:
    start, hours = instance.data["start"], instance.data["hours"]
    prompt = f"A clock shows {start} o'clock. What will it show {hours} hours later?"
    if params.format == "numeric":
        return prompt, []
    end = instance.spec
    wrong = {(end + d - 1) % 12 + 1 for d in (1, -1, 2, -2, 6, 3, -3)} - {end}
    picks = rng.choice(sorted(wrong), size=params.n_options - 1, replace=False)
    options = [f"{int(h)} o'clock" for h in picks] + [instance.answer]
    rng.shuffle(options)
    return prompt, options


def explain(instance: Instance) -> str:
    start, hours = instance.data["start"], instance.data["hours"]
    rest = hours % 12
    return (
        f"Every 12 hours the clock comes back to the same time, so only the remainder "
        f"of {hours} ÷ 12 matters: {hours} = {hours // 12} × 12 + {rest}. "
        f"{rest} hours after {start} o'clock the clock shows {instance.answer}."
    )


if __name__ == "__main__":
    import logicgen

    for item in logicgen.generate("puzzle.clock", count=3, seed=1):
        print(item.prompt)
        for letter, choice in zip("ABCDE", item.choices):
            print(f"  {letter}. {choice}")
        print("Answer:", item.letter, "-", item.explanation, "\n")
