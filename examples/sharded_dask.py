"""A large verified dataset made in shards with Dask, one shard per task.

Needs Dask (``pip install "dask[bag]"``); logicgen itself knows nothing about it.
Each task calls the public API for one shard, so the same pattern works with a
Ray ``map`` over shard numbers, a job array (``logicgen generate ... --shard
$K/$N -s SEED -f jsonl -o part-$K.jsonl``) or anything else that runs a function
per number. Because every item depends only on the set seed and its slot, the
shard files written one after another are byte for byte the file a single
``logicgen generate -n COUNT -s SEED -f jsonl`` run writes.

    python examples/sharded_dask.py --count 100000 --shards 8 --out bank
    cat bank/part-*.jsonl > bank.jsonl      # parts are numbered so they sort in order
"""

from __future__ import annotations

import argparse
from pathlib import Path

from logicgen.dataset import iter_dataset
from logicgen.parallel import generate_parallel


def write_shard(k: int, *, shards: int, count: int, seed: int, family: str | None,
                mixture: str | None, out: Path) -> str:
    """Write shard ``k`` (1-based) of ``shards`` to ``out/part-KKKKK.jsonl``; return its path."""
    if mixture is not None:
        items = iter_dataset(mixture, count, seed, shard=(k, shards))
    else:
        items = generate_parallel(family, count, seed=seed, shard=(k, shards))
    path = out / f"part-{k:05d}.jsonl"
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for item in items:
            handle.write(item.to_json() + "\n")
    return str(path)


def main() -> None:
    import dask.bag as db  # only this example needs Dask

    parser = argparse.ArgumentParser(description="Make a dataset in shards with dask.bag.")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--family", default="sequence.number")
    parser.add_argument("--mixture", default=None,
                        help='weights or a blueprint, e.g. "sequence.number=2,deduction.syllogism=1"')
    parser.add_argument("--out", type=Path, default=Path("dataset-shards"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    bag = db.from_sequence(range(1, args.shards + 1), npartitions=args.shards)
    paths = bag.map(write_shard, shards=args.shards, count=args.count, seed=args.seed,
                    family=args.family, mixture=args.mixture, out=args.out).compute()
    print(f"{len(paths)} shards written to {args.out}/ (concatenate them in name order)")


if __name__ == "__main__":
    main()
