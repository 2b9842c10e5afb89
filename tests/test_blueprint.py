"""Blueprints: validation messages, sets and forms, determinism, the build command."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import logicgen
from logicgen import BlueprintError, InvalidParams, registry, verify
from logicgen.blueprint import (
    MAX_REDRAWS,
    Section,
    _largest_remainder,
    build_set,
    load_blueprint,
    parse_blueprint,
    plan,
    shipped_blueprints,
    shuffle_options,
)
from logicgen.cli import cli
from logicgen.item import TFU_CHOICES

EXAMPLES = Path(__file__).parents[1] / "examples"
SHIPPED = {  # name -> (items, minutes)
    "logic-test": (50, 15),
    "sequences": (20, 20),
    "deductions": (20, 20),
    "figures": (20, 15),
    "probability": (20, 20),
    "quick-10": (10, 5),
}


@pytest.fixture()
def clock(monkeypatch: pytest.MonkeyPatch) -> str:
    """Register the example plug-in family ``puzzle.clock`` for one test only."""
    registry.load()
    monkeypatch.setattr(registry, "_REGISTRY", dict(registry._REGISTRY))
    monkeypatch.syspath_prepend(str(EXAMPLES))
    monkeypatch.delitem(sys.modules, "custom_family", raising=False)
    import custom_family  # noqa: F401  (registers puzzle.clock)

    monkeypatch.delitem(sys.modules, "custom_family", raising=False)
    return "puzzle.clock"


def write(tmp_path: Path, text: str, name: str = "bp.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


MIXED = """\
title = "Mixed"
instructions = "Go."
minutes = 7
forms = 3
shuffle_questions = true
rising_difficulty = true

[[sections]]
family = "sequence.number"
count = 6
difficulty = { easy = 0.3, medium = 0.5, hard = 0.2 }

[[sections]]
family = "puzzle.clock"
count = 4
difficulty = { easy = 0.5, hard = 0.5 }
"""


# -- shipped blueprints -------------------------------------------------------------


def test_shipped_blueprints_are_listed_with_their_sizes() -> None:
    assert set(SHIPPED) <= set(shipped_blueprints())
    for name, (items, minutes) in SHIPPED.items():
        bp = load_blueprint(name, check_families=False)
        assert (bp.count, bp.minutes) == (items, minutes), name
        assert bp.source == f"puzzles/{name}.toml"


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_blueprint_builds_two_distinct_forms(name: str) -> None:
    bp = load_blueprint(name)
    a = build_set(bp, seed=11, form="A")
    b = build_set(bp, seed=11, form="B")
    assert len(a.items) == len(b.items) == bp.count
    for s in (a, b):
        questions = [(item.prompt, item.answer) for item in s.items]
        assert len(set(questions)) == len(questions), "a question repeats within one form"
    assert not {i.code for i in a.items} & {i.code for i in b.items}
    # Same mix on both forms: the same families at the same difficulties.
    mix = Counter((i.family, i.difficulty) for i in a.items)
    assert mix == Counter((i.family, i.difficulty) for i in b.items)


FIGURE_FAMILIES = ("sequence.figure", "sequence.matrix", "sequence.oddoneout", "spatial.mirror")


@pytest.mark.parametrize("name", ["figures", "logic-test"])
def test_shipped_blueprint_builds_every_form_of_many_seeds(name: str) -> None:
    # An odd-one-out prompt is the question sentence alone, so a form holds the
    # same sentence several times: a repeat is the same sentence with the same
    # panels (its options). Two panel sets may well share the answer's text.
    for seed in range(12):
        for form in "ABC":
            s = build_set(name, seed=seed, form=form)
            odd = [i for i in s.items if i.family == "sequence.oddoneout"]
            assert len({(i.prompt, tuple(sorted(i.choices))) for i in odd}) == len(odd)
            text = [" ".join(i.prompt.split()).casefold() for i in s.items
                    if i.family not in FIGURE_FAMILIES]
            assert len(set(text)) == len(text)


def test_logic_test_is_a_mixed_speed_test_rising_in_difficulty() -> None:
    bp = load_blueprint("logic-test", check_families=False)
    assert bp.count == 50 and bp.minutes == 15
    families = {f for s in bp.sections for f in s.families}
    for needed in ("deduction.statements", "deduction.syllogism", "sequence.number"):
        assert needed in families
    assert {"deduction.ordering", "deduction.seating"} & families
    assert {f.split(".")[0] for f in families} == {
        "sequence", "deduction", "probability", "quant", "attention", "spatial"}
    probability = sum(s.count for s in bp.sections if s.families[0].startswith("probability."))
    assert probability <= 3  # as in published descriptions of such tests
    figures = sum(s.count for s in bp.sections
                  if s.families[0].split(".")[1] in ("figure", "matrix", "oddoneout", "mirror"))
    assert figures == 10  # a fifth of the test
    s = build_set("logic-test", seed=3)
    ranks = [("easy", "medium", "hard").index(i.difficulty) for i in s.items]
    assert ranks == sorted(ranks)
    # Shuffled: the first ten questions are not all from one area.
    assert len({i.family.split(".")[0] for i in s.items[:10]}) > 1


# -- sets and forms -----------------------------------------------------------------


def test_build_is_deterministic_and_forms_differ(tmp_path: Path, clock: str) -> None:
    path = write(tmp_path, MIXED)
    a1 = build_set(path, seed=5, form="A")
    a2 = build_set(str(path), seed=5, form="a")
    assert a1.to_json() == a2.to_json()
    b = build_set(path, seed=5, form="B")
    other = build_set(path, seed=6, form="A")
    assert [i.code for i in a1.items] != [i.code for i in b.items]
    assert not {i.code for i in a1.items} & {i.code for i in other.items}
    assert (a1.form, b.form, a1.seed, a1.minutes, a1.title) == ("A", "B", 5, 7.0, "Mixed")
    assert a1.meta == {"blueprint": "bp", "forms": 3}
    for item in a1.items:
        assert verify(item).ok
        assert logicgen.from_code(item.code).prompt == item.prompt


def test_neighbouring_seeds_share_no_items(tmp_path: Path, clock: str) -> None:
    path = write(tmp_path, MIXED)
    codes = [{i.code for i in build_set(path, seed=s).items} for s in (100, 101, 102)]
    assert not (codes[0] & codes[1]) and not (codes[1] & codes[2])


def test_difficulty_mix_and_rising_order(tmp_path: Path, clock: str) -> None:
    s = build_set(write(tmp_path, MIXED), seed=9)
    levels = Counter((i.family, i.difficulty) for i in s.items)
    # 6 at 0.3/0.5/0.2 -> 1.8/3/1.2 -> 2/3/1 by largest remainders; 4 at 0.5/0.5 -> 2/2.
    assert levels == {
        ("sequence.number", "easy"): 2, ("sequence.number", "medium"): 3,
        ("sequence.number", "hard"): 1, ("puzzle.clock", "easy"): 2, ("puzzle.clock", "hard"): 2,
    }
    ranks = [("easy", "medium", "hard").index(i.difficulty) for i in s.items]
    assert ranks == sorted(ranks)


def test_without_shuffle_sections_keep_their_order(tmp_path: Path, clock: str) -> None:
    text = MIXED.replace("shuffle_questions = true\nrising_difficulty = true\n", "")
    s = build_set(write(tmp_path, text), seed=9)
    assert [i.family for i in s.items] == ["sequence.number"] * 6 + ["puzzle.clock"] * 4
    assert [i.difficulty for i in s.items[:6]] == ["easy", "easy", "medium", "medium", "medium",
                                                  "hard"]


@pytest.mark.parametrize(
    ("weights", "count", "expected"),
    [
        ((0.3, 0.5, 0.2), 10, [3, 5, 2]),
        ((0.3, 0.5, 0.2), 6, [2, 3, 1]),
        ((0.3, 0.5, 0.2), 1, [0, 1, 0]),
        ((0.3, 0.5, 0.2), 4, [1, 2, 1]),
        ((1.0, 0.0, 0.0), 3, [3, 0, 0]),
        ((0.5, 0.0, 0.5), 3, [2, 0, 1]),  # tie: the easier level gets the extra item
        ((1 / 3, 1 / 3, 1 / 3), 50, [17, 17, 16]),
    ],
)
def test_largest_remainder(weights: tuple[float, ...], count: int, expected: list[int]) -> None:
    assert _largest_remainder(weights, count) == expected
    assert sum(expected) == count


def test_several_families_share_a_section_in_turn(tmp_path: Path, clock: str) -> None:
    text = ('title = "T"\n[[sections]]\nfamilies = ["puzzle.clock", "sequence.number"]\n'
            'count = 5\ndifficulty = "easy"\n')
    bp = load_blueprint(write(tmp_path, text))
    assert [f for _, f, _ in plan(bp)] == ["puzzle.clock", "sequence.number"] * 2 + ["puzzle.clock"]


def test_area_section_uses_the_registered_families_of_the_area(tmp_path: Path) -> None:
    expected = tuple(n for n in registry.names() if n.startswith("sequence."))
    text = f'title = "T"\n[[sections]]\narea = "sequence"\ncount = {len(expected)}\n'
    bp = load_blueprint(write(tmp_path, text))
    assert bp.sections[0].families == expected
    assert {i.family for i in build_set(bp, seed=1).items} == set(expected)


def test_no_prompt_repeats_within_a_form(tmp_path: Path, clock: str) -> None:
    # 12 start hours x 2 hour counts = 24 possible prompts; 20 of them must all differ.
    text = ('title = "T"\n[[sections]]\nfamily = "puzzle.clock"\ncount = 20\n'
            'difficulty = "easy"\nparams = { max_hours = 2 }\n')
    s = build_set(write(tmp_path, text), seed=4)
    assert len({i.prompt for i in s.items}) == 20


def test_section_asking_for_too_many_distinct_items(tmp_path: Path, clock: str) -> None:
    text = ('title = "T"\n[[sections]]\nfamily = "puzzle.clock"\ncount = 30\n'
            'difficulty = "easy"\nparams = { max_hours = 2 }\n')
    path = write(tmp_path, text)
    with pytest.raises(BlueprintError, match=r"sections\[0\] asks for more distinct puzzle.clock "
                                             r"items at difficulty easy.*\(got 30\)"):
        build_set(path, seed=4)
    assert MAX_REDRAWS >= 20


def test_shuffle_options_keeps_the_key(tmp_path: Path, clock: str) -> None:
    plain = build_set(write(tmp_path, MIXED), seed=2)
    shuffled = build_set(write(tmp_path, MIXED.replace("forms = 3", "forms = 3\nshuffle_options"
                                                      " = true"), "s.toml"), seed=2)
    assert [i.prompt for i in plain.items] == [i.prompt for i in shuffled.items]
    moved = 0
    for a, b in zip(plain.items, shuffled.items):
        assert sorted(a.choices) == sorted(b.choices)
        assert b.choices[b.answer_index] == b.answer == a.answer
        assert verify(b).ok
        assert b.check(b.letter) and (b.letter == a.letter or not b.check(a.letter))
        moved += a.choices != b.choices
    assert moved >= 5


def test_shuffle_options_leaves_true_false_uncertain_alone() -> None:
    import numpy as np

    item = logicgen.Item(
        code="x.y-m1-0000000000", family="x.y", difficulty="medium", score=1.0, format="tfu",
        prompt="p", choices=TFU_CHOICES, answer="False", answer_index=1, explanation="e",
        data={},
    )
    assert shuffle_options(item, np.random.default_rng(1)) is item


def test_fresh_seed_is_recorded(tmp_path: Path) -> None:
    text = 'title = "T"\n[[sections]]\nfamily = "sequence.number"\ncount = 2\n'
    s = build_set(write(tmp_path, text))
    assert isinstance(s.seed, int)
    assert build_set(write(tmp_path, text), seed=s.seed).to_json() == s.to_json()
    s2 = build_set(write(tmp_path, text + "", "b.toml").parent / "b.toml", seed=None)
    assert isinstance(s2.seed, int)


def test_blueprint_default_seed(tmp_path: Path) -> None:
    text = 'title = "T"\nseed = 2207\n[[sections]]\nfamily = "sequence.number"\ncount = 2\n'
    assert build_set(write(tmp_path, text)).seed == 2207
    assert build_set(write(tmp_path, text), seed=1).seed == 1


# -- validation ---------------------------------------------------------------------

GOOD_SECTION = '[[sections]]\nfamily = "sequence.number"\ncount = 3\n'
BAD_FILES = [
    ('title = "T"\nforms = \n', r"puzzles/x\.toml: invalid TOML at line 2, column 9 \("),
    ('title = "T"\n[[sections]]\nfamily = "sequence.number"\ncount = "ten"\n',
     r'puzzles/x\.toml: sections\[0\]\.count must be a positive integer \(got "ten"\)'),
    ('title = "T"\n' + GOOD_SECTION + GOOD_SECTION + GOOD_SECTION.replace("3", "0"),
     r"sections\[2\]\.count must be a positive integer \(got 0\)"),
    ('title = "T"\n' + GOOD_SECTION.replace("3", "true"), r"sections\[0\]\.count must be a positive integer"),
    ('title = "T"\n' + GOOD_SECTION.replace("3", "501"), r"sections\[0\]\.count must be at most 500 \(got 501\)"),
    (GOOD_SECTION, r"title must be non-empty text \(got None\)"),
    ('title = ""\n' + GOOD_SECTION, r'title must be non-empty text \(got ""\)'),
    ('title = "T"\ncolour = "red"\n' + GOOD_SECTION,
     r'unknown key "colour"; the allowed keys are title, instructions, minutes'),
    ('title = "T"\nforms = 0\n' + GOOD_SECTION, r"forms must be an integer between 1 and 26 \(got 0\)"),
    ('title = "T"\nforms = 27\n' + GOOD_SECTION, r"forms must be an integer between 1 and 26"),
    ('title = "T"\nminutes = -5\n' + GOOD_SECTION, r"minutes must be a number of minutes.*\(got -5\)"),
    ('title = "T"\nminutes = "15"\n' + GOOD_SECTION, r'minutes must be .*\(got "15"\)'),
    ('title = "T"\nseed = -1\n' + GOOD_SECTION, r"seed must be a non-negative integer \(got -1\)"),
    ('title = "T"\nshuffle_questions = "yes"\n' + GOOD_SECTION,
     r'shuffle_questions must be true or false \(got "yes"\)'),
    ('title = "T"\n', r"sections must be a non-empty array of tables"),
    ('title = "T"\nsections = []\n', r"sections must be a non-empty array of tables"),
    ('title = "T"\n' + GOOD_SECTION + "colour = 1\n",
     r'sections\[0\] has the unknown key "colour"; the allowed keys are family, families, area'),
    ('title = "T"\n[[sections]]\ncount = 3\n',
     r"sections\[0\] must name exactly one of family, families or area \(got none\)"),
    ('title = "T"\n' + GOOD_SECTION + 'area = "sequence"\n',
     r"must name exactly one of family, families or area \(got family, area\)"),
    ('title = "T"\n[[sections]]\nfamilies = []\ncount = 1\n',
     r"sections\[0\]\.families must be a non-empty list of family names \(got \[\]\)"),
    ('title = "T"\n' + GOOD_SECTION + 'difficulty = "impossible"\n',
     (r'sections\[0\]\.difficulty must be one of easy, medium, hard or a mix table '
      r'\(got "impossible"\)')),
    ('title = "T"\n' + GOOD_SECTION + "difficulty = { extreme = 1.0 }\n",
     r'sections\[0\]\.difficulty key must be one of easy, medium, hard \(got "extreme"\)'),
    ('title = "T"\n' + GOOD_SECTION + "difficulty = { easy = -0.5, hard = 1 }\n",
     r"sections\[0\]\.difficulty\.easy must be a non-negative number \(got -0.5\)"),
    ('title = "T"\n' + GOOD_SECTION + "difficulty = { easy = 0, hard = 0 }\n",
     r"sections\[0\]\.difficulty must give some level a positive share"),
    ('title = "T"\n' + GOOD_SECTION + "params = 5\n",
     r"sections\[0\]\.params must be a table of family parameters \(got 5\)"),
    ('title = "T"\n' + GOOD_SECTION + 'params = { difficulty = "hard" }\n',
     r"sections\[0\]\.params must not set difficulty \(use sections\[0\]\.difficulty instead\)"),
    ('title = "T"\n' + GOOD_SECTION.replace("3", "500") * 3,
     r"the sections ask for 1500 items in all; the most is 1000"),
]


@pytest.mark.parametrize(("text", "message"), BAD_FILES)
def test_bad_blueprint_is_refused_with_one_sentence(text: str, message: str) -> None:
    with pytest.raises(BlueprintError, match=message) as info:
        parse_blueprint(text, "puzzles/x.toml", "x")
    assert str(info.value).startswith("puzzles/x.toml: ")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ('family = "no.such"\ncount = 2\n',
         r'sections\[0\]\.family: unknown family "no\.such"; run `logicgen families`'),
        ('family = "sequence.numbr"\ncount = 2\n',
         r'sections\[0\]\.family: unknown family "sequence\.numbr"; did you mean sequence\.number\?'),
        ('families = ["sequence.number", "sequence.nope"]\ncount = 2\n',
         r'sections\[0\]\.families: unknown family "sequence\.nope"'),
        ('area = "astrology"\ncount = 2\n',
         (r'sections\[0\]\.area must be an area with registered families \(.*sequence.*\) '
          r'\(got "astrology"\)')),
        ('family = "sequence.number"\ncount = 2\nparams = { n_options = 99 }\n',
         (r"sections\[0\]\.params for sequence\.number: n_options must be between 3 and 8 "
          r"\(got 99\)")),
        ('family = "sequence.number"\ncount = 2\nparams = { colour = "red" }\n',
         r'sections\[0\]\.params for sequence\.number: sequence\.number has no parameter "colour"'),
    ],
)
def test_bad_family_references(tmp_path: Path, section: str, message: str) -> None:
    path = write(tmp_path, 'title = "T"\n[[sections]]\n' + section)
    with pytest.raises(BlueprintError, match=message):
        load_blueprint(path)
    load_blueprint(path, check_families=False)  # the structure itself is fine


def test_unknown_blueprint_lists_the_shipped_ones() -> None:
    with pytest.raises(BlueprintError, match=r'unknown blueprint "logic-tset"; the shipped '
                                             r"blueprints are aptitude-50, deductions, figures, logic-test, "):
        load_blueprint("logic-tset")


def test_unreadable_blueprint_files(tmp_path: Path) -> None:
    with pytest.raises(BlueprintError, match=r"does not exist"):
        load_blueprint(tmp_path / "missing.toml")
    with pytest.raises(BlueprintError, match=r"is a folder, not a file"):
        load_blueprint(str(tmp_path) + "/")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes('title = "Caf\u00e9"\n'.encode("latin-1"))
    with pytest.raises(BlueprintError, match=r"latin1\.toml is not UTF-8 text"):
        load_blueprint(bad)
    with pytest.raises(BlueprintError, match=r"a blueprint is a shipped name or a path"):
        load_blueprint(42)  # type: ignore[arg-type]


def test_bad_seed_and_form(tmp_path: Path) -> None:
    path = write(tmp_path, 'title = "T"\nforms = 2\n' + GOOD_SECTION)
    with pytest.raises(InvalidParams, match=r'form must be one of A, B for .*bp\.toml \(got "C"\)'):
        build_set(path, seed=1, form="C")
    with pytest.raises(InvalidParams, match=r"seed must be between 0 and \d+ \(got -3\)"):
        build_set(path, seed=-3)


def test_section_difficulties_rise() -> None:
    section = Section(("a.b",), 5, (0.2, 0.4, 0.4))
    assert section.difficulties() == ["easy", "medium", "medium", "hard", "hard"]


# -- command line -------------------------------------------------------------------


def test_blueprints_command_lists_title_items_minutes() -> None:
    result = CliRunner().invoke(cli, ["blueprints"])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line.split() for line in result.output.splitlines()[1:]}
    assert lines["logic-test"][1:3] == ["50", "15"]
    assert lines["quick-10"][1:3] == ["10", "5"]
    assert "Logic test practice" in result.output


def test_build_command_writes_the_inferred_format(tmp_path: Path, clock: str) -> None:
    path = write(tmp_path, MIXED)
    out = tmp_path / "set.json"
    result = CliRunner().invoke(cli, ["build", str(path), "-s", "4", "--form", "B", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["form"] == "B" and data["seed"] == 4
    assert data == json.loads(build_set(path, seed=4, form="B").to_json())
    text = CliRunner().invoke(cli, ["build", str(path), "-s", "4"])
    assert text.exit_code == 0 and "Answer key" in text.output and "Form A" in text.output
    no_key = CliRunner().invoke(cli, ["build", str(path), "-s", "4", "--no-key", "-f", "markdown"])
    assert no_key.exit_code == 0 and "Answer key" not in no_key.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "nope"], 'unknown blueprint "nope"; the shipped blueprints are'),
        (["build", "{bp}", "-o", "{tmp}/missing/x.pdf"], "does not exist"),
        (["build", "{bp}", "-o", "{tmp}/x.docx"], "cannot tell the format from the suffix"),
        (["build", "{bp}", "-f", "pdf"], "PDF output needs a file"),
        (["build", "{bp}", "-f", "docx"], "Invalid value for '-f'"),
        (["build", "{bp}", "--no-key", "--key-only"], "cannot be used together"),
        (["build", "{bp}", "--no-key", "-f", "gift"], "--no-key applies to pdf, html"),
        (["build", "{bp}", "--form", "Q"], 'form must be one of A, B, C'),
        (["build", "{bad}", "-o", "{tmp}/x.pdf"], "invalid TOML at line 1, column"),
        (["build", "{bp}", "-o", "{tmp}"], "is a folder, not a file"),
    ],
)
def test_build_errors_exit_2_without_output(
    tmp_path: Path, clock: str, args: list[str], message: str
) -> None:
    bp = write(tmp_path, MIXED)
    bad = write(tmp_path, "title = = 1\n", "bad.toml")
    argv = [a.format(bp=bp, bad=bad, tmp=tmp_path) for a in args]
    before = set(tmp_path.iterdir())
    result = CliRunner().invoke(cli, argv)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert set(tmp_path.iterdir()) == before  # no partial or temporary file left


def test_build_into_unwritable_folder(tmp_path: Path, clock: str) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root can write into read-only folders")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = CliRunner().invoke(cli, ["build", str(write(tmp_path, MIXED)), "-o",
                                          str(locked / "x.html")])
        assert result.exit_code == 2 and "cannot write to" in result.output
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_build_when_the_output_cannot_be_written(
    tmp_path: Path, clock: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    bp = write(tmp_path, MIXED)
    for name in ("x.pdf", "x.html"):
        result = CliRunner().invoke(cli, ["build", str(bp), "-s", "1", "-o", str(tmp_path / name)])
        assert result.exit_code == 2, result.output
        assert f"cannot write to {str(tmp_path / name)!r}: Permission denied" in result.output
        assert not (tmp_path / name).exists()
