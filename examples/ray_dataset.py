"""A large verified dataset made by Ray Data, one read task per shard, written as Parquet.

Needs ``pip install "logicgen[ray]"``. On one machine:

    python examples/ray_dataset.py --mixture logic-test --count 200000 --seed 7 --out bank

On a Ray cluster, submit the same script as a job; every node needs logicgen
installed (here through the job's runtime environment), and ``--out`` must be a
place every node can write to (shared storage or a bucket URI):

    ray job submit --address http://HEAD:8265 --working-dir . \\
        --runtime-env-json '{"pip": ["logicgen[ray]"]}' \\
        -- python examples/ray_dataset.py --count 100000000 --seed 7 --out s3://bucket/bank

Every item depends only on the set seed and its slot, so the files hold exactly
the rows ``logicgen dataset MIXTURE -n COUNT -s SEED`` makes in one process,
whichever node made which shard.
"""

from __future__ import annotations

import argparse

from logicgen.ray import read_items


def main(argv: list[str] | None = None) -> None:
    import ray

    parser = argparse.ArgumentParser(description="Make a dataset with Ray Data, as Parquet.")
    parser.add_argument("--mixture", default="sequence.number",
                        help='a family, weights ("sequence.number=2,deduction.syllogism=1") '
                             "or a blueprint")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--shards", type=int, default=None,
                        help="read tasks (default: as many as Ray asks for)")
    parser.add_argument("--out", default="dataset-parquet", help="output folder or URI")
    args = parser.parse_args(argv)

    if not ray.is_initialized():
        ray.init()  # joins a cluster when run as a job; else starts a local Ray
    ds = read_items(args.mixture, args.count, args.seed, shards=args.shards)
    ds.write_parquet(args.out, compression="zstd")
    print(f"{args.count} items written to {args.out}")


if __name__ == "__main__":
    main()
