"""Cube nets: which cube folds from a drawn net, or which face is opposite a symbol.

A net of six squares (one of the eleven cube nets, turned or flipped on the
page) carries a symbol on each square. Symbols are either the same after a
quarter turn (black circle, white circle, circle with a dot, plus sign,
four dots, black square; no diagonal cross, which on a sheared cube face is
hard to tell from a plus sign) or show which way they are turned (arrow,
letters F, L and T, half-black square, dot in one corner).

Kinds (``data["kind"]``):

* ``opposite`` (easy): "Which symbol is on the face opposite the ...?"; the
  options are the other five symbols, four of them next to it on the cube.
* ``fold``: "Which cube can be folded from this net?"; the options are cubes
  drawn in oblique view showing the top, front and right faces, each symbol
  turned as it lands. Exactly one is the folded net. Every wrong cube is a named
  mistake made on a random true view of the cube (never on the key's, so the key
  is not the option the others agree with): *opposite* (a face replaced by the
  face opposite a neighbour, so two opposite faces show together), *turned*
  (one symbol turned by a quarter or a half), *swapped* (two faces exchanged: the
  mirror-image cube, the chirality mistake).

Difficulty: ``easy`` only quarter-turn-symmetric symbols, and either the
opposite question or a fold question whose wrong cubes show two opposite faces
together (found without folding in the head: faces two apart in a row of the
net are opposite); ``medium`` two turned symbols on the net, the key shows one
of them, wrong cubes are any of the three mistakes; ``hard`` every face shows
its turn and the wrong cubes are only turned or swapped: each shows three faces
that do meet at a corner, so a candidate must fold the net and follow every
symbol's turn across the folds (more steps, and the cheap opposite-face check
never decides).

``score`` is the solver's effort (:func:`logicgen.solve.cube.effort`): an
opposite question costs 1 when the two squares are two apart in a line of the
net, else 2 + 0.5 per fold beyond two; a fold question costs 1 for the key cube
+ 0.5 per fold beyond one between its shown squares + 1 per shown symbol whose
turn shows, and per wrong cube 0.25 if it shows two opposite faces, else 0.25 +
0.25 per shown turned symbol. Bands (:data:`BANDS`): ``easy`` 1–4, ``medium``
3.5–6.5, ``hard`` 8–12 (the levels' designs already keep them apart).

The generator works on labelled directions: it rolls a cube under the net
square by square (each roll a permutation of up, down, north, south, east and
west) and reads views off the 24 permutations of a whole cube. The solver
(:mod:`logicgen.solve.cube`) folds the net with 3-D vectors instead.

>>> import logicgen
>>> item = logicgen.generate("spatial.cube", count=1, seed=3, difficulty="hard")[0]
>>> item.prompt.splitlines()[0]
'Which cube can be folded from this net?'
>>> len(item.choices), len(item.data["panels"][0]["squares"])
(5, 6)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from logicgen.errors import InvalidParams
from logicgen.kit import Draft, Draw, Steps, Wording
from logicgen.registry import Capabilities, KindParams, family
from logicgen.solve.cube import effort as cube_effort
from logicgen.solve.cube import solve_cube

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["NETS", "Params", "generate", "render"]

Cell = tuple[int, int]
#: a face of the generator's cube: (where it is, where its symbol's top points), as labels
Pose = tuple[str, str]
#: a view: (symbol, rotation) for the top, front and right faces
View = tuple[tuple[str, int], tuple[str, int], tuple[str, int]]

#: the eleven nets of a cube, as rows of the page ("#" a square)
NETS: tuple[tuple[str, ...], ...] = (
    ("#...", "####", "#..."), ("#...", "####", ".#.."), ("#...", "####", "..#."),
    ("#...", "####", "...#"), (".#..", "####", ".#.."), (".#..", "####", "..#."),
    ("##..", ".###", ".#.."), ("##..", ".###", "..#."), ("##..", ".###", "...#"),
    ("##..", ".##.", "..##"), ("###..", "..###"),
)
#: the nets that are a row of four with one square above and one below the row
_ROW_NETS = range(6)
FREE = ("disc", "ring", "target", "plus", "dots", "block")
TURNING = ("arrow", "F", "L", "T", "half", "corner")
_NAMES = {"disc": "black circle", "ring": "white circle", "target": "circle with a dot",
          "plus": "plus sign", "dots": "four dots", "block": "black square",
          "arrow": "arrow", "F": "letter F", "L": "letter L", "T": "letter T",
          "half": "half-black square", "corner": "dot in a corner"}

# Rolling the cube, which hangs under the net, onto the next square: each roll
# moves four of the six directions round (the face that was east comes up when
# the cube rolls east); the page's up is north.
_ROLL: dict[Cell, dict[str, str]] = {
    (0, 1): {"E": "U", "U": "W", "W": "D", "D": "E"},
    (0, -1): {"W": "U", "U": "E", "E": "D", "D": "W"},
    (1, 0): {"S": "U", "U": "N", "N": "D", "D": "S"},
    (-1, 0): {"N": "U", "U": "S", "S": "D", "D": "N"},
}
_SPIN = {"N": "E", "E": "S", "S": "W", "W": "N"}  # a quarter turn about the vertical
_OPPOSITE = {"U": "D", "D": "U", "N": "S", "S": "N", "E": "W", "W": "E"}
#: each visible side: its direction, and its page up, right, down, left as directions
_SIDES = (("top", "U", ("N", "E", "S", "W")), ("front", "S", ("U", "E", "D", "W")),
          ("right", "E", ("U", "N", "D", "S")))
#: words for the four page directions on each visible side (and on the flat net)
_WAYS = {"net": ("up", "right", "down", "left"), "top": ("back", "right", "front", "left"),
         "front": ("up", "right", "down", "left"), "right": ("up", "back", "down", "front")}
_HALF = {"up": "at the top", "down": "at the bottom", "left": "on the left",
         "right": "on the right", "back": "at the back", "front": "at the front"}
_SIDE_WORDS = {"top": "on top", "front": "at the front", "right": "on the right"}


@family("spatial.cube", version=3, solver=solve_cube, formats=("choice",),
        capabilities=Capabilities(figures=True),
        summary="Cube nets: which cube folds from a net, or which face is opposite a symbol")
@dataclass(frozen=True)
class Params(KindParams):
    """``kind``: ``fold``, ``opposite`` (at most 5 options) or ``mixed``."""

    KINDS: ClassVar[tuple[str, ...]] = ("fold", "opposite")

    def check(self) -> None:
        super().check()
        if self.kind == "opposite" and self.n_options > 5:
            raise InvalidParams("n_options must be at most 5 for kind opposite, which has five "
                                f"other faces to offer (got {self.n_options})")


def _compose(*maps: dict[str, str]) -> dict[str, str]:
    """The permutation of the six directions doing ``maps`` in order (missing: fixed)."""
    out = {}
    for d in _OPPOSITE:
        now = d
        for m in maps:
            now = m.get(now, now)
        out[d] = now
    return out


def _orientations() -> list[dict[str, str]]:
    """The 24 ways a cube can sit: every permutation reached by rolls and spins."""
    found = [_compose()]
    seen = {tuple(sorted(found[0].items()))}
    for p in found:
        for move in (_ROLL[(0, 1)], _ROLL[(1, 0)], _SPIN):
            q = _compose(p, move)
            key = tuple(sorted(q.items()))
            if key not in seen:
                seen.add(key)
                found.append(q)
    return found


_ORIENTATIONS = _orientations()


def _shape(draw: Draw, level: str) -> tuple[int, list[Cell]]:
    index = draw.below(len(NETS))
    cells = [(r, c) for r, row in enumerate(NETS[index]) for c, ch in enumerate(row) if ch == "#"]
    flip, turns = draw.chance(0.5), draw.below(4)
    for _ in range(turns):
        cells = [(c, -r) for r, c in cells]  # a quarter turn of the page
    if flip:
        cells = [(r, -c) for r, c in cells]
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    return index, sorted((r - top, c - left) for r, c in cells)


def _roll(cells: list[Cell], rotations: dict[Cell, int]) -> dict[Cell, Pose]:
    """Each square's face on the cube: roll a cube under the net and paint its top face."""
    start = cells[0]
    orient = {start: _compose()}  # cube direction -> where it is now
    todo = [start]
    while todo:
        cell = todo.pop()
        for (dr, dc), move in _ROLL.items():
            nxt = (cell[0] + dr, cell[1] + dc)
            if nxt in cells and nxt not in orient:
                orient[nxt] = _compose(orient[cell], move)
                todo.append(nxt)
    poses = {}
    for cell, now in orient.items():
        back = {v: k for k, v in now.items()}
        up = ("N", "E", "S", "W")[rotations[cell] // 90]  # seen from above, clockwise
        poses[cell] = (back["U"], back[up])
    return poses


def _views(cube: dict[str, Pose]) -> list[View]:
    """The cube's views (top, front, right) in each of its 24 orientations."""
    views = []
    for q in _ORIENTATIONS:
        shown = []
        for _, direction, ways in _SIDES:
            symbol, (_, up) = next((s, pose) for s, pose in cube.items() if q[pose[0]] == direction)
            shown.append((symbol, 0 if symbol in FREE else 90 * ways.index(q[up])))
        views.append((shown[0], shown[1], shown[2]))
    return views


def _words(symbol: str, rotation: int, side: str) -> str:
    """A symbol in words, turned ``rotation`` clockwise on ``side`` (or on the flat net)."""
    name = _NAMES[symbol]
    if symbol in FREE:
        return name
    ways = _WAYS[side]
    way = ways[rotation // 90]
    if symbol == "arrow":
        return f"arrow pointing {'to the ' + way if way in ('back', 'front') else way}"
    if symbol in ("F", "L", "T"):
        return f"{name} with its top {'up' if way == 'up' else 'to the ' + way}" \
            if way != "down" else f"{name} upside down"
    if symbol == "half":
        return f"half-black square, black half {_HALF[way]}"
    # the dot sits between the way its top faces and the way before it; even
    # places in ``ways`` are up and down (back and front on the top face)
    k = rotation // 90
    pair = sorted((k, (k + 3) % 4), key=lambda i: i % 2)
    vertical, across = ways[pair[0]], ways[pair[1]]
    vertical = {"up": "top", "down": "bottom"}.get(vertical, vertical)
    return f"dot in the {vertical}-{across} corner"


def _view_words(view: View) -> str:
    return "; ".join(f"{side} {_words(s, r, side)}" for (side, _, _), (s, r) in zip(_SIDES, view))


def _mistake(draw: Draw, view: View, allowed: tuple[str, ...], cube: dict[str, Pose]
             ) -> tuple[View, str] | None:
    """``view`` with one named mistake made, and the mistake's name."""
    name = draw.pick(allowed)
    faces = list(view)
    if name == "turned":
        turning = [i for i, (s, _) in enumerate(faces) if s not in FREE]
        if not turning:
            return None
        i = draw.pick(turning)
        faces[i] = (faces[i][0], (faces[i][1] + 90 * (1 + draw.below(3))) % 360)
    elif name == "swapped":
        i, j = draw.sample(range(3), 2)
        faces[i], faces[j] = faces[j], faces[i]
    else:  # opposite: one face replaced by the face opposite another visible one
        i, j = draw.sample(range(3), 2)
        where = cube[faces[j][0]][0]
        symbol = next(s for s, pose in cube.items() if pose[0] == _OPPOSITE[where])
        faces[i] = (symbol, 0 if symbol in FREE else 90 * draw.below(4))
    return (faces[0], faces[1], faces[2]), name


_LEVEL = {"easy": (0, ("opposite",)), "medium": (2, ("turned", "swapped", "opposite")),
          "hard": (6, ("turned", "swapped"))}


def generate(params: Params, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    level = params.difficulty
    kind = params.kind
    if kind == "mixed":
        kind = "opposite" if level == "easy" and params.n_options <= 5 and draw.chance(0.5) \
            else "fold"
    n_turning, allowed = _LEVEL[level]
    index, cells = _shape(draw, level)
    symbols = draw.sample(TURNING, n_turning) + draw.sample(FREE, 6 - n_turning)
    order = draw.shuffled(cells)
    placed = dict(zip(order, symbols))
    rotations = {cell: 0 if placed[cell] in FREE else 90 * draw.below(4) for cell in cells}
    poses = _roll(cells, rotations)
    cube = {placed[cell]: poses[cell] for cell in cells}
    net = [{"row": r, "col": c, "symbol": placed[(r, c)], "rotation": rotations[(r, c)]}
           for r, c in cells]
    pairs = sorted({tuple(sorted((s, t))) for s, (d, _) in cube.items()
                    for t, (e, _) in cube.items() if _OPPOSITE[d] == e})
    pair_words = "; ".join(f"{_NAMES[a]} and {_NAMES[b]}" for a, b in pairs)
    simple = 0 if index in _ROW_NETS else 1
    data: dict[str, Any] = {"kind": kind, "layout": "net", "panels": [{"squares": net}]}
    if kind == "opposite":
        return _opposite(draw, params, data, cube, pairs, pair_words, simple)
    views = _views(cube)
    if level == "medium":  # the key shows exactly one turned symbol
        candidates = [v for v in views if sum(s not in FREE for s, _ in v) == 1]
    else:
        candidates = views
    key = draw.pick(candidates)
    true_views = set(views)
    options: list[tuple[View, str, View]] = [(key, "key", key)]
    # Each wrong cube is a mistake made on a random true view, not on the key's:
    # near misses of the key would make it the option the others agree with most
    # (measured: the side-by-side majority found it 4 times in 10, against 2 by chance).
    for _ in range(400):
        if len(options) == params.n_options:
            break
        base = draw.pick(views)
        made = _mistake(draw, base, allowed, cube)
        if made is None:
            continue
        view, name = made
        if view in true_views or any(view == o for o, _, _ in options):
            continue
        options.append((view, name, base))
    else:  # pragma: no cover - 400 draws always find enough mistakes
        raise RuntimeError("too few wrong cubes were found")
    options = draw.shuffled(options)
    letters = "ABCDEFGH"
    steps = [f"Opposite pairs: {pair_words}."]
    answer_letter = ""
    for i, (view, name, base) in enumerate(options):
        if name == "key":
            answer_letter = letters[i]
            continue
        steps.append(f"{letters[i]}: {_why(view, cube, views)}")
    steps.append(f"{answer_letter} is the folded net: {_view_words(key)}.")
    turning_shown = sum(s not in FREE for s, _ in key)
    score = 2 + 2 * turning_shown + simple
    data["options"] = [{side: {"symbol": s, "rotation": r}
                        for (side, _, _), (s, r) in zip(_SIDES, view)} for view, _, _ in options]
    return Draft(data=data, answer=_view_words(key), score=score,
                 spec=[_view_words(v) for v, _, _ in options],
                 steps=Steps(steps, numbered=False))


def _why(view: View, cube: dict[str, Pose], views: list[View]) -> str:
    """Why a wrong cube cannot be folded, read off the cube itself."""
    shown = [s for s, _ in view]
    pair = next(((s, t) for s in shown for t in shown
                 if _OPPOSITE[cube[s][0]] == cube[t][0]), None)
    if pair is not None:
        return (f"the {_NAMES[pair[0]]} and the {_NAMES[pair[1]]} are opposite, so they "
                "never show together.")
    # the true view with the same symbols on top and at the front
    true = next(v for v in views if v[0][0] == view[0][0] and v[1][0] == view[1][0])
    context = f"with the {_NAMES[view[0][0]]} on top and the {_NAMES[view[1][0]]} at the front"
    if true[2][0] != view[2][0]:
        return (f"{context}, the right face is the {_NAMES[true[2][0]]}, not the "
                f"{_NAMES[view[2][0]]} (this cube is the mirror image).")
    i = next(k for k in range(3) if view[k] != true[k])
    side = _SIDES[i][0]
    return (f"{context}, the {side} face shows {_words(*true[i], side)}, "
            f"not {_words(*view[i], side)}.")


def _opposite(draw: Draw, params: Params, data: dict[str, Any], cube: dict[str, Pose],
              pairs: list[Any], pair_words: str, simple: int) -> Draft:
    asked = draw.pick(sorted(cube))
    where = cube[asked][0]
    answer = next(s for s, pose in cube.items() if pose[0] == _OPPOSITE[where])
    others = [s for s in sorted(cube) if s not in (asked, answer)]
    shown = draw.shuffled([answer, *draw.sample(others, params.n_options - 1)])
    data["face"] = asked
    data["option_symbols"] = shown
    steps = [f"Opposite pairs: {pair_words}.",
             (f"The {_NAMES[answer]} is opposite the {_NAMES[asked]}; every other option "
             f"shares an edge with the {_NAMES[asked]} on the cube.")]
    return Draft(data=data, answer=_NAMES[answer], score=1 + simple,
                 spec=[_NAMES[s] for s in shown], steps=Steps(steps, numbered=False))


def _net_lines(net: list[dict[str, Any]]) -> list[str]:
    rows: dict[int, list[str]] = {}
    for square in net:
        words = _words(square["symbol"], square["rotation"], "net")
        rows.setdefault(square["row"], []).append(f"column {square['col'] + 1} {words}")
    return [f"Row {r + 1}: " + "; ".join(rows[r]) for r in sorted(rows)]


def render(draft: Draft, params: Params, rng: np.random.Generator) -> Wording:
    data = draft.data
    net_lines = "\n".join(_net_lines(data["panels"][0]["squares"]))
    if data["kind"] == "opposite":
        question = (f"The net is folded into a cube. Which symbol is on the face opposite the "
                    f"{_NAMES[data['face']]}?")
    else:
        question = ("Which cube can be folded from this net?\n"
                    "Each cube shows its top, front and right faces; on the top face, "
                    "'back' is away from you.")
    return Wording(f"{question}\n\n{net_lines}", choices=list(draft.spec))


# -- method lines ------------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "fold": (
        "Faces two apart in a row of the net are opposite and never show together; fold "
        "the rest round one face, keeping each symbol's turn."
    ),
    "opposite": (
        "Faces two apart in a row of the net are opposite; fold the net in your head "
        "round one square to place the rest."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data["kind"]

#: the score is the solver's effort; each level keeps the scores in its band
EFFORT = cube_effort
BANDS = {"easy": (1.0, 4.0), "medium": (3.5, 6.5), "hard": (8.0, 12.0)}
