"""Making items: from (family, parameters, item seed) to a verified :class:`Item`.

Item codes look like ``sequence.number-m1-3Q7ZK1M2AB``: the family, the
difficulty's first letter and the generator version, then the 50-bit item seed
in base 32. Parameters other than the defaults follow after ``+`` as
``key=value`` pairs, e.g. ``sequence.number-h1-0000000042+format=numeric``.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import GenerationFailed, InvalidCode, InvalidParams, describe_value
from .item import Item
from .kit.draft import settle
from .registry import DIFFICULTIES, BaseParams, Family, get
from .rng import MAX_SET_SEED, decode_seed, encode_seed, item_seed, streams
from .timing import CAPS
from .verification import problems

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["MAX_COUNT", "Maker", "draw_item", "generate", "generate_iter", "item_code",
           "item_from_code", "make_item"]

MAX_COUNT = 10_000_000
MAX_ATTEMPTS = 200
_CODE = re.compile(
    r"^(?P<family>[a-z0-9_]+\.[a-z0-9_]+)-(?P<diff>[emh])(?P<version>\d+)-(?P<seed>[0-9A-Za-z]{10})"
    r"(?:\+(?P<extra>.*))?$"
)


def check_seed(seed: object, name: str = "seed") -> int:
    """Validate a set seed: a non-negative integer below 2**63."""
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise InvalidParams(f"{name} must be a non-negative integer (got {describe_value(seed)})")
    if not 0 <= seed <= MAX_SET_SEED:
        raise InvalidParams(f"{name} must be between 0 and {MAX_SET_SEED} (got {seed})")
    return seed


def check_count(count: object) -> int:
    if isinstance(count, bool) or not isinstance(count, int):
        raise InvalidParams(f"count must be a positive integer (got {describe_value(count)})")
    if not 1 <= count <= MAX_COUNT:
        raise InvalidParams(f"count must be between 1 and {MAX_COUNT} (got {count})")
    return count


def _extras(params: BaseParams) -> dict[str, Any]:
    """Parameters that differ from the family's defaults (difficulty excepted)."""
    defaults = type(params)(difficulty=params.difficulty)
    out = {}
    for f in dataclasses.fields(params):
        value = getattr(params, f.name)
        if f.name != "difficulty" and value != getattr(defaults, f.name):
            out[f.name] = value
    return out


def item_code(fam: Family, params: BaseParams, seed: int) -> str:
    """The short code that regenerates the item of ``fam`` with ``params`` and ``seed``."""
    prefix, suffix = _code_parts(fam, params)
    return prefix + encode_seed(seed) + suffix


def _code_parts(fam: Family, params: BaseParams) -> tuple[str, str]:
    """The parts of an item code before and after the seed (the same for a whole set)."""
    extras = _extras(params)
    suffix = "+" + ",".join(f"{k}={_format_value(v)}" for k, v in extras.items()) if extras else ""
    return f"{fam.name}-{params.difficulty[0]}{fam.version}-", suffix


def _format_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        text = str(value)
        if re.search(r"[,+=\s]", text):
            raise InvalidParams(f"parameter value {value!r} cannot be written in an item code")
        return text
    raise InvalidParams(f"parameter value {value!r} cannot be written in an item code")


def _parse_value(text: str) -> Any:
    if text in ("true", "false"):
        return text == "true"
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d*(e-?\d+)?", text):
        return float(text)
    return text


def draw_item(fam: Family, params: BaseParams, logic: np.random.Generator,
              wording: np.random.Generator, code: str) -> Item | None:
    """One draw worded into an unverified :class:`Item`; ``None`` when the options
    miss the key. :func:`make_item` verifies it and draws again until it passes."""
    draft = fam.generate(params, logic)
    words = fam.render(draft, params, wording)
    draft = settle(draft, words)
    numeric = params.format == "numeric"
    if words.choices is not None:
        choices = list(words.choices)
    else:
        choices = [] if numeric else fam.options(draft, params, wording)
    if numeric:
        answer_index = None
    elif draft.answer in choices:
        answer_index = choices.index(draft.answer)
    else:
        return None
    return Item(
        code=code,
        family=fam.name,
        difficulty=params.difficulty,
        score=round(float(draft.score), 3),
        format=params.format,
        prompt=words.prompt,
        choices=tuple(choices),
        answer=draft.answer,
        answer_index=answer_index,
        explanation=fam.explain(draft),
        data=draft.data,
    )


def make_item(
    fam: Family, params: BaseParams, seed: int, *, code_parts: tuple[str, str] | None = None
) -> Item:
    """Draw, word, explain and verify one item; redraw until it verifies, its
    solver-measured difficulty (:meth:`Family.measure`, which becomes its
    ``score``) is within the level's band, and its estimated solving time is
    within the level's cap (:data:`logicgen.timing.CAPS`).

    ``code_parts`` (from :func:`_code_parts`) saves recomputing the code's fixed
    parts for every item of a set.

    Raises:
        GenerationFailed: when no verified item came out of ``MAX_ATTEMPTS`` draws.
    """
    logic, wording = streams(seed, fam.name, params.difficulty)
    prefix, suffix = code_parts or _code_parts(fam, params)
    code = prefix + encode_seed(seed) + suffix
    timed = params.timed()
    cap = CAPS.get(params.difficulty) if timed else None
    band = fam.band(params.difficulty) if timed else None
    reason = ""
    for _ in range(MAX_ATTEMPTS):
        item = draw_item(fam, params, logic, wording, code)
        if item is None:
            reason = "the rendered options do not contain the answer"
            continue
        # The checks are pure functions of the item, so their order does not change
        # which draw is kept; the cheap ones go first, the solver's verification last.
        try:
            measured = fam.measure(item.data)
        except Exception:
            # an effort measure may not cope with an item its solver rejects: let
            # verification say what is wrong; re-raise if it finds nothing
            found = problems(item)
            if found:
                reason = found[0]
                continue
            raise
        if measured is not None:
            # the item is new and not yet seen by anyone: set its score in place
            # rather than copy it (dataclasses.replace costs as much as a cheap solver)
            object.__setattr__(item, "score", measured)
            if band is not None and not band[0] <= measured <= band[1]:
                reason = (f"its solver-measured difficulty {measured:g} is outside the "
                          f"level's band {band[0]:g} to {band[1]:g}")
                continue
        if cap is not None and item.seconds > cap:
            reason = f"its estimated solving time ({item.seconds} s) is over the level's {cap:g} s"
            continue
        found = problems(item)
        if found:
            reason = found[0]
            continue
        return item
    raise GenerationFailed(fam.name, params.difficulty, seed, MAX_ATTEMPTS, reason)


class Maker:
    """One family at fixed parameters, making verified items from item seeds.

    The one generation loop: :func:`generate_iter`, the parallel runner and
    mixed datasets all make their items through it.
    """

    __slots__ = ("fam", "params", "parts")

    def __init__(self, fam: Family, params: BaseParams) -> None:
        self.fam, self.params = fam, params
        self.parts = _code_parts(fam, params)

    def item(self, seed: int) -> Item:
        """The verified item with item seed ``seed``."""
        return make_item(self.fam, self.params, seed, code_parts=self.parts)

    def slots(self, set_seed: int, start: int, stop: int) -> Iterator[Item]:
        """The items of slots ``start .. stop - 1`` of the set drawn with ``set_seed``."""
        for index in range(start, stop):
            yield self.item(item_seed(set_seed, index))


def _checked_when_called(
    make: Callable[..., Iterator[Item]],
) -> Callable[..., Iterator[Item]]:
    """Check :func:`generate_iter`'s arguments when it is called.

    A generator function runs nothing until its first ``next()``, so a bad
    family, count, seed or parameter would otherwise surface far from the call.
    """

    @functools.wraps(make)
    def checked(family: str, count: int = 10, difficulty: str = "medium",
                seed: int | None = None, *, start: int = 0, **params: Any) -> Iterator[Item]:
        fam = get(family)
        check_count(count)
        if seed is not None:
            check_seed(seed)
        if isinstance(start, bool) or not isinstance(start, int) or start < 0:
            raise InvalidParams(
                f"start must be a non-negative integer (got {describe_value(start)})")
        fam.make_params(difficulty=difficulty, **params)
        return make(family, count, difficulty, seed, start=start, **params)

    return checked


@_checked_when_called
def generate_iter(
    family: str,
    count: int = 10,
    difficulty: str = "medium",
    seed: int | None = None,
    *,
    start: int = 0,
    **params: Any,
) -> Iterator[Item]:
    """Lazily yield ``count`` verified items of ``family`` (see :func:`generate`).

    ``start`` skips to slot ``start`` of the set, so slices of one set can be made
    separately and joined.
    """
    fam = get(family)
    count = check_count(count)
    if seed is None:
        from .rng import fresh_seed

        seed = fresh_seed()
    seed = check_seed(seed)
    if isinstance(start, bool) or not isinstance(start, int) or start < 0:
        raise InvalidParams(f"start must be a non-negative integer (got {describe_value(start)})")
    yield from Maker(fam, fam.make_params(difficulty=difficulty, **params)).slots(
        seed, start, start + count)


def generate(
    family: str,
    count: int = 10,
    difficulty: str = "medium",
    seed: int | None = None,
    **params: Any,
) -> list[Item]:
    """Generate ``count`` verified items of one family.

    Args:
        family: a registered name such as ``sequence.number`` (``logicgen.families()``).
        count: how many items, 1 to 10,000,000.
        difficulty: ``easy``, ``medium`` or ``hard``.
        seed: set seed (a non-negative integer). The same family, parameters and
            seed give the same items on any machine; ``None`` draws a fresh seed.
        **params: family parameters, e.g. ``format="numeric"`` or ``n_options=4``.

    Returns:
        The items, in slot order.

    Raises:
        UnknownFamily: ``family`` is not registered (close names are suggested).
        InvalidParams: a parameter, the count or the seed is out of range.
        GenerationFailed: a verified item could not be made within the retry budget.

    >>> [item.code for item in generate("sequence.number", count=2, difficulty="easy", seed=7)]
    ['sequence.number-e4-...', 'sequence.number-e4-...']
    """
    return list(generate_iter(family, count, difficulty, seed, **params))


def item_from_code(code: str) -> Item:
    """Regenerate the item named by ``code`` (see the module docstring for the format)."""
    if not isinstance(code, str):
        raise InvalidCode(f"an item code must be text (got {describe_value(code)})")
    m = _CODE.match(code.strip())
    if not m:
        raise InvalidCode(
            f"{describe_value(code)} is not an item code; codes look like "
            "'sequence.number-m1-3Q7ZK1M2AB'"
        )
    try:
        seed = decode_seed(m.group("seed"))
    except ValueError as exc:
        raise InvalidCode(f"{describe_value(code)} is not an item code ({exc})") from None
    fam = get(m.group("family"))
    version = int(m.group("version"))
    if version != fam.version:
        raise InvalidCode(
            f"item code {describe_value(code)} was made by version {version} of the "
            f"{fam.name} generator; this logicgen has version {fam.version}"
        )
    difficulty = {d[0]: d for d in DIFFICULTIES}[m.group("diff")]
    extras: dict[str, Any] = {}
    if m.group("extra") == "":
        raise InvalidCode(f"item code {describe_value(code)} ends with '+' but gives no "
                          "parameters after it")
    if m.group("extra"):
        for pair in m.group("extra").split(","):
            key, sep, value = pair.partition("=")
            if not sep or not key:
                raise InvalidCode(f"{describe_value(code)} has a malformed parameter "
                                  f"{describe_value(pair)}")
            if key in extras:
                raise InvalidCode(f"item code {describe_value(code)} gives the parameter "
                                  f"{describe_value(key)} twice")
            if key == "difficulty":
                raise InvalidCode(f"item code {describe_value(code)} gives difficulty as a "
                                  "parameter; the letter after the family name sets it "
                                  "(e, m or h)")
            extras[key] = _parse_value(value)
    try:
        params = fam.make_params(difficulty=difficulty, **extras)
    except InvalidParams as exc:
        raise InvalidCode(f"item code {describe_value(code)}: {exc}") from None
    return make_item(fam, params, seed)
