"""Hugging Face datasets, Ray Data, and the reasoning-gym / verifiers adapters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import logicgen
from logicgen import Item
from logicgen.dataset import generate_dataset
from logicgen.integrations.extract import extract_answer, score_response

MIX = "sequence.number=2,deduction.knights:easy=1,probability.dice:hard=1,sequence.figure=1"


# -- Hugging Face datasets --------------------------------------------------------------


def test_hf_dataset_rows_are_the_cli_rows(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from logicgen import hf
    from logicgen.cli import cli

    out = tmp_path / "mix.jsonl"
    result = CliRunner().invoke(cli, ["dataset", MIX, "-n", "40", "-s", "6", "-o", str(out)])
    assert result.exit_code == 0, result.output
    expected = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for num_proc in (1, 2):
        ds = hf.dataset(MIX, 40, 6, num_proc=num_proc, cache_dir=str(tmp_path / f"c{num_proc}"))
        assert ds.to_list() == expected
    # a family name gives the rows of `logicgen generate`
    single = hf.dataset("sequence.letter", 12, 2, cache_dir=str(tmp_path / "c3"))
    assert [Item.from_dict(r) for r in single] == logicgen.generate("sequence.letter", 12, seed=2)


def test_hf_dataset_dict_splits_share_no_prompt(tmp_path: Path) -> None:
    from logicgen import hf
    from logicgen.dedupe import parse_split, split_of

    parts = hf.to_dataset_dict(MIX, 80, 3, {"train": 0.8, "test": 0.2},
                               cache_dir=str(tmp_path / "c"))
    assert list(parts) == ["train", "test"]
    whole = generate_dataset(MIX, 80, seed=3)
    splits = parse_split("train=0.8,test=0.2")
    for name, ds in parts.items():
        assert [Item.from_dict(r) for r in ds] == [i for i in whole if split_of(i, splits) == name]
    train = {(r["prompt"], r["answer"]) for r in parts["train"]}
    assert not train & {(r["prompt"], r["answer"]) for r in parts["test"]}


def test_hf_bad_num_proc() -> None:
    from logicgen import hf

    with pytest.raises(logicgen.InvalidParams, match=r"num_proc must be .* \(got 0\)"):
        hf.dataset("sequence.number", 5, 1, num_proc=0)


# -- Ray Data ------------------------------------------------------------------------------


# Ray's own DataContext reads its deprecated settings and warns about them
# (Ray 2.60: use_push_based_shuffle, use_polars); nothing in logicgen sets them.
ray_warnings = pytest.mark.filterwarnings(r"ignore:`use_\w+` is deprecated:DeprecationWarning")


@pytest.fixture(scope="module")
def local_ray():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             configure_logging=False)
    yield ray
    ray.shutdown()


@ray_warnings
def test_ray_rows_and_parquet_match_a_single_process(local_ray, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from logicgen.ray import read_items

    whole = generate_dataset(MIX, 90, seed=4)
    ds = read_items(MIX, 90, 4, shards=3, preserve_order=True)
    assert [Item.from_dict(row) for row in ds.take_all()] == whole
    # the example's path: written as Parquet by the Ray workers, read back in slot order
    out = tmp_path / "bank"
    read_items(MIX, 90, 4, shards=3).write_parquet(str(out))
    rows = pq.read_table(out).to_pylist()
    assert sorted(json.dumps(r, sort_keys=True) for r in rows) == sorted(
        json.dumps(item.to_dict(), sort_keys=True) for item in whole)


@ray_warnings
def test_ray_example_runs(local_ray, tmp_path: Path) -> None:
    import importlib.util

    import pyarrow.parquet as pq

    path = Path(__file__).parents[1] / "examples" / "ray_dataset.py"
    spec = importlib.util.spec_from_file_location("ray_dataset_example", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = tmp_path / "bank"
    module.main(["--mixture", MIX, "--count", "60", "--seed", "5", "--shards", "2",
                 "--out", str(out)])
    rows = pq.read_table(out).to_pylist()
    assert sorted(r["code"] for r in rows) == sorted(i.code for i in generate_dataset(MIX, 60, 5))


def test_ray_bad_shards() -> None:
    from logicgen.ray import read_items

    with pytest.raises(logicgen.InvalidParams, match=r"shards must be .* \(got 0\)"):
        read_items("sequence.number", 5, 1, shards=0)


# -- answer extraction and grading -----------------------------------------------------------

RESPONSES = [
    # (response, extracted)
    ("Answer: B", "B"),
    ("answer: b)", "B"),
    ("The pattern doubles each time.\n\nAnswer: (C)", "C"),
    ("**Final answer:** D. 486", "D"),
    ("So the answer is 0.375.", "0.375"),
    ("the answer is 3/8. Let me double-check: yes.", "3/8"),
    ("Therefore the probability is $\\boxed{\\frac{3}{8}}$.", "3/8"),
    ("\\boxed{\\dfrac{1}{12}}", "1/12"),
    ("\\boxed{37.5\\%}", "37.5%"),
    ("\\boxed{\\text{B}}", "B"),
    ("I think it's A, but the answer is B", "B"),
    ("Answer: True", "True"),
    ("answer: cannot say", "cannot say"),
    ("B", "B"),
    ("3/8", "3/8"),
    ("  486  ", "486"),
    ("The answer would be 12 km/h.", "12 km/h"),
    ("Answer: a third", "a third"),
    ("Answer: D or E", "D or E"),
    ("", None),
    ("Let me think about this problem step by step and see where it goes, shall we?", None),
]


@pytest.mark.parametrize(("response", "extracted"), RESPONSES)
def test_extract_answer(response: str, extracted: str | None) -> None:
    assert extract_answer(response) == extracted


def test_extract_reads_chat_messages() -> None:
    chat = [{"role": "user", "content": "Answer: A"}, {"role": "assistant", "content": "Answer: C"}]
    assert extract_answer(chat) == "C"
    assert extract_answer(None) is None and extract_answer(42) == "42"


def _item(family: str, **params) -> Item:
    return logicgen.generate(family, 1, seed=11, **params)[0]


def test_score_response_on_real_items() -> None:
    choice = _item("sequence.number")
    letter = choice.letter
    wrong = "ABCDEFGH"[(choice.answer_index + 1) % len(choice.choices)]
    assert score_response(choice, f"Answer: {letter}") == 1.0
    assert score_response(choice, f"The answer is ({letter.lower()})") == 1.0
    assert score_response(choice, f"\\boxed{{{choice.answer}}}") == 1.0
    assert score_response(choice, f"Answer: {wrong}") == 0.0
    assert score_response(choice, f"Answer: {letter} or {wrong}") == 0.0
    numeric = _item("probability.dice", format="numeric")
    value = numeric.answer
    assert "/" in value  # a fraction, so the equal forms below differ as text
    num, den = value.split("/")
    assert score_response(numeric, f"\\boxed{{\\frac{{{num}}}{{{den}}}}}") == 1.0
    decimal = int(num) / int(den)
    assert score_response(numeric, f"the answer is {decimal:.6f}") == 1.0
    assert score_response(numeric, "the answer is 7/3") == 0.0
    tfu = _item("deduction.statements")
    assert score_response(tfu, f"Answer: {tfu.answer}") == 1.0
    assert score_response(tfu.to_dict(), f"Answer: {tfu.answer}") == 1.0
    for junk in (None, "", "\\boxed{", "answer:", b"\xff", ["not", "messages"], {"a": 1}):
        assert score_response(choice, junk) == 0.0
    assert score_response({"not": "an item"}, "Answer: B") == 0.0


# -- reasoning-gym and verifiers ---------------------------------------------------------


def test_reasoning_gym_datasets() -> None:
    import reasoning_gym

    from logicgen.integrations.reasoning_gym import register

    names = register()
    assert names == register()  # a second call registers nothing new
    assert names == [f"logicgen/{f}" for f in logicgen.families()]
    ds = reasoning_gym.create_dataset("logicgen/sequence.number", seed=3, size=6)
    items = logicgen.generate("sequence.number", 6, seed=3)
    entries = list(ds)
    assert [e["metadata"]["code"] for e in entries] == [i.code for i in items]
    for entry, item in zip(entries, items):
        assert entry["answer"] == item.answer and item.prompt in entry["question"]
        assert ds.score_answer(f"Answer: {item.letter}", entry) == 1.0
        assert ds.score_answer("no idea", entry) == 0.0
        assert ds.score_answer(None, entry) == 0.0
    hard = reasoning_gym.create_dataset("logicgen/probability.dice", seed=1, size=2,
                                        difficulty="hard", free_response=True)
    item = logicgen.generate("probability.dice", 2, "hard", seed=1, format="numeric")[1]
    assert hard[1]["metadata"]["code"] == item.code
    assert hard.score_answer(f"\\boxed{{{item.answer}}}", hard[1]) == 1.0
    with pytest.raises(logicgen.UnknownFamily):
        reasoning_gym.create_dataset("logicgen/sequence.number", family="no.such", seed=1)


def test_verifiers_environment() -> None:
    from logicgen.integrations.verifiers import load_environment, logicgen_reward

    env = load_environment(MIX, count=8, seed=2, eval_count=3)
    items = generate_dataset(MIX, 11, seed=2)
    assert [json.loads(r["info"]["item"])["code"] for r in env.dataset] == \
        [i.code for i in items[:8]]
    assert [r["answer"] for r in env.eval_dataset] == [i.answer for i in items[8:]]
    assert logicgen_reward in env.rubric._get_reward_funcs()
    for row, item in zip(env.dataset, items):
        right = [{"role": "assistant", "content": f"Working...\nAnswer: {item.answer}"}]
        assert logicgen_reward(completion=right, info=row["info"]) == 1.0
        assert logicgen_reward(completion="Answer: ???", info=row["info"]) == 0.0
    assert logicgen_reward(completion="Answer: B", info={}) == 0.0
