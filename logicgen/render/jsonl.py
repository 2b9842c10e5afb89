"""JSON (the whole set) and JSON Lines (one item per line)."""

from __future__ import annotations

from ..problemset import ProblemSet


def render_json(problem_set: ProblemSet) -> str:
    return problem_set.to_json(indent=1) + "\n"


def render_jsonl(problem_set: ProblemSet) -> str:
    return "".join(item.to_json() + "\n" for item in problem_set.items)
