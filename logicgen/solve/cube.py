"""Second route for ``spatial.cube``: fold the net as a 3-D model and turn it in space.

The net (``data["panels"][0]["squares"]``) is a list of six squares, each with
its grid cell (``row`` down the page, ``col`` across), its symbol and the
symbol's ``rotation`` (degrees clockwise on the page, 0 = upright). The solver lays the first square flat,
printed side up, with an outward normal ``(0, 0, 1)``, and walks the net's
edges: a square next to a folded one is turned 90° down about their shared
edge (printed side out), which gives it a normal and two page axes as integer
3-D vectors. A symbol's "up" is then a 3-D vector too.

A view of a cube shows three faces: ``top`` (normal ``+z``, drawn with "up"
towards the back, ``+y``), ``front`` (normal ``-y``, "up" is ``+z``) and
``right`` (normal ``+x``, "up" is ``+z``; its right-hand edge is at the back).
An option is a cube that folds from the net when one of the 24 rotations of
3-D space (signed permutation matrices of determinant 1) brings the folded
cube to show exactly those three symbols with those rotations; the top and
front symbols single out the only rotation that can. A symbol that
looks the same after a quarter turn (a circle, a plus) matches at any rotation.

For ``opposite`` items the answer is the symbol whose normal is minus the
asked symbol's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import permutations, product
from typing import Any

__all__ = ["ROTATIONS", "effort", "fold", "matches", "solve_cube"]

Vec = tuple[int, int, int]
#: a folded face: outward normal and the direction its symbol's "up" points
Face = tuple[Vec, Vec]

#: symbols that look the same after a quarter turn; every other symbol shows its turn
_QUARTER_SYMMETRIC = frozenset({"disc", "ring", "plus", "dots", "block", "target"})
_SYMBOLS = _QUARTER_SYMMETRIC | {"arrow", "F", "L", "T", "half", "corner"}


def _neg(v: Vec) -> Vec:
    return (-v[0], -v[1], -v[2])


def _det(m: Sequence[Vec]) -> int:
    (a, b, c), (d, e, f), (g, h, i) = m
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)


def _rotations() -> list[tuple[Vec, Vec, Vec]]:
    out = []
    for perm in permutations(range(3)):
        for signs in product((1, -1), repeat=3):
            rows = tuple(tuple(signs[r] if c == perm[r] else 0 for c in range(3))
                         for r in range(3))
            if _det(rows) == 1:  # type: ignore[arg-type]
                out.append(rows)
    return out  # type: ignore[return-value]


#: the 24 rotations of the cube, as integer matrices (rows)
ROTATIONS = _rotations()


def _dot(a: Vec, b: Vec) -> int:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _apply(m: tuple[Vec, Vec, Vec], v: Vec) -> Vec:
    return (_dot(m[0], v), _dot(m[1], v), _dot(m[2], v))


def _up(right: Vec, down: Vec, rotation: int) -> Vec:
    """The 3-D direction of a symbol's top when it is turned ``rotation`` clockwise on the page."""
    quarter = rotation // 90 % 4
    # page up, right, down, left: turning clockwise moves "up" along this cycle
    return (_neg(down), right, down, _neg(right))[quarter]


def fold(net: Sequence[Mapping[str, Any]]) -> dict[str, Face]:
    """Each symbol's folded face: outward normal and "up" direction.

    Raises ``ValueError`` when the squares do not fold into a cube (not six
    squares, not joined edge to edge, or two on one face).
    """
    if len(net) != 6:
        raise ValueError(f"a cube net has six squares (got {len(net)})")
    cells = {(int(s["row"]), int(s["col"])): s for s in net}
    if len(cells) != 6:
        raise ValueError("two squares of the net share a cell")
    start = (int(net[0]["row"]), int(net[0]["col"]))
    # frame: (normal, page-right, page-down); the first square lies printed side up
    flat: tuple[Vec, Vec, Vec] = ((0, 0, 1), (1, 0, 0), (0, -1, 0))
    frames: dict[tuple[int, int], tuple[Vec, Vec, Vec]] = {start: flat}
    todo = [start]
    while todo:
        r, c = todo.pop()
        n, right, down = frames[(r, c)]
        # folding away from the printed side: the neighbour's normal becomes the
        # direction towards it, and its axis that pointed at us now points inwards
        steps = {(r, c + 1): (right, _neg(n), down), (r, c - 1): (_neg(right), n, down),
                 (r + 1, c): (down, right, _neg(n)), (r - 1, c): (_neg(down), right, n)}
        for cell, frame in steps.items():
            if cell in cells and cell not in frames:
                frames[cell] = frame
                todo.append(cell)
    if len(frames) != 6:
        raise ValueError("the squares of the net are not joined edge to edge")
    faces = {}
    for cell, (n, right, down) in frames.items():
        square = cells[cell]
        faces[str(square["symbol"])] = (n, _up(right, down, int(square["rotation"])))
    if len({n for n, _ in faces.values()}) != 6 or len(faces) != 6:
        raise ValueError("the net does not fold into a cube with six different symbols")
    return faces


# the three visible faces: outward normal, drawn "up" and drawn "right" of each
_VIEW: dict[str, tuple[Vec, Vec, Vec]] = {
    "top": ((0, 0, 1), (0, 1, 0), (1, 0, 0)),
    "front": ((0, -1, 0), (0, 0, 1), (1, 0, 0)),
    "right": ((1, 0, 0), (0, 0, 1), (0, 1, 0)),
}


def _seen_rotation(up: Vec, view_up: Vec, view_right: Vec) -> int:
    for quarter, d in enumerate((view_up, view_right, _neg(view_up), _neg(view_right))):
        if up == d:
            return 90 * quarter
    raise ValueError("a symbol's top does not lie in its face")  # pragma: no cover


def _same_look(symbol: str, a: int, b: int) -> bool:
    return symbol in _QUARTER_SYMMETRIC or a % 360 == b % 360


def _cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def matches(faces: Mapping[str, Face], view: Mapping[str, Mapping[str, Any]]) -> bool:
    """Whether some turn of the folded cube ``faces`` shows ``view`` (top, front, right).

    The top and front symbols fix the turn, if there is one: it must carry the
    top symbol's normal to ``+z`` and the front's to ``-y``, so (turns keep
    cross products) the normal ``top × front`` goes to ``+x``. As a matrix its
    rows are those three normals (``top × front``, ``-front``, ``top``); the
    test ``test_the_turn_is_one_of_the_24`` checks it against :data:`ROTATIONS`.
    """
    top, front = view["top"]["symbol"], view["front"]["symbol"]
    if top not in faces or front not in faces:
        return False
    n_top, n_front = faces[top][0], faces[front][0]
    if _dot(n_top, n_front) != 0:
        return False  # the same face, or opposite faces: never seen together like this
    turn = (_cross(n_top, n_front), _neg(n_front), n_top)
    for side, (normal, view_up, view_right) in _VIEW.items():
        symbol = next(s for s, (n, _) in faces.items() if _apply(turn, n) == normal)
        shown = view[side]
        if shown["symbol"] != symbol or not _same_look(
                symbol, int(shown["rotation"]),
                _seen_rotation(_apply(turn, faces[symbol][1]), view_up, view_right)):
            return False
    return True


def solve_cube(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``spatial.cube`` items: the options consistent with the folded net."""
    net = data["panels"][0]["squares"]
    for square in net:
        if square["symbol"] not in _SYMBOLS:
            raise ValueError(f"unknown symbol {square['symbol']!r}")
    faces = fold(net)
    if data["kind"] == "opposite":
        normal = faces[data["face"]][0]
        opposite = next(s for s, (n, _) in faces.items() if n == _neg(normal))
        symbols = data["option_symbols"]
        if len(symbols) != len(choices):
            raise ValueError("there must be one symbol per choice")
        return [c for c, s in zip(choices, symbols) if s == opposite]
    views = data["options"]
    if len(views) != len(choices):
        raise ValueError("there must be one drawn cube per choice")
    return [c for c, view in zip(choices, views) if matches(faces, view)]


def _net_distances(net: Sequence[Mapping[str, Any]], start: str) -> dict[str, int]:
    """Folds between the square of symbol ``start`` and every other square of the net."""
    where = {(int(q["row"]), int(q["col"])): str(q["symbol"]) for q in net}
    cell = next(c for c, sym in where.items() if sym == start)
    out = {start: 0}
    todo = [cell]
    while todo:
        r, c = todo.pop(0)
        for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if nxt in where and where[nxt] not in out:
                out[where[nxt]] = out[where[(r, c)]] + 1
                todo.append(nxt)
    return out


def _in_line(net: Sequence[Mapping[str, Any]], a: str, b: str) -> bool:
    """Whether squares ``a`` and ``b`` are two apart in one row or column with a square
    between them (the plain sign of opposite faces)."""
    cells = {str(q["symbol"]): (int(q["row"]), int(q["col"])) for q in net}
    occupied = set(cells.values())
    (r1, c1), (r2, c2) = cells[a], cells[b]
    if r1 == r2 and abs(c1 - c2) == 2:
        return (r1, (c1 + c2) // 2) in occupied
    if c1 == c2 and abs(r1 - r2) == 2:
        return ((r1 + r2) // 2, c1) in occupied
    return False


def effort(data: Mapping[str, Any]) -> float:
    """What the solver needs: the folds it follows and the symbols' turns it tracks.

    ``opposite``: 1 when the two squares are two apart in one line of the net
    (read off without folding), else 2 + 0.5 per fold beyond two between them.

    ``fold``: checking the key cube costs 1, plus 0.5 per fold beyond one
    between its furthest-apart shown squares on the net, plus 1 per symbol on it
    whose turn shows (not a circle, a plus...). Each wrong cube costs 0.25 when
    it shows two opposite faces together (a square two apart in a line of the
    net: no folding needed), else 0.25 plus 0.25 per shown symbol whose turn
    must be followed to rule it out.

    >>> net = [{"row": 1, "col": c, "symbol": s, "rotation": 0}
    ...        for c, s in enumerate(["disc", "ring", "plus", "dots"])]
    >>> net += [{"row": 0, "col": 1, "symbol": "block", "rotation": 0},
    ...         {"row": 2, "col": 1, "symbol": "target", "rotation": 0}]
    >>> effort({"kind": "opposite", "face": "disc", "panels": [{"squares": net}]})
    1.0
    """
    net = data["panels"][0]["squares"]
    faces = fold(net)
    if data["kind"] == "opposite":
        asked = str(data["face"])
        normal = faces[asked][0]
        answer = next(s for s, (n, _) in faces.items() if n == _neg(normal))
        if _in_line(net, asked, answer):
            return 1.0
        return round(2.0 + 0.5 * max(_net_distances(net, asked)[answer] - 2, 0), 3)
    cost = 0.0
    for view in data["options"]:
        shown = [str(view[side]["symbol"]) for side in ("top", "front", "right")]
        turned = sum(sym not in _QUARTER_SYMMETRIC for sym in shown)
        if matches(faces, view):
            spread = max(_net_distances(net, a).get(b, 0) for a in shown[:2] for b in shown[1:])
            cost += 1.0 + 0.5 * max(spread - 1, 0) + turned
            continue
        normals = [faces[sym][0] for sym in shown if sym in faces]
        opposite = any(n == _neg(m) for n in normals for m in normals)
        if opposite and any(_in_line(net, a, b) for a in shown for b in shown if a != b):
            cost += 0.25
        else:
            cost += 0.25 + 0.25 * turned
    return round(cost, 3)
