"""Write the static capacity table ``logicgen/data/capacity.json``. Run by hand:

    python benchmarks/capacity_table.py                      # every family (minutes)
    python benchmarks/capacity_table.py quant.arithmetic     # re-measure some, keep the rest

For every registered family and difficulty it runs
``logicgen.capacity.estimate_capacity`` with batches of ``TABLE_SAMPLE`` items and
seed 1, and stores the prompt and structure estimates (``Capacity.as_dict``).
It also rewrites the table in docs/capacity.md (between its ``capacity table``
markers), so one command brings both up to date. ``logicgen families --long``
reads the JSON. The output depends only on the generators, so a rerun on
unchanged code writes the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from logicgen.capacity import TABLE_SAMPLE, Estimate, estimate_capacity
from logicgen.registry import get, names

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "logicgen" / "data" / "capacity.json"
DOC = ROOT / "docs" / "capacity.md"
BEGIN, END = "<!-- capacity table -->", "<!-- end capacity table -->"


def _cell(row: dict[str, int | None]) -> str:
    est = Estimate(int(row["n1"] or 0), int(row["n2"] or 0), int(row["m"] or 0),
                   row["size"], float(row["low"] or 0), row["high"])
    return est.short()


def markdown(table: dict) -> str:
    """The table as Markdown: per family and level, repeats and the two estimates."""
    lines = ["| family | level | repeats in 1,000 | prompts | structures | kinds |",
             "|---|---|---|---|---|---|"]
    for name, levels in table["families"].items():
        for level in (d for d in ("easy", "medium", "hard") if d in levels):
            row = levels[level]
            repeats = 100 * row["repeats"] / row["sample"]
            lines.append(f"| {name} | {level} | {repeats:.1f}% | {_cell(row['prompt'])} | "
                         f"{_cell(row['structure'])} | {len(row['kinds']) or ''} |")
    return "\n".join(lines)


def write_doc(table: dict) -> None:
    text = DOC.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    DOC.write_text(f"{head}{BEGIN}\n{markdown(table)}\n{END}{tail}", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("families", nargs="*", help="families to re-measure (default: all)")
    ap.add_argument("--sample", type=int, default=TABLE_SAMPLE)
    args = ap.parse_args()
    old = json.loads(TABLE.read_text(encoding="utf-8")) if TABLE.exists() else {}
    rows = old.get("families", {}) if old.get("sample") == args.sample else {}
    registered = names()
    todo = args.families or registered
    for name in todo:
        t0 = time.perf_counter()
        rows[name] = {level: estimate_capacity(name, level, sample=args.sample).as_dict()
                      for level in get(name).difficulties}
        print(f"{name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    table = {"sample": args.sample, "seed": 1,
             "families": {n: rows[n] for n in sorted(rows) if n in registered}}
    TABLE.write_text(json.dumps(table, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    write_doc(table)
    print(f"wrote {TABLE} and {DOC}", file=sys.stderr)


if __name__ == "__main__":
    main()
