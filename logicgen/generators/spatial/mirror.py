"""Mirror images and turns: which option is the figure reflected, or turned and not reflected?

A figure of three to five small shapes in the cells of a 3 × 3 grid (arrows,
triangles, lines, squares and circles, white, grey or black) is shown with
options that are the same figure under the other symmetries of the square.

Kinds (``data["ask"]``):

* ``mirror``: "Which option shows the figure reflected in a vertical mirror
  line?" — the other options are the figure itself, turned, or reflected in
  another line;
* ``turn`` (medium and hard): "Which option shows the figure turned, not
  reflected?" — one option is the figure turned a quarter, a half or three
  quarters, and the others are its reflections.

The figure has no symmetry of its own (its eight images all differ), so no
reflection can pass for a turn. Stripes are not used, because they are drawn
fixed to the page and would not turn with a shape.

Difficulty: ``easy`` three shapes and the mirror question; ``medium`` four shapes
and either question; ``hard`` five shapes, diagonal arrows, either question,
and at ``mirror`` items one option that is the mirror image with one shape left
where it was or pointing as before.

``score`` is the solver's effort (:func:`logicgen.solve.mirror.effort`): per
shape 0.25, plus 0.5 if the asked move carries it to another cell, 0.5 if it
looks different after the move and 0.5 for an arrow or line on a diagonal; 1
for a turn question (three turns to try); 0.25 per shape the closest wrong
option shares with the key (a near miss). Bands (:data:`BANDS`): ``easy``
1.5–4, ``medium`` 2.5–6.5, ``hard`` 4.5–10.5: a hard figure whose shapes mostly
stay in place or look the same after the move is drawn again, so hard is harder
by shapes that move and turn, not by more of them.

The solver (:mod:`logicgen.solve.mirror`) turns every shape into points and
applies the eight symmetries to the points.

>>> import logicgen
>>> item = logicgen.generate("spatial.mirror", count=1, seed=1, difficulty="easy")[0]
>>> item.prompt.splitlines()[0]
'Which option shows the figure reflected in a vertical mirror line?'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from logicgen.figures import describe, group, look
from logicgen.kit import Draft, Draw, Steps, Wording
from logicgen.registry import BaseParams, Capabilities, family
from logicgen.solve.mirror import effort as mirror_effort
from logicgen.solve.mirror import solve_mirror

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["Params", "generate", "render"]

Cell = tuple[int, int]
#: each symmetry: where a cell (row, column) goes and what becomes of a rotation
#: (degrees clockwise from pointing up)
SYMMETRY: dict[str, tuple[Callable[[int, int], Cell], Callable[[int], int]]] = {
    "identity": (lambda r, c: (r, c), lambda t: t),
    "turn 90": (lambda r, c: (c, 2 - r), lambda t: t + 90),
    "turn 180": (lambda r, c: (2 - r, 2 - c), lambda t: t + 180),
    "turn 270": (lambda r, c: (2 - c, r), lambda t: t + 270),
    "mirror vertical": (lambda r, c: (r, 2 - c), lambda t: -t),
    "mirror horizontal": (lambda r, c: (2 - r, c), lambda t: 180 - t),
    "mirror diagonal": (lambda r, c: (c, r), lambda t: 270 - t),
    "mirror antidiagonal": (lambda r, c: (2 - c, 2 - r), lambda t: 90 - t),
}
TURNS = ("turn 90", "turn 180", "turn 270")
REFLECTIONS = ("mirror vertical", "mirror horizontal", "mirror diagonal", "mirror antidiagonal")
WORDS = {"identity": "the figure unchanged", "turn 90": "turned a quarter clockwise",
         "turn 180": "turned half way round", "turn 270": "turned a quarter anticlockwise",
         "mirror vertical": "reflected left to right",
         "mirror horizontal": "reflected top to bottom",
         "mirror diagonal": "reflected in the diagonal from top left",
         "mirror antidiagonal": "reflected in the diagonal from top right"}
SHAPES = {"easy": 3, "medium": 4, "hard": 5}
#: kinds and the rotation steps that keep them in the drawn vocabulary
KINDS = (("arrow", 90), ("triangle", 90), ("line", 45), ("square", 45), ("circle", 0))


@family("spatial.mirror", version=3, solver=solve_mirror, formats=("choice",),
        capabilities=Capabilities(figures=True),
        summary="Mirror images: which option is the figure reflected, or turned and not reflected")
@dataclass(frozen=True)
class Params(BaseParams):
    """No parameters beyond difficulty and the number of options (3 to 8)."""


def _move(panel: dict[str, Any], name: str, skip: int | None = None,
          keep: str = "rotation") -> dict[str, Any]:
    """``panel`` under symmetry ``name``; group ``skip`` keeps its own ``keep``
    (``rotation`` or ``position``), as a careless copy would."""
    cell, turn = SYMMETRY[name]
    shapes = []
    for i, g in enumerate(panel["shapes"]):
        r, c = cell(g["position"] // 3, g["position"] % 3)
        moved = {**g, "position": 3 * r + c, "rotation": turn(g["rotation"]) % 360}
        if i == skip:
            moved[keep] = g[keep]
        shapes.append(moved)
    return {"shapes": shapes}


def _figure(draw: Draw, level: str) -> dict[str, Any]:
    for _ in range(200):
        cells = draw.sample(range(9), SHAPES[level])
        shapes = []
        for cell in cells:
            kind, step = draw.pick(KINDS if cell != cells[0] else KINDS[:2])  # one points
            if level == "hard" and kind == "arrow":
                step = 45
            rotation = draw.below(360 // step) * step if step else 0
            shapes.append(group(kind, size=draw.pick(("small", "medium")),
                                fill=draw.pick(("empty", "grey", "solid")), rotation=rotation,
                                position=cell))
        panel = {"shapes": shapes}
        # no two of its eight images look alike (each look worked out once)
        if len({tuple(sorted(look(_move(panel, name)))) for name in SYMMETRY}) == len(SYMMETRY):
            return panel
    raise RuntimeError("no figure without symmetry was found")  # pragma: no cover


def generate(params: BaseParams, rng: np.random.Generator) -> Draft:
    draw = Draw(rng)
    level = params.difficulty
    ask = "mirror" if level == "easy" or draw.chance(0.5) else "turn"
    figure = _figure(draw, level)
    n = params.n_options
    if ask == "mirror":
        key_name = "mirror vertical"
        pool = [name for name in SYMMETRY if name != key_name]
    else:
        key_name = draw.pick(TURNS)
        pool = list(REFLECTIONS) + ["identity"]
    options = {name: _move(figure, name) for name in [key_name, *draw.sample(pool, len(pool))]}
    # near misses: the key's move with one shape left as it was (hard, or too few moves)
    want_near = max(int(ask == "mirror" and level == "hard"), n - len(options))
    names = [key_name, *[name for name in options if name != key_name][: n - 1 - want_near]]
    panels = [options[name] for name in names]
    option_looks = [sorted(look(o)) for o in options.values()]
    slips = [(i, keep) for i in range(len(figure["shapes"])) for keep in ("rotation", "position")]
    for skip, keep in draw.shuffled(slips):
        if len(panels) == n:
            break
        candidate = _move(figure, key_name, skip, keep)
        seen = sorted(look(candidate))
        if seen not in option_looks and not any(seen == sorted(look(o)) for o in panels):
            panels.append(candidate)
            names.append("near")
    for name, moved in options.items():  # if too few near misses were made, moves fill in
        if len(panels) == n:
            break
        if name not in names:
            panels.append(moved)
            names.append(name)
    diagonal = sum(g["rotation"] % 90 == 45 for g in figure["shapes"] if g["kind"] == "arrow")
    rule = ("A mirror in a vertical line swaps left and right: the left and right columns "
            "change places, and every shape that points left or right now points the other "
            "way; up and down stay as they were."
            if ask == "mirror" else
            "A turn keeps the figure's handedness: follow two shapes round; in a mirror image "
            "their order round the centre is reversed.")
    slip = "the mirror image" if ask == "mirror" else "the turned figure"
    wrong = [WORDS.get(name, f"{slip} with one shape not moved with the rest")
             for name in names[1:]]
    steps = [rule, f"The other options are {', '.join(wrong[:-1])} and {wrong[-1]}.",
             f"The answer is {WORDS[key_name]}: {describe(options[key_name])}."]
    data = {"ask": ask, "figure": figure, "panels": [figure], "layout": "row"}
    score = SHAPES[level] + (ask == "turn") + 0.5 * diagonal
    return Draft(data=data, answer=describe(options[key_name]), score=score,
                 spec=panels, steps=Steps(steps, numbered=False))


def render(draft: Draft, params: BaseParams, rng: np.random.Generator) -> Wording:
    data = draft.data
    panels = Draw(rng).shuffled(draft.spec)
    question = ("Which option shows the figure reflected in a vertical mirror line?"
                if data["ask"] == "mirror" else
                "Which option shows the figure turned, not reflected?")
    prompt = f"{question}\n\nPanel 1: {describe(data['figure'])}"
    return Wording(prompt, choices=[describe(p) for p in panels], data={"options": panels})


# -- method lines --------------------------------------------------------------

#: The method line of each question kind (the reusable idea; docs/methods.md).
METHODS: dict[str, str] = {
    "mirror": (
        "Pick one asymmetric detail; in a mirror image it swaps sides, in a turned copy "
        "it stays on the same side."
    ),
    "turn": (
        "Turn the figure in your head and follow one asymmetric detail; a mirrored copy "
        "can never match by turning."
    ),
}


def method_kind(draft: Draft) -> str:
    """The question kind whose line of :data:`METHODS` ``draft`` takes."""
    return draft.data.get("ask")

#: the score is the solver's effort; each level keeps the scores in its band
EFFORT = mirror_effort
BANDS = {"easy": (1.5, 4.0), "medium": (2.5, 6.5), "hard": (4.5, 10.5)}
