"""Seeds, item codes, generation and the table of bad inputs for the library."""

from __future__ import annotations

import pytest

import logicgen
from logicgen import GenerationFailed, InvalidCode, InvalidParams, UnknownFamily
from logicgen.core import item_code, make_item
from logicgen.errors import LogicgenError
from logicgen.registry import get
from logicgen.rng import decode_seed, derive, encode_seed, item_seed, streams

FAMILY = "sequence.number"


def _blake(text: str, size: int) -> bytes:
    import hashlib

    return hashlib.blake2b(text.encode(), digest_size=size, key=b"logicgen.seed/2").digest()


def test_item_seeds_are_keyed_blake2b_of_set_seed_and_slot() -> None:
    # Worked from hashlib's documented BLAKE2b and the contract in rng.py, not from derive.
    expected = int.from_bytes(_blake("item\x1f7\x1f3", 8), "little") & (2**50 - 1)
    assert item_seed(7, 3) == expected
    assert item_seed(7, 3) != item_seed(8, 2)  # never seed + index
    assert derive("ab", 1) != derive("a", "b1")  # parts cannot run into each other


def test_item_streams_are_pcg64_states_from_blake2b() -> None:
    import numpy as np

    digest = _blake("sequence.number\x1fmedium\x1f12345\x1f1", 32)
    bits = np.random.PCG64(0)
    bits.state = {"bit_generator": "PCG64",
                  "state": {"state": int.from_bytes(digest[:16], "little"),
                            "inc": int.from_bytes(digest[16:], "little") | 1},
                  "has_uint32": 0, "uinteger": 0}
    expected = np.random.Generator(bits).random(5).tolist()
    logic, wording = streams(12345, "sequence.number", "medium")
    assert wording.random(5).tolist() == expected
    assert logic.random(5).tolist() != expected  # the logic stream is another one
    # the same once the thread's pair of generators exists and is re-seeded
    streams(99, "sequence.number", "medium")
    logic, wording = streams(12345, "sequence.number", "medium")
    assert wording.random(5).tolist() == expected


def test_streams_are_reseeded_for_every_item() -> None:
    first = streams(1, "sequence.number")[0].random(3).tolist()
    streams(2, "sequence.number")[0].random(3)
    assert streams(1, "sequence.number")[0].random(3).tolist() == first


def test_neighbouring_set_seeds_share_no_items() -> None:
    a = {i.prompt for i in logicgen.generate(FAMILY, count=200, seed=1, difficulty="hard")}
    b = {i.prompt for i in logicgen.generate(FAMILY, count=200, seed=2, difficulty="hard")}
    assert len(a & b) <= 2


@pytest.mark.parametrize("seed", [0, 1, 31, 32, 2**50 - 1, 123456789012])
def test_seed_text_round_trip(seed: int) -> None:
    text = encode_seed(seed)
    assert len(text) == 10 and decode_seed(text) == seed and decode_seed(text.lower()) == seed


def test_base32_digits() -> None:
    assert encode_seed(32) == "0000000010"
    assert encode_seed(31) == "000000000Z"


def test_same_seed_same_items_and_different_seed_different_items() -> None:
    a = logicgen.generate(FAMILY, count=5, seed=3)
    b = logicgen.generate(FAMILY, count=5, seed=3)
    c = logicgen.generate(FAMILY, count=5, seed=4)
    assert a == b
    assert [i.prompt for i in a] != [i.prompt for i in c]


def test_generate_iter_start_gives_a_slice_of_the_set() -> None:
    whole = logicgen.generate(FAMILY, count=6, seed=12)
    tail = list(logicgen.generate_iter(FAMILY, count=3, seed=12, start=3))
    assert tail == whole[3:]


def test_codes_regenerate_with_parameters() -> None:
    item = logicgen.generate(FAMILY, count=1, seed=8, difficulty="hard", format="numeric")[0]
    assert "+format=numeric" in item.code
    assert item.code.startswith(f"{FAMILY}-h{get(FAMILY).version}-")
    assert logicgen.from_code(item.code) == item
    assert item.choices == ()


def test_code_of_another_generator_version_is_refused() -> None:
    item = logicgen.generate(FAMILY, count=1, seed=8)[0]
    version = get(FAMILY).version
    old = item.code.replace(f"-m{version}-", f"-m{version + 1}-")
    with pytest.raises(InvalidCode, match="version"):
        logicgen.from_code(old)


def test_fresh_seed_when_none() -> None:
    items = logicgen.generate(FAMILY, count=1)
    assert logicgen.from_code(items[0].code) == items[0]


def test_generation_failure_names_family_difficulty_and_seed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from logicgen import registry

    fam = get(FAMILY)
    # A solver that never agrees: every draw fails verification.
    broken = type(fam)(**{**fam.__dict__, "solver": lambda data, choices: []})
    monkeypatch.setitem(registry._REGISTRY, FAMILY, broken)
    with pytest.raises(GenerationFailed) as info:
        make_item(broken, fam.make_params(difficulty="hard"), 1234)
    text = str(info.value)
    assert FAMILY in text and "'hard'" in text and "1234" in text
    assert "the solver found 0 answers" in text
    assert isinstance(info.value, ValueError)


BAD_CALLS = [
    ({"family": "sequence.numbr"}, UnknownFamily, 'unknown family "sequence.numbr"; did you mean'),
    ({"family": "number"}, UnknownFamily, "did you mean sequence.number?"),
    ({"family": "nothing.here"}, UnknownFamily, 'unknown family "nothing.here"'),
    ({"difficulty": "extreme"}, InvalidParams, 'difficulty must be one of easy, medium, hard (got "extreme")'),
    ({"count": 0}, InvalidParams, "count must be between 1 and 10000000 (got 0)"),
    ({"count": -3}, InvalidParams, "count must be between 1 and 10000000 (got -3)"),
    ({"count": 10**9}, InvalidParams, "count must be between 1 and 10000000 (got 1000000000)"),
    ({"count": "ten"}, InvalidParams, 'count must be a positive integer (got "ten")'),
    ({"seed": -1}, InvalidParams, "seed must be between 0 and 9223372036854775807 (got -1)"),
    ({"seed": 1.5}, InvalidParams, "seed must be a non-negative integer (got 1.5)"),
    ({"seed": "7"}, InvalidParams, 'seed must be a non-negative integer (got "7")'),
    ({"format": "essay"}, InvalidParams, 'format must be one of choice, tfu, numeric (got "essay")'),
    ({"n_options": 2}, InvalidParams, "n_options must be between 3 and 8 (got 2)"),
    ({"n_option": 4}, InvalidParams, "did you mean n_options"),
]


@pytest.mark.parametrize(("kwargs", "error", "message"), BAD_CALLS)
def test_bad_input_table(kwargs: dict, error: type[LogicgenError], message: str) -> None:
    call = {"family": FAMILY, "count": 1, "seed": 1, **kwargs}
    with pytest.raises(error) as info:
        logicgen.generate(call.pop("family"), **call)
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)
    if error is UnknownFamily and "did you mean" in message:
        assert "sequence.number" in str(info.value)


_V = logicgen.get_family("sequence.number").version  # codes of the current version
BAD_CODES = [
    ("", "is not an item code"),
    ("sequence.number", "is not an item code"),
    ("sequence.number-x1-0000000000", "is not an item code"),
    (f"sequence.number-m{_V}-00000", "is not an item code"),
    ("nothing.here-m1-0000000000", 'unknown family "nothing.here"'),
    (f"sequence.number-m{_V}-0000000000+bogus=3", "has no parameter"),
    (f"sequence.number-m{_V}-0000000000+format", "malformed parameter"),
    (f"sequence.number-m{_V}-000000000U", "is not an item code"),
]


@pytest.mark.parametrize(("code", "message"), BAD_CODES)
def test_bad_codes(code: str, message: str) -> None:
    with pytest.raises(LogicgenError) as info:
        logicgen.from_code(code)
    assert message in str(info.value)


def test_item_code_format() -> None:
    fam = get(FAMILY)
    code = item_code(fam, fam.make_params(difficulty="easy"), 32)
    assert code == f"sequence.number-e{fam.version}-0000000010"


def test_seeds_are_derived_in_rng_alone() -> None:
    import re
    from pathlib import Path

    package = Path(logicgen.__file__).parent
    pattern = re.compile(r"SeedSequence|default_rng|randbits|secrets\.|random\.seed")
    offenders = [str(path.relative_to(package)) for path in package.rglob("*.py")
                 if path.name != "rng.py" and pattern.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
