"""Print ten items of every family, exactly as a candidate sees them, with the key
and the explanation (its method line first).

    python examples/samples.py > examples/samples.txt

Items 1-3 are easy, 4-7 medium and 8-10 hard, all from seed 2207.
"""

from __future__ import annotations

import logicgen
from logicgen.render.text import question

SEED = 2207
PLAN = (("easy", 3), ("medium", 4), ("hard", 3))


def samples() -> str:
    out: list[str] = []
    for name in logicgen.families():
        title = f"{name} (seed {SEED}; items 1-3 easy, 4-7 medium, 8-10 hard)"
        out += [title, "=" * len(title), ""]
        items = [item for difficulty, count in PLAN
                 for item in logicgen.generate(name, count=count, difficulty=difficulty, seed=SEED)]
        for number, item in enumerate(items, 1):
            out.extend(question(number, item))
            out.append(f"   Key: {item.letter}. {item.answer}" if item.letter
                       else f"   Key: {item.answer}")
            out.extend("      " + line for line in item.explanation.split("\n"))
            out.append("")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    print(samples(), end="")
