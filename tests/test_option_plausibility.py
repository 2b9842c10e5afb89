"""Every wrong numeric option lies in the plausibility range of its key
(``docs/options.md``; the rules are read back from the option texts by
``tests/numeric_options.py``, without the kit):

* no negative amount, count, duration or probability, and no zero except a
  count or an amount of money (``−$23.50`` against ``$5.00`` is nobody's answer);
* no percentage change below −100% (a price cannot fall by 125%);
* nothing beyond ten times or a tenth of the key (a ratio either way round, a
  probability also measured from the nearer end of [0, 1]). The check reads a far-off value
  named in the explanation as allowed; the kit now drops every one.

``sequence.number`` builds its options itself from other rules (another
module's concern), so it is measured (benchmarks/option_ranks.py) but not held here.
"""

from __future__ import annotations

from fractions import Fraction
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numeric_options import outside, values_of
from test_option_ranks import LEVELS, numeric_families

import logicgen
from logicgen.kit.options import FACTOR, near, plausible

HELD = tuple(n for n in numeric_families() if n != "sequence.number")


def out_of_range(name: str, level: str, count: int, seed: int) -> list[tuple[str, str, str]]:
    bad = []
    for item in logicgen.generate(name, count=count, difficulty=level, seed=seed):
        if values_of(item.choices) is not None:
            bad += [(item.code, text, rule) for text, rule in outside(item)]
    return bad


@pytest.mark.parametrize("name", HELD)
def test_wrong_options_are_plausible(name: str) -> None:
    for level in LEVELS:
        assert out_of_range(name, level, 40, 21) == []


@pytest.mark.slow
@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("name", HELD)
def test_wrong_options_are_plausible_over_many_items(name: str, level: str) -> None:
    assert out_of_range(name, level, 2000, 22) == []


def _item(choices: list[str], key: int, form: str, explanation: str = "") -> SimpleNamespace:
    return SimpleNamespace(choices=choices, answer_index=key, data={"form": form},
                           explanation=explanation, family="quant.percent")


def test_the_check_finds_the_silly_options_of_the_old_kit() -> None:
    """The options the issue quoted, each caught by the rule it breaks."""
    assert outside(_item(["$5.00", "−$23.50", "$6.50"], 0, "money")) == [("−$23.50", "sign")]
    assert outside(_item(["+125%", "−125%", "+75%"], 0, "signed_percent")) == [
        ("−125%", "below -100%")]
    assert outside(_item(["100", "6,000", "120"], 0, "integer")) == [("6,000", "far")]
    assert outside(_item(["2 h 24 min", "103 h 12 min", "3 h"], 0, "hm")) == [
        ("103 h 12 min", "far")]
    named = "Common mistake: multiplying instead of dividing gives 6,000."
    assert outside(_item(["100", "6,000", "120"], 0, "integer", named)) == []
    assert outside(_item(["5:1", "1:5", "6:1"], 0, "ratio")) == []


def test_the_kit_rules_agree_with_the_examples() -> None:
    assert not plausible(-2350, 500, "money")
    assert not plausible(-12500, 12500, "signed_percent")
    assert plausible(-7500, 12500, "signed_percent")
    assert not plausible(600000, 10000, "integer") and plausible(100000, 10000, "integer")
    assert not plausible(6192, 144, "hm") and plausible(180, 144, "hm")
    assert near(Fraction(1, 5), Fraction(5), "ratio")
    assert plausible(-125, 125, "money", sign=True) and not plausible(-125, 125, "money")


_values = st.one_of(st.integers(-500, 500),
                    st.fractions(min_value=-50, max_value=50, max_denominator=40))


@settings(max_examples=400)  # pure arithmetic: many cases in well under a second
@given(_values, _values, st.lists(_values, max_size=5),
       st.sampled_from(["integer", "fraction", "ratio", "signed_percent", "money"]),
       st.sampled_from(["none", "arithmetic", "geometric"]))
def test_cross_multiplied_checks_match_fraction_arithmetic(
        x: Fraction | int, answer: Fraction | int, chosen: list[Fraction | int], form: str,
        mirror: str) -> None:
    """near() and the midpoint check compare by cross-multiplying numerators and
    denominators; check them against plain Fraction arithmetic."""
    from logicgen.kit.options import _mirrored

    if mirror == "arithmetic":  # a chosen value with the key as the midpoint of it and x
        chosen = [*chosen, 2 * answer - x]
    elif mirror == "geometric" and x != 0:
        chosen = [*chosen, Fraction(answer) * answer / x]
    mid = any(x + y == 2 * answer or (answer > 0 and x > 0 and x * y == answer * answer)
              for y in chosen)
    assert _mirrored(x, [(y, None) for y in chosen], answer) == mid
    v, a = (x + 10000, answer + 10000) if form == "signed_percent" else (x, answer)
    if a == 0 or v == 0:
        within = True
    else:
        within = abs(a) <= FACTOR * abs(v) and abs(v) <= FACTOR * abs(a)
        if not within and form == "ratio":  # turned round: 1/v within the factor of a
            within = abs(a) <= FACTOR / abs(v) and 1 / abs(v) <= FACTOR * abs(a)
    assert near(x, answer, form) == within
