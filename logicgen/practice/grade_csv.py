"""Grading a class from a CSV of responses: per-student scores and a per-question table.

The CSV is the shape optical-mark tools and form exports give: a header row,
then one row per student.

* **Question columns** are headed by the question number: ``1``, ``Q1``,
  ``q 1``, ``Question 1`` or ``1.``. A cell holds the response: a letter, the
  option's text, ``T``/``F``/``U``, or a number for a free-response question;
  an empty cell or ``-`` is no answer.
* The **student column** is the one headed ``name``, ``student``, ``student
  name``, ``id``, ``student id``, ``email`` or ``username``, else the first
  column that is not a question; without one, students are named by row.
* A **sheet column** (``sheet`` or ``sheet id``), when present, is checked
  against the set's sheet id (letters ``O``, ``I`` and ``L`` read as ``0``,
  ``1``, ``1``), so that a sheet of another set or form is not graded against
  the wrong key.
* Any other column (a timestamp, a score the tool added) is ignored and named
  in the report.

Commas, semicolons and tabs are all read as separators. The file is read as
UTF-8 (a byte-order mark is skipped), or as UTF-16 when it starts with a UTF-16
byte-order mark; a file that is not UTF-8 is read as Latin-1, and the report
says so.

Problems are reported one sentence each, and grading goes on for everything
else: a question column the set does not have is left out; a row with any
problem (no student name, a student seen before, a response that is not one
of the question's options, a sheet id of another set) is not graded at all and
is listed with every problem it has, so that it can be checked by hand.
Input that cannot be graded at all (no header, no rows under it, no question
column, two columns for one question) raises :class:`CsvError`.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..errors import LogicgenError
from ..item import Item
from .grade import BLANK, interpret

__all__ = ["ClassReport", "CsvError", "QuestionStats", "StudentScore", "decode", "grade_csv",
           "looks_like_csv", "report_csv", "report_markdown"]

_QUESTION = re.compile(r"^\s*(?:q(?:uestion)?\s*)?(\d{1,4})\s*[.):]?\s*$", re.IGNORECASE)
_STUDENT = ("name", "student", "student name", "id", "student id", "email", "username")
_SHEET = ("sheet", "sheet id", "sheet_id", "sheetid")
# Crockford base 32 reads these letters as the digits they look like
_CROCKFORD_READ = str.maketrans({"O": "0", "I": "1", "L": "1"})


class CsvError(LogicgenError):
    """A responses CSV that cannot be graded at all."""


@dataclass(frozen=True)
class StudentScore:
    """One graded row: the student, the row number in the file, and the marks by question."""

    student: str
    row: int
    responses: dict[int, str]
    correct: dict[int, bool]

    @property
    def score(self) -> int:
        return sum(self.correct.values())


@dataclass(frozen=True)
class QuestionStats:
    """How the class did on one question."""

    number: int
    key: str
    right: int
    answered: int
    graded: int
    wrong_answers: Counter[str]

    @property
    def share_right(self) -> float:
        return self.right / self.graded if self.graded else 0.0

    def top_wrong(self) -> tuple[str, int] | None:
        """The wrong response given most often (the first in order on a tie) and its count."""
        if not self.wrong_answers:
            return None
        return min(self.wrong_answers.items(), key=lambda kv: (-kv[1], kv[0]))

    @property
    def most_chosen_wrong(self) -> str:
        """The wrong response given most often, with its count (``""`` if none)."""
        top = self.top_wrong()
        return f"{top[0]} ({top[1]})" if top else ""


@dataclass(frozen=True)
class ClassReport:
    """Everything ``logicgen grade`` says about a CSV of responses."""

    title: str
    n_items: int
    students: list[StudentScore]
    questions: list[QuestionStats]
    #: rows not graded: (row number, student as read, one sentence per problem)
    failed: list[tuple[int, str, list[str]]]
    #: problems with the file that are not about one row (e.g. an unknown question column)
    problems: list[str] = field(default_factory=list)
    #: things worth saying that are not problems (ignored columns, encoding)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.problems


def decode(data: bytes, source: str) -> tuple[str, str | None]:
    """The text of a CSV file, and a note when it was not UTF-8.

    >>> decode("\\ufeffname,1\\n".encode("utf-8"), "x.csv")
    ('name,1\\n', None)
    >>> decode("name,1\\nRené,B\\n".encode("latin-1"), "x.csv")[0]
    'name,1\\nRené,B\\n'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # e.g. a spreadsheet's "Unicode text"
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"{source} is not UTF-8; it was read as Latin-1"


def _rows(text: str, source: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise CsvError(f"{source} holds no responses (it is empty)")
    counts = {sep: lines[0].count(sep) for sep in (",", ";", "\t")}
    separator = max(counts, key=lambda sep: counts[sep])
    if counts[separator] == 0:
        raise CsvError(f"{source} has no header row of columns separated by commas, semicolons "
                       f"or tabs (first line: {lines[0][:60]!r})")
    try:
        return [row for row in csv.reader(io.StringIO(text), delimiter=separator)
                if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise CsvError(f"{source} is not readable as CSV ({exc})") from None


def _sheet(text: str) -> str:
    return text.strip().upper().translate(_CROCKFORD_READ)


def grade_csv(items: Sequence[Item], text: str, source: str = "responses",
              title: str = "", sheet_id: str | None = None) -> ClassReport:
    """Grade every row of a responses CSV against ``items`` (questions numbered from 1).

    Args:
        items: the set's questions in order.
        text: the CSV text (see the module docstring for its shape).
        source: how sentences name the file.
        title: the report's heading.
        sheet_id: the set's sheet id, checked against a sheet column; ``None``
            when it is not known (a plain items file).

    Raises:
        CsvError: for a file that cannot be graded at all.

    >>> from logicgen import generate
    >>> items = generate("sequence.number", count=2, seed=1)
    >>> keys = ",".join("ABCDEFGH"[i.answer_index] for i in items)
    >>> r = grade_csv(items, f"name,1,2\\nAnn,{keys}\\nBob,,\\n")
    >>> [(s.student, s.score) for s in r.students], r.ok
    ([('Ann', 2), ('Bob', 0)], True)
    """
    rows = _rows(text, source)
    header = [cell.strip() for cell in rows[0]]
    if len(rows) < 2:
        raise CsvError(f"{source} has a header but no rows of responses")
    n_items = len(items)
    columns: dict[int, int] = {}  # question number -> column index
    problems: list[str] = []
    notes: list[str] = []
    student_col: int | None = None
    sheet_col: int | None = None
    others: list[int] = []
    for index, name in enumerate(header):
        m = _QUESTION.match(name)
        if m:
            number = int(m.group(1))
            if not 1 <= number <= n_items:
                problems.append(f"{source} column {name!r} names question {number}, but the set "
                                f"has questions 1 to {n_items}; the column is left out")
            elif number in columns:
                raise CsvError(f"{source} columns {header[columns[number]]!r} and {name!r} both "
                               f"name question {number}")
            else:
                columns[number] = index
        elif name.casefold() in _SHEET and sheet_col is None:
            sheet_col = index
        elif name.casefold() in _STUDENT and student_col is None:
            student_col = index
        else:
            others.append(index)
    if not columns:
        raise CsvError(f"{source} has no question columns: head them with the question "
                       f"numbers 1 to {n_items} (or Q1, Question 1)")
    if student_col is None and others:
        student_col = others.pop(0)
    if others:
        names = ", ".join(repr(header[i]) for i in others)
        notes.append(f"{source}: ignored the column{'s' if len(others) > 1 else ''} {names}")
    missing = [n for n in range(1, n_items + 1) if n not in columns]
    if missing:
        notes.append(f"{source} has no column for question{'s' if len(missing) > 1 else ''} "
                     f"{_ranges(missing)}; they count as not answered")
    if sheet_col is not None and sheet_id is None:
        notes.append(f"{source}: the sheet column was not checked (the set file has no sheet "
                     "id; grade against a set written by `logicgen build -f json`)")

    students: list[StudentScore] = []
    failed: list[tuple[int, str, list[str]]] = []
    seen: dict[str, int] = {}
    for row_number, row in enumerate(rows[1:], 2):
        cells = row + [""] * (len(header) - len(row))
        student = cells[student_col].strip() if student_col is not None else f"row {row_number}"
        where = f"row {row_number}" + (f" ({student})" if student_col is not None and student
                                       else "")
        row_problems = []
        if len(row) > len(header) and any(c.strip() for c in row[len(header):]):
            row_problems.append(f"{where} has {len(row)} cells, more than the header's "
                                f"{len(header)}")
        if not student:
            row_problems.append(f"{where} has no student name")
        elif student.casefold() in seen:
            row_problems.append(f"{where}: student {student!r} appears again (first on row "
                                f"{seen[student.casefold()]}); only the first row is graded")
        else:
            seen[student.casefold()] = row_number
        if sheet_col is not None and sheet_id is not None:
            given = cells[sheet_col].strip()
            if given and _sheet(given) != _sheet(sheet_id):
                row_problems.append(f"{where}: sheet id {given!r} belongs to another set or "
                                    f"form (this set's is {sheet_id!r})")
        responses: dict[int, str] = {}
        correct: dict[int, bool] = {}
        for number, col in sorted(columns.items()):
            cell = cells[col].strip()
            if not cell or cell in BLANK:
                continue
            item = items[number - 1]
            read = interpret(item, cell)
            if read is None:
                row_problems.append(f"{where}: question {number} answer {cell!r} is not "
                                    f"{_expected(item)}")
                continue
            responses[number] = read
            correct[number] = item.check(read)
        if row_problems:
            failed.append((row_number, student, row_problems))
        else:
            students.append(StudentScore(student, row_number, responses, correct))
    return ClassReport(title, n_items, students, _stats(items, students), failed, problems,
                       notes)


def _ranges(numbers: list[int]) -> str:
    """``[1, 2, 3, 7]`` as ``1-3, 7``.

    >>> _ranges([1, 2, 3, 7, 9, 10])
    '1-3, 7, 9-10'
    """
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(f"{a}-{b}" if b > a else f"{a}" for a, b in spans)


def looks_like_csv(name: str, text: str) -> bool:
    """Whether a responses file is a CSV: by its suffix, else by a header with question columns.

    >>> looks_like_csv("r.CSV", ""), looks_like_csv("a.txt", "name;Q1;Q2\\n")
    (True, True)
    >>> looks_like_csv("a.txt", "1 B\\n2 C"), looks_like_csv("a.txt", "1. 3,5\\n2. B")
    (False, False)
    """
    if name.lower().endswith((".csv", ".tsv")):
        return True
    first = next((line for line in text.splitlines() if line.strip()), "")
    for separator in (",", ";", "\t"):
        cells = [c.strip().strip('"').strip() for c in first.split(separator)]
        questions = sum(1 for c in cells if _QUESTION.match(c))
        named = any(c.casefold() in _STUDENT + _SHEET for c in cells)
        # two question columns, or one beside a name column: not an answer such as "1. 3,5"
        if len(cells) > 1 and (questions >= 2 or (questions and named)):
            return True
    return False


def _expected(item: Item) -> str:
    from ..answers import LETTERS

    if not item.choices:
        return "a number"
    letters = LETTERS[:len(item.choices)]
    if item.format == "tfu":
        return "one of T, F, U (true, false, uncertain)"
    return f"one of the options {letters[0]} to {letters[-1]}"


def _shown(item: Item, response: str) -> str:
    """A response as the answer sheet labels it: T, F, U for true/false/uncertain items."""
    from ..answers import LETTERS

    if item.format == "tfu" and response in LETTERS[:len(item.choices)]:
        return item.choices[LETTERS.index(response)][0]
    return response


def _key(item: Item) -> str:
    return _shown(item, item.letter or item.answer)


def _stats(items: Sequence[Item], students: list[StudentScore]) -> list[QuestionStats]:
    out = []
    for number in range(1, len(items) + 1):
        right = sum(1 for s in students if s.correct.get(number))
        answered = sum(1 for s in students if number in s.responses)
        wrong = Counter(_shown(items[number - 1], s.responses[number]) for s in students
                        if number in s.responses and not s.correct[number])
        out.append(QuestionStats(number, _key(items[number - 1]), right, answered,
                                 len(students), wrong))
    return out


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def report_markdown(report: ClassReport) -> str:
    """The report as Markdown: scores, the question table, rows not graded, notes."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    asked = report.n_items
    out = [f"# {cell(report.title)}", "",
           (f"{len(report.students)} students graded, {len(report.failed)} rows not graded; "
            f"{asked} questions"), "", "## Scores", "",
           "| Student | Score | Percent |", "|---|---:|---:|"]
    for s in report.students:
        out.append(f"| {cell(s.student)} | {s.score} / {asked} | {_pct(s.score, asked)} |")
    out += ["", "## Questions", "",
            "| Question | Key | Right | Share right | Answered | Most chosen wrong answer |",
            "|---:|---|---:|---:|---:|---|"]
    for q in report.questions:
        out.append(f"| {q.number} | {cell(q.key)} | {q.right} | {_pct(q.right, q.graded)} | "
                   f"{q.answered} | {cell(q.most_chosen_wrong) or '-'} |")
    if report.failed or report.problems:
        out += ["", "## Not graded", ""]
        out += [f"- {cell(p)}" for p in report.problems]
        for _, _, problems in report.failed:
            out += [f"- {cell(p)}" for p in problems]
    if report.notes:
        out += ["", "## Notes", ""] + [f"- {cell(n)}" for n in report.notes]
    return "\n".join(out) + "\n"


def report_csv(report: ClassReport, *, by_question: bool = False) -> str:
    """The scores (one row per student, a column per question: 1 right, 0 wrong,
    empty for no answer) or, with ``by_question``, the question table, as CSV."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if by_question:
        writer.writerow(["question", "key", "right", "graded", "share_right", "answered",
                         "most_chosen_wrong", "most_chosen_wrong_count"])
        for q in report.questions:
            top = q.top_wrong()
            writer.writerow([q.number, q.key, q.right, q.graded,
                             f"{q.share_right:.3f}" if q.graded else "", q.answered,
                             top[0] if top else "", top[1] if top else ""])
        return buffer.getvalue()
    numbers = [q.number for q in report.questions]
    writer.writerow(["student", "row", "score", "out_of", "percent", *numbers])
    for s in report.students:
        marks = ["" if n not in s.correct else int(s.correct[n]) for n in numbers]
        writer.writerow([s.student, s.row, s.score, len(numbers),
                         f"{100 * s.score / len(numbers):.1f}", *marks])
    return buffer.getvalue()
