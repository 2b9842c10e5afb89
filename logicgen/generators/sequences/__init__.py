"""Sequences families: number, letter and mixed series, and figure series, matrices
and odd-one-out items.

The series families (number, letter, mixed, figure) share :class:`SeriesParams`:
they ask for the term after the shown ones or for a term blanked out inside.
"""

from __future__ import annotations

from dataclasses import dataclass

from logicgen.registry import BaseParams, check_choice

__all__ = ["QUESTIONS", "SeriesParams"]

#: what a series item asks: ``next``, ``missing``, or ``mixed`` (either, by difficulty)
QUESTIONS = ("mixed", "next", "missing")


@dataclass(frozen=True)
class SeriesParams(BaseParams):
    """``question``: ``next``, ``missing`` or ``mixed`` (either, by difficulty).

    A subclass that adds fields checks them in its own ``check`` after
    ``super().check()``.
    """

    question: str = "mixed"

    def check(self) -> None:
        check_choice("question", self.question, QUESTIONS)
