"""Data for machine learning: Arrow-clean rows, Parquet, de-duplication and splits."""

from __future__ import annotations

import hashlib
import io
import json
import unicodedata
from pathlib import Path

import pyarrow as pa
import pyarrow.json as pa_json
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

import logicgen
from logicgen import Item
from logicgen.cli import cli
from logicgen.dataset import generate_dataset
from logicgen.dedupe import (
    PATIENCE,
    KeySet,
    filter_items,
    parse_split,
    prompt_key,
    split_of,
)
from logicgen.errors import InvalidParams
from logicgen.records import arrow_schema, read_items
from logicgen.registry import get

MIX = "sequence.number=2,deduction.knights:easy=1,probability.dice:hard=1,sequence.figure=1"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def every_family_lines() -> list[str]:
    """A few items of every family at every level, free-response ones first."""
    lines = []
    for family in logicgen.families():
        fam = get(family)
        for level in fam.difficulties:
            for fmt in fam.formats:
                items = logicgen.generate(family, 2, level, seed=5, format=fmt)
                lines += [item.to_json() + "\n" for item in items]
    return sorted(lines, key=lambda line: '"answer_index": null' not in line)


# -- Arrow-clean rows -----------------------------------------------------------------


def test_every_family_loads_as_one_arrow_table() -> None:
    lines = every_family_lines()
    assert '"answer_index": null' in lines[0]  # the empty-choices rows come first
    data = "".join(lines).encode("utf-8")
    # small blocks: each block's types are inferred on its own, then unified
    table = pa_json.read_json(io.BytesIO(data), read_options=pa_json.ReadOptions(block_size=8192))
    assert table.num_rows == len(lines)
    assert table.schema.equals(arrow_schema(), check_metadata=False)
    for row, line in zip(table.to_pylist(), lines):
        assert row == json.loads(line)
        assert Item.from_dict(row) == Item.from_json(line)


def test_hugging_face_json_loader_reads_a_mixture(tmp_path: Path) -> None:
    import datasets

    path = tmp_path / "mix.jsonl"
    items = generate_dataset(MIX, 60, seed=2)
    path.write_text("".join(item.to_json() + "\n" for item in items), encoding="utf-8")
    loaded = datasets.load_dataset("json", data_files=str(path), split="train",
                                   cache_dir=str(tmp_path / "cache"))
    assert loaded.column_names == sorted(arrow_schema().names)
    assert [Item.from_dict(row) for row in loaded] == items


def test_schema_1_items_still_read() -> None:
    item = logicgen.generate("deduction.knights", 1, seed=3)[0]
    old = {**item.to_dict(), "schema": "logicgen.item/1", "data": item.data}
    assert Item.from_dict(old) == item
    assert Item.from_dict(json.loads(item.to_json())) == item
    assert Item.from_dict({**item.to_dict(), "data": item.data}) == item  # an object is read too
    with pytest.raises(logicgen.InvalidItem, match="'data' has the wrong type"):
        Item.from_dict({**item.to_dict(), "data": [1, 2]})
    with pytest.raises(logicgen.InvalidItem, match="not valid JSON text"):
        Item.from_dict({**item.to_dict(), "data": "{1"})
    with pytest.raises(logicgen.InvalidItem, match="JSON text of an object"):
        Item.from_dict({**item.to_dict(), "data": "[1, 2]"})


def test_verify_reads_schema_1_files(runner: CliRunner, tmp_path: Path) -> None:
    # a file as logicgen.item/1 wrote it: the same fields, data as a nested object
    golden = Path(__file__).parent / "golden" / "deduction.knights.jsonl"
    old = tmp_path / "old.jsonl"
    lines = []
    for line in golden.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        obj["schema"], obj["data"] = "logicgen.item/1", json.loads(obj["data"])
        lines.append(json.dumps(obj, ensure_ascii=False, sort_keys=True))
    old.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["verify", str(old)])
    assert result.exit_code == 0 and f"{len(lines)} of {len(lines)} items verified" in result.output


# -- Parquet ----------------------------------------------------------------------------


def test_parquet_holds_the_jsonl_rows(runner: CliRunner, tmp_path: Path) -> None:
    jsonl, parquet = tmp_path / "a.jsonl", tmp_path / "a.parquet"
    for out, fmt in ((jsonl, "jsonl"), (parquet, "parquet")):
        result = runner.invoke(cli, ["generate", "sequence.number", "-n", "300", "-s", "4",
                                     "-f", fmt, "--jobs", "2", "-o", str(out)])
        assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    meta = pq.ParquetFile(parquet).metadata
    assert meta.row_group(0).column(0).compression == "ZSTD"
    assert pq.read_table(parquet).to_pylist() == rows


def test_parquet_streams_in_row_groups(tmp_path: Path, monkeypatch) -> None:
    from logicgen import records

    monkeypatch.setattr(records, "ROW_GROUP", 40)
    items = logicgen.generate("sequence.letter", 130, seed=1)
    blocks = ["".join(i.to_json() + "\n" for i in items[k:k + 25]) for k in range(0, 130, 25)]
    path = tmp_path / "x.parquet"
    assert records.write_parquet(blocks, path) == 130
    meta = pq.ParquetFile(path).metadata
    assert [meta.row_group(k).num_rows for k in range(meta.num_row_groups)] == [50, 50, 30]
    assert read_items(path) == items


def test_dataset_parquet_shards_join_up(runner: CliRunner, tmp_path: Path) -> None:
    paths = []
    for k in (1, 2, 3):
        path = tmp_path / f"part-{k}.parquet"
        result = runner.invoke(cli, ["dataset", MIX, "-n", "50", "-s", "9", "--shard", f"{k}/3",
                                     "-o", str(path)])
        assert result.exit_code == 0, result.output
        paths.append(path)
    joined = pa.concat_tables([pq.read_table(p) for p in paths]).to_pylist()
    assert [Item.from_dict(row) for row in joined] == generate_dataset(MIX, 50, seed=9)


def test_build_and_verify_parquet(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "set.parquet"
    result = runner.invoke(cli, ["build", "quick-10", "-s", "3", "-o", str(path)])
    assert result.exit_code == 0, result.output
    from logicgen.blueprint import build_set

    assert read_items(path) == list(build_set("quick-10", seed=3).items)
    result = runner.invoke(cli, ["verify", str(path)])
    assert result.exit_code == 0 and "10 of 10 items verified" in result.output


# -- de-duplication and splits ----------------------------------------------------------


def test_prompt_key_is_blake2b_of_the_normalised_text() -> None:
    # recomputed here from the documented rule, independently of the module
    text = unicodedata.normalize("NFKC", "Next term?\n\n2, 4").casefold()
    text = " ".join(text.split()) + "\n" + "8"
    digest = hashlib.blake2b(text.encode(), digest_size=8, person=b"logicgen.prompt").digest()
    assert prompt_key("  NEXT term?\n\n2,   4 ", "8") == int.from_bytes(digest, "little")


def test_key_set_against_a_python_set() -> None:
    import random

    rng = random.Random(4)
    keys, reference = KeySet(4), set()
    for _ in range(5000):
        key = rng.getrandbits(64) if rng.random() < 0.7 else rng.choice([0, 1, 2, 3])
        assert keys.add(key) == ((key or 1) not in reference)
        reference.add(key or 1)
    assert len(keys) == len(reference)
    assert all(k in keys for k in reference) and 12345 not in keys
    assert keys.nbytes <= 32 * len(reference) + 1024


def test_unique_is_deterministic_and_has_no_repeats(runner: CliRunner, tmp_path: Path) -> None:
    outs = []
    for name in ("a.jsonl", "b.jsonl"):
        out = tmp_path / name
        result = runner.invoke(cli, ["generate", "probability.dice", "-d", "easy", "-n", "120",
                                     "-s", "1", "-f", "jsonl", "--unique", "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert "120 items written; dropped" in result.stderr
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]
    items = [Item.from_json(line) for line in outs[0].splitlines()]
    assert len(items) == 120
    assert len({" ".join(f"{i.prompt}\n{i.answer}".split()).casefold() for i in items}) == 120
    # the kept items are the first distinct ones in slot order
    every = logicgen.generate("probability.dice", 600, "easy", seed=1)
    first, seen = [], set()
    for item in every:
        key = " ".join(f"{item.prompt}\n{item.answer}".split()).casefold()
        if key not in seen:
            seen.add(key)
            first.append(item)
    assert items == first[:120]


def test_unique_does_not_depend_on_jobs(runner: CliRunner, tmp_path: Path) -> None:
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        result = runner.invoke(cli, ["dataset", "probability.dice:easy=1,sequence.letter=1", "-n",
                                     "150", "-s", "2", "--unique", "--jobs", jobs, "-o", str(out)])
        assert result.exit_code == 0, result.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_exclude_leaves_out_a_test_set(runner: CliRunner, tmp_path: Path) -> None:
    test_set = tmp_path / "test.parquet"
    result = runner.invoke(cli, ["generate", "sequence.number", "-d", "easy", "-n", "200", "-s",
                                 "8", "-f", "parquet", "-o", str(test_set)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "train.jsonl"
    result = runner.invoke(cli, ["generate", "sequence.number", "-d", "easy", "-n", "300", "-s",
                                 "8", "-f", "jsonl", "--exclude", str(test_set), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "dropped" in result.stderr and "excluded" in result.stderr
    held_out = {(r["prompt"], r["answer"]) for r in pq.read_table(test_set).to_pylist()}
    train = [Item.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(train) == 300
    assert not {(i.prompt, i.answer) for i in train} & held_out


def test_splits_are_disjoint_and_cover_the_slots(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "mix.jsonl"
    result = runner.invoke(cli, ["dataset", MIX, "-n", "200", "-s", "5",
                                 "--split", "train=0.75,test=1/4", "-o", str(out)])
    assert result.exit_code == 0, result.output
    parts = {name: [Item.from_json(line) for line in
                    (tmp_path / f"mix-{name}.jsonl").read_text(encoding="utf-8").splitlines()]
             for name in ("train", "test")}
    assert not out.exists()
    whole = generate_dataset(MIX, 200, seed=5)
    splits = parse_split("train=0.75,test=1/4")
    for name, items in parts.items():
        assert items == [i for i in whole if split_of(i, splits) == name]
    keys = {name: {prompt_key(i.prompt, i.answer) for i in items} for name, items in parts.items()}
    assert not keys["train"] & keys["test"]
    assert 100 < len(parts["train"]) < 190  # about three quarters
    # the split of an item: the first share whose running total exceeds u * 4 >> 64
    for item in whole[:30]:
        expected = "train" if (prompt_key(item.prompt, item.answer) * 4) >> 64 < 3 else "test"
        assert split_of(item, splits) == expected


def test_parquet_splits(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "mix.parquet"
    result = runner.invoke(cli, ["dataset", MIX, "-n", "60", "-s", "5", "--split",
                                 "train=0.5,test=0.5", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mix-test.parquet", "mix-train.parquet"]
    rows = [r for name in ("train", "test") for r in pq.read_table(tmp_path / f"mix-{name}.parquet")
            .to_pylist()]
    assert sorted(r["code"] for r in rows) == sorted(i.code for i in generate_dataset(MIX, 60, 5))


def test_unique_beyond_capacity_stops_with_a_sentence() -> None:
    items = logicgen.generate("sequence.number", 3, seed=1)
    with pytest.raises(InvalidParams, match=r"only 3 distinct items .* sequence.number at "
                                            r"difficulty 'easy' .* fewer than the 5 asked for"):
        list(filter_items(iter(items * (PATIENCE + 1)), 5, unique=True,
                          what="sequence.number at difficulty 'easy'"))


# -- bad input: one sentence, exit 2, nothing at the output path --------------------------


def _no_pyarrow(monkeypatch) -> None:
    """Make ``import pyarrow`` fail as it does where pyarrow is not installed."""
    import sys

    for name in ("pyarrow", "pyarrow.parquet", "pyarrow.json"):
        monkeypatch.setitem(sys.modules, name, None)


def _exclude_files(tmp_path: Path) -> dict[str, Path]:
    files = {"notes.txt": "just some notes\n", "list.jsonl": "[1, 2]\n",
             "fake.parquet": "PAR1 not really"}
    out = {}
    for name, text in files.items():
        out[name] = tmp_path / name
        out[name].write_text(text, encoding="utf-8")
    return out


BAD = [
    (["generate", "sequence.number", "-n", "5", "-s", "1", "-f", "parquet"],
     "-f parquet needs a file"),
    (["dataset", MIX, "-n", "20", "-s", "1", "--split", "train=0.9,test=0.2", "-o", "OUT"],
     "split shares must add up to 1"),
    (["dataset", MIX, "-n", "20", "-s", "1", "--split", "0.9", "-o", "OUT"],
     "split must be NAME=SHARE"),
    (["dataset", MIX, "-n", "20", "-s", "1", "--split", "", "-o", "OUT"],
     "split must be NAME=SHARE"),
    (["dataset", MIX, "-n", "20", "-s", "1", "--split", "a=0.5,a=0.5", "-o", "OUT"],
     'split names "a" twice'),
    (["dataset", MIX, "-n", "20", "-s", "1", "--split", "train=1"], "--split needs -o FILE"),
    (["generate", "sequence.number", "-n", "5", "-s", "1", "-f", "jsonl", "--exclude",
      "missing.jsonl", "-o", "OUT"], "--exclude file 'missing.jsonl' does not exist"),
    (["generate", "sequence.number", "-n", "5", "-s", "1", "-f", "jsonl", "--exclude",
      "notes.txt", "-o", "OUT"], "is neither JSON Lines nor Parquet"),
    (["generate", "sequence.number", "-n", "5", "-s", "1", "-f", "jsonl", "--exclude",
      "list.jsonl", "-o", "OUT"], "line 1 is not an item"),
    (["generate", "sequence.number", "-n", "5", "-s", "1", "-f", "jsonl", "--exclude",
      "fake.parquet", "-o", "OUT"], "is not a readable Parquet file"),
    (["generate", "sequence.number", "-n", "5", "-s", "1", "-f", "text", "--unique", "-o", "OUT"],
     "--unique and --exclude apply to -f jsonl or -f parquet"),
    (["dataset", MIX, "-n", "20", "-s", "1", "--unique", "--shard", "1/2", "-o", "OUT"],
     "cannot be used with --shard"),
    (["generate", "probability.dice", "-d", "easy", "-n", "1500", "-s", "1", "-f", "parquet",
      "--unique", "-o", "OUT"], "probability.dice at difficulty 'easy'"),
    (["dataset", "probability.dice:easy", "-n", "1500", "-s", "1", "--unique", "--split",
      "train=0.5,test=0.5", "-o", "OUT"], "fewer than the 1500 asked for"),
]


@pytest.mark.parametrize(("args", "message"), BAD, ids=lambda v: v if isinstance(v, str) else None)
def test_bad_input(runner: CliRunner, tmp_path: Path, monkeypatch, args, message) -> None:
    from logicgen import dedupe

    monkeypatch.setattr(dedupe, "PATIENCE", 300)  # a family's capacity shows sooner
    if "1500" in args:  # a family far smaller than asked: items that differ only by
        whole = dedupe.prompt_key  # their prompt count as one, keyed by the answer alone
        monkeypatch.setattr(dedupe, "prompt_key", lambda prompt, answer: whole("", answer))
    monkeypatch.chdir(tmp_path)
    _exclude_files(tmp_path)
    out = tmp_path / "out.jsonl"
    args = [str(out) if a == "OUT" else a for a in args]
    result = runner.invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(_exclude_files(tmp_path))


@pytest.mark.parametrize("args", [
    ["generate", "sequence.number", "-n", "5", "-s", "1", "-f", "parquet", "-o", "x.parquet"],
    ["dataset", MIX, "-n", "5", "-s", "1", "-o", "x.parquet"],
    ["build", "quick-10", "-s", "1", "-o", "x.parquet"],
])
def test_parquet_without_pyarrow(runner: CliRunner, tmp_path: Path, monkeypatch, args) -> None:
    monkeypatch.chdir(tmp_path)
    _no_pyarrow(monkeypatch)
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert result.output.strip() == ('Error: -f parquet needs the pyarrow package: install it '
                                     'with pip install "logicgen[data]"')
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("module", "call", "extra"), [
    ("datasets", lambda: __import__("logicgen.hf").hf.dataset("sequence.number", 5, 1), "hf"),
    ("ray", lambda: __import__("logicgen.ray").ray.read_items("sequence.number", 5, 1), "ray"),
    ("reasoning_gym", lambda: __import__("logicgen.integrations.reasoning_gym").integrations
     .reasoning_gym.register(), "rl"),
    ("verifiers", lambda: __import__("logicgen.integrations.verifiers").integrations
     .verifiers.load_environment("sequence.number", count=2), "rl"),
])
def test_missing_extras_say_what_to_install(monkeypatch, module, call, extra) -> None:
    import sys

    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(logicgen.LogicgenError) as caught:
        call()
    assert str(caught.value).endswith(f'needs the {module} package: install it with '
                                      f'pip install "logicgen[{extra}]"')
