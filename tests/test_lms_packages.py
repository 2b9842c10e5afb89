"""Learning-platform packages: QTI 2.1, Canvas QTI 1.2, Anki, and Moodle XML's pictures.

No registry package ships the IMS QTI schema files, so the packages are
checked by structure: every file the manifest names is in the zip and every
file in the zip is named; identifiers are unique; each question's correct
response is the item's key, found by the option's text (or the picture's
alternative text), not by position alone; pictures are PNG files that the
question refers to.
"""

from __future__ import annotations

import base64
import io
import json
import re
import sqlite3
import sys
import xml.etree.ElementTree as ET
import zipfile

import pytest
from click.testing import CliRunner

from logicgen.answers import LETTERS
from logicgen.blueprint import build_set
from logicgen.cli import cli
from logicgen.problemset import ProblemSet
from logicgen.registry import capabilities_of
from logicgen.render import render, render_bytes
from logicgen.render.anki import MissingExtra, deck_id
from tests.test_render_exports import mixed_set

QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
Q12 = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def the_set() -> ProblemSet:
    """Figure items of every layout, lettered, true/false/uncertain and free-response items."""
    test = build_set("logic-test", seed=7)
    figures = [i for i in test.items if isinstance(i.data, dict) and "panels" in i.data]
    layouts = {i.data["layout"] for i in figures}
    assert layouts == {"row", "matrix", "odd"}
    others = [i for i in test.items if i not in figures][:6]
    return ProblemSet(title="LMS check <&>", items=(*figures[:5], *others, *mixed_set().items),
                      seed=7, form="A", minutes=12, instructions="Work fast.\n\nNo calculator.")


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def text_of(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


# -- QTI 2.1 ----------------------------------------------------------------------------


def test_qti_manifest_lists_every_file_and_nothing_else(the_set: ProblemSet) -> None:
    files = unzip(render_bytes(the_set, "qti"))
    manifest = ET.fromstring(files["imsmanifest.xml"])
    named = {f.get("href") for f in manifest.iter(f"{CP}file")}
    assert named == set(files) - {"imsmanifest.xml"}
    resources = list(manifest.iter(f"{CP}resource"))
    ids = [r.get("identifier") for r in resources]
    assert len(ids) == len(set(ids)) == len(the_set.items) + 1
    items = [r for r in resources if r.get("type") == "imsqti_item_xmlv2p1"]
    assert [r.get("href") for r in items] == [f"items/q{n:02d}.xml"
                                             for n in range(1, len(the_set.items) + 1)]
    test = next(r for r in resources if r.get("type") == "imsqti_test_xmlv2p1")
    assert [d.get("identifierref") for d in test.iter(f"{CP}dependency")] == \
        [r.get("identifier") for r in items]
    # the test refers to every item once, in the set's order
    assessment = ET.fromstring(files["assessment.xml"])
    refs = [(r.get("identifier"), r.get("href")) for r in assessment.iter(f"{QTI}assessmentItemRef")]
    assert refs == [(r.get("identifier"), r.get("href")) for r in items]
    assert assessment.find(f"{QTI}timeLimits").get("maxTime") == "720"


def test_qti_items_carry_the_key(the_set: ProblemSet) -> None:
    files = unzip(render_bytes(the_set, "qti"))
    idents = []
    for number, item in enumerate(the_set.items, 1):
        root = ET.fromstring(files[f"items/q{number:02d}.xml"])
        idents.append(root.get("identifier"))
        declaration = root.find(f"{QTI}responseDeclaration")
        correct = declaration.find(f"{QTI}correctResponse/{QTI}value").text
        body = root.find(f"{QTI}itemBody")
        if item.choices:
            assert declaration.get("baseType") == "identifier"
            choices = body.findall(f".//{QTI}simpleChoice")
            assert [c.get("identifier") for c in choices] == list(LETTERS[:len(item.choices)])
            chosen = next(c for c in choices if c.get("identifier") == correct)
            picture = chosen.find(f"{QTI}img")
            shown = picture.get("alt") if picture is not None else text_of(chosen)
            assert shown == " ".join(item.answer.split()), number
        else:
            assert body.find(f".//{QTI}textEntryInteraction") is not None
            assert correct == item.answer
            decimal = re.fullmatch(r"-?\d+(\.\d+)?", item.answer) is not None
            assert declaration.get("baseType") == ("float" if decimal else "string")
        feedback = root.find(f"{QTI}modalFeedback")
        # lines are joined by <br/>: compare the text without its white space
        assert "".join(text_of(feedback).split()) == "".join(item.explanation.split())
        # no item code anywhere in the package's questions
        assert item.code.encode() not in files[f"items/q{number:02d}.xml"]
    assert len(set(idents)) == len(idents)


def test_qti_pictures_are_png_and_referenced(the_set: ProblemSet) -> None:
    files = unzip(render_bytes(the_set, "qti"))
    images = {name for name in files if name.startswith("images/")}
    assert images and all(files[name].startswith(PNG) for name in images)
    referenced = set()
    for number, item in enumerate(the_set.items, 1):
        root = ET.fromstring(files[f"items/q{number:02d}.xml"])
        srcs = [i.get("src") for i in root.iter(f"{QTI}img")]
        referenced |= {s.removeprefix("../") for s in srcs}
        figure = isinstance(item.data, dict) and "panels" in item.data
        if figure and item.data["layout"] == "odd":
            assert len(srcs) == len(item.choices)  # the panels are the options
        elif figure:
            assert len(srcs) == 1 + len(item.choices)  # the drawing and one per option
            # the drawing replaces the panel descriptions, which become its alternative text
            assert not re.search(r"(?m)^(Panel|Row) \d", text_of(root.find(f"{QTI}itemBody")))
        elif capabilities_of(item.family).chart:
            assert len(srcs) == 1  # the chart, in place of its "Chart data:" line
            assert "Chart data:" not in text_of(root.find(f"{QTI}itemBody"))
        else:
            assert srcs == []
    assert referenced == images


# -- Canvas (QTI 1.2) -------------------------------------------------------------------


def test_canvas_package_structure_and_keys(the_set: ProblemSet) -> None:
    files = unzip(render_bytes(the_set, "canvas"))
    manifest = ET.fromstring(files["imsmanifest.xml"])
    ns = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"
    named = {f.get("href") for f in manifest.iter(f"{ns}file")}
    assert named == set(files) - {"imsmanifest.xml"}
    resources = [r.get("identifier") for r in manifest.iter(f"{ns}resource")]
    assert len(resources) == len(set(resources))
    quiz_file = next(n for n in files if re.fullmatch(r"[^/]+/\1\.xml".replace(r"\1", r"[^/]+"), n)
                     and not n.endswith("assessment_meta.xml"))
    quiz = ET.fromstring(files[quiz_file])
    items = list(quiz.iter(f"{Q12}item"))
    assert len(items) == len(the_set.items)
    idents = [i.get("ident") for i in items]
    assert len(set(idents)) == len(idents)
    for item, element in zip(the_set.items, items):
        fields = {f.findtext(f"{Q12}fieldlabel"): f.findtext(f"{Q12}fieldentry")
                  for f in element.iter(f"{Q12}qtimetadatafield")}
        right = [c for c in element.iter(f"{Q12}respcondition")
                 if c.findtext(f"{Q12}setvar") == "100"]
        assert len(right) == 1
        if item.choices:
            assert fields["question_type"] == "multiple_choice_question"
            answer_id = right[0].findtext(f".//{Q12}varequal")
            labels = {lab.get("ident"): lab for lab in element.iter(f"{Q12}response_label")}
            assert fields["original_answer_ids"].split(",") == list(labels)
            shown = labels[answer_id].findtext(f".//{Q12}mattext")
            alt = re.search(r'alt="([^"]*)"', shown)
            shown = alt.group(1) if alt else shown
            import html

            assert html.unescape(shown) == item.answer
        elif re.fullmatch(r"-?\d+(\.\d+)?", item.answer):
            assert fields["question_type"] == "numerical_question"
            values = {e.tag: e.text for e in right[0].iter()
                      if e.tag in (f"{Q12}varequal", f"{Q12}vargte", f"{Q12}varlte")}
            assert set(values.values()) == {item.answer}  # exact, margin 0
        else:
            assert fields["question_type"] == "short_answer_question"
            assert right[0].findtext(f".//{Q12}varequal") == item.answer
        feedback = element.find(f"{Q12}itemfeedback")
        assert feedback.get("ident") == "general_fb"
        assert "".join(item.explanation.split()) in "".join(
            re.sub(r"<[^>]+>", "", feedback.findtext(f".//{Q12}mattext")).split()).replace(
            "&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        # the quiz's question refers to its copy in the family's question bank
        assert fields["assessment_question_identifierref"]


def test_canvas_has_one_bank_per_family(the_set: ProblemSet) -> None:
    files = unzip(render_bytes(the_set, "canvas"))
    banks = {n: ET.fromstring(files[n]) for n in files if n.startswith("non_cc_assessments/")}
    families = list(dict.fromkeys(i.family for i in the_set.items))
    assert len(banks) == len(families)
    titles = []
    bank_items = {}
    for root in banks.values():
        bank = root.find(f"{Q12}objectbank")
        titles.append(bank.findtext(f".//{Q12}fieldentry"))
        for element in bank.iter(f"{Q12}item"):
            bank_items[element.get("ident")] = element
    assert sorted(t.rsplit(": ", 1)[1] for t in titles) == sorted(families)
    assert all(the_set.sheet_id in t for t in titles)
    assert len(bank_items) == len(the_set.items)
    meta = next(ET.fromstring(files[n]) for n in files if n.endswith("assessment_meta.xml"))
    cc = "{http://canvas.instructure.com/xsd/cccv1p0}"
    assert meta.findtext(f"{cc}time_limit") == "12"
    assert meta.findtext(f"{cc}shuffle_answers") == "false"
    images = [n for n in files if n.startswith("web_resources/images/")]
    assert images and all(files[n].startswith(PNG) for n in images)
    quiz_text = b"".join(v for n, v in files.items() if n.endswith(".xml"))
    for name in images:
        assert ("$IMS-CC-FILEBASE$/images/" + name.rsplit("/", 1)[1]).encode() in quiz_text


def test_packages_are_deterministic(the_set: ProblemSet) -> None:
    for fmt in ("qti", "canvas", "anki"):
        assert render_bytes(the_set, fmt) == render_bytes(the_set, fmt), fmt


# -- Anki --------------------------------------------------------------------------------


def test_anki_deck_notes_tags_and_guids(the_set: ProblemSet, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import genanki
    files = unzip(render_bytes(the_set, "anki"))
    media = json.loads(files["media"])
    assert set(media) == {n for n in files if n.isdigit()}
    assert len(set(media.values())) == len(media)  # media names are global in a collection
    assert all(files[k].startswith(PNG) for k in media)
    (tmp_path / "c.anki2").write_bytes(files["collection.anki2"])
    db = sqlite3.connect(tmp_path / "c.anki2")
    try:
        notes = db.execute("select guid, tags, flds from notes order by id").fetchall()
        decks = json.loads(db.execute("select decks from col").fetchone()[0])
    finally:
        db.close()
    assert len(notes) == len(the_set.items)
    assert str(deck_id(the_set.title)) in decks
    for item, (guid, tags, fields) in zip(the_set.items, notes):
        assert guid == genanki.guid_for("logicgen", item.code)
        assert set(tags.split()) == {"logicgen", f"family::{item.family}",
                                     f"level::{item.difficulty}"}
        front, back, explanation = fields.split("\x1f")
        assert (item.letter or "") in back and item.answer.split()[0].replace("<", "&lt;") in back
        assert explanation.startswith("<p>")
        for name in re.findall(r'src="([^"]+)"', front):
            assert name in media.values()
    # a rebuilt deck has the same note GUIDs, so importing it again updates the notes
    rebuilt = build_set("logic-test", seed=7)
    assert {genanki.guid_for("logicgen", i.code) for i in rebuilt.items} >= {
        n[0] for n in notes[:5]}


def test_anki_without_genanki_names_the_extra(monkeypatch: pytest.MonkeyPatch,
                                              tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "genanki", None)
    with pytest.raises(MissingExtra, match=r"pip install 'logicgen\[anki\]'"):
        render_bytes(mixed_set(), "anki")
    out = tmp_path / "deck.apkg"
    result = CliRunner().invoke(cli, ["build", "quick-10", "-s", "3", "-o", str(out)])
    assert result.exit_code == 2 and "logicgen[anki]" in result.output
    assert "Traceback" not in result.output and not out.exists()


# -- Moodle XML pictures, GIFT ------------------------------------------------------------


def test_moodle_embeds_figure_pictures(the_set: ProblemSet) -> None:
    root = ET.fromstring(render(the_set, "moodle").encode("utf-8"))
    questions = root.findall("question")[1:]
    for item, q in zip(the_set.items, questions):
        figure = isinstance(item.data, dict) and "panels" in item.data
        embedded = {f.get("name"): base64.b64decode(f.text or "") for f in q.iter("file")}
        html_text = "".join(t.text or "" for t in q.iter("text"))
        refs = set(re.findall(r"@@PLUGINFILE@@/([\w.-]+)", html_text))
        assert refs == set(embedded)
        assert all(data.startswith(PNG) for data in embedded.values())
        if figure:
            expected = len(item.choices) + (item.data["layout"] != "odd")
            assert len(embedded) == expected
            right = [a for a in q.findall("answer") if a.get("fraction") == "100"]
            assert f'alt="{item.answer}"' in right[0].findtext("text")
        elif capabilities_of(item.family).chart:
            assert len(embedded) == 1  # the chart as a picture
        else:
            assert not embedded


def test_gift_keeps_the_description_and_says_so(the_set: ProblemSet) -> None:
    text = render(the_set, "gift")
    figures = sum(isinstance(i.data, dict) and "panels" in i.data for i in the_set.items)
    assert text.count("drawing is given in words") == figures
    assert "Panel 1\\:" in text and "Row 1\\:" in text  # GIFT escapes the colon


def test_cli_packages_need_a_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    result = runner.invoke(cli, ["build", "quick-10", "-s", "3", "-f", "qti"])
    assert result.exit_code == 2 and "add -o NAME.zip" in result.output
    out = tmp_path / "q.zip"
    result = runner.invoke(cli, ["build", "quick-10", "-s", "3", "-f", "canvas", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert zipfile.is_zipfile(out) and "imsmanifest.xml" in unzip(out.read_bytes())
