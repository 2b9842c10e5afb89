"""The verification protocol, applied to any item from its JSON form alone.

An item passes when all of these hold (``docs/design.md`` §5):

1. its family is registered and its format is one the family makes;
2. choice items: at least two options, distinct after normalisation
   (``0.50`` equals ``1/2``), and ``choices[answer_index] == answer``;
   free-response items: no options and no ``answer_index``;
3. the family's independent solver, given only ``data`` and ``choices``, finds
   exactly one answer and it is the key.

Generation calls :func:`problems` on every candidate item and redraws until it
returns nothing; ``logicgen verify`` calls it on items read from a file.
"""

from __future__ import annotations

from dataclasses import dataclass

from .answers import normalise_text, parse_number, same_answer
from .errors import InvalidItem, LogicgenError, describe_value
from .item import Item

__all__ = ["Report", "problems", "verify"]


@dataclass(frozen=True)
class Report:
    """The outcome of verifying one item."""

    code: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(item: Item) -> Report:
    """Re-derive ``item``'s answer with its family's independent solver.

    >>> from logicgen import generate
    >>> verify(generate("sequence.number", count=1, seed=3)[0]).ok
    True
    """
    if not isinstance(item, Item):
        raise InvalidItem(f"verify takes an Item (got {describe_value(item)})")
    return Report(item.code, tuple(problems(item)))


def _option_key(text: str) -> object:
    # a number as its exact (numerator, denominator): hashed far faster than a Fraction
    value = parse_number(text)
    return (value.numerator, value.denominator) if value is not None else normalise_text(text)


def problems(item: Item) -> list[str]:
    """Every way in which ``item`` fails verification (empty when it passes)."""
    from .registry import get

    try:
        fam = get(item.family)
    except LogicgenError as exc:
        return [str(exc)]
    found: list[str] = []
    if item.format not in fam.formats:
        found.append(f"format {item.format!r} is not one {fam.name} makes")
    if not item.prompt.strip():
        found.append("the prompt is empty")
    if not item.explanation.strip():
        found.append("the explanation is empty")
    if item.format == "numeric":
        if item.choices or item.answer_index is not None:
            found.append("a free-response item has options or an answer index")
    else:
        if len(item.choices) < 2:
            found.append("a choice item needs at least two options")
        keys = [_option_key(c) for c in item.choices]
        if len(set(keys)) != len(keys):
            found.append("two options are the same after normalisation")
        if item.answer_index is None or not 0 <= item.answer_index < len(item.choices):
            found.append(f"answer_index {item.answer_index!r} does not point at an option")
        elif item.choices[item.answer_index] != item.answer:
            found.append("the option at answer_index is not the answer")
    if found:
        return found
    try:
        derived = fam.solver(item.data, item.choices)
    except Exception as exc:  # noqa: BLE001 - a crashing solver means an untrusted item
        return [f"the solver failed: {type(exc).__name__}: {exc}"]
    if len(derived) != 1:
        shown = ", ".join(repr(d) for d in derived) or "none"
        return [f"the solver found {len(derived)} answers ({shown}); exactly one is required"]
    if not same_answer(derived[0], item.answer):
        return [f"the solver's answer {derived[0]!r} differs from the key {item.answer!r}"]
    return []

