"""Blueprints: practice-set recipes in TOML, and the sets and forms built from them.

A blueprint names a timed practice set. The shipped ones live in the top-level
``puzzles/`` folder (installed as ``logicgen/puzzles``) and are found by their
short name (``logic-test``); any other blueprint is found by its path::

    title = "Logic test practice"
    instructions = "Answer as many questions as you can."
    minutes = 15              # time limit (optional)
    seed = 2207               # default set seed (optional)
    forms = 2                 # forms A, B, ... (default 1)
    shuffle_questions = true  # mix the sections together (default false)
    shuffle_options = false   # re-order the options of lettered items (default false)
    rising_difficulty = true  # easy items first, hard items last (default false)

    [[sections]]
    family = "sequence.number"          # or families = [...], or area = "probability"
    count = 6
    difficulty = { easy = 0.3, medium = 0.5, hard = 0.2 }   # or "medium"
    params = { n_options = 5 }          # family parameters (optional)

Building a set (:func:`build_set`) is deterministic: the same blueprint, seed and
form give the same items in the same order. Each slot's item seed is
``rng.derive("blueprint.slot", seed, form, slot, attempt)`` cut to 50 bits, so
forms of one seed share no streams and neighbouring seeds share no items.

No repeats: a slot whose item repeats an earlier item of the form is drawn again
with the next ``attempt``. Items are compared by
:func:`logicgen.capacity.prompt_identity`: the normalised prompt, and for figure
families (whose prompt is a fixed sentence) the sorted choices as well.

One question kind per section: where a family's items carry a kind
(``data["kind"]``), a slot whose kind was already used by the same family in this
section (at any difficulty) is drawn again, until every kind the family asks at
the slot's difficulty has been used once; then a new round of those kinds begins. The kinds a family
asks at each difficulty come from the static capacity table
(``logicgen/data/capacity.json``, :func:`logicgen.capacity.load_table`). After
:data:`KIND_TRIES` draws without an unused kind, the slot asks for one outright
(``kind`` set to the first unused kind in the table's order), when the family
takes a ``kind`` parameter and the section does not fix one. A family missing
from the table keeps only the no-repeat rule.

Difficulties are given to slots by largest remainders (6 items at
``{easy = 0.3, medium = 0.5, hard = 0.2}`` are 2 easy, 3 medium, 1 hard), in
rising order within the section. A section naming several families (or an area)
deals its slots to them in turn, so every form holds the same mix.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import (
    BlueprintError,
    InvalidParams,
    LogicgenError,
    UnknownFamily,
    describe_value,
    shorten,
)
from .registry import DIFFICULTIES

if TYPE_CHECKING:  # pragma: no cover
    from importlib.resources.abc import Traversable

    import numpy as np

    from .item import Item
    from .problemset import ProblemSet

__all__ = [
    "Blueprint",
    "Section",
    "build_set",
    "form_letters",
    "load_blueprint",
    "shipped_blueprints",
]

MAX_FORMS = 26
MAX_SECTION_COUNT = 500
MAX_ITEMS = 1000
#: draws per slot before a section is judged to ask for more distinct items than
#: its family can make
MAX_REDRAWS = 40
#: draws per slot that look for an unused question kind before asking for one
KIND_TRIES = 12

_TOP_KEYS = (
    "title", "instructions", "minutes", "seed", "forms",
    "shuffle_questions", "shuffle_options", "rising_difficulty", "sections",
)
_SECTION_KEYS = ("family", "families", "area", "count", "difficulty", "params")


@dataclass(frozen=True)
class Section:
    """One section of a blueprint.

    Attributes:
        families: the families the section's slots are dealt to, in turn.
        count: how many items.
        mix: difficulty weights in ``easy, medium, hard`` order, summing to 1.
        params: family parameters applied to every item of the section.
        area: the area the families were taken from, when the section names one.
    """

    families: tuple[str, ...]
    count: int
    mix: tuple[float, float, float]
    params: dict[str, Any] = field(default_factory=dict)
    area: str | None = None

    def difficulties(self) -> list[str]:
        """One difficulty per slot, by largest remainders, easy first.

        >>> Section(("x.y",), 6, (0.3, 0.5, 0.2)).difficulties()
        ['easy', 'easy', 'medium', 'medium', 'medium', 'hard']
        """
        counts = _largest_remainder(self.mix, self.count)
        return [d for d, n in zip(DIFFICULTIES, counts) for _ in range(n)]


@dataclass(frozen=True)
class Blueprint:
    """A validated practice-set recipe (see the module docstring for the TOML keys)."""

    name: str
    source: str
    title: str
    sections: tuple[Section, ...]
    instructions: str = ""
    minutes: float | None = None
    seed: int | None = None
    forms: int = 1
    shuffle_questions: bool = False
    shuffle_options: bool = False
    rising_difficulty: bool = False

    @property
    def count(self) -> int:
        """Number of items in each form."""
        return sum(s.count for s in self.sections)


def form_letters(forms: int) -> str:
    """The letters of ``forms`` forms: ``form_letters(3) == "ABC"``."""
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[:forms]


# -- finding and reading ---------------------------------------------------------


def _shipped_dir() -> Traversable | None:
    """The folder of shipped blueprints: in the installed package, else in the source tree."""
    from importlib.resources import files

    packaged = files("logicgen") / "puzzles"
    if packaged.is_dir():
        return packaged
    source = Path(__file__).resolve().parent.parent / "puzzles"
    return source if source.is_dir() else None


def shipped_blueprints() -> list[str]:
    """Short names of the shipped blueprints, sorted.

    >>> "logic-test" in shipped_blueprints()
    True
    """
    folder = _shipped_dir()
    if folder is None:
        return []
    return sorted(p.name[: -len(".toml")] for p in folder.iterdir() if p.name.endswith(".toml"))


def load_blueprint(blueprint: str | Path | Blueprint, *, check_families: bool = True) -> Blueprint:
    """Read and validate a blueprint given by short name (shipped ones) or by path.

    Args:
        blueprint: a shipped name such as ``"logic-test"``, a path to a ``.toml``
            file, or an already loaded :class:`Blueprint` (returned as it is).
        check_families: also check that every family exists and accepts the
            section's difficulties and parameters (needs the family registry).

    Raises:
        BlueprintError: one sentence naming the file, the key, the allowed values
            and the bad value.
    """
    if isinstance(blueprint, Blueprint):
        return _check_families(blueprint) if check_families else blueprint
    if not isinstance(blueprint, (str, Path)):
        raise BlueprintError(
            f"a blueprint is a shipped name or a path to a .toml file "
            f"(got {describe_value(blueprint)})"
        )
    text, label, name = _read(blueprint)
    bp = parse_blueprint(text, label, name)
    return _check_families(bp) if check_families else bp


def _read(blueprint: str | Path) -> tuple[str, str, str]:
    """The text, the label used in messages, and the short name of a blueprint."""
    spec = str(blueprint)
    is_path = isinstance(blueprint, Path) or spec.endswith(".toml") or "/" in spec or "\\" in spec
    if not is_path:
        folder = _shipped_dir()
        if folder is not None and _is_file(folder / f"{spec}.toml"):
            data = (folder / f"{spec}.toml").read_bytes()
            return _decode(data, f"puzzles/{spec}.toml"), f"puzzles/{spec}.toml", spec
        if not _is_file(Path(spec)):
            shipped = ", ".join(shipped_blueprints()) or "none"
            raise BlueprintError(
                f"unknown blueprint {describe_value(spec)}; the shipped blueprints are "
                f"{shipped} (or give the path of a .toml file)"
            )
    path = Path(spec)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BlueprintError(f"blueprint file {shorten(spec)!r} does not exist") from None
    except IsADirectoryError:
        raise BlueprintError(f"blueprint path {shorten(spec)!r} is a folder, not a file") from None
    except OSError as exc:
        raise BlueprintError(f"cannot read blueprint {shorten(spec)!r}: {exc.strerror}") from None
    stem = path.name.removesuffix(".toml")
    return _decode(data, spec), spec, stem


def _is_file(path: Traversable) -> bool:
    """Whether ``path`` is a file; False, not OSError, for a name the system refuses."""
    try:
        return path.is_file()
    except OSError:
        return False


def _decode(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BlueprintError(f"{label} is not UTF-8 text") from None


_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def parse_blueprint(text: str, label: str = "blueprint", name: str = "blueprint") -> Blueprint:
    """Validate blueprint TOML ``text``; ``label`` names the file in messages.

    >>> parse_blueprint('title = "T"\\n[[sections]]\\nfamily = "sequence.number"\\n'
    ...                 'count = 3\\ndifficulty = "easy"\\n', "t.toml", "t").count
    3
    >>> parse_blueprint('title = "T"\\nforms = 0\\n', "t.toml")
    Traceback (most recent call last):
    ...
    logicgen.errors.BlueprintError: t.toml: forms must be an integer between 1 and 26 (got 0)
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        m = _TOML_WHERE.search(message)
        if m:
            where = f"line {m.group(1)}, column {m.group(2)}"
            message = message[: m.start()]
        else:
            where = "the end of the file"
            message = message.replace(" (at end of document)", "")
        raise BlueprintError(f"{label}: invalid TOML at {where} ({message})") from None
    except RecursionError:
        raise BlueprintError(f"{label}: nests arrays or tables too deeply to read") from None
    return _validate(raw, label, name)


def _fail(label: str, key: str, rule: str, value: object) -> BlueprintError:
    return BlueprintError(f"{label}: {key} {rule} (got {describe_value(value)})")


def _validate(raw: dict[str, Any], label: str, name: str) -> Blueprint:
    for key in raw:
        if key not in _TOP_KEYS:
            raise BlueprintError(
                f"{label}: unknown key {describe_value(key)}; the allowed keys are "
                f"{', '.join(_TOP_KEYS)}"
            )
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise _fail(label, "title", "must be non-empty text", title)
    instructions = raw.get("instructions", "")
    if not isinstance(instructions, str):
        raise _fail(label, "instructions", "must be text", instructions)
    minutes = raw.get("minutes")
    if minutes is not None and (
        isinstance(minutes, bool) or not isinstance(minutes, (int, float))
        or not 0 < minutes <= 1440 or not math.isfinite(minutes)
    ):
        raise _fail(label, "minutes", "must be a number of minutes between 0 and 1440", minutes)
    seed = raw.get("seed")
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int) or seed < 0):
        raise _fail(label, "seed", "must be a non-negative integer", seed)
    forms = raw.get("forms", 1)
    if isinstance(forms, bool) or not isinstance(forms, int) or not 1 <= forms <= MAX_FORMS:
        raise _fail(label, "forms", f"must be an integer between 1 and {MAX_FORMS}", forms)
    flags = {}
    for key in ("shuffle_questions", "shuffle_options", "rising_difficulty"):
        value = raw.get(key, False)
        if not isinstance(value, bool):
            raise _fail(label, key, "must be true or false", value)
        flags[key] = value
    raw_sections = raw.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise BlueprintError(
            f"{label}: sections must be a non-empty array of tables ([[sections]]) "
            f"(got {describe_value(raw_sections)})"
        )
    sections = tuple(_section(s, i, label) for i, s in enumerate(raw_sections))
    total = sum(s.count for s in sections)
    if total > MAX_ITEMS:
        raise BlueprintError(
            f"{label}: the sections ask for {total} items in all; the most is {MAX_ITEMS}"
        )
    return Blueprint(
        name=name,
        source=label,
        title=title.strip(),
        sections=sections,
        instructions=instructions.strip(),
        minutes=float(minutes) if minutes is not None else None,
        seed=seed,
        forms=forms,
        **flags,
    )


def _section(raw: object, index: int, label: str) -> Section:
    at = f"sections[{index}]"
    if not isinstance(raw, dict):
        raise _fail(label, at, "must be a table", raw)
    for key in raw:
        if key not in _SECTION_KEYS:
            raise BlueprintError(
                f"{label}: {at} has the unknown key {describe_value(key)}; the allowed keys "
                f"are {', '.join(_SECTION_KEYS)}"
            )
    given = [k for k in ("family", "families", "area") if k in raw]
    if len(given) != 1:
        raise BlueprintError(
            f"{label}: {at} must name exactly one of family, families or area "
            f"(got {', '.join(given) if given else 'none'})"
        )
    families: tuple[str, ...] = ()
    area = None
    if "family" in raw:
        if not isinstance(raw["family"], str) or not raw["family"]:
            raise _fail(label, f"{at}.family", "must be a family name", raw["family"])
        families = (raw["family"],)
    elif "families" in raw:
        value = raw["families"]
        if (not isinstance(value, list) or not value
                or not all(isinstance(v, str) and v for v in value)):
            raise _fail(label, f"{at}.families", "must be a non-empty list of family names", value)
        if len(set(value)) != len(value):
            raise _fail(label, f"{at}.families", "must not repeat a family", value)
        families = tuple(value)
    else:
        if not isinstance(raw["area"], str) or not raw["area"]:
            raise _fail(label, f"{at}.area", "must be an area name", raw["area"])
        area = raw["area"]
    count = raw.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise _fail(label, f"{at}.count", "must be a positive integer", count)
    if count > MAX_SECTION_COUNT:
        raise _fail(label, f"{at}.count", f"must be at most {MAX_SECTION_COUNT}", count)
    mix = _mix(raw.get("difficulty", "medium"), f"{at}.difficulty", label)
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise _fail(label, f"{at}.params", "must be a table of family parameters", params)
    if "difficulty" in params:
        raise BlueprintError(
            f"{label}: {at}.params must not set difficulty (use {at}.difficulty instead)"
        )
    return Section(families=families, count=count, mix=mix, params=dict(params), area=area)


def _mix(value: object, key: str, label: str) -> tuple[float, float, float]:
    allowed = ", ".join(DIFFICULTIES)
    if isinstance(value, str):
        if value not in DIFFICULTIES:
            raise _fail(label, key, f"must be one of {allowed} or a mix table", value)
        return tuple(1.0 if d == value else 0.0 for d in DIFFICULTIES)  # type: ignore[return-value]
    if not isinstance(value, dict) or not value:
        raise _fail(
            label, key, f"must be one of {allowed} or a table such as "
            "{ easy = 0.3, medium = 0.5, hard = 0.2 }", value,
        )
    for level, weight in value.items():
        if level not in DIFFICULTIES:
            raise _fail(label, f"{key} key", f"must be one of {allowed}", level)
        if (isinstance(weight, bool) or not isinstance(weight, (int, float))
                or not math.isfinite(weight) or weight < 0):
            raise _fail(label, f"{key}.{level}", "must be a non-negative number", weight)
    total = float(sum(value.values()))
    if total <= 0:
        raise _fail(label, key, "must give some level a positive share", value)
    return tuple(float(value.get(d, 0)) / total for d in DIFFICULTIES)  # type: ignore[return-value]


def _largest_remainder(weights: tuple[float, ...], count: int) -> list[int]:
    """Split ``count`` by ``weights``: floors, then one more to the largest remainders.

    Ties go to the earlier level, so rounding never makes a set harder.

    >>> _largest_remainder((0.3, 0.5, 0.2), 10), _largest_remainder((1/3, 1/3, 1/3), 4)
    ([3, 5, 2], [2, 1, 1])
    """
    exact = [w * count for w in weights]
    counts = [math.floor(x + 1e-9) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in order[: count - sum(counts)]:
        counts[i] += 1
    return counts


def _check_families(bp: Blueprint) -> Blueprint:
    """Resolve areas to families and check each family, difficulty and parameter."""
    from .registry import get, listing

    registered = listing()  # names and areas without importing every family module
    by_area: dict[str, list[str]] = {}
    for name, area, *_ in registered:
        by_area.setdefault(area, []).append(name)
    known = sorted(row[0] for row in registered)
    sections = []
    for index, section in enumerate(bp.sections):
        at = f"sections[{index}]"
        families = section.families
        if section.area is not None:
            if section.area not in by_area:
                raise _fail(
                    bp.source, f"{at}.area",
                    f"must be an area with registered families ({', '.join(sorted(by_area))})",
                    section.area,
                )
            families = tuple(by_area[section.area])
        key = f"{at}.family" if len(section.families) <= 1 else f"{at}.families"
        levels = [d for d, w in zip(DIFFICULTIES, section.mix) if w > 0]
        for name in families:
            if name not in known:
                try:
                    get(name)  # its message suggests close names, as `generate` does
                except UnknownFamily as exc:
                    raise BlueprintError(f"{bp.source}: {key}: {exc}") from None
            fam = get(name)
            for level in levels:
                if level not in fam.difficulties:
                    raise _fail(
                        bp.source, f"{at}.difficulty",
                        f"must use levels {name} offers ({', '.join(fam.difficulties)})", level,
                    )
                try:
                    fam.make_params(difficulty=level, **section.params)
                except InvalidParams as exc:
                    raise BlueprintError(f"{bp.source}: {at}.params for {name}: {exc}") from None
                except TypeError as exc:
                    raise BlueprintError(f"{bp.source}: {at}.params for {name}: {exc}") from None
        sections.append(replace(section, families=families))
    return replace(bp, sections=tuple(sections))


# -- building sets and forms ---------------------------------------------------------

# names that keep item seeds, question order and option order apart
_ORDER_TAG = "blueprint.order"
_OPTION_TAG = "blueprint.options"


def _slot_seed(seed: int, form: int, slot: int, attempt: int) -> int:
    from .rng import SEED_BITS, derive

    return derive("blueprint.slot", seed, form, slot, attempt) & ((1 << SEED_BITS) - 1)


def _rng(seed: int, tag: str, form: int, *more: int) -> np.random.Generator:
    from .rng import generator

    return generator(tag, seed, form, *more)


def _form_index(form: object, forms: int, label: str) -> int:
    letters = form_letters(forms)
    if isinstance(form, str) and len(form) == 1 and form.upper() in letters:
        return letters.index(form.upper())
    allowed = ", ".join(letters)
    raise InvalidParams(f"form must be one of {allowed} for {label} (got {describe_value(form)})")


def plan(bp: Blueprint) -> list[tuple[int, str, str]]:
    """The slots of every form: ``(section index, family, difficulty)`` in section order.

    The plan depends on the blueprint only, so all forms hold the same mix.
    """
    slots = []
    for index, section in enumerate(bp.sections):
        for j, level in enumerate(section.difficulties()):
            slots.append((index, section.families[j % len(section.families)], level))
    return slots


def _kind(item: Item) -> str | None:
    """The item's question kind, when its family records one."""
    kind = item.data.get("kind")
    return kind if isinstance(kind, str) else None


class _Kinds:
    """Question kinds used so far in one section, per family (all its difficulties)."""

    def __init__(self, section: Section, table: dict[str, dict[str, dict[str, Any]]]) -> None:
        self._section = section
        self._table = table
        self._used: dict[str, list[str]] = {}

    def asked(self, name: str, level: str) -> list[str]:
        """The kinds ``name`` asks at ``level`` (empty: not known, or kind fixed by params)."""
        if "kind" in self._section.params:
            return []
        kinds: list[str] = self._table.get(name, {}).get(level, {}).get("kinds", [])
        return kinds

    def unused(self, name: str, level: str) -> list[str]:
        """Kinds asked at ``level`` not yet used in this round, in the table's order."""
        used = self._used.get(name, [])
        return [k for k in self.asked(name, level) if k not in used]

    def fresh(self, name: str, level: str, kind: str | None) -> bool:
        """Whether ``kind`` may be used now: unused in this round, the round is over
        at ``level``, or it is no kind the table knows."""
        if kind is None or kind not in self.asked(name, level):
            return True
        unused = self.unused(name, level)
        return not unused or kind in unused

    def use(self, name: str, level: str, kind: str | None) -> None:
        if kind is None or kind not in self.asked(name, level):
            return
        used = self._used.setdefault(name, [])
        if not self.unused(name, level):  # every kind of this level used: a new round
            used[:] = [k for k in used if k not in self.asked(name, level)]
        used.append(kind)


def build_set(
    blueprint: str | Path | Blueprint,
    seed: int | None = None,
    form: str = "A",
) -> ProblemSet:
    """Build one form of a blueprint: verified items, in order, with the set's metadata.

    Args:
        blueprint: shipped name (``"logic-test"``), path to a ``.toml`` file, or a
            :class:`Blueprint`.
        seed: set seed; ``None`` uses the blueprint's ``seed`` or, without one, a
            fresh seed (printed in the set's header so it can be rebuilt).
        form: form letter, ``A`` up to the blueprint's number of forms.

    Returns:
        The :class:`~logicgen.problemset.ProblemSet`; the same blueprint, seed and
        form always give the same set.

    Raises:
        BlueprintError: the blueprint is missing or invalid, or a section asks for
            more distinct items than its family can make.
        InvalidParams: the seed or form is out of range.

    >>> s = build_set("sequences", seed=7, form="B")
    >>> len(s.items), s.form, s.seed, s.title
    (20, 'B', 7, 'Series drill')
    """
    from .capacity import load_table, prompt_identity
    from .core import check_seed, make_item
    from .problemset import ProblemSet
    from .registry import get

    bp = load_blueprint(blueprint)
    if seed is None:
        if bp.seed is not None:
            seed = bp.seed
        else:
            from .rng import fresh_seed

            seed = fresh_seed()
    seed = check_seed(seed)
    form_index = _form_index(form, bp.forms, bp.source)

    slots = plan(bp)
    table = load_table()
    kinds = [_Kinds(section, table) for section in bp.sections]
    params_cache: dict[tuple[int, str, str, str | None], Any] = {}

    def params_for(section_index: int, name: str, level: str, kind: str | None) -> Any:
        cache_key = (section_index, name, level, kind)
        if cache_key not in params_cache:
            extra = {} if kind is None else {"kind": kind}
            params_cache[cache_key] = get(name).make_params(
                difficulty=level, **bp.sections[section_index].params, **extra)
        return params_cache[cache_key]

    items: list[Item] = []
    seen: set[str] = set()
    for slot, (section_index, name, level) in enumerate(slots):
        fam = get(name)
        section_kinds = kinds[section_index]
        # kinds the family's parameters accept (a slot may ask for one of them)
        takes = getattr(params_for(section_index, name, level, None), "KINDS", ())
        fallback: Item | None = None  # a new prompt whose kind was used already
        for attempt in range(MAX_REDRAWS):
            want = None
            if attempt >= KIND_TRIES:
                unused = [k for k in section_kinds.unused(name, level) if k in takes]
                want = unused[0] if unused else None
            try:
                item = make_item(fam, params_for(section_index, name, level, want),
                                 _slot_seed(seed, form_index, slot, attempt))
            except LogicgenError as exc:
                raise BlueprintError(f"{bp.source}: sections[{section_index}]: {exc}") from None
            if prompt_identity(item) in seen:
                continue
            if section_kinds.fresh(name, level, _kind(item)):
                break
            fallback = fallback or item
        else:
            if fallback is None:
                section = bp.sections[section_index]
                raise BlueprintError(
                    f"{bp.source}: sections[{section_index}] asks for more distinct {name} "
                    f"items at difficulty {level} than the family can make (no new question "
                    f"in {MAX_REDRAWS} draws); lower sections[{section_index}].count "
                    f"(got {section.count})"
                )
            item = fallback
        seen.add(prompt_identity(item))
        section_kinds.use(name, level, _kind(item))
        if bp.shuffle_options and item.format == "choice":
            item = shuffle_options(item, _rng(seed, _OPTION_TAG, form_index, slot))
        items.append(item)

    order = list(range(len(items)))
    if bp.shuffle_questions:
        order = [int(i) for i in _rng(seed, _ORDER_TAG, form_index).permutation(len(items))]
    if bp.rising_difficulty:
        order.sort(key=lambda i: DIFFICULTIES.index(slots[i][2]))
    return ProblemSet(
        title=bp.title,
        items=tuple(items[i] for i in order),
        seed=seed,
        instructions=bp.instructions,
        minutes=bp.minutes,
        form=form_letters(bp.forms)[form_index],
        meta={"blueprint": bp.name, "forms": bp.forms},
    )


def shuffle_options(item: Item, rng: np.random.Generator) -> Item:
    """``item`` with its options in a new order drawn from ``rng``, key kept consistent.

    Only for ``choice`` items: true/false/uncertain items keep their fixed order.
    """
    if item.format != "choice" or item.answer_index is None:
        return item
    perm = [int(i) for i in rng.permutation(len(item.choices))]
    choices = tuple(item.choices[i] for i in perm)
    return replace(item, choices=choices, answer_index=perm.index(item.answer_index))
