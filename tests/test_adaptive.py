"""The adaptive next set (`practice --adaptive`), count lists, and `--no-figures`.

The plan is a pure function, so most tests feed it hand-made histories; the
expected numbers were worked out by hand from the rule in the module docstring
of logicgen.practice.adaptive (the arithmetic is in the comments). The CLI tests
use a history database in tmp_path and a fake clock, and never sleep.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st

import logicgen
from logicgen import registry
from logicgen.cli import cli
from logicgen.errors import InvalidParams
from logicgen.practice import session as session_mod
from logicgen.practice.adaptive import (
    FLOOR,
    START,
    allocate,
    answer_score,
    expected,
    plan,
)
from logicgen.practice.mix import (
    adaptive_set,
    base_mix,
    counts_set,
    figure_families,
    is_figure,
    parse_counts,
    without_figures,
)
from logicgen.practice.store import HistoryStore

NUM, LET = "sequence.number", "sequence.letter"
EQUAL = [(NUM, "medium", 1), (LET, "medium", 1)]


def row(family: str, correct: bool, seconds: float = 10.0, difficulty: str = "medium",
        **extra: Any) -> dict[str, Any]:
    return {"family": family, "difficulty": difficulty, "correct": correct, "seconds": seconds,
            **extra}


def weights_by_family(p: Any) -> dict[str, float]:
    out: dict[str, float] = {}
    for family, _, w in p.weights:
        out[family] = out.get(family, 0.0) + w
    return out


# -- the rule ---------------------------------------------------------------------------------

def test_expected_score_and_answer_score_by_hand() -> None:
    # 1 / (1 + 10 ** (-150 / 400)) = 1 / 1.4217 = 0.7034: a new rating expects 70 % at medium
    assert expected(START, "medium") == pytest.approx(0.7034, abs=1e-4)
    assert expected(1700, "hard") == pytest.approx(0.7034, abs=1e-4)
    assert expected(1150, "easy") == 0.5
    assert answer_score(False, 1.0, 18.0) == 0.0
    assert answer_score(True, 18.0, 18.0) == 1.0
    assert answer_score(True, 22.5, 18.0) == 0.875  # 4.5 s over: 1 - 0.5 * 4.5 / 18
    assert answer_score(True, 36.0, 18.0) == answer_score(True, 90.0, 18.0) == 0.5


def test_empty_history_gives_the_blueprint_mix() -> None:
    base = [(NUM, "easy", 1), (NUM, "medium", 2), (LET, "hard", 1)]
    p = plan([], base)
    assert p.answers == 0
    assert p.weights == ((NUM, "easy", 0.25), (NUM, "medium", 0.5), (LET, "hard", 0.25))
    assert [(r.rating, r.answers) for r in p.ratings] == [(START, 0), (START, 0)]
    # with whole expected counts the rounding has nothing to do, whatever the seed
    for seed in range(20):
        assert allocate(p.weights, 8, seed) == [(NUM, "easy", 2), (NUM, "medium", 4),
                                                (LET, "hard", 2)]


def test_one_wrong_answer_by_hand() -> None:
    # R = 1500 + 32 * (0 - 0.7034) = 1477.49; E(medium) = 1 / (1 + 10 ** (-127.49 / 400)) = 0.6756
    # need = 0.3244 against 0.2966 for a new rating: factor 1.0937, weight 1.0937 / 2.0937
    p = plan([row(NUM, False)], EQUAL)
    number, letter = p.ratings
    assert number.rating == pytest.approx(1477.49, abs=0.01)
    assert number.need == pytest.approx(0.3244, abs=1e-4)
    assert number.weight == pytest.approx(0.5224, abs=1e-4)
    assert letter.rating == START and letter.answers == 0
    # the target stays medium: |E(medium) - 0.70| = 0.024, |E(easy) - 0.70| = |0.868 - 0.70|
    assert number.level == "medium"


def test_a_family_answered_wrongly_gets_more_weight_than_one_answered_rightly() -> None:
    history = [row(NUM, False), row(LET, True)] * 5
    w = weights_by_family(plan(history, EQUAL))
    assert w[NUM] > 0.5 > w[LET]
    assert sum(w.values()) == pytest.approx(1.0)


def test_slow_right_answers_count_as_partial_misses() -> None:
    fast = plan([row(NUM, True, seconds=10)] * 8 + [row(LET, True, seconds=10)] * 8, EQUAL)
    slow = plan([row(NUM, True, seconds=40)] * 8 + [row(LET, True, seconds=10)] * 8, EQUAL)
    assert fast.ratings[0].rating == pytest.approx(fast.ratings[1].rating)
    assert slow.ratings[0].rating < START < slow.ratings[1].rating  # 0.5 < 0.70 expected
    assert weights_by_family(slow)[NUM] > 0.5 > weights_by_family(fast)[NUM] - 1e-12


def test_the_time_budget_is_the_sessions_time_per_question() -> None:
    # 25 s is slow against the default 18 s, but within 5 minutes / 10 questions = 30 s
    untimed = plan([row(NUM, True, seconds=25)], EQUAL)
    timed = plan([row(NUM, True, seconds=25, minutes=5.0, n_items=10)], EQUAL)
    assert timed.ratings[0].rating == pytest.approx(START + 32 * (1 - expected(START, "medium")))
    score = 1 - 0.5 * 7 / 18
    assert untimed.ratings[0].rating == pytest.approx(
        START + 32 * (score - expected(START, "medium")))


def test_no_family_falls_below_the_floor() -> None:
    history = [row(NUM, True)] * 600
    p = plan(history, EQUAL)
    number = p.ratings[0]
    # the factor is floored once need < 0.25 * 0.2966, i.e. E(medium) > 0.926, R > 1789
    assert number.rating > 1789
    # weights 0.5 * 0.25 and 0.5 * 1, normalised: 0.125 / 0.625
    assert number.weight == pytest.approx(0.2)
    assert number.weight == pytest.approx(0.5 * FLOOR / (0.5 * FLOOR + 0.5))


def test_difficulty_moves_toward_the_level_answered_about_70_percent() -> None:
    strong = plan([row(NUM, True, difficulty="hard")] * 40, [(NUM, "medium", 1)])
    weak = plan([row(NUM, False, difficulty="easy")] * 40, [(NUM, "medium", 1)])
    assert strong.ratings[0].level == "hard" and weak.ratings[0].level == "easy"
    # confidence 40 / 50: 0.8 of the family's questions at its target level
    assert {(f, d): w for f, d, w in strong.weights} == pytest.approx(
        {(NUM, "medium"): 0.2, (NUM, "hard"): 0.8})
    assert {(f, d): w for f, d, w in weak.weights} == pytest.approx(
        {(NUM, "easy"): 0.8, (NUM, "medium"): 0.2})
    # a family offering only medium and hard cannot move down to easy
    limited = plan([row(NUM, False, difficulty="easy")] * 40, [(NUM, "medium", 1)],
                   levels={NUM: ("medium", "hard")})
    assert limited.ratings[0].level == "medium"


def test_answers_outside_the_blueprint_are_not_used() -> None:
    p = plan([row("quant.rates", False)] * 5 + [row(NUM, False, difficulty="extreme")], EQUAL)
    assert p.answers == 0 and p.weights == ((NUM, "medium", 0.5), (LET, "medium", 0.5))


def test_plan_is_deterministic_and_order_matters_only_through_the_replay() -> None:
    history = [row(NUM, i % 3 == 0, seconds=5 + i) for i in range(30)]
    assert plan(history, EQUAL) == plan(list(history), EQUAL)
    assert plan(history, EQUAL).weights != plan(history[::-1], EQUAL).weights


def test_bad_base_is_refused() -> None:
    with pytest.raises(InvalidParams, match="positive weight"):
        plan([], [(NUM, "medium", 0)])
    with pytest.raises(InvalidParams, match="difficulty must be one of easy, medium, hard"):
        plan([], [(NUM, "tough", 1)])


# -- rounding to whole questions ---------------------------------------------------------------

@given(st.lists(st.floats(0.01, 10), min_size=1, max_size=12), st.integers(1, 60),
       st.integers(0, 2**32))
def test_allocation_sums_to_the_count_and_rounds_each_part_down_or_up(
    raw: list[float], count: int, seed: int
) -> None:
    weights = [(f"f.x{i}", "medium", w) for i, w in enumerate(raw)]
    got = {f: n for f, _, n in allocate(weights, count, seed)}
    assert sum(got.values()) == count
    total = sum(raw)
    for i, w in enumerate(raw):
        share = w / total * count
        assert int(share) - 1 <= got.get(f"f.x{i}", 0) <= int(share) + 1
        assert abs(got.get(f"f.x{i}", 0) - share) < 1 + 1e-5
    assert allocate(weights, count, seed) == allocate(weights, count, seed)


def test_a_family_under_one_question_still_comes_up_in_some_sets() -> None:
    # 0.3 of a question: over 200 seeds it should come up about 60 times (sd 6.5)
    weights = [(NUM, "medium", 0.97), (LET, "medium", 0.03)]
    hits = sum(any(f == LET for f, _, _ in allocate(weights, 10, seed)) for seed in range(200))
    assert 35 <= hits <= 85


# -- count lists -------------------------------------------------------------------------------

def test_count_lists_are_read_and_checked() -> None:
    assert parse_counts("sequence.number:easy=3, quant.rates=1") == [
        (NUM, "easy", 3), ("quant.rates", "medium", 1)]
    with pytest.raises(InvalidParams, match=r"whole number of questions \(got 1/2\)"):
        parse_counts("sequence.number=1/2")
    with pytest.raises(InvalidParams, match="at most 1000 questions"):
        parse_counts("sequence.number:easy=600,sequence.letter=600")
    with pytest.raises(logicgen.UnknownFamily):
        parse_counts("sequence.numbr=2")


def test_a_count_list_and_seed_always_give_the_same_set() -> None:
    a = counts_set("sequence.number:hard=2,deduction.syllogism:easy=2", seed=9)
    b = counts_set("sequence.number:hard=2,deduction.syllogism:easy=2", seed=9)
    c = counts_set("sequence.number:hard=2,deduction.syllogism:easy=2", seed=10)
    assert [i.code for i in a.items] == [i.code for i in b.items]
    assert [i.code for i in a.items] != [i.code for i in c.items]
    # rising difficulty: the easy syllogisms come first
    assert [(i.family, i.difficulty) for i in a.items] == [
        ("deduction.syllogism", "easy")] * 2 + [(NUM, "hard")] * 2


def test_base_mix_of_logic_test_counts_slots() -> None:
    base = {(f, d): w for f, d, w in base_mix("logic-test")}
    assert sum(base.values()) == 50
    # 5 number series at 0.3/0.5/0.2: 1.5, 2.5, 1 -> floors 1, 2, 1; the one slot left
    # goes to the larger remainder, and of the two equal ones to the easier level
    assert (base[(NUM, "easy")], base[(NUM, "medium")], base[(NUM, "hard")]) == (2, 2, 1)


def test_a_blueprint_with_section_params_cannot_be_adaptive(tmp_path: Path) -> None:
    bp = tmp_path / "numeric.toml"
    bp.write_text('title = "T"\n[[sections]]\nfamily = "probability.dice"\ncount = 2\n'
                  'params = { format = "numeric" }\n', encoding="utf-8")
    with pytest.raises(InvalidParams, match="sets format for probability.dice"):
        base_mix(str(bp))


def test_adaptive_set_is_the_same_for_the_same_seed_and_history() -> None:
    history = [row(NUM, False), row("quant.rates", True, seconds=60)] * 4
    a = adaptive_set("quick-10", history, seed=3)
    b = adaptive_set("quick-10", list(history), seed=3)
    assert [i.code for i in a.problem_set.items] == [i.code for i in b.problem_set.items]
    assert a.counts == b.counts and sum(n for _, _, n in a.counts) == 10
    again = counts_set(a.counts, a.seed)
    assert [i.code for i in again.items] == [i.code for i in a.problem_set.items]
    assert a.problem_set.minutes == 5.0


# -- figure items: a stand-in family whose items carry panels -----------------------------------

def _figure_solver(data: Any, choices: Any) -> list[str]:
    answer = f"{data['dots']} dots"
    return [c for c in choices if c == answer] if choices else [answer]


def _figure_module() -> types.ModuleType:
    module = types.ModuleType("stand_in_figure")

    def generate(params: Any, rng: Any) -> registry.Instance:
        dots = int(rng.integers(1, 7))
        panel = {"shapes": [{"kind": "circle", "count": dots, "size": "small", "fill": "solid",
                             "rotation": 0, "position": None}]}
        return registry.Instance({"layout": "row", "panels": [panel, None], "dots": dots},
                                 f"{dots} dots", float(dots))

    def render(instance: registry.Instance, params: Any, rng: Any) -> tuple[str, list[str]]:
        dots = instance.data["dots"]
        options = [f"{n} dots" for n in range(dots, dots + params.n_options)]
        return f"Panel 1 shows {dots} small black circles. What comes next?", options

    module.generate = generate  # type: ignore[attr-defined]
    module.render = render  # type: ignore[attr-defined]
    module.explain = lambda instance: "The dots stay the same."  # type: ignore[attr-defined]
    return module


@pytest.fixture()
def figure_family(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    @dataclass(frozen=True)
    class Params(registry.BaseParams):
        pass

    logicgen.families()  # load the built-ins before copying the registry
    fam = registry.Family(name="puzzle.dots", summary="stand-in figure family",
                          params_type=Params, module=_figure_module(), solver=_figure_solver,
                          formats=("choice",),
                          capabilities=registry.Capabilities(figures=True))
    monkeypatch.setattr(registry, "_REGISTRY", {**registry._REGISTRY, "puzzle.dots": fam})
    monkeypatch.setitem(sys.modules, "stand_in_figure", fam.module)
    yield "puzzle.dots"


def test_figure_items_are_recognised_by_their_family_capability(figure_family: str) -> None:
    item = logicgen.generate(figure_family, count=1, seed=1)[0]
    plain = logicgen.generate(NUM, count=1, seed=1)[0]
    assert is_figure(item) and not is_figure(plain)
    # the declared capability decides, not the shape of the data
    assert not is_figure(replace(item, family=NUM))
    assert is_figure(replace(item, data={"dots": 3}))
    assert figure_families([NUM, figure_family, NUM]) == [figure_family]
    mixed = counts_set(f"{figure_family}:easy=2,{NUM}:easy=3", seed=2, minutes=5)
    kept, dropped = without_figures(mixed)
    assert dropped == 2 and [i.family for i in kept.items] == [NUM] * 3
    assert kept.minutes == 3.0  # 5 minutes for 5 questions, 1 a question


# -- the command line ---------------------------------------------------------------------------

class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture(autouse=True)
def _no_real_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    monkeypatch.setenv("LOGICGEN_DB", str(tmp_path / "env-history.sqlite3"))
    clock = FakeClock()
    monkeypatch.setattr(session_mod, "now", clock)
    return clock


def practice(*args: str, text: str = "q\n") -> Result:
    return CliRunner().invoke(cli, ["practice", *args], input=text)


def codes(output: str) -> list[str]:
    """Item codes in the review (every question, when the session ends at once)."""
    return re.findall(r"\[([a-z_]+\.[a-z_]+-[emh]\d+-\w+)\]", output)


def rebuild_args(output: str) -> list[str]:
    line = next(x for x in output.splitlines() if x.startswith("Rebuild this set later: "))
    m = re.fullmatch(r'Rebuild this set later: logicgen practice "([^"]+)" -s (\d+)'
                     r"(?: --minutes (\S+))?", line)
    assert m, line
    return [m.group(1), "-s", m.group(2), *(["--minutes", m.group(3)] if m.group(3) else [])]


def table(output: str) -> dict[str, list[str]]:
    """The ratings table: family -> [answers, rating, expected %, share %, questions...]."""
    out = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) >= 6 and parts[0] in logicgen.families():
            out[parts[0]] = parts[1:]
    return out


TWO = 'title = "Two series"\nminutes = 5\n\n' \
      '[[sections]]\nfamily = "sequence.number"\ncount = 5\n\n' \
      '[[sections]]\nfamily = "sequence.letter"\ncount = 5\n'


def _history(db: Path, rows: list[tuple[str, bool, float]]) -> None:
    with HistoryStore.open(db) as store:
        sid = store.start_session(blueprint="two", title="Two series", form="A", seed=1,
                                  minutes=5.0, n_items=len(rows))
        for pos, (family, correct, seconds) in enumerate(rows, 1):
            store.record_answer(sid, pos, code=f"{family}-m1-0000000000", family=family,
                                difficulty="medium", response="A", correct=correct,
                                seconds=seconds)
        store.finish_session(sid, end_reason="finished")


def test_adaptive_favours_the_family_missed_and_prints_a_rebuild(tmp_path: Path) -> None:
    bp = tmp_path / "two.toml"
    bp.write_text(TWO, encoding="utf-8")
    db = tmp_path / "h.db"
    _history(db, [(NUM, False, 20.0), (LET, True, 10.0)] * 10)
    first = practice(str(bp), "--adaptive", "-s", "11", "--db", str(db))
    assert first.exit_code == 0, first.output
    out = first.output
    assert "Adaptive practice from two (seed 11, 10 questions, 5 minutes)" in out
    assert "Weighted by 20 answers in the history" in out
    rows = table(out)
    assert rows[NUM][0] == "10" and rows[LET][0] == "10"
    assert int(rows[NUM][4]) > 5 > int(rows[LET][4])  # questions: more of the missed family
    assert int(rows[NUM][1]) < 1500 < int(rows[LET][1])
    made = codes(out)
    assert len(made) == 10 and sum(c.startswith(NUM) for c in made) == int(rows[NUM][4])

    # nothing was answered, so the history is the same: the same seed gives the same set
    second = practice(str(bp), "--adaptive", "-s", "11", "--db", str(db))
    assert codes(second.output) == made
    assert rebuild_args(second.output) == rebuild_args(out)
    # ... and the printed count list and seed rebuild it without the history
    args = rebuild_args(out)
    assert args[-2:] == ["--minutes", "5"]
    rebuilt = practice(*args, "--db", str(tmp_path / "other.db"))
    assert rebuilt.exit_code == 0, rebuilt.output
    assert "Practice mix (seed 11, 10 questions, 5 minutes)" in rebuilt.output
    assert codes(rebuilt.output) == made


def test_adaptive_with_an_empty_history_uses_the_blueprint_mix_and_a_fresh_seed(
    tmp_path: Path,
) -> None:
    result = practice("quick-10", "--adaptive", "--db", str(tmp_path / "h.db"))
    assert result.exit_code == 0, result.output
    out = result.output
    assert "No answers in the history yet" in out
    rows = table(out)
    # quick-10 (see puzzles/quick-10.toml): 2 number series, 1 each of the others
    assert rows[NUM][4] == "2" and all(rows[f][4] == "1" for f in rows if f != NUM)
    seed = re.search(r"\(seed (\d+), 10 questions, 5 minutes\)", out)
    assert seed is not None
    args = rebuild_args(out)
    assert args[2] == seed.group(1)
    assert codes(practice(*args, "--db", str(tmp_path / "h2.db")).output) == codes(out)


def test_answers_of_an_adaptive_session_are_saved_with_the_count_list(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    result = practice("quick-10", "--adaptive", "-s", "4", "--db", str(db))
    spec = rebuild_args(result.output)[0]
    first = adaptive_set("quick-10", [], seed=4).problem_set.items[0]
    answered = practice("quick-10", "--adaptive", "-s", "4", "--db", str(db),
                        text=f"{first.letter}\nq\n")
    assert answered.exit_code == 0, answered.output
    with HistoryStore.open(db) as store:
        sessions = store.sessions()
        assert [s["blueprint"] for s in sessions] == [spec, spec]
        assert sessions[1]["title"] == "Adaptive practice from quick-10"
        assert [(a["code"], a["correct"]) for a in store.answers()] == [(first.code, 1)]
    history = CliRunner().invoke(cli, ["history", "--db", str(db)])
    assert "(count list)" in history.output


def test_adaptive_and_count_lists_refuse_other_forms_and_typos(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    result = practice("quick-10", "--adaptive", "--form", "B", "--db", str(db))
    assert result.exit_code == 2 and "an adaptive set has one form (got --form B)" in result.output
    result = practice("sequence.number=2", "--form", "B", "--db", str(db))
    assert result.exit_code == 2 and "a count list has one form" in result.output
    result = practice("quick-100", "--adaptive", "--db", str(tmp_path / "typo.db"))
    assert result.exit_code == 2 and 'unknown blueprint "quick-100"' in result.output
    assert not (tmp_path / "typo.db").exists()
    result = practice("sequence.number=1/2", "--db", str(db))
    assert result.exit_code == 2 and "whole number of questions" in result.output


def test_a_count_list_without_minutes_is_untimed(tmp_path: Path) -> None:
    result = practice("sequence.number:easy=2", "-s", "3", "--db", str(tmp_path / "h.db"))
    assert result.exit_code == 0, result.output
    assert "Practice mix (seed 3, 2 questions, no time limit)" in result.output


def test_no_figures_leaves_figure_items_out(figure_family: str, tmp_path: Path) -> None:
    bp = tmp_path / "pictures.toml"
    bp.write_text('title = "Pictures"\nminutes = 4\n\n'
                  f'[[sections]]\nfamily = "{figure_family}"\ncount = 2\n\n'
                  '[[sections]]\nfamily = "sequence.number"\ncount = 2\n', encoding="utf-8")
    db = tmp_path / "h.db"
    shown = practice(str(bp), "-s", "1", "--figures", "--db", str(db))
    assert shown.exit_code == 0, shown.output
    assert "(form A, seed 1, 4 questions, 4 minutes)" in shown.output
    assert "small black circles" in shown.output  # figure items are shown as their words
    # an exam leaves them out by default, saying where the pictures are
    exam = practice(str(bp), "-s", "1", "--db", str(db))
    assert "(form A, seed 1, 2 questions, 2 minutes)" in exam.output
    assert ("Left out 2 figure items of this exam: they are pictures, which the quiz "
            f"(logicgen build {bp} -f quiz) and the PDF show; --figures brings them back "
            "as text.") in exam.output
    assert "small black circles" not in exam.output
    learn = practice(str(bp), "-s", "1", "--mode", "learn", "--db", str(db))
    assert "4 questions, no time limit" in learn.output and "small black circles" in learn.output
    plain = practice(str(bp), "-s", "1", "--no-figures", "--db", str(db))
    assert plain.exit_code == 0, plain.output
    assert "(form A, seed 1, 2 questions, 2 minutes)" in plain.output
    assert "Left out 2 figure items (--no-figures)." in plain.output
    assert "small black circles" not in plain.output
    assert all(c.startswith(NUM) for c in codes(plain.output)) and len(codes(plain.output)) == 2
    # an explicit --minutes is kept as given
    timed = practice(str(bp), "-s", "1", "--no-figures", "--minutes", "3", "--db", str(db))
    assert "2 questions, 3 minutes" in timed.output
    only = tmp_path / "only.toml"
    only.write_text(f'title = "P"\n[[sections]]\nfamily = "{figure_family}"\ncount = 2\n',
                    encoding="utf-8")
    refused = practice(str(only), "--no-figures", "--db", str(db))
    assert refused.exit_code == 2 and "is a figure item, so none is left" in refused.output


def test_adaptive_no_figures_plans_without_the_figure_families(
    figure_family: str, tmp_path: Path
) -> None:
    bp = tmp_path / "pictures.toml"
    bp.write_text('title = "Pictures"\nminutes = 4\n\n'
                  f'[[sections]]\nfamily = "{figure_family}"\ncount = 2\n\n'
                  '[[sections]]\nfamily = "sequence.number"\ncount = 2\n', encoding="utf-8")
    result = practice(str(bp), "--adaptive", "--no-figures", "-s", "2",
                      "--db", str(tmp_path / "h.db"))
    assert result.exit_code == 0, result.output
    out = result.output
    assert f"Left out the families that make figure items: {figure_family}." in out
    assert "(seed 2, 4 questions, 4 minutes)" in out  # the set keeps its size
    assert all(c.startswith(NUM) for c in codes(out)) and len(codes(out)) == 4
    assert rebuild_args(out)[0].startswith(NUM) and figure_family not in rebuild_args(out)[0]
