"""HTML: one self-contained page (inline CSS, no scripts, nothing fetched).

The page holds the same content as the PDF: header with a name/score line,
numbered questions with lettered options, then the answer key. Printing starts
the key on a new page and never splits a question. Every piece of text goes
through :func:`html.escape`. Figure items show their panels as inline SVG
(from :mod:`logicgen.render.svg`): the prompt's drawing in place of the panel
descriptions, the options as a row of lettered panels, and the key's panel
beside the answer in the key.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from . import document
from .svg import gap_svg

if TYPE_CHECKING:  # pragma: no cover
    from ..problemset import ProblemSet

__all__ = ["FIGURE_CSS", "block_html", "render"]

LETTERS = "ABCDEFGH"

CSS = """\
:root { color-scheme: light; --ink: #1d1d1f; --grey: #5f5f64; --rule: #b9b9bf; --wash: #f1f1f3; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; color: var(--ink);
  font: 16px/1.45 "Libertinus Serif", "Linux Libertine", Georgia, "Times New Roman", serif; }
h1 { font-size: 1.7rem; margin: 0 0 .1rem; }
h2 { font-size: 1.3rem; margin: 0 0 .6rem; }
.facts { color: var(--grey); margin: 0 0 .8rem; }
.instructions { background: var(--wash); border-radius: 4px; padding: .6rem .8rem; font-size: .93rem; }
.nameline { display: flex; gap: .5rem; align-items: flex-end; margin: 1rem 0 .4rem;
  padding-bottom: .6rem; border-bottom: 1px solid var(--rule); }
.blank { display: inline-block; border-bottom: 1px solid var(--ink); height: 1.1em; }
.blank.wide { flex: 3; } .blank.mid { flex: 1.3; } .blank.short { width: 3.5rem; }
.question { display: grid; grid-template-columns: 2.1rem 1fr; margin: 1.1rem 0 .3rem;
  break-inside: avoid; page-break-inside: avoid; }
.num { font-weight: bold; }
.body p { margin: 0 0 .45rem; }
.series { display: flex; flex-wrap: wrap; gap: .3rem; margin: .4rem 0 .5rem;
  font: .92rem/1 "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.series span { border: 1px solid var(--rule); border-radius: 3px; padding: .3rem .45rem; }
.series span.gap { background: #e6e6ea; }
table { border-collapse: collapse; }
table.grid { width: 100%; margin: .5rem 0; font-size: .85rem; }
table.data { border-collapse: collapse; margin: .5rem 0; font-size: .9rem; }
table.data th, table.data td { border: 1px solid var(--rule); padding: .25rem .6rem; }
table.data td { text-align: right; font-variant-numeric: tabular-nums; }
div.chart svg { max-width: 100%; height: auto; }
table.grid th, table.grid td { border: 1px solid var(--rule); padding: .3rem .4rem; height: 1.8em;
  color: var(--grey); font-weight: normal; text-align: left; }
.options { list-style: none; margin: .45rem 0 0; padding: 0; }
.options li { margin: 0 0 .3rem; display: grid; grid-template-columns: 1.7rem 1fr; }
.options.inline { display: flex; flex-wrap: wrap; gap: .2rem 1.6rem; }
.options.inline li { display: block; }
.options b { margin-right: .3rem; }
.code { text-align: right; font: .68rem "DejaVu Sans Mono", Menlo, Consolas, monospace;
  color: #8c8c92; margin-top: .2rem; }
.key { margin-top: 2.5rem; border-top: 2px solid var(--rule); padding-top: 1rem; }
.key.alone { border: none; margin-top: 1.2rem; padding-top: 0; }
table.summary { margin-bottom: 1.2rem; font-size: .88rem; }
table.summary td { border: 1px solid var(--rule); padding: .25rem .45rem; }
.entry { margin: .9rem 0 .3rem; }
.entry .head { display: flex; gap: .4rem; align-items: baseline; }
.entry .head .code { margin-left: auto; }
.entry .explanation { margin: .25rem 0 0 1.3rem; font-size: .9rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .key { break-before: page; page-break-before: always; border: none; margin: 0; padding: 0; }
  .key.alone { break-before: auto; page-break-before: auto; margin-top: 1rem; }
  .entry .head { break-after: avoid; page-break-after: avoid; }
}
"""

#: extra rules for pages with figure items (the drawings' layout itself is in
#: inline styles, so that :func:`block_html` works on any page); kept apart so
#: that pages without figures stay as they were
FIGURE_CSS = """\
svg.panel { flex: none; }
.entry .head svg.panel { width: 2.6rem; height: 2.6rem; align-self: center; }
@media print { svg.panel { width: 2.3cm; height: 2.3cm; }
  .entry .head svg.panel { width: 1.3cm; height: 1.3cm; } }
"""


def _lines(lines: list[str]) -> str:
    return "<br>\n".join(escape(line) for line in lines)


def _method(q: dict[str, Any]) -> str:
    """The key entry's method line in bold, ahead of the other lines."""
    method = q.get("method")
    if method is None:
        return ""
    tail = "<br>\n" if q["explanation"] else ""
    return f'<b class="method">Method: {escape(method)}</b>{tail}'


def _panel(svg: str | None, label: str, bold: bool = False) -> str:
    """One panel with its label underneath (the gap when ``svg`` is ``None``)."""
    text = f"<b>{escape(label)}</b>" if bold else escape(label)
    caption = (f'<span style="display:block;font-size:.85rem;color:#5f5f64">{text}</span>'
               if label else "")
    return (f'<div class="fig-cell" style="text-align:center;line-height:1.2">'
            f"{svg if svg is not None else gap_svg()}{caption}</div>")


def _figure_html(block: dict[str, Any]) -> str:
    layout = block["layout"]
    cells = "".join(_panel(svg, label, bold=layout == "odd")
                    for svg, label in zip(block["svgs"], block["labels"]))
    if layout == "matrix":
        style = "display:grid;grid-template-columns:repeat(3,max-content);gap:6px"
    else:
        style = "display:flex;flex-wrap:wrap;gap:8px 12px"
    return (f'<div class="figure {escape(layout)}" style="{style};margin:.5rem 0 .6rem;'
            f'break-inside:avoid">{cells}</div>')


def _figure_options(svgs: list[str]) -> str:
    """Options drawn as a row of lettered panels."""
    items = "".join(
        f'<li style="display:flex;gap:4px;align-items:flex-start"><b>{LETTERS[i]}.</b>{svg}</li>'
        for i, svg in enumerate(svgs)
    )
    return (f'<ol class="options figures" style="display:flex;flex-wrap:wrap;gap:.5rem 1.1rem;'
            f'break-inside:avoid">{items}</ol>')


def block_html(block: dict[str, Any]) -> str:
    """One prompt block (see :func:`logicgen.render.prompt_blocks`) as HTML.

    A figure block holds inline SVG and carries its layout in inline styles,
    so it needs no style sheet of its own.
    """
    if block["kind"] == "figure":
        return _figure_html(block)
    if block["kind"] == "series":
        cells = "".join(
            f'<span class="gap">{escape(t)}</span>' if t == "?" else f"<span>{escape(t)}</span>"
            for t in block["terms"]
        )
        return f'<div class="series">{cells}</div>'
    if block["kind"] == "table":
        head = "".join(f"<th>{escape(c)}</th>" for c in block["columns"])
        rows = "".join("<tr>" + "".join(
            f"<th>{escape(c)}</th>" if i == 0 else f"<td>{escape(c)}</td>"
            for i, c in enumerate(row)) + "</tr>" for row in block["rows"])
        return f'<table class="data"><tr>{head}</tr>{rows}</table>'
    if block["kind"] == "chart":
        return f'<div class="chart" role="figure">{block["svg"]}</div>'
    if block["kind"] == "grid":
        head = "".join(f"<th>{escape(c)}</th>" for c in block["columns"])
        blanks = "<td></td>" * len(block["columns"])
        rows = "".join(f"<tr><th>{escape(r)}</th>{blanks}</tr>" for r in block["rows"])
        return f'<table class="grid"><tr><th></th>{head}</tr>{rows}</table>'
    return f"<p>{_lines(block['lines'])}</p>"


def _lettered_in_block(q: dict[str, Any]) -> bool:
    """Whether the prompt's figure letters its panels as the options (odd one out)."""
    return any(b["kind"] == "figure" and b["layout"] == "odd" for b in q["blocks"])


def _key_picture(q: dict[str, Any]) -> str:
    """The drawing of the key of a figure item, or ``""``."""
    if q["letter"] is None:
        return ""
    index = LETTERS.index(q["letter"])
    if q.get("option_svgs"):
        return str(q["option_svgs"][index])
    for b in q["blocks"]:
        if b["kind"] == "figure" and b["layout"] == "odd" and b["svgs"][index] is not None:
            return str(b["svgs"][index])
    return ""


def _question(q: dict[str, Any]) -> str:
    parts = [block_html(b) for b in q["blocks"]]
    if q.get("option_svgs"):
        parts.append(_figure_options(q["option_svgs"]))
    elif _lettered_in_block(q):
        pass  # the lettered panels above are the options
    elif q["choices"]:
        cls = "options inline" if q["inline"] else "options"
        items = "".join(
            f"<li><b>{LETTERS[i]}.</b><span>{escape(c)}</span></li>"
            for i, c in enumerate(q["choices"])
        )
        parts.append(f'<ol class="{cls}">{items}</ol>')
    else:
        parts.append('<p>Answer: <span class="blank" style="width:10rem"></span></p>')
    if q["code"]:  # handouts carry no item codes
        parts.append(f'<div class="code">{escape(q["code"])}</div>')
    body = "\n".join(parts)
    return (f'<div class="question" id="q{q["n"]}"><div class="num">{q["n"]}.</div>'
            f'<div class="body">\n{body}\n</div></div>')


def _key(doc: dict[str, Any]) -> str:
    cls = "key" if doc["questions"] else "key alone"
    out = [f'<section class="{cls}">', "<h2>Answer key</h2>"]
    cells = [
        f"<td><b>{q['n']}.</b> {escape(q['letter'] or q['answer'])}</td>" for q in doc["items"]
    ]
    rows = ["<tr>" + "".join(cells[i:i + 10]) + "</tr>" for i in range(0, len(cells), 10)]
    out.append('<table class="summary">' + "".join(rows) + "</table>")
    for q in doc["items"]:
        letter = f"<b>{q['letter']}.</b> " if q["letter"] else ""
        out.append(
            f'<div class="entry" id="k{q["n"]}"><div class="head"><b>{q["n"]}.</b> {letter}'
            f'{_key_picture(q)}<span>{escape(q["answer"])}</span>'
            f'<span class="code">{escape(q["code"])}</span></div>'
            f'<div class="explanation">{_method(q)}{_lines(q["explanation"])}</div></div>'
        )
    out.append("</section>")
    return "\n".join(out)


def page_start(title: str, css: str, facts: str) -> list[str]:
    """The lines of a page up to its header's facts line: doctype, head, title."""
    return [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="logicgen">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{css}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="facts">{escape(facts)}</p>',
    ]


def render(problem_set: ProblemSet, *, key: bool = True, questions: bool = True) -> str:
    doc = document(problem_set, key=key, questions=questions)
    figures = any(b["kind"] == "figure" for q in doc["items"] for b in q["blocks"])
    css = CSS + FIGURE_CSS if figures else CSS
    out = page_start(doc["title"], css, doc["facts"])
    if doc["instructions"]:
        out.append(f'<div class="instructions">{_lines(doc["instructions"])}</div>')
    if questions:
        out.append(
            '<div class="nameline">Name <span class="blank wide"></span> Date '
            '<span class="blank mid"></span> Score <span class="blank short"></span> '
            f"/ {doc['count']}</div>"
        )
    out.append("</header>")
    if questions:
        out.append('<main class="questions">')
        out.extend(_question(q) for q in doc["items"])
        out.append("</main>")
    if key:
        out.append(_key(doc))
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"
