"""Value ranks and plausibility of numeric options, family by family. Run by hand:

    python benchmarks/option_ranks.py                      # every numeric family, 2,000 items
    python benchmarks/option_ranks.py --families quant.rates --count 500

A family is numeric when every option of its first 30 medium items parses as a
number (tests/numeric_options.py reads the project's forms). For each numeric
family and difficulty it prints, over ``--count`` choice items (seed 1):

* the share of items whose key has value rank 0 (smallest) .. n-1 (largest),
  and the best options-only guess (pick rank k, most central, nearest the
  mean of the others, midpoint of two others) with its success rate;
* wrong options outside the plausibility range (docs/options.md), by the rule
  broken: ``sign``, ``below -100%``, ``far`` (beyond ten times or a tenth of the
  key and not named in the explanation).

Items that ask for the largest or smallest of their options
(``quant.arithmetic`` ``compare``) are left out of the rank table: sorting them
is solving them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from numeric_options import attack_names, attacks, outside, ranked_item, values_of

import logicgen


def numeric_families() -> list[str]:
    out = []
    for name in logicgen.families():
        fam = logicgen.get_family(name)
        if "choice" not in fam.formats:
            continue
        items = logicgen.generate(name, count=30, difficulty="medium", seed=1)
        if sum(values_of(i.choices) is not None for i in items) >= 15:
            out.append(name)
    return out


def measure(name: str, level: str, count: int) -> None:
    start = time.perf_counter()
    items = logicgen.generate(name, count=count, difficulty=level, seed=1, format="choice")
    took = time.perf_counter() - start
    ranked = [i for i in items if ranked_item(i)]
    n = max((len(i.choices) for i in ranked), default=5)
    totals: Counter[str] = Counter()
    for item in ranked:
        values = values_of(item.choices)
        assert values is not None
        totals.update(attacks(values, item.answer_index))
    bad: Counter[str] = Counter()
    wrong = 0
    for item in items:
        if values_of(item.choices) is None:
            continue
        wrong += len(item.choices) - 1
        bad.update(rule for _, rule in outside(item))
    m = max(len(ranked), 1)
    ranks = " ".join(f"{totals[f'rank {k}'] / m:5.2f}" for k in range(n))
    worst = max(attack_names(n), key=lambda a: totals[a])
    others = " ".join(f"{totals[a] / m:4.2f}" for a in attack_names(n)[n:])
    rules = " ".join(f"{r}={bad[r]}" for r in ("sign", "below -100%", "far") if bad[r])
    print(f"{name:<24}{level:<7}{len(ranked):>5}  {ranks}  {worst:<24}{totals[worst] / m:5.2f}"
          f"  [{others}]  {sum(bad.values()):>5}/{wrong:<6} {rules}   ({count / took:,.0f} items/s)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--families", nargs="*")
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--levels", nargs="*", default=["easy", "medium", "hard"])
    args = ap.parse_args()
    names = args.families or numeric_families()
    print(f"{'family':<24}{'level':<7}{'items':>5}  share of keys at rank 0..n-1"
          f"     best guess              rate  [central mean midpoint]  outside/wrong options")
    for name in names:
        for level in args.levels:
            measure(name, level, args.count)


if __name__ == "__main__":
    main()
