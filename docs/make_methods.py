"""Write docs/methods.md: every built-in family's method lines, by question kind.

    python docs/make_methods.py > docs/methods.md

A test checks that the committed file is current.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from logicgen.catalog import BUILTIN

HEAD = """# Method lines

Every explanation starts with a **method line**: the reusable idea behind the
item, in at most 25 words, before the worked steps. A family takes its method
lines from one small table per question kind (its module's `METHODS`), so a
candidate meets the same name for the same trick in every item, printed key
and quiz. `*` is a family's line for the kinds without one of their own.

This file is written by `python docs/make_methods.py > docs/methods.md`.
"""


def methods_markdown() -> str:
    out = [HEAD]
    for name, entry in BUILTIN.items():
        module = importlib.import_module(entry.module)
        out.append(f"## {name}\n")
        out.append("| kind | method line |")
        out.append("|---|---|")
        for kind, line in module.METHODS.items():
            cell = line.replace("|", "\\|")
            out.append(f"| `{kind}` | {cell} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(methods_markdown())
