"""Wording for the ordering and seating deductions: scenes, clue and question templates.

Each ordering scene describes the same abstract problem (entities in positions
1 to n, position 1 first) in its own words: a race, a queue, a talk schedule or
a shelf. Templates use ``{A}``/``{B}``/``{C}`` for an entity at the start of a
sentence and ``{a}``/``{b}``/``{c}`` elsewhere (they differ only for objects:
"The lamp" against "the lamp"), ``{ord}`` for an ordinal ("3rd"), ``{k}`` for a
position number and ``{cnt}`` for a number word.

Clue kinds that can be said two ways (``A before B`` or ``B after A``) carry a
list of two templates; the second one names ``b`` first.
"""

from __future__ import annotations

__all__ = [
    "NUMBER_WORDS",
    "ORDER_SCENES",
    "SEATING_QUESTIONS",
    "SEATING_SCENES",
    "ordinal",
]

NUMBER_WORDS: tuple[str, ...] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
)


def ordinal(k: int) -> str:
    """``1`` → ``1st``, ``2`` → ``2nd``, ``11`` → ``11th``."""
    if 10 <= k % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


#: Ordering scenes. ``kind`` says whether the entities are people (names) or objects;
#: ``unit`` is the word the worked solutions use for one position ("slot 3").
ORDER_SCENES: dict[str, dict[str, object]] = {
    "race": {
        "unit": "place",
        "kind": "people",
        "intro": (
            "{N} runners ({names}) finished a race. There were no ties: the places run "
            "from 1st (the winner) to {last}."
        ),
        "origin": "1 is the winner",
        "before": ["{A} finished ahead of {b}.", "{B} finished behind {a}."],
        "immediately_before": [
            "{A} finished immediately ahead of {b}.",
            "{B} finished immediately behind {a}.",
        ],
        "position": "{A} finished {ord}.",
        "position_first": "{A} won the race.",
        "position_last": "{A} finished last.",
        "not_position": "{A} did not finish {ord}.",
        "not_position_first": "{A} did not win the race.",
        "not_position_last": "{A} did not finish last.",
        "adjacent": "{A} and {b} finished in consecutive places.",
        "not_adjacent": "{A} and {b} did not finish in consecutive places.",
        "gap_one": "Exactly one runner finished between {a} and {b}.",
        "gap_many": "Exactly {cnt} runners finished between {a} and {b}.",
        "between": "{B} finished somewhere between {a} and {c}.",
        "question": "Who finished {ord}?",
        "claim_at": "{A} finished {ord}.",
        "claim_before": "{A} finished ahead of {b}.",
        "claim_adjacent": "{A} and {b} finished in consecutive places.",
    },
    "queue": {
        "unit": "position",
        "kind": "people",
        "intro": (
            "{N} people ({names}) stand one behind another in a queue at a ticket "
            "window. Position 1 is the front of the queue and position {n} the back."
        ),
        "origin": "1 is the front of the queue",
        "before": [
            "{A} stands somewhere in front of {b}.",
            "{B} stands somewhere behind {a}.",
        ],
        "immediately_before": [
            "{A} stands directly in front of {b}.",
            "{B} stands directly behind {a}.",
        ],
        "position": "{A} is {ord} in the queue.",
        "position_first": "{A} is at the front of the queue.",
        "position_last": "{A} is at the back of the queue.",
        "not_position": "{A} is not {ord} in the queue.",
        "not_position_first": "{A} is not at the front of the queue.",
        "not_position_last": "{A} is not at the back of the queue.",
        "adjacent": "{A} and {b} stand next to each other in the queue.",
        "not_adjacent": "{A} and {b} do not stand next to each other in the queue.",
        "gap_one": "Exactly one person stands between {a} and {b}.",
        "gap_many": "Exactly {cnt} people stand between {a} and {b}.",
        "between": "{B} stands somewhere between {a} and {c}.",
        "question": "Who is {ord} in the queue?",
        "claim_at": "{A} is {ord} in the queue.",
        "claim_before": "{A} stands somewhere in front of {b}.",
        "claim_adjacent": "{A} and {b} stand next to each other.",
    },
    "schedule": {
        "unit": "slot",
        "kind": "people",
        "intro": (
            "{N} colleagues ({names}) each give one talk at a workshop. The talks "
            "take place one after another in slots 1 to {n}, slot 1 being the "
            "earliest, with one talk per slot."
        ),
        "origin": "1 is the earliest talk",
        "before": ["{A} speaks earlier than {b}.", "{B} speaks later than {a}."],
        "immediately_before": [
            "{A} speaks immediately before {b}.",
            "{B} speaks immediately after {a}.",
        ],
        "position": "{A} speaks in slot {k}.",
        "position_first": "{A} gives the first talk.",
        "position_last": "{A} gives the last talk.",
        "not_position": "{A} does not speak in slot {k}.",
        "not_position_first": "{A} does not give the first talk.",
        "not_position_last": "{A} does not give the last talk.",
        "adjacent": "{A} and {b} speak in consecutive slots.",
        "not_adjacent": "{A} and {b} do not speak in consecutive slots.",
        "gap_one": "Exactly one talk takes place between those of {a} and {b}.",
        "gap_many": "Exactly {cnt} talks take place between those of {a} and {b}.",
        "between": "{B} speaks at some point between {a} and {c}.",
        "question": "Who speaks in slot {k}?",
        "claim_at": "{A} speaks in slot {k}.",
        "claim_before": "{A} speaks earlier than {b}.",
        "claim_adjacent": "{A} and {b} speak in consecutive slots.",
    },
    "shelf": {
        "unit": "place",
        "kind": "objects",
        "intro": (
            "{N} objects ({names}) stand in a row on a shelf. As you face the shelf, "
            "the places are numbered 1 to {n} from left to right."
        ),
        "origin": "1 is the left end of the shelf",
        "before": [
            "{A} is somewhere to the left of {b}.",
            "{B} is somewhere to the right of {a}.",
        ],
        "immediately_before": [
            "{A} is immediately to the left of {b}.",
            "{B} is immediately to the right of {a}.",
        ],
        "position": "{A} is in place {k}.",
        "position_first": "{A} is at the left end.",
        "position_last": "{A} is at the right end.",
        "not_position": "{A} is not in place {k}.",
        "not_position_first": "{A} is not at the left end.",
        "not_position_last": "{A} is not at the right end.",
        "adjacent": "{A} and {b} stand side by side.",
        "not_adjacent": "{A} and {b} do not stand side by side.",
        "gap_one": "Exactly one object stands between {a} and {b}.",
        "gap_many": "Exactly {cnt} objects stand between {a} and {b}.",
        "between": "{B} stands somewhere between {a} and {c}.",
        "question": "Which object is in place {k}?",
        "claim_at": "{A} is in place {k}.",
        "claim_before": "{A} is somewhere to the left of {b}.",
        "claim_adjacent": "{A} and {b} stand side by side.",
    },
}

#: Seating layouts. ``round``: evenly spaced round a table; ``rows``: two facing sides.
SEATING_SCENES: dict[str, dict[str, str]] = {
    "round": {
        "intro": (
            "{N} friends ({names}) sit evenly spaced around a round table, facing the "
            "centre; left and right are each sitter's own."
        ),
        "left": "{A} sits immediately to {b}'s left.",
        "right": "{A} sits immediately to {b}'s right.",
        "next_to": "{A} sits next to {b}.",
        "not_next_to": "{A} does not sit next to {b}.",
        "opposite": "{A} sits directly opposite {b}.",
        "not_opposite": "{A} does not sit directly opposite {b}.",
    },
    "rows": {
        "intro": (
            "{N} colleagues ({names}) sit facing each other across a long table, {m} on "
            "the window side and {m} on the door side; left and right are each sitter's "
            "own, and \u201cnext to\u201d means on the same side."
        ),
        "left": "{A} sits immediately to {b}'s left.",
        "right": "{A} sits immediately to {b}'s right.",
        "next_to": "{A} sits next to {b}.",
        "not_next_to": "{A} does not sit next to {b}.",
        "opposite": "{A} sits directly opposite {b}.",
        "not_opposite": "{A} does not sit directly opposite {b}.",
        "end": "{A} sits in one of the four corner seats.",
        "not_end": "{A} does not sit in a corner seat.",
        "side_window": "{A} sits on the window side.",
        "side_door": "{A} sits on the door side.",
        "same_side": "{A} and {b} sit on the same side of the table.",
        "other_side": "{A} and {b} sit on opposite sides of the table.",
    },
}

#: Question templates for seating items (the subject is ``{a}``).
SEATING_QUESTIONS: dict[str, str] = {
    "opposite": "Who sits directly opposite {a}?",
    "left": "Who sits immediately to {a}'s left?",
    "right": "Who sits immediately to {a}'s right?",
}
