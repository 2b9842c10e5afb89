"""logicgen families as reasoning-gym datasets.

After :func:`register`, ``reasoning_gym.create_dataset("logicgen/FAMILY",
seed=SEED, size=SIZE)`` gives a reasoning-gym dataset whose entry ``i`` is slot
``i`` of the set ``logicgen generate FAMILY -s SEED`` makes (``difficulty`` and
``free_response`` may be given too). Each entry has the ``question`` a model
reads (:func:`~logicgen.integrations.extract.question_text`), the canonical
``answer``, and ``metadata`` holding the whole item as JSON, so
``score_answer`` grades with logicgen's own :meth:`~logicgen.Item.check`
after reading the answer out of the response
(:func:`~logicgen.integrations.extract.score_response`): 1.0 or 0.0, never an
exception.

Needs ``pip install "logicgen[rl]"``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..errors import InvalidParams, describe_value

__all__ = ["PREFIX", "LogicgenConfig", "register"]

#: dataset names are PREFIX + family name
PREFIX = "logicgen/"


@dataclasses.dataclass
class LogicgenConfig:
    """What reasoning-gym passes to a logicgen dataset."""

    family: str = "sequence.number"
    difficulty: str = "medium"
    free_response: bool = False
    seed: int | None = None
    size: int = 500

    def validate(self) -> None:
        from ..core import check_count, check_seed
        from ..parallel import make_plan

        check_count(self.size)
        if self.seed is not None:
            check_seed(self.seed)
        if not isinstance(self.free_response, bool):
            raise InvalidParams(f"free_response must be True or False "
                                f"(got {describe_value(self.free_response)})")
        make_plan(self.family, self.difficulty, self.seed or 0, **self._params())

    def _params(self) -> dict[str, Any]:
        return {"format": "numeric"} if self.free_response else {}


def _dataset_class() -> type:
    from ..records import require

    base = require("reasoning_gym.dataset", "logicgen.integrations.reasoning_gym")

    class LogicgenDataset(base.ProceduralDataset):  # type: ignore[name-defined]
        """Slots ``0 .. size - 1`` of a logicgen set, as reasoning-gym entries."""

        def __init__(self, config: LogicgenConfig) -> None:
            super().__init__(config=config, seed=config.seed, size=config.size)
            from ..parallel import make_plan

            self.plan, _ = make_plan(config.family, config.difficulty, self.seed,
                                     **config._params())

        def __getitem__(self, idx: int) -> dict[str, Any]:
            from .extract import question_text

            if not 0 <= idx < self.size:
                raise IndexError(f"index must be between 0 and {self.size - 1} (got {idx})")
            item = next(self.plan.items(idx, idx + 1))
            return {
                "question": question_text(item),
                "answer": item.answer,
                "metadata": {
                    "source_dataset": PREFIX + item.family,
                    "source_index": idx,
                    "code": item.code,
                    "difficulty": item.difficulty,
                    "item": item.to_json(),
                },
            }

        def score_answer(self, answer: str | None, entry: dict[str, Any]) -> float:
            from ..item import Item
            from .extract import score_response

            try:
                item = Item.from_json(entry["metadata"]["item"])
            except Exception:  # noqa: BLE001 - an unreadable entry scores 0, never raises
                return 0.0
            return score_response(item, answer)

    return LogicgenDataset


def register() -> list[str]:
    """Register every logicgen family with reasoning-gym; return the dataset names.

    Calling it again registers nothing new.

    Raises:
        MissingExtra: reasoning-gym is not installed.
    """
    from ..records import require
    from ..registry import names

    factory = require("reasoning_gym.factory", "logicgen.integrations.reasoning_gym")
    dataset_class = _dataset_class()
    registered = []
    for family in names():
        name = PREFIX + family
        registered.append(name)
        if name in factory.DATASETS:
            continue
        config = dataclasses.make_dataclass(
            "LogicgenConfig_" + family.replace(".", "_"),
            [("family", str, dataclasses.field(default=family))],
            bases=(LogicgenConfig,),
        )
        factory.register_dataset(name, dataset_class, config)
    return registered
