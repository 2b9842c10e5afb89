"""Progress over sessions: the trend per area and the HTML progress report.

* :func:`trend_lines`: what ``logicgen history`` adds in the terminal: per area,
  accuracy and median time in the last 5 sessions against the 5 before.
* :func:`report_html`: ``logicgen history --html report.html``: one
  self-contained page (no script, nothing loaded) with charts drawn by
  :mod:`logicgen.render.charts`: score per session, accuracy and median time
  per area per session, the weakest families, and the adaptive plan's current
  weights for a blueprint; each chart has its numbers in a table beside it.

An area is the first part of a family name (``sequence`` of ``sequence.number``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from statistics import median
from typing import Any

__all__ = ["area_of", "report_html", "trend_lines"]

WINDOW = 5


def area_of(family: str) -> str:
    """``"sequence"`` for ``"sequence.number"``."""
    return family.split(".", 1)[0]


def _by_session(answers: Sequence[Mapping[str, Any]]) -> dict[int, list[Mapping[str, Any]]]:
    out: dict[int, list[Mapping[str, Any]]] = {}
    for row in answers:
        out.setdefault(int(row["session_id"]), []).append(row)
    return out


def _stats(rows: Sequence[Mapping[str, Any]]) -> tuple[float, float] | None:
    """Accuracy and median seconds of some answers (``None`` for none)."""
    if not rows:
        return None
    return (sum(bool(r["correct"]) for r in rows) / len(rows),
            float(median(float(r["seconds"]) for r in rows)))


def trend_lines(sessions: Sequence[Mapping[str, Any]], answers: Sequence[Mapping[str, Any]],
                window: int = WINDOW) -> list[str]:
    """Per area: accuracy and median time in the last ``window`` sessions against the
    ``window`` before (sessions with an answer in that area).

    >>> rows = [{"session_id": s, "family": "quant.rates", "correct": s > 5, "seconds": 30 - s}
    ...         for s in range(1, 11)]
    >>> print("\\n".join(trend_lines([], rows)))
    <BLANKLINE>
    Trend per area: the last 5 sessions against the 5 before
      area   before          last 5          change
      quant  0% in 27.0 s    100% in 22.0 s  +100 points, 5.0 s faster
    """
    by_area: dict[str, dict[int, list[Mapping[str, Any]]]] = {}
    for row in answers:
        by_area.setdefault(area_of(str(row["family"])), {}).setdefault(
            int(row["session_id"]), []).append(row)
    if not by_area:
        return []
    width = max(len("area"), *(len(a) for a in by_area))
    lines = ["", f"Trend per area: the last {window} sessions against the {window} before",
             f"  {'area':<{width}}  {'before':<14}  {'last ' + str(window):<14}  change"]
    for area in sorted(by_area):
        ids = sorted(by_area[area])
        last = [r for s in ids[-window:] for r in by_area[area][s]]
        before = [r for s in ids[-2 * window:-window] for r in by_area[area][s]]
        now, then = _stats(last), _stats(before)

        def cell(st: tuple[float, float] | None) -> str:
            return "-" if st is None else f"{100 * st[0]:.0f}% in {st[1]:.1f} s"

        change = "-"
        if now is not None and then is not None:
            points = round(100 * (now[0] - then[0]))
            faster = then[1] - now[1]
            speed = (f"{abs(faster):.1f} s {'faster' if faster > 0 else 'slower'}"
                     if abs(faster) >= 0.05 else "same speed")
            change = f"{points:+d} points, {speed}"
        lines.append(f"  {area:<{width}}  {cell(then):<14}  {cell(now):<14}  {change}")
    return lines


_CSS = """\
body { margin: 2rem auto; max-width: 46rem; padding: 0 1rem; color: #1d1d1f;
  font: 16px/1.45 "Libertinus Serif", Georgia, "Times New Roman", serif; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; } h2 { font-size: 1.25rem; margin: 1.8rem 0 .5rem; }
.facts { color: #5f5f64; margin: 0 0 1rem; }
svg.chart { display: block; max-width: 100%; height: auto; margin: .4rem 0;
  font-family: "DejaVu Sans", Arial, sans-serif; }
details { margin: .3rem 0 1rem; font-size: .9rem; }
table { border-collapse: collapse; margin: .4rem 0; }
th, td { border: 1px solid #c9c9cf; padding: .2rem .5rem; text-align: right; }
th:first-child, td:first-child { text-align: left; }
"""


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    cells = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<details><summary>The numbers</summary><table><tr>{cells}</tr>{body}</table></details>"


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{100 * v:.0f}%"


def _secs(v: float | None) -> str:
    return "-" if v is None else f"{v:.1f} s"


def report_html(sessions: Sequence[Mapping[str, Any]], answers: Sequence[Mapping[str, Any]],
                *, plan_blueprint: str = "logic-test", source: str = "") -> str:
    """The progress report page for a history's sessions and answers (oldest first)."""
    from ..render.charts import bar_chart, line_chart

    by_session = _by_session(answers)
    shown = [s for s in sessions if s["n_items"]]
    labels = [str(s["started_at"])[5:10] for s in shown]
    areas = sorted({area_of(str(r["family"])) for r in answers})
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           '<meta name="generator" content="logicgen">', "<title>Practice progress</title>",
           f"<style>\n{_CSS}</style>", "</head>", "<body>", "<h1>Practice progress</h1>"]
    total = sum(len(v) for v in by_session.values())
    facts = f"{len(sessions)} sessions, {total} answers"
    if sessions:
        facts += (f", from {str(sessions[0]['started_at'])[:10]} "
                  f"to {str(sessions[-1]['started_at'])[:10]}")
    out.append(f'<p class="facts">{escape(facts)}{escape(" · " + source) if source else ""}</p>')
    if not shown:
        out.append("<p>No practice sessions yet: start one with <code>logicgen practice</code> "
                   "or take a quiz and import its results.</p>")
        return "\n".join([*out, "</body>", "</html>"]) + "\n"

    scores = [(s["n_correct"] or 0) / s["n_items"] for s in shown]
    out.append("<h2>Score per session</h2>")
    out.append(line_chart("Score per session, in per cent of the questions", labels,
                          [("score", scores)], maximum=1.0))
    out.append(_table(["session", "date", "set", "score"],
                      [[str(s["id"]), str(s["started_at"])[:16].replace("T", " "),
                        str(s["title"]), f"{s['n_correct'] or 0}/{s['n_items']}"]
                       for s in shown]))

    accuracy: dict[str, list[float | None]] = {a: [] for a in areas}
    speed: dict[str, list[float | None]] = {a: [] for a in areas}
    for s in shown:
        rows = by_session.get(int(s["id"]), [])
        for a in areas:
            st = _stats([r for r in rows if area_of(str(r["family"])) == a])
            accuracy[a].append(None if st is None else st[0])
            speed[a].append(None if st is None else st[1])
    out.append("<h2>Accuracy per area</h2>")
    out.append(line_chart("Accuracy per area per session (answered questions)", labels,
                          [(a, accuracy[a]) for a in areas], maximum=1.0))
    out.append(_table(["date", *areas], [[labels[i], *(_pct(accuracy[a][i]) for a in areas)]
                                         for i in range(len(shown))]))
    out.append("<h2>Median time per area</h2>")
    out.append(line_chart("Median seconds per answer, per area per session", labels,
                          [(a, speed[a]) for a in areas], unit="s"))
    out.append(_table(["date", *areas], [[labels[i], *(_secs(speed[a][i]) for a in areas)]
                                         for i in range(len(shown))]))

    families: dict[str, list[Mapping[str, Any]]] = {}
    for r in answers:
        families.setdefault(str(r["family"]), []).append(r)
    ranked = sorted(((f, _stats(rows), len(rows)) for f, rows in families.items()),
                    key=lambda t: (t[1][0] if t[1] else 1.0, -(t[1][1] if t[1] else 0.0), t[0]))
    weakest = ranked[:8]
    if weakest:
        out.append("<h2>Weakest families</h2>")
        out.append(bar_chart("Accuracy of the weakest families, all sessions",
                             [(f, st[0] if st else 0.0) for f, st, _ in weakest], maximum=1.0))
        out.append(_table(["family", "answers", "accuracy", "median time"],
                          [[f, str(n), _pct(st[0] if st else None), _secs(st[1] if st else None)]
                           for f, st, n in weakest]))
    out.extend(_plan_section(answers, plan_blueprint))
    return "\n".join([*out, "</body>", "</html>"]) + "\n"


def _plan_section(answers: Sequence[Mapping[str, Any]], blueprint: str) -> list[str]:
    """The adaptive plan's weights per family for ``blueprint``, from every answer."""
    from ..render.charts import bar_chart
    from .adaptive import plan
    from .mix import base_mix

    made = plan(answers, base_mix(blueprint))
    rows = [(r.family, r.weight) for r in made.ratings]
    head = f"<h2>The adaptive plan for {escape(blueprint)}</h2>"
    note = ("<p>The share of each family in the next <code>logicgen practice "
            f"{escape(blueprint)} --adaptive</code> set, from {made.answers} answers.</p>")
    table = _table(["family", "share", "rating", "target level"],
                   [[r.family, _pct(r.weight), f"{r.rating:.0f}", r.level]
                    for r in made.ratings])
    return [head, note, bar_chart(f"Adaptive weights per family for {blueprint}", rows,
                                  maximum=max(w for _, w in rows)), table]
