"""A static table of the built-in families, so listing them costs no imports.

``logicgen families``, the renderers' capability look-ups and blueprint
listings read this table instead of importing every family module (which loads
numpy and a few thousand lines of generators), and asking the registry for one
built-in family imports that family's module alone. A test checks that it matches the
registry entry for entry, so it cannot drift: a new built-in family adds a row
here as well as its module.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BUILTIN", "Entry", "entry"]

_BOTH = ("choice", "numeric")
#: the folder of an area's modules, where it is not the area's own name
FOLDERS = {"sequence": "sequences"}


@dataclass(frozen=True)
class Entry:
    """What the table knows of one built-in family."""

    name: str
    summary: str
    formats: tuple[str, ...] = _BOTH
    capabilities: tuple[str, ...] = ()
    difficulties: tuple[str, ...] = ("easy", "medium", "hard")

    @property
    def area(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def module(self) -> str:
        """The module that registers the family: ``logicgen.generators.<folder>.<name>``."""
        area, short = self.name.split(".", 1)
        return f"logicgen.generators.{FOLDERS.get(area, area)}.{short}"


BUILTIN: dict[str, Entry] = {e.name: e for e in (
    Entry("attention.compare",
          "Attention to detail: count exact pairs of records, or find the exact copy"),
    Entry("deduction.coding",
          "Letter and number codes: find the rule from one example and apply it"),
    Entry("deduction.conditional",
          "Conditionals: if-then, only if, unless; which must be true?", ("choice", "tfu")),
    Entry("deduction.directions",
          "Direction sense: walks with turns; distance and direction from the start"),
    Entry("deduction.grid",
          "Logic-grid (zebra) puzzles, 3x3 to 6x6, unique and with no redundant clue",
          capabilities=("notes_grid",)),
    Entry("deduction.knights",
          "Knights and knaves: who tells the truth, from what each person says"),
    Entry("deduction.ordering",
          "Ordering: places in a race, queue, schedule or shelf from clues", ("choice",)),
    Entry("deduction.relations",
          "Family relations along a chain of 2-4 links, in-laws and direction included",
          ("choice",)),
    Entry("deduction.seating",
          "Seating: a round table or two facing sides; who sits opposite or beside whom",
          ("choice",)),
    Entry("deduction.statements",
          "Three-statement comparisons (older, taller, ...): true, false or uncertain?",
          ("tfu",)),
    Entry("deduction.sufficiency",
          "Data sufficiency: which statements are enough to answer the question?", ("choice",)),
    Entry("deduction.syllogism",
          "Categorical syllogisms: is the conclusion true, false or uncertain?",
          ("tfu", "choice")),
    Entry("probability.cards",
          "Cards: draws from a 52-card deck with or without replacement, hands up to 5 cards"),
    Entry("probability.coins",
          "Coins: exactly / at least k heads, sequences, first head, runs; fair or biased"),
    Entry("probability.conditional",
          "Conditional probability: tables, two-child problems, Bayes, Monty Hall"),
    Entry("probability.counting",
          "Counting: rows, round tables, committees, posts and words with restrictions"),
    Entry("probability.dice",
          "Dice: totals, doubles, at least one six, largest/smallest, conditionals"),
    Entry("probability.expectation",
          "Expected value: games with fees and prizes, fair fees, expected counts and waits"),
    Entry("probability.urn",
          "Urns: coloured balls with or without replacement, same colour, order, sequences"),
    Entry("quant.arithmetic",
          "Quick arithmetic: percentages, comparing fractions and decimals, equations"),
    Entry("quant.chart",
          "Charts: read a bar, line or pie chart and work out changes, shares and amounts",
          capabilities=("chart",)),
    Entry("quant.percent",
          "Percentages: successive changes, reversing, points vs percent, profit, interest"),
    Entry("quant.rates",
          "Rates: speed, distance, time, average speed, meeting, catching up, work and pipes"),
    Entry("quant.ratio",
          "Ratios: sharing, combining ratios, proportion, mixtures and averages"),
    Entry("quant.table",
          "Tables: differences, totals, means, percentage changes and shares from a table",
          capabilities=("table",)),
    Entry("spatial.cube",
          "Cube nets: which cube folds from a net, or which face is opposite a symbol",
          ("choice",), ("figures",)),
    Entry("spatial.mirror",
          "Mirror images: which option is the figure reflected, or turned and not reflected",
          ("choice",), ("figures",)),
    Entry("sequence.figure",
          "Figure series: the next or the missing panel in a row of pictures", ("choice",),
          ("figures",)),
    Entry("sequence.letter",
          "Letter series: next or missing letter, with wrap-around and letter groups",
          capabilities=("series_row",)),
    Entry("sequence.matrix",
          "Figure matrices: which panel completes a 3×3 matrix", ("choice",), ("figures",)),
    Entry("sequence.mixed",
          "Mixed series: letter–number pairs and number–letter interleaves",
          capabilities=("series_row",)),
    Entry("sequence.number",
          "Number series: the next term or a missing term", capabilities=("series_row",)),
    Entry("sequence.operators",
          "Operator boxes: work out what each box does to a string, then apply a chain"),
    Entry("sequence.oddoneout",
          "Odd one out: five panels, four share a rule and one breaks it", ("choice",),
          ("figures",)),
)}


def entry(name: str) -> Entry | None:
    """The table's row for built-in family ``name``, or ``None``."""
    return BUILTIN.get(name)
