"""Practice sets never repeat an item, and spread a family's question kinds over a section."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from logicgen.blueprint import build_set
from logicgen.capacity import load_table, prompt_identity


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bp.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _section(family: str, count: int, difficulty: str) -> str:
    return (f'title = "T"\n[[sections]]\nfamily = "{family}"\ncount = {count}\n'
            f'difficulty = "{difficulty}"\n')


def _kinds_at(family: str, level: str) -> list[str]:
    kinds: list[str] = load_table()[family][level]["kinds"]
    return kinds


def test_a_section_no_larger_than_the_kinds_asks_each_kind_once(tmp_path: Path) -> None:
    kinds = _kinds_at("quant.arithmetic", "easy")
    assert len(kinds) >= 4  # the table knows the family's kinds at this level
    path = _write(tmp_path, _section("quant.arithmetic", len(kinds), "easy"))
    for seed in range(6):
        got = [i.data["kind"] for i in build_set(path, seed=seed).items]
        assert sorted(got) == sorted(kinds), seed


def test_a_section_larger_than_the_kinds_deals_them_in_rounds(tmp_path: Path) -> None:
    kinds = _kinds_at("quant.arithmetic", "easy")
    count = 2 * len(kinds) + 1
    path = _write(tmp_path, _section("quant.arithmetic", count, "easy"))
    for seed in range(3):
        items = build_set(path, seed=seed).items
        got = [i.data["kind"] for i in items]
        # each full round holds every kind once; the last, partial round no kind twice
        assert sorted(got[: len(kinds)]) == sorted(kinds)
        assert sorted(got[len(kinds): 2 * len(kinds)]) == sorted(kinds)
        assert max(Counter(got).values()) - min(Counter(got).values()) <= 1
        assert len({prompt_identity(i) for i in items}) == count


def test_a_section_fixing_the_kind_keeps_it(tmp_path: Path) -> None:
    text = _section("quant.arithmetic", 5, "easy") + 'params = { kind = "fraction" }\n'
    items = build_set(_write(tmp_path, text), seed=3).items
    assert {i.data["kind"] for i in items} == {"fraction"}
    assert len({i.prompt for i in items}) == 5


def test_builds_with_kinds_are_reproducible(tmp_path: Path) -> None:
    path = _write(tmp_path, _section("quant.arithmetic", 9, "easy"))
    assert ([i.to_dict() for i in build_set(path, seed=11).items]
            == [i.to_dict() for i in build_set(path, seed=11).items])


def _no_repeats(name: str, seeds: range) -> None:
    for seed in seeds:
        s = build_set(name, seed=seed)
        keys = [prompt_identity(i) for i in s.items]
        assert len(set(keys)) == len(keys), (name, seed)
        kinds: dict[str, list[str]] = {}
        levels: dict[str, set[str]] = {}
        for item in s.items:
            if isinstance(item.data.get("kind"), str):
                kinds.setdefault(item.family, []).append(item.data["kind"])
                levels.setdefault(item.family, set()).add(item.difficulty)
        table = load_table()
        for family, got in kinds.items():
            # each family is one section there: its kinds are dealt in rounds, a
            # kind used at any level counting as used, and a round ends when a
            # slot's level has no kind left; so no kind comes more than once above
            # an even share of the kinds the levels ask (an easy "fold" may be
            # followed by the medium's only kind, "fold")
            asked = {k for level in levels[family] for k in table[family][level]["kinds"]}
            counts = Counter(got)
            share = -(-len(got) // len(asked))
            assert max(counts.values()) <= share + 1, (name, seed, family, got)
            if len(asked) >= 2 * len(got):  # kinds to spare at every level: none repeats
                assert len(counts) == len(got), (name, seed, family, got)


@pytest.mark.parametrize("name", ["logic-test", "aptitude-50"])
def test_shipped_sets_never_repeat(name: str) -> None:
    _no_repeats(name, range(1, 4))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["logic-test", "aptitude-50"])
def test_shipped_sets_never_repeat_seeds_1_to_50(name: str) -> None:
    _no_repeats(name, range(1, 51))
