"""A timed practice session: its state, the terminal loop, and the end report.

:class:`Session` holds everything about one sitting and reads time only through
the clock it is given (``time.monotonic`` by default, via the module attribute
:data:`now`, so tests replace it with a fake clock and never sleep).
:func:`run` is the plain line-based loop behind ``logicgen practice``: it works
from a pipe, asks again on anything that is not an answer, and ends cleanly on
end of input or Ctrl-C. Time is checked whenever a line arrives; an answer typed
after the time ran out is not counted.

Two modes (:data:`MODES`):

* ``exam``: as the real test: the questions in order, no going back (``s``
  leaves a question blank and moves on), results only at the end;
* ``learn``: each answer is marked at once, with the method line and the
  explanation; ``<`` goes back and ``s`` comes round to skipped questions.

Commands (answers are letters, option texts, T/F/U words or numbers, so the
commands use other keys): ``s`` skip, ``!`` flag or unflag for review, ``<``
back (learn only), ``q`` finish now (asking first while more than a third of the
questions are unanswered), ``?`` help. The words ``skip``, ``flag``, ``back``,
``quit`` and ``help`` work too.

In a terminal (standard input and output both a TTY, on POSIX) a timed session
shows a live countdown at the start of the prompt, redrawn in place every
:data:`TICK` seconds while waiting for input, and a warning line at one minute
left; from a pipe the output is plain lines, the time shown with each question.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from .grade import answer_text, interpret

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item

__all__ = ["COMMANDS_HELP", "MODES", "Outcome", "Session", "now", "read_line", "report", "run"]

#: The clock sessions use unless given one (tests monkeypatch this attribute).
now: Callable[[], float] = time.monotonic
#: Seconds between redraws of the live clock in a terminal.
TICK = 1.0
#: ``exam``: in order, no going back, marked at the end; ``learn``: marked and explained at once
MODES = ("exam", "learn")
#: the warning comes when this many seconds are left
WARN_AT = 60.0

COMMANDS = {
    "s": "skip", "skip": "skip",
    "!": "flag", "flag": "flag",
    "<": "back", "back": "back",
    "q": "quit", "quit": "quit", "finish": "quit",
    "?": "help", "help": "help",
}
COMMANDS_HELP = (
    "Answer with the option letter (or the option text, or T/F/U), or type the value\n"
    "for questions without options. Commands: s = skip, ! = flag/unflag for review,\n"
    "< = back to the previous question (learn mode), q = finish now, ? = this help.\n"
    "Ctrl-C or end of input also finishes; answers given so far are kept."
)
END_MESSAGES = {
    "finished": "Every question has an answer.",
    "last": "That was the last question.",
    "quit": "You finished early.",
    "time": "Time is up.",
    "eof": "End of input.",
    "interrupted": "Interrupted.",
}


@dataclass(frozen=True)
class Answer:
    response: str
    correct: bool


@dataclass(frozen=True)
class Outcome:
    """What one line of input did.

    ``kind`` is one of ``answered``, ``invalid``, ``blank``, ``skipped``,
    ``flagged``, ``unflagged``, ``back``, ``at_start``, ``no_back``, ``help``,
    ``confirm`` (finish now? the next line answers), ``resumed``, ``ended``;
    ``position`` is the question it applied to (from 0).
    """

    kind: str
    position: int
    message: str = ""


class Session:
    """One sitting of a list of items, with an optional time limit in seconds.

    >>> from logicgen import generate
    >>> t = [0.0]
    >>> items = generate("sequence.number", count=2, seed=1)
    >>> s = Session(items, seconds=60, clock=lambda: t[0])
    >>> s.start(); t[0] = 10.0
    >>> s.handle(items[0].letter).kind, s.position, s.spent[0]
    ('answered', 1, 10.0)
    >>> t[0] = 61.0
    >>> s.handle("A").kind, s.end_reason, s.score
    ('ended', 'time', 1)
    """

    def __init__(self, items: Sequence[Item], *, seconds: float | None = None,
                 clock: Callable[[], float] | None = None, mode: str = "learn") -> None:
        if not items:
            raise ValueError("a session needs at least one item")
        if mode not in MODES:
            raise ValueError(f"mode must be exam or learn (got {mode!r})")
        self.mode = mode
        self.confirming = False
        self.items = tuple(items)
        self.limit = seconds
        self._clock = clock if clock is not None else now
        self.position = 0
        self.answers: dict[int, Answer] = {}
        self.flagged: set[int] = set()
        self.spent = [0.0] * len(self.items)
        self.started: float | None = None
        self.ended: float | None = None
        self.end_reason: str | None = None
        self._mark = 0.0

    # -- time -----------------------------------------------------------------------

    def start(self) -> None:
        self.started = self._mark = self._clock()

    @property
    def done(self) -> bool:
        return self.end_reason is not None

    def elapsed(self) -> float:
        if self.started is None:
            return 0.0
        t = self.ended if self.ended is not None else self._clock()
        if self.limit is not None:
            t = min(t, self.started + self.limit)
        return max(0.0, t - self.started)

    def remaining(self) -> float | None:
        """Seconds left, or ``None`` for an untimed session."""
        if self.limit is None:
            return None
        return max(0.0, self.limit - self.elapsed())

    def time_up(self) -> bool:
        return self.limit is not None and self.started is not None and \
            self._clock() - self.started >= self.limit

    def _charge(self) -> None:
        """Add the time since the last event to the current question."""
        if self.started is None or self.done:
            return
        t = self._clock()
        if self.limit is not None:
            t = min(t, self.started + self.limit)
        self.spent[self.position] += max(0.0, t - self._mark)
        self._mark = t

    def end(self, reason: str) -> None:
        """End the session (``finished``, ``quit``, ``time``, ``eof``, ``interrupted``)."""
        if self.done:
            return
        self._charge()
        self.end_reason = reason
        t = self._clock()
        if self.started is not None and self.limit is not None:
            t = min(t, self.started + self.limit)
        self.ended = t

    # -- input ----------------------------------------------------------------------

    @property
    def item(self) -> Item:
        return self.items[self.position]

    @property
    def score(self) -> int:
        return sum(a.correct for a in self.answers.values())

    def unanswered(self) -> list[int]:
        return [i for i in range(len(self.items)) if i not in self.answers]

    def _next_open(self, after: int) -> int | None:
        n = len(self.items)
        if self.mode == "exam":  # in order, never back
            return after + 1 if after + 1 < n else None
        for step in range(1, n + 1):
            i = (after + step) % n
            if i not in self.answers:
                return i
        return None

    def handle(self, line: str) -> Outcome:
        """Apply one line of input to the current question."""
        if self.started is None:
            self.start()
        if self.done:
            return Outcome("ended", self.position)
        self._charge()
        here = self.position
        if self.time_up():
            self.end("time")
            return Outcome("ended", here, END_MESSAGES["time"])
        text = line.strip()
        if self.confirming:
            self.confirming = False
            if text.casefold() in ("y", "yes"):
                self.end("quit")
                return Outcome("ended", here, END_MESSAGES["quit"])
            return Outcome("resumed", here, "Carrying on.")
        command = COMMANDS.get(text.casefold())
        if command is None and not text:
            return Outcome("blank", here)
        if command == "help":
            return Outcome("help", here, COMMANDS_HELP)
        if command == "quit":
            open_count = len(self.unanswered())
            if 3 * open_count > len(self.items):
                self.confirming = True
                return Outcome("confirm", here, f"{open_count} of {len(self.items)} questions "
                               "are unanswered.")
            self.end("quit")
            return Outcome("ended", here, END_MESSAGES["quit"])
        if command == "flag":
            if here in self.flagged:
                self.flagged.discard(here)
                return Outcome("unflagged", here, f"Question {here + 1} unflagged.")
            self.flagged.add(here)
            return Outcome("flagged", here, f"Question {here + 1} flagged for review.")
        if command == "back":
            if self.mode == "exam":
                return Outcome("no_back", here, "No going back in exam mode, as in the real "
                               "test (learn mode allows it).")
            if here == 0:
                return Outcome("at_start", here, "This is the first question.")
            self.position = here - 1
            return Outcome("back", here)
        if command == "skip":
            following = self._next_open(here)
            if following is None and self.mode == "exam":
                return Outcome("skipped", here, "This is the last question: answer it, or "
                               "q to finish.")
            if following is None or following == here:
                return Outcome("skipped", here, "No other question is left unanswered.")
            self.position = following
            return Outcome("skipped", here)
        response = interpret(self.item, text)
        if response is None:
            return Outcome("invalid", here, _not_an_answer(self.item, text))
        self.answers[here] = Answer(response, self.item.check(response))
        following = self._next_open(here)
        if following is None:
            self.end("finished" if not self.unanswered() else "last")
        else:
            self.position = following
        return Outcome("answered", here)


def _not_an_answer(item: Item, text: str) -> str:
    if item.choices:
        last = "ABCDEFGH"[len(item.choices) - 1]
        extra = ", T, F or U" if item.format == "tfu" else ""
        return (f"{text!r} is not an answer here: type a letter A to {last}{extra} "
                "(or ? for help).")
    return (f"{text!r} is not an answer here: type a number such as 12, 3/8 or 0.375 "
            "(or ? for help).")


# -- terminal -----------------------------------------------------------------------------

def read_line(timeout: float | None = None) -> str | None:
    """One line of standard input without its newline; ``None`` at end of input.

    On a POSIX terminal, waiting stops after ``timeout`` seconds and an empty line
    is returned, so a session ends when its time runs out even if nothing is typed.
    (From a pipe or elsewhere, time is checked when the next line arrives.)
    """
    stream = sys.stdin
    if timeout is not None and _is_posix_terminal(stream):
        import select

        ready, _, _ = select.select([stream], [], [], max(0.0, timeout))
        if not ready:
            click.echo("")
            return ""
    line = stream.readline()
    if not line:
        return None
    return line.rstrip("\r\n")


def _is_posix_terminal(stream: Any) -> bool:
    import os

    try:
        return os.name == "posix" and bool(stream.isatty()) and stream.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        return False


def clock_text(seconds: float, *, up: bool = False) -> str:
    """``m:ss``, rounded down (or up, for time left: 0:00 only when none is left).

    >>> clock_text(299.2), clock_text(299.2, up=True), clock_text(0.2, up=True)
    ('4:59', '5:00', '0:01')
    """
    import math

    whole = math.ceil(seconds) if up else int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _status(session: Session) -> str:
    n = len(session.items)
    parts = [f"Question {session.position + 1} of {n}"]
    left = session.remaining()
    if left is not None:
        parts.append(f"{clock_text(left, up=True)} left")
    else:
        parts.append(f"{clock_text(session.elapsed())} elapsed")
    parts.append(f"{len(session.answers)} answered")
    if session.flagged:
        parts.append(f"{len(session.flagged)} flagged")
    return "[" + " | ".join(parts) + "]"


def _show(session: Session, echo: Callable[[str], None]) -> None:
    from ..render.text import question

    item = session.item
    echo("")
    echo(click.style(_status(session), bold=True))
    lines = question(session.position + 1, item)[:-1]  # without the item code
    echo("\n".join(lines))
    previous = session.answers.get(session.position)
    if previous is not None:
        echo(f"   (your answer so far: {previous.response}; type a new one, or s to move on)")


def _prompt(session: Session) -> str:
    if session.confirming:
        return "Finish now? [y/N]> "
    item = session.item
    if item.choices:
        return f"Answer A-{'ABCDEFGH'[len(item.choices) - 1]}> "
    return "Answer (a number)> "


def _clock_field(session: Session) -> str:
    """``[4:58 left] ``: the live clock at the start of the prompt, of a fixed width."""
    left = session.remaining() or 0.0
    width = len(clock_text(session.limit or 0, up=True))
    return f"[{clock_text(left, up=True):>{width}} left] "


def _learn_feedback(session: Session, position: int) -> list[str]:
    """Learn mode: right or wrong at once, with the method line and the explanation."""
    from ..item import METHOD_PREFIX
    from .method import method_line

    item = session.items[position]
    given = session.answers[position]
    verdict = "Right." if given.correct else f"Wrong: the answer is {answer_text(item)}."
    method = method_line(item)
    rest = item.explanation.strip().split("\n")
    if rest and rest[0].strip() in (method, METHOD_PREFIX + method):
        rest = rest[1:]
    return [click.style(verdict, bold=True), f"Method: {method}", *rest]


class _Terminal:
    """Reads lines in a POSIX terminal while redrawing the live clock in the prompt.

    The prompt starts with a clock field of fixed width, so the redraw (save the
    cursor, go to the line's start, write the field, restore the cursor) leaves
    whatever the candidate is typing where it is.
    """

    def __init__(self, session: Session, stdin: Any, stdout: Any) -> None:
        self.session = session
        self.stdin = stdin
        self.stdout = stdout
        self.warned = False

    def write(self, text: str) -> None:
        self.stdout.write(text)
        self.stdout.flush()

    def prompt(self, text: str) -> None:
        self.write(self.warning_line() + _clock_field(self.session) + text)

    def warning_line(self) -> str:
        left = self.session.remaining()
        if self.warned or left is None or left > WARN_AT or (self.session.limit or 0) <= WARN_AT:
            return ""
        self.warned = True
        return click.style("One minute left.", bold=True) + "\n"

    def read(self, text: str) -> str | None:
        import select

        self.prompt(text)
        while True:
            ready, _, _ = select.select([self.stdin], [], [], TICK)
            if ready:
                line = self.stdin.readline()
                return None if not line else line.rstrip("\r\n")
            if self.session.time_up():
                self.write("\n")
                return ""
            warning = self.warning_line()
            if warning:  # on a line of its own, then the prompt again
                self.write("\n" + warning + _clock_field(self.session) + text)
            else:
                self.write("\x1b7\r" + _clock_field(self.session) + "\x1b8")


def _live_terminal(session: Session) -> _Terminal | None:
    """A live-clock reader when the session is timed and both ends are a terminal."""
    if session.limit is None or not _is_posix_terminal(sys.stdin) \
            or not _is_posix_terminal(sys.stdout):
        return None
    return _Terminal(session, sys.stdin, sys.stdout)


def run(
    session: Session,
    *,
    read: Callable[[], str | None] | None = None,
    echo: Callable[[str], None] | None = None,
    on_answer: Callable[[int, Answer, float], None] | None = None,
) -> None:
    """Drive ``session`` from lines of input until it ends.

    ``on_answer(position, answer, seconds)`` is called after every accepted answer
    (to save it at once). End of input ends the session with reason ``eof`` (or,
    while asked whether to finish, ``quit``) and Ctrl-C with ``interrupted``; both
    keep every answer given.
    """
    live = _live_terminal(session) if read is None else None
    warned = [False]

    def reader() -> str | None:
        if live is not None:
            return live.read(_prompt(session))
        click.echo(_prompt(session), nl=False)
        if read is not None:
            return read()
        left = session.remaining()
        return read_line(None if left is None else left + 0.05)

    out = echo if echo is not None else click.echo

    def show() -> None:
        _show(session, out)
        left = session.remaining()
        if live is None and not warned[0] and left is not None and left <= WARN_AT \
                and (session.limit or 0) > WARN_AT:
            warned[0] = True
            out(click.style("One minute left.", bold=True))

    if session.started is None:
        session.start()
    try:
        show()
        while not session.done:
            line = reader()
            if line is None:
                click.echo("")
                session.end("quit" if session.confirming else "eof")
                break
            shown = session.position
            outcome = session.handle(line)
            if outcome.kind == "answered":
                pos = outcome.position
                if on_answer is not None:
                    on_answer(pos, session.answers[pos], session.spent[pos])
                if session.mode == "learn":
                    out("\n".join(_learn_feedback(session, pos)))
            if outcome.message:
                out(outcome.message)
            if outcome.kind == "invalid" and session.remaining() is not None:
                out(f"   ({clock_text(session.remaining() or 0, up=True)} left)")
            if not session.done and session.position != shown:
                show()
    except KeyboardInterrupt:
        click.echo("")
        session.end("interrupted")
    if session.end_reason in ("eof", "interrupted", "finished", "last"):
        out(END_MESSAGES[session.end_reason])


# -- report -------------------------------------------------------------------------------

def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:.0f}%" if total else "-"


def _breakdown(session: Session, key: Callable[[Item], str], label: str) -> list[str]:
    groups: dict[str, list[int]] = {}
    for i, item in enumerate(session.items):
        groups.setdefault(key(item), []).append(i)
    width = max(len(label), *(len(k) for k in groups))
    lines = [f"  {label:<{width}}  correct  accuracy  mean time"]
    for name, positions in groups.items():
        right = sum(1 for i in positions if i in session.answers and session.answers[i].correct)
        mean = sum(session.spent[i] for i in positions) / len(positions)
        lines.append(f"  {name:<{width}}  {right:>3}/{len(positions):<3}  {_pct(right, len(positions)):>8}"
                     f"  {mean:>7.1f} s")
    return lines


def report(session: Session) -> list[str]:
    """The end-of-session report: score, time per item, accuracy by family and
    difficulty, then every missed or flagged question with its explanation."""
    from ..render.text import key_entry, question

    n = len(session.items)
    right = session.score
    lines = [
        "",
        click.style(f"Score: {right} of {n} ({_pct(right, n)})", bold=True)
        + f"  answered {len(session.answers)}, time used {clock_text(session.elapsed())}"
        + (f" of {clock_text(session.limit)}" if session.limit is not None else ""),
    ]
    if len(session.answers) < n:
        lines.append(f"Unanswered questions count as missed: {n - len(session.answers)}.")
    lines.extend(["", "Time per question"])
    fam_w = max(len("family"), *(len(item.family) for item in session.items))
    lines.append(f"  {'#':>4} {'family':<{fam_w}}  {'level':<6}  {'time':>8}  answer result")
    for i, item in enumerate(session.items):
        given = session.answers.get(i)
        if given is None:
            result, response = "missed (no answer)", "-"
        else:
            result = "correct" if given.correct else "wrong"
            response = given.response
        flag = "  flagged" if i in session.flagged else ""
        lines.append(f"  {i + 1:>3}. {item.family:<{fam_w}}  {item.difficulty:<6}  "
                     f"{session.spent[i]:>6.1f} s  {response:<6} {result}{flag}")
    lines.extend(["", "By family"])
    lines.extend(_breakdown(session, lambda it: it.family, "family"))
    lines.extend(["", "By difficulty"])
    order = {"easy": 0, "medium": 1, "hard": 2}
    by_diff = _breakdown(session, lambda it: it.difficulty, "difficulty")
    lines.extend([by_diff[0], *sorted(by_diff[1:], key=lambda s: order.get(s.split()[0], 3))])
    review = [i for i in range(n)
              if i in session.flagged or i not in session.answers or not session.answers[i].correct]
    if review:
        lines.extend(["", "Review: missed and flagged questions", ""])
        for i in review:
            item = session.items[i]
            given = session.answers.get(i)
            lines.extend(question(i + 1, item))
            if given is None:
                verdict = "no answer"
            else:
                verdict = f"your answer {given.response} is " + \
                    ("correct" if given.correct else "wrong")
            flag = " (flagged)" if i in session.flagged else ""
            pad = " " * len(f"{i + 1}. ")
            lines.append(f"{pad}-> {verdict}{flag}; the answer is {answer_text(item)}")
            lines.extend(key_entry(i + 1, item)[1:])
            lines.append("")
    else:
        lines.extend(["", "Every question right, none flagged: nothing to review."])
    return lines
