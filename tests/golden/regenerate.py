"""Rewrite the golden fixtures. Run by hand only when a generator's output is meant
to change (and bump that family's version, and say so in the changelog):

    python tests/golden/regenerate.py [FAMILY ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

import logicgen

HERE = Path(__file__).parent
SEEDS = (1, 2, 2207)


def golden_items(family: str) -> list[logicgen.Item]:
    fam = logicgen.get_family(family)
    items = []
    for difficulty in fam.difficulties:
        for fmt in fam.formats:
            for seed in SEEDS:
                items += logicgen.generate(family, count=1, difficulty=difficulty, seed=seed,
                                           format=fmt)
    return items


def main(names: list[str]) -> None:
    for family in names or logicgen.families():
        path = HERE / f"{family}.jsonl"
        path.write_text("".join(i.to_json() + "\n" for i in golden_items(family)),
                        encoding="utf-8")
        print("wrote", path.name)


if __name__ == "__main__":
    main(sys.argv[1:])
