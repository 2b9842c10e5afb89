"""Freshness figures: duplicate and shared prompts per family and level. Run by hand:

    python benchmarks/freshness.py                          # every family, 1,000 items
    python benchmarks/freshness.py --families quant.arithmetic --big 20000

For each family and difficulty: ``dup`` is 1,000 minus the distinct items among
the first 1,000 of seed 1; ``shared`` the distinct items of seed 1's 1,000 that
are also among seed 2's 1,000; ``big`` (with ``--big N``) the distinct items among
N of seed 3. An item is its prompt lower-cased with white space collapsed
(``dedupe.normalise_prompt``), plus its sorted choices for figure families, whose
prompt is a fixed sentence (``capacity.prompt_identity``). ``items/s`` is the
rate of the seed-1 run (one core; compare ratios within one run).
"""

from __future__ import annotations

import argparse
import time

import logicgen
from logicgen.capacity import prompt_identity
from logicgen.registry import DIFFICULTIES, listing


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--families", nargs="*", default=None)
    ap.add_argument("--levels", nargs="*", default=list(DIFFICULTIES))
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--big", type=int, default=0)
    args = ap.parse_args()
    names = args.families or [row[0] for row in listing()]
    for name in names:
        cells = []
        for level in args.levels:
            t0 = time.perf_counter()
            a = logicgen.generate(name, args.count, difficulty=level, seed=1)
            rate = args.count / (time.perf_counter() - t0)
            b = logicgen.generate(name, args.count, difficulty=level, seed=2)
            ka = {prompt_identity(i) for i in a}
            kb = {prompt_identity(i) for i in b}
            dup = 100 * (args.count - len(ka)) / args.count
            shared = 100 * len(ka & kb) / args.count
            cell = f"{level}: dup {dup:.1f}% shared {shared:.1f}% ({rate:.0f} items/s)"
            if args.big:
                c = logicgen.generate(name, args.big, difficulty=level, seed=3)
                cell += f" distinct {len({prompt_identity(i) for i in c})}/{args.big}"
            cells.append(cell)
        print(f"{name} | " + " | ".join(cells), flush=True)


if __name__ == "__main__":
    main()
