"""Reading the final answer out of what a model wrote, and grading it.

Models answer in prose: ``"... so the answer is 0.375."``, ``"Answer: B"``,
``"\\boxed{\\frac{3}{8}}"``, ``"**Final answer:** (C)"``. :func:`extract_answer`
finds the one answer such a response commits to, in this order:

1. the content of the last ``\\boxed{...}`` (LaTeX ``\\frac``, ``\\dfrac``,
   ``\\text`` and ``$`` are undone);
2. else what follows the last "answer:", "answer is", "final answer" or
   "answer would be" (up to the end of the line or sentence);
3. else the whole response when it is short (at most :data:`SHORT` characters
   and one line), such as a bare ``B`` or ``3/8``.

A leading option letter wins over the option text after it (``"B) 3/8"``,
``"B. 3/8"`` and ``"(b) because ..."`` are ``B``; ``"D or E"`` stays as it is and
grades as wrong); stray markdown, quotes and the final full stop
are dropped. :func:`score_response` grades the extracted text with
:meth:`logicgen.Item.check`, so letters, option text and numbers in any equal
form count: 1.0 when right, 0.0 when wrong, missing or unreadable. It never
raises.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item

__all__ = ["SHORT", "extract_answer", "question_text", "response_text", "score_response"]

#: a response this short and on one line is taken as the answer itself
SHORT = 40

_MARKER = re.compile(
    r"(?:final\s+answer|answer\s+(?:is|would\s+be|should\s+be)|answer)\s*(?:is\s*)?[:=\-–]?\s*",
    re.IGNORECASE,
)
# "(b) ...", "b) ...", "B. ...", "B: ..." or "B" alone; not "a third" or "D or E"
_LETTER = re.compile(r"^(?:\(([A-Ha-h])\)|([A-Ha-h])\)|([A-H])(?:\.(?!\d)|:|$))")
_FRAC = re.compile(r"\\d?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")


def question_text(item: Item) -> str:
    """The item as a model reads it: the prompt, the lettered options, how to answer.

    >>> from logicgen import generate
    >>> print(question_text(generate("sequence.number", 1, seed=1, n_options=4)[0]))
    The 5th term of this series is missing (shown as ?). What is it?
    <BLANKLINE>
    22, 13, 32, 42, ?, 110
    <BLANKLINE>
    A) 52
    B) 70
    C) 71
    D) 76
    <BLANKLINE>
    End with "Answer: " and the letter of your choice.
    """
    from ..answers import LETTERS

    parts = [item.prompt.strip()]
    if item.choices:
        parts.append("\n".join(f"{LETTERS[i]}) {c}" for i, c in enumerate(item.choices)))
        parts.append('End with "Answer: " and the letter of your choice.')
    else:
        parts.append('End with "Answer: " and the value.')
    return "\n\n".join(parts)


def response_text(response: object) -> str:
    """The text of a response: a string, or the last assistant message of a chat.

    >>> response_text([{"role": "user", "content": "Q"}, {"role": "assistant", "content": "B"}])
    'B'
    """
    if isinstance(response, str):
        return response
    if isinstance(response, Sequence):
        for message in reversed(response):
            if isinstance(message, Mapping) and message.get("role", "assistant") == "assistant":
                content = message.get("content")
                return content if isinstance(content, str) else ""
    return "" if response is None else str(response)


def _boxed(text: str) -> str | None:
    """The content of the last ``\\boxed{...}``, braces balanced."""
    start = text.rfind("\\boxed{")
    if start < 0:
        return None
    depth, i = 0, start + len("\\boxed")
    for j in range(i, len(text)):
        if text[j] == "{":
            depth += 1
        elif text[j] == "}":
            depth -= 1
            if depth == 0:
                return text[i + 1:j]
    return None


def _clean(text: str) -> str:
    s = _FRAC.sub(r"\1/\2", text)
    s = re.sub(r"\\(?:text|mathrm|textbf)\s*\{([^{}]*)\}", r"\1", s)
    s = s.replace("\\%", "%").replace("\\$", "$").replace("\\,", "").replace("\\!", "")
    s = s.replace("**", "").replace("__", "").replace("`", "")
    s = s.strip().strip("$").strip().strip("\"'“”‘’*_ ").strip()
    while s and s[-1] in ".!;,":
        s = s[:-1].rstrip()
    letter = _LETTER.match(s)
    if letter:
        return next(g for g in letter.groups() if g).upper()
    return s


def extract_answer(response: object) -> str | None:
    """The answer a response commits to, or ``None`` (see the module docstring).

    >>> extract_answer("Each term doubles, so the answer is 0.375.")
    '0.375'
    >>> extract_answer("We get \\\\boxed{\\\\frac{3}{8}}"), extract_answer("**Answer:** (B) 12")
    ('3/8', 'B')
    >>> extract_answer("I am not sure what this is asking about at all.") is None
    True
    """
    try:
        text = response_text(response).strip()
        if not text:
            return None
        boxed = _boxed(text)
        if boxed is not None:
            return _clean(boxed) or None
        markers = list(_MARKER.finditer(text))
        if markers:
            rest = text[markers[-1].end():]
            line = rest.split("\n", 1)[0]
            # the sentence ends at ". " (not the point of a decimal)
            line = re.split(r"(?<=[^\d\s])\.\s|\.\s+(?=[A-Z])", line, maxsplit=1)[0]
            return _clean(line) or None
        if len(text) <= SHORT and "\n" not in text:
            return _clean(text) or None
        return None
    except Exception:  # noqa: BLE001 - reading a model's output must never crash training
        return None


def score_response(item: Item | Mapping[str, Any], response: object) -> float:
    """1.0 when the answer extracted from ``response`` is right for ``item``, else 0.0.

    ``item`` is an :class:`~logicgen.item.Item` or its row (either schema).
    Never raises: a wrong, missing or unreadable answer scores 0.0.

    >>> from logicgen import generate
    >>> item = generate("sequence.number", 1, seed=1)[0]
    >>> score_response(item, f"The answer is {item.answer}."), score_response(item, "no idea")
    (1.0, 0.0)
    """
    try:
        from ..item import Item

        if isinstance(item, Mapping):
            item = Item.from_dict(dict(item))
        answer = extract_answer(response)
        if answer is None or not isinstance(item, Item):
            return 0.0
        return 1.0 if item.check(answer) else 0.0
    except Exception:  # noqa: BLE001 - a reward must never crash training
        return 0.0
