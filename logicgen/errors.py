"""The library's own exceptions.

Every error caused by bad input is a :class:`LogicgenError`, which is a
:class:`ValueError`, so ``except ValueError`` keeps working for callers who do
not care about the finer types. Messages are whole sentences that name the
argument and echo the value, e.g. ``count must be between 1 and 10000000 (got 0)``;
the command line prints them as they are, without a traceback, and exits with 2.
"""

from __future__ import annotations

__all__ = [
    "BlueprintError",
    "GenerationFailed",
    "InvalidCode",
    "InvalidItem",
    "InvalidParams",
    "LogicgenError",
    "MissingExtra",
    "UnknownFamily",
    "count_noun",
    "describe_value",
    "shorten",
]

#: echoed values longer than this are cut in the middle (see :func:`shorten`)
MAX_ECHO = 80


class LogicgenError(ValueError):
    """Base class of every error logicgen raises for bad input or impossible requests."""


class InvalidParams(LogicgenError):
    """A parameter is out of range or of the wrong type."""


class UnknownFamily(LogicgenError):
    """No family is registered under the requested name."""


class InvalidCode(LogicgenError):
    """An item code cannot be parsed or was made by another generator version."""


class GenerationFailed(LogicgenError):
    """A generator could not produce a verified item within its retry budget.

    The message names the family, the difficulty and the item seed, so the
    failure can be reproduced exactly.
    """

    def __init__(self, family: str, difficulty: str, seed: int, attempts: int, reason: str = ""):
        self.family = family
        self.difficulty = difficulty
        self.seed = seed
        self.attempts = attempts
        self.reason = reason
        text = (
            f"could not generate a verified {family} item at difficulty {difficulty!r} "
            f"from item seed {seed} in {attempts} attempts"
        )
        if reason:
            text += f" (last problem: {reason})"
        super().__init__(text)


class InvalidItem(LogicgenError):
    """An item's JSON form is malformed (missing fields, wrong types, unknown schema)."""


class BlueprintError(LogicgenError):
    """A practice-set blueprint is missing, unreadable or invalid."""


def shorten(text: str, limit: int = MAX_ECHO) -> str:
    """``text`` cut to at most ``limit`` characters, keeping its start and end.

    A message that echoes a 10,000-character name stays one readable line; the
    cut says how much was left out.

    >>> shorten("sequence.number")
    'sequence.number'
    >>> shorten("abcdefghij" * 10, 40)
    'abcdefghijab...(78 more)...abcdefghij'
    """
    if len(text) <= limit:
        return text
    tail = max(limit // 4, 1)
    head = max(limit - tail - len("...(00000 more)..."), 1)
    return f"{text[:head]}...({len(text) - head - tail} more)...{text[-tail:]}"


def describe_value(value: object) -> str:
    """Echo a user-supplied value the way error messages quote it (long ones shortened).

    >>> describe_value("ten")
    '"ten"'
    >>> describe_value(11)
    '11'
    >>> len(describe_value("a" * 10_000)) < 100
    True
    """
    if isinstance(value, str):
        return '"' + shorten(value).replace('"', '\\"') + '"'
    return shorten(repr(value))


def count_noun(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` with ``noun`` in the right number.

    >>> count_noun(1, "question"), count_noun(3, "question"), count_noun(0, "entry", "entries")
    ('1 question', '3 questions', '0 entries')
    """
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


class MissingExtra(LogicgenError):
    """An optional dependency is not installed; the message names the extra to install."""
