"""Figure panels as SVG: well-formed markup, honest geometry, and the drawn pages.

The items here are built by hand from :func:`logicgen.figures.group`, so the
drawing is tested apart from the figure families; when those families are
registered, their items go through the same page checks.
"""

from __future__ import annotations

import io
import itertools
import math
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import Any

import pytest

from logicgen import registry
from logicgen.errors import InvalidItem
from logicgen.figures import COUNTS, FILLS, KINDS, PERIOD, ROTATIONS, SIZES, describe, group
from logicgen.item import Item
from logicgen.problemset import ProblemSet
from logicgen.render import document, prompt_blocks, render, render_bytes
from logicgen.render.svg import COLOURS, MIN_STROKE, gap_svg, panel_svg, svg_document

NS = "{http://www.w3.org/2000/svg}"
POSITIONS: list[int | None] = [None, *range(9)]
ELEMENTS = {"svg", "rect", "circle", "polygon", "path", "line"}
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def panel(*groups: dict[str, Any]) -> dict[str, Any]:
    return {"shapes": list(groups)}


def parse(svg: str) -> ET.Element:
    """The SVG as an element tree (through the standalone form, which XML parsers need)."""
    return ET.fromstring(svg_document(svg).split("\n", 1)[1])


def tag(e: ET.Element) -> str:
    return e.tag.removeprefix(NS)


def numbers(e: ET.Element) -> list[float]:
    """Every coordinate an element draws at (radius included as centre ± r)."""
    t = tag(e)
    if t == "circle":
        cx, cy, r = (float(e.get(k, "")) for k in ("cx", "cy", "r"))
        return [cx - r, cx + r, cy - r, cy + r]
    if t == "polygon":
        return [float(x) for x in NUMBER.findall(e.get("points", ""))]
    if t == "line":
        return [float(e.get(k, "")) for k in ("x1", "y1", "x2", "y2")]
    if t == "path":
        return [float(x) for x in NUMBER.findall(e.get("d", ""))]
    if t == "rect":
        x, y, w, h = (float(e.get(k, "")) for k in ("x", "y", "width", "height"))
        return [x, y, x + w, y + h]
    return []


def outlines(root: ET.Element) -> list[ET.Element]:
    """The elements that draw a shape's black outline (one per copy; lines count too)."""
    return [e for e in root if tag(e) in ("circle", "polygon", "line")
            and e.get("stroke") == "#000"]


def check_svg(svg: str) -> ET.Element:
    """Everything every panel must satisfy; returns the parsed root."""
    root = parse(svg)
    assert tag(root) == "svg" and root.get("viewBox") == "0 0 100 100"
    assert "<?xml" not in svg and "xmlns" not in svg  # inline markup, for HTML pages
    for e in root.iter():
        assert tag(e) in ELEMENTS, tag(e)
        assert e.get("id") is None and "href" not in " ".join(e.keys())
        for key in ("fill", "stroke"):
            value = e.get(key)
            assert value is None or value == "none" or value in COLOURS, (key, value)
        if e.get("stroke") not in (None, "none"):
            assert float(e.get("stroke-width", "0")) >= MIN_STROKE, ET.tostring(e)
        assert all(0 <= x <= 100 for x in numbers(e)), ET.tostring(e)  # inside the panel
    return root


def combos() -> list[tuple[str, str, str, int, int, int | None]]:
    """Every kind × fill × rotation, with size, count and position cycling through theirs,
    and every count × position × size for two kinds: each value of each attribute and
    each pair that decides where copies go."""
    out = []
    cycle = itertools.cycle(itertools.product(SIZES, COUNTS, POSITIONS))
    for kind, fill, rotation in itertools.product(KINDS, FILLS, ROTATIONS):
        size, count, position = next(cycle)
        out.append((kind, fill, size, rotation, count, position))
    for kind, count, position, size in itertools.product(("star", "line"), COUNTS, POSITIONS,
                                                         SIZES):
        out.append((kind, "striped", size, 45, count, position))
    return out


def one(kind: str, fill: str, size: str, rotation: int, count: int,
        position: int | None) -> dict[str, Any]:
    return panel(group(kind, fill=fill, size=size, rotation=rotation, count=count,
                       position=position))


@pytest.mark.parametrize("combo", combos(), ids=lambda c: "-".join(map(str, c)))
def test_every_attribute_gives_well_formed_svg(combo: tuple[Any, ...]) -> None:
    root = check_svg(panel_svg(one(*combo)))
    kind, fill, _, _, count, _ = combo
    assert len(outlines(root)) == count
    # striped shapes hold stripes, the other fills none
    has_stripes = any(tag(e) == "path" and e.get("fill") == "none" for e in root)
    assert has_stripes is (fill == "striped" and kind != "line")


@pytest.mark.slow
def test_exhaustive_product_is_well_formed() -> None:
    for kind, fill, size, rotation, count, position in itertools.product(
            KINDS, FILLS, SIZES, ROTATIONS, COUNTS, POSITIONS):
        if kind == "line" and fill != "empty":
            continue
        root = check_svg(panel_svg(one(kind, fill, size, rotation, count, position)))
        assert len(outlines(root)) == count


def test_fills_are_drawn_in_their_colours() -> None:
    def shape_fill(fill: str) -> str | None:
        return outlines(parse(panel_svg(panel(group("square", fill=fill)))))[0].get("fill")

    # empty: white inside a black outline; striped: white ground under black stripes
    assert shape_fill("empty") == "#fff"
    assert shape_fill("striped") == "none"
    assert shape_fill("grey") == "#9a9a9a"
    assert shape_fill("solid") == "#000"


def points(e: ET.Element) -> list[tuple[float, float]]:
    xs = [float(x) for x in NUMBER.findall(e.get("points", ""))]
    return list(zip(xs[0::2], xs[1::2]))


def shape(kind: str, rotation: int, fill: str = "empty") -> ET.Element:
    return outlines(parse(panel_svg(panel(group(kind, rotation=rotation, fill=fill)))))[0]


@pytest.mark.parametrize(("rotation", "side"), [(0, "top"), (90, "right"), (180, "bottom"),
                                                (270, "left")])
def test_arrow_tip_points_where_its_rotation_says(rotation: int, side: str) -> None:
    # Clockwise from up: the tip (the arrow's first point) is the extreme point on that side.
    pts = points(shape("arrow", rotation))
    tip = pts[0]
    key = {"top": lambda p: p[1], "bottom": lambda p: -p[1], "left": lambda p: p[0],
           "right": lambda p: -p[0]}[side]
    assert min(pts, key=key) == tip
    others = sorted(key(p) for p in pts[1:])
    assert key(tip) < others[0] - 10  # the head sticks out well beyond the rest


def test_diagonal_arrow_points_up_right_at_45() -> None:
    pts = points(shape("arrow", 45))
    tip = pts[0]
    assert max(pts, key=lambda p: p[0] - p[1]) == tip  # furthest towards the top right


@pytest.mark.parametrize(("rotation", "expected"), [(0, "|"), (45, "/"), (90, "-"), (135, "\\")])
def test_lines_turn_clockwise(rotation: int, expected: str) -> None:
    e = shape("line", rotation)
    x1, y1, x2, y2 = (float(e.get(k, "")) for k in ("x1", "y1", "x2", "y2"))
    dx, dy = x2 - x1, y2 - y1  # y grows downwards
    drawn = ("|" if abs(dx) < 0.01 else "-" if abs(dy) < 0.01
             else "/" if dx * dy < 0 else "\\")
    assert drawn == expected
    assert math.hypot(dx, dy) > 50  # a large line spans more than half the panel


def test_triangle_points_down_at_180() -> None:
    pts = points(shape("triangle", 180))
    lowest = max(pts, key=lambda p: p[1])
    assert sum(1 for p in pts if abs(p[1] - lowest[1]) < 0.01) == 1  # one vertex at the bottom
    upright = points(shape("triangle", 0))
    top = min(upright, key=lambda p: p[1])
    assert sum(1 for p in upright if abs(p[1] - top[1]) < 0.01) == 1


def rounded(e: ET.Element) -> set[tuple[float, float]]:
    return {(round(x, 1), round(y, 1)) for x, y in points(e)}


@pytest.mark.parametrize("kind", ["square", "triangle", "pentagon", "star", "arrow", "line"])
def test_rotation_is_drawn_up_to_the_kinds_symmetry(kind: str) -> None:
    def drawn(rotation: int) -> set[tuple[float, float]]:
        e = shape(kind, rotation)
        if kind == "line":
            return {(round(float(e.get(f"x{i}", "")), 1), round(float(e.get(f"y{i}", "")), 1))
                    for i in (1, 2)}
        return rounded(e)  # the same outline, its corners perhaps listed from another one

    period = PERIOD[kind]
    for a, b in itertools.combinations(ROTATIONS, 2):
        assert (drawn(a) == drawn(b)) is ((b - a) % period == 0), (a, b)


def test_stripes_run_lower_left_to_upper_right_whatever_the_rotation() -> None:
    for kind, rotation in itertools.product(("square", "triangle", "arrow", "star", "circle"),
                                            (0, 45, 90)):
        if kind == "circle" and rotation:
            continue
        root = parse(panel_svg(panel(group(kind, rotation=rotation, fill="striped"))))
        (stripes,) = [e for e in root if tag(e) == "path"]
        segments = re.findall(r"M([-\d.]+) ([-\d.]+)L([-\d.]+) ([-\d.]+)", stripes.get("d", ""))
        assert len(segments) >= 8, (kind, rotation)
        for x1, y1, x2, y2 in segments:
            dx, dy = float(x2) - float(x1), float(y2) - float(y1)
            assert abs(dx + dy) < 0.05 and dx > 0, (kind, rotation, dx, dy)  # "/" on the page


def test_stripes_stay_inside_the_outline() -> None:
    # A striped square at rotation 0: every stripe end lies on the square's sides.
    root = parse(panel_svg(panel(group("square", fill="striped"))))
    xs = [x for x, _ in points(outlines(root)[0])]
    lo, hi = min(xs), max(xs)
    (stripes,) = [e for e in root if tag(e) == "path"]
    for x in map(float, NUMBER.findall(stripes.get("d", ""))):
        assert lo - 0.01 <= x <= hi + 0.01


def test_sizes_keep_their_ratio() -> None:
    widths = {}
    for size in SIZES:
        e = outlines(parse(panel_svg(panel(group("circle", size=size)))))[0]
        widths[size] = 2 * float(e.get("r", ""))
    assert widths["medium"] / widths["small"] == pytest.approx(1.4, abs=0.02)
    assert widths["large"] / widths["small"] == pytest.approx(1.9, abs=0.02)
    assert widths["large"] > 50  # a large shape alone is more than half the panel wide


def test_positions_put_a_group_in_its_cell() -> None:
    for position in range(9):
        e = outlines(parse(panel_svg(panel(group("circle", size="small", position=position)))))[0]
        cx, cy = float(e.get("cx", "")), float(e.get("cy", ""))
        assert (int(cx // (100 / 3)), int(cy // (100 / 3))) == (position % 3, position // 3)


def test_copies_sit_in_their_layout() -> None:
    def centres(count: int) -> list[tuple[float, float]]:
        root = parse(panel_svg(panel(group("circle", count=count, size="small"))))
        return [(float(e.get("cx", "")), float(e.get("cy", ""))) for e in outlines(root)]

    assert centres(1) == [(50, 50)]
    assert len({y for _, y in centres(2)}) == 1  # a row
    assert len({y for _, y in centres(3)}) == 2  # a triangle: one on top, two below
    assert len({x for x, _ in centres(4)}) == len({y for _, y in centres(4)}) == 2  # a square
    assert (50, 50) in centres(5)  # the five of a die
    assert len({x for x, _ in centres(6)}) == 3 and len({y for _, y in centres(6)}) == 2


def test_later_groups_keep_a_white_rim() -> None:
    # A black dot on a black arrow: the dot is drawn over a white rim, so it stays visible.
    svg = panel_svg(panel(group("arrow", rotation=90, fill="solid"),
                          group("circle", size="small", fill="solid", position=4)))
    root = parse(svg)
    circles = [e for e in root if tag(e) == "circle"]
    assert [c.get("stroke") for c in circles] == ["#fff", "#000"]
    assert float(circles[0].get("stroke-width", "")) > float(circles[1].get("stroke-width", ""))


def test_gap_and_standalone_document() -> None:
    root = check_svg(gap_svg())
    assert root.get("aria-label") == "missing panel"
    doc = svg_document(panel_svg(panel(group("star"))))
    assert doc.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org'
                          '/2000/svg" ')
    assert ET.fromstring(doc.split("\n", 1)[1]).tag == f"{NS}svg"
    assert 'width="40"' in panel_svg(panel(group("star")), size=40)
    assert "width=" not in panel_svg(panel(group("star")), size=None).split(">", 1)[0]


def test_same_panel_same_markup_and_accessible_name() -> None:
    p = panel(group("triangle", count=3, fill="striped", rotation=180), group("line", position=0))
    assert panel_svg(p) == panel_svg(p)
    assert parse(panel_svg(p)).get("aria-label") == describe(p)
    assert parse(panel_svg(panel(group("arrow", rotation=90)))).get("aria-label") == (
        "large white arrow pointing right")


# -- figure items through the renderers -----------------------------------------------

def row_item(code: str = "sequence.figure-m1-0000000001") -> Item:
    shown: list[dict[str, Any] | None] = [
        panel(group("arrow", rotation=90 * i, fill="solid"),
              group("circle", count=i + 1, size="small", fill="grey", position=8))
        for i in range(4)]
    shown.append(None)
    options = [panel(group("arrow", rotation=r, fill=f),
                     group("circle", count=n, size="small", fill="grey", position=8))
               for r, f, n in ((90, "solid", 5), (0, "solid", 5), (0, "striped", 5),
                               (0, "solid", 4), (0, "grey", 5))]
    lines = [f"Panel {i + 1}: {describe(p) if p else '?'}" for i, p in enumerate(shown)]
    choices = tuple(describe(o) for o in options)
    return Item(code=code, family="sequence.figure", difficulty="medium", score=1.0,
                format="choice", prompt="Which panel comes next?\n\n" + "\n".join(lines),
                choices=choices, answer=choices[1], answer_index=1,
                explanation="The arrow turns 90° clockwise each step; the dots go 1, 2, 3, 4.",
                data={"panels": shown, "layout": "row", "options": options})


def matrix_item(code: str = "sequence.matrix-m1-0000000002") -> Item:
    kinds, fills = ("circle", "square", "triangle"), ("empty", "striped", "solid")
    shown: list[dict[str, Any] | None] = [
        panel(group(kinds[(r + c) % 3], count=c + 1, size="medium", fill=fills[r]))
        for r in range(3) for c in range(3)]
    key = shown[8]
    assert key is not None
    shown[8] = None
    options = [key, panel(group("square", count=2, size="medium", fill="solid")),
               panel(group("square", count=3, size="medium", fill="grey")),
               panel(group("triangle", count=3, size="medium", fill="solid")),
               panel(group("square", count=3, size="large", fill="solid"))]
    rows = [f"Row {r + 1}: " + " | ".join(describe(p) if p else "?" for p in shown[3 * r:3 * r + 3])
            for r in range(3)]
    choices = tuple(describe(o) for o in options)
    return Item(code=code, family="sequence.matrix", difficulty="medium", score=1.0,
                format="choice", prompt="\n".join(rows) + "\n\nWhich panel completes the matrix?",
                choices=choices, answer=choices[0], answer_index=0,
                explanation="Across each row the count goes 1, 2, 3; each row has one fill.",
                data={"panels": shown, "layout": "matrix", "options": options})


def odd_item(code: str = "sequence.oddoneout-m1-0000000003") -> Item:
    shown = [panel(group("star", count=3, size="small", fill="striped")),
             panel(group("pentagon", count=3, size="small", fill="grey")),
             panel(group("line", count=3, size="medium", rotation=45)),
             panel(group("star", count=4, size="small", fill="striped")),
             panel(group("square", count=3, size="small", rotation=45, fill="solid"))]
    lines = [f"Panel {'ABCDE'[i]}: {describe(p)}" for i, p in enumerate(shown)]
    choices = tuple(describe(p) for p in shown)
    return Item(code=code, family="sequence.oddoneout", difficulty="medium", score=1.0,
                format="choice", prompt="Which panel is the odd one out?\n\n" + "\n".join(lines),
                choices=choices, answer=choices[3], answer_index=3,
                explanation="Four panels hold three shapes; D holds four.",
                data={"panels": shown, "layout": "odd"})


def plain_item() -> Item:
    return Item(code="sequence.number-m1-0000000004", family="sequence.number",
                difficulty="medium", score=1.0, format="choice",
                prompt="What comes next?\n\n2, 4, 8, 16, ?", choices=("24", "32", "30"),
                answer="32", answer_index=1, explanation="Each term doubles.", data={})


def figure_set(items: tuple[Item, ...] | None = None) -> ProblemSet:
    items = items or (row_item(), matrix_item(), odd_item(), plain_item())
    return ProblemSet(title="Figures", items=items, seed=1, minutes=5, form="A")


DESCRIPTION = re.compile(r"(?m)^\s*(?:(?:Panel|Row) (?:\d+|[A-E])|[A-E]):")


def test_prompt_blocks_replace_the_descriptions_with_the_drawing() -> None:
    row = prompt_blocks(row_item())
    assert [b["kind"] for b in row] == ["text", "figure"]
    assert row[0]["lines"] == ["Which panel comes next?"]
    assert row[1]["layout"] == "row" and row[1]["labels"] == ["1", "2", "3", "4", "5"]
    assert row[1]["svgs"][4] is None and all(s.startswith("<svg") for s in row[1]["svgs"][:4])
    # descriptions before the question: the drawing takes their place, the question follows
    matrix = prompt_blocks(matrix_item())
    assert [b["kind"] for b in matrix] == ["figure", "text"]
    assert len(matrix[0]["svgs"]) == 9 and matrix[0]["svgs"][8] is None
    assert matrix[0]["labels"] == [""] * 9
    odd = prompt_blocks(odd_item())
    assert odd[1]["labels"] == list("ABCDE") and None not in odd[1]["svgs"]
    for blocks in (row, matrix, odd):
        text = "\n".join(line for b in blocks if b["kind"] == "text" for line in b["lines"])
        assert not DESCRIPTION.search(text)
    # the short form "B: ..." is a description line too; other lines stay
    short = odd_item()
    short = Item(**{**short.__dict__, "prompt": short.prompt.replace("Panel ", "")
                    + "\nAnswer with a letter."})
    assert [b["kind"] for b in prompt_blocks(short)] == ["text", "figure", "text"]
    assert prompt_blocks(short)[2]["lines"] == ["Answer with a letter."]
    # without description lines the drawing goes after the text
    bare = row_item()
    bare = Item(**{**bare.__dict__, "prompt": "Which panel comes next?"})
    assert [b["kind"] for b in prompt_blocks(bare)] == ["text", "figure"]


def test_document_gives_option_pictures_only_where_options_are_drawn() -> None:
    items = document(figure_set())["items"]
    row, matrix, odd, plain = items
    assert [len(q["option_svgs"]) for q in (row, matrix)] == [5, 5]
    assert row["option_svgs"][1] == panel_svg(row_item().data["options"][1])
    assert odd["option_svgs"] is None and plain["option_svgs"] is None
    assert [b["kind"] for b in plain["blocks"]] == ["text", "series"]


@pytest.mark.parametrize(("data", "message"), [
    ({"panels": [None], "layout": "spiral"}, "layout must be one of row, matrix, odd"),
    ({"panels": [], "layout": "row"}, "panels must be a non-empty list"),
    ({"panels": [{"shapes": []}], "layout": "row", "options": []},
     "panel 1 must hold at least one shape group"),
    ({"panels": [None], "layout": "row", "options": [{"shapes": []}]},
     "options must be a list of one panel per choice"),
])
def test_malformed_figure_data_is_refused(data: dict[str, Any], message: str) -> None:
    item = Item(**{**row_item().__dict__, "data": data})
    with pytest.raises(InvalidItem, match=message):
        document(figure_set((item,)))


class Page(HTMLParser):
    """Visible text (outside <style>), every id, and the nesting check."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.ids: list[str] = []
        self.svgs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.extend(v for k, v in attrs if k == "id" and v)
        self.svgs += tag == "svg"
        if tag not in ("meta", "br"):
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.extend(v for k, v in attrs if k == "id" and v)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.stack or self.stack[-1] != "style":
            self.text.append(data)


def test_html_draws_the_panels_inline() -> None:
    s = figure_set()
    page = render(s, "html")
    parsed = Page()
    parsed.feed(page)
    parsed.close()
    assert parsed.stack == []
    assert len(parsed.ids) == len(set(parsed.ids))  # many panels on one page, no clash
    for layout in ("row", "matrix", "odd"):
        assert f'class="figure {layout}"' in page
    # shown panels + gap + options + the key's picture, for each figure item
    assert parsed.svgs == (5 + 5 + 1) + (9 + 5 + 1) + (5 + 1)
    text = "".join(parsed.text)
    questions = text[:text.index("Answer key")]
    assert not DESCRIPTION.search(questions)
    for sentence in ("Which panel comes next?", "Which panel completes the matrix?",
                     "Which panel is the odd one out?", "What comes next?"):
        assert sentence in questions
    # drawn options are lettered panels, not texts; plain items keep their texts
    assert row_item().choices[0] not in questions
    assert "A." in questions and "E." in questions and "32" in questions
    # the key names the answer and shows its panel
    key = text[text.index("Answer key"):]
    assert row_item().answer in key and odd_item().answer in key
    for needle in ("http://", "https://", "src=", "<link", "url(", "<script"):
        assert needle not in page.lower()


def test_html_without_figures_has_no_figure_styles() -> None:
    from logicgen.render.html import FIGURE_CSS

    assert FIGURE_CSS not in render(figure_set((plain_item(),)), "html")
    assert FIGURE_CSS in render(figure_set(), "html")


def test_text_and_markdown_keep_the_descriptions() -> None:
    s = figure_set()
    for fmt in ("text", "markdown"):
        out = render(s, fmt)
        assert "Panel 1: large black arrow pointing up; small grey circle bottom right" in out
        assert "Panel A: 3 small striped stars" in out
        for choice in row_item().choices:
            assert choice in out
        assert "<svg" not in out


def test_pdf_draws_the_panels() -> None:
    pypdf = pytest.importorskip("pypdf")
    pdf = render_bytes(figure_set(), "pdf")
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 2
    questions, key = pages[0], pages[1]
    for sentence in ("Which panel comes next?", "Which panel completes the matrix?",
                     "Which panel is the odd one out?"):
        assert sentence in questions
    assert not DESCRIPTION.search(questions)
    assert row_item().choices[0] not in questions  # options are drawn, not written
    assert all(f"{letter}." in questions for letter in "ABCDE")
    assert "Answer key" in key and " ".join(odd_item().answer.split()) in " ".join(key.split())
    # the drawings are vector paths in the page content: many more than a text-only page
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages[0].get_contents().get_data()) > 20_000


def test_pdf_never_splits_a_figure_question() -> None:
    pypdf = pytest.importorskip("pypdf")
    items = tuple(f(f"sequence.x-m1-{n:010d}") for n in range(12)
                  for f in (row_item, matrix_item, odd_item) if n % 3 == 0 or f is row_item)
    # with the key, so that each question ends with its code (handouts carry none)
    pdf = render_bytes(figure_set(items), "pdf")
    texts = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert len(texts) >= 3
    for number, item in enumerate(items, 1):
        on = [i for i, t in enumerate(texts) if re.search(rf"(?m)^{number}\.(?: |$)", t)]
        assert on and item.code in texts[on[0]], number


FIGURE_FAMILIES = ("sequence.figure", "sequence.matrix", "sequence.oddoneout")


@pytest.mark.parametrize("name", FIGURE_FAMILIES)
def test_real_figure_items_render(name: str) -> None:
    registry.load()
    if name not in registry.names():
        pytest.skip(f"{name} is not registered yet")
    from logicgen import generate

    items = tuple(generate(name, count=4, seed=3))
    s = figure_set(items)
    for q in document(s)["items"]:
        (fig,) = [b for b in q["blocks"] if b["kind"] == "figure"]
        for svg in [*fig["svgs"], *(q["option_svgs"] or [])]:
            if svg is not None:
                check_svg(svg)
    page = render(s, "html")
    assert page.count('class="figure ') == len(items)
    assert render_bytes(s, "pdf").startswith(b"%PDF-")
