"""Build one practice set in every output format, plus a PNG preview of its first page.

    python examples/build_all_formats.py                      # logic-test, seed 7, form A
    python examples/build_all_formats.py quick-10 --seed 3 --form B --out samples

Writes ``<blueprint>-<form>.pdf``, ``.html``, ``.md``, ``.txt``, ``.json``,
``.jsonl``, ``.xml`` (Moodle) and ``.gift``, a questions-only PDF, a key-only PDF,
the answer sheet (``-sheet.pdf``), the QTI 2.1 and Canvas packages
(``-qti21.zip``, ``-canvas.zip``), an Anki deck (``.apkg``, when genanki is
installed) and ``<blueprint>-<form>-page1.png``. The same command always writes the same
bytes, so the files can be committed and compared.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import logicgen
from logicgen.render import SUFFIXES, render_bytes
from logicgen.render.pdf import render_png


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("blueprint", nargs="?", default="logic-test")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--form", default="A")
    parser.add_argument("--out", default="samples", help="output folder (created if needed)")
    parser.add_argument("--ppi", type=float, default=80, help="resolution of the PNG preview")
    args = parser.parse_args()

    problem_set = logicgen.build_set(args.blueprint, seed=args.seed, form=args.form)
    folder = Path(args.out)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{Path(args.blueprint).stem}-{problem_set.form}"

    suffix_of = {fmt: suffix for suffix, fmt in reversed(list(SUFFIXES.items()))}
    for fmt in ("pdf", "html", "markdown", "text", "json", "jsonl", "moodle", "gift"):
        path = folder / f"{stem}{suffix_of[fmt]}"
        path.write_bytes(render_bytes(problem_set, fmt))
        print(f"{fmt:<9} {path}")
    (folder / f"{stem}-questions.pdf").write_bytes(render_bytes(problem_set, "pdf", key=False))
    (folder / f"{stem}-key.pdf").write_bytes(render_bytes(problem_set, "pdf", questions=False))
    print(f"{'pdf':<9} {folder / f'{stem}-questions.pdf'} (no key), "
          f"{folder / f'{stem}-key.pdf'} (key only)")
    from logicgen.render.sheet import render_sheet

    packages = {"sheet": ("-sheet.pdf", lambda: render_sheet(problem_set)),
                "qti": ("-qti21.zip", lambda: render_bytes(problem_set, "qti")),
                "canvas": ("-canvas.zip", lambda: render_bytes(problem_set, "canvas")),
                "anki": (".apkg", lambda: render_bytes(problem_set, "anki"))}
    for name, (suffix, make) in packages.items():
        try:
            data = make()
        except logicgen.LogicgenError as exc:  # the anki extra is not installed
            print(f"{name:<9} skipped: {exc}")
            continue
        (folder / f"{stem}{suffix}").write_bytes(data)
        print(f"{name:<9} {folder / f'{stem}{suffix}'}")
    png = folder / f"{stem}-page1.png"
    png.write_bytes(render_png(problem_set, ppi=args.ppi)[0])
    print(f"{'png':<9} {png}")
    print(f"\n{problem_set.title}: form {problem_set.form}, seed {problem_set.seed}, "
          f"{len(problem_set.items)} questions")


if __name__ == "__main__":
    main()
