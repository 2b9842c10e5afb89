"""A ``verifiers`` environment over a logicgen mixture.

:func:`load_environment` returns a single-turn environment: each row's
``question`` is an item as a model reads it
(:func:`~logicgen.integrations.extract.question_text`), ``answer`` its
canonical answer and ``info`` the whole item as JSON; the reward is 1.0 when the
answer read out of the model's reply (:func:`~logicgen.integrations.extract.
extract_answer`) passes logicgen's own :meth:`~logicgen.Item.check`, else 0.0.
The rows are those of ``logicgen dataset MIXTURE -n COUNT -s SEED``; the
evaluation rows follow them (slots ``COUNT ..``), so the two never share a slot.

Built for the ``verifiers`` 0.2 interface (``SingleTurnEnv``, ``Rubric``);
needs ``pip install "logicgen[rl]"``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SYSTEM_PROMPT", "load_environment", "logicgen_reward"]

SYSTEM_PROMPT = ("Solve the logic-test question. Think it through, then end with a line "
                 '"Answer: " followed by your answer.')


def logicgen_reward(completion: Any, info: dict[str, Any], **kwargs: Any) -> float:
    """1.0 when the reply's answer is right for the item in ``info``, else 0.0; never raises."""
    from ..item import Item
    from .extract import score_response

    try:
        item = Item.from_json(info["item"])
    except Exception:  # noqa: BLE001 - a reward must never crash training
        return 0.0
    return score_response(item, completion)


def _rows(spec: Any, count: int, seed: int, start: int) -> Any:
    from ..dataset import iter_dataset
    from ..records import require
    from .extract import question_text

    hf = require("datasets", "logicgen.integrations.verifiers")
    rows = [{"question": question_text(item), "answer": item.answer,
             "info": {"item": item.to_json(), "code": item.code}, "task": "logicgen"}
            for item in iter_dataset(spec, count, seed, start=start)]
    return hf.Dataset.from_list(rows)


def load_environment(mixture: Any = "logic-test", count: int = 1000, seed: int = 0,
                     eval_count: int = 0, system_prompt: str = SYSTEM_PROMPT,
                     **kwargs: Any) -> Any:
    """A ``verifiers.SingleTurnEnv`` over ``count`` items of ``mixture``.

    Args:
        mixture: a family name, weights or a blueprint (:func:`logicgen.dataset.mixture`).
        count: training rows.
        seed: the set seed.
        eval_count: evaluation rows (slots after the training rows); 0 for none.
        system_prompt: what the model is told before each question.
        **kwargs: passed on to ``SingleTurnEnv``.

    Raises:
        MissingExtra: ``verifiers`` is not installed.
        InvalidParams, UnknownFamily, BlueprintError: bad arguments.
    """
    from ..records import require

    vf = require("verifiers", "logicgen.integrations.verifiers")
    dataset = _rows(mixture, count, seed, 0)
    eval_dataset = _rows(mixture, eval_count, seed, count) if eval_count else None
    rubric = vf.Rubric(funcs=[logicgen_reward], weights=[1.0])
    return vf.SingleTurnEnv(dataset=dataset, eval_dataset=eval_dataset,
                            system_prompt=system_prompt, rubric=rubric, **kwargs)
