"""IMS QTI packages for learning platforms: QTI 2.1 (``-f qti``) and Canvas's QTI 1.2 (``-f canvas``).

Both are zip files; the same set gives the same bytes (entries in a fixed
order, with a fixed date).

**QTI 2.1 content package** (New Quizzes, Blackboard, D2L Brightspace,
OpenOLAT, ILIAS, TAO and others): ``imsmanifest.xml`` lists one resource for the
test (``assessment.xml``, one section holding the questions in order) and one
per question (``items/q01.xml``, an ``assessmentItem``), with the pictures each
question shows (``images/q01-figure.png``). Lettered and true/false/uncertain
items are a ``choiceInteraction`` (options kept in order); free-response items
a ``textEntryInteraction``, whose correct response is a float when the answer
is a plain decimal number and the answer text otherwise. Response processing
scores 1 for the correct response and shows the worked explanation as modal
feedback after the answer.

**Canvas QTI 1.2** (Classic Quizzes; Settings, Import course content, "QTI
.zip file"): laid out as Canvas's own quiz export, a manifest, the quiz
(``<quiz>/<quiz>.xml``) with its settings (``<quiz>/assessment_meta.xml``:
title, instructions, time limit, options not shuffled), one question bank per
family of the set (``non_cc_assessments/<bank>.xml.qti``, titled with the set
and the family) whose questions the quiz's questions refer to, and the
pictures under ``web_resources/images/``. Lettered and true/false/uncertain
items are ``multiple_choice_question``; free-response items
``numerical_question`` with an exact answer and margin 0 when the answer is a
plain decimal number, else ``short_answer_question``; the worked explanation
is the general feedback.

Figure items show their drawing as a PNG (see :mod:`logicgen.render.pictures`),
and options that are drawings are pictures too; the text description is the
picture's alternative text. Item codes are not written: questions are named by
the sheet id and their number, so a student who sees an identifier learns
nothing from it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from io import BytesIO
from typing import TYPE_CHECKING

from ..answers import LETTERS
from .pictures import Pictures, html_paragraphs, img, prompt_html, prompt_parts, set_pictures

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item
    from ..problemset import ProblemSet

__all__ = ["QTI_NS", "render_canvas", "render_qti"]

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
QTI12_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CANVAS_NS = "http://canvas.instructure.com/xsd/cccv1p0"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
_CP_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd"

_DECIMAL = re.compile(r"^-?\d+(?:\.\d+)?$")
# Characters XML 1.0 does not allow at all (ElementTree would write them anyway).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# 1980-01-01, the earliest date a zip entry can carry: the same set, the same bytes
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=True)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def zip_files(files: list[tuple[str, bytes]]) -> bytes:
    """A zip of ``(name, bytes)`` entries, in order, every entry with one fixed date."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def _sub(parent: ET.Element, tag: str, attrs: dict[str, str] | None = None,
         text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs or {})
    if text is not None:
        element.text = _clean(text)
    return element


def _manifest(attrs: dict[str, str], schema: str, version: str) -> tuple[ET.Element, ET.Element]:
    """An empty content-package manifest, and its ``resources`` element to fill."""
    manifest = ET.Element("manifest", attrs)
    metadata = _sub(manifest, "metadata")
    _sub(metadata, "schema", text=schema)
    _sub(metadata, "schemaversion", text=version)
    _sub(manifest, "organizations")
    return manifest, _sub(manifest, "resources")


def _ident(problem_set: ProblemSet) -> str:
    """The set's identifier stem: the sheet id after a letter (identifiers start with one)."""
    return f"S{problem_set.sheet_id}"


def is_numeric(item: Item) -> bool:
    """A free-response item whose answer is a plain decimal number."""
    return not item.choices and bool(_DECIMAL.match(item.answer.strip()))


# -- QTI 2.1 --------------------------------------------------------------------------


def _paragraphs(parent: ET.Element, item: Item, pictures: Pictures | None) -> None:
    figure = pictures.figure if pictures else None
    for part in prompt_parts(item, figure, "../images/"):
        p = _sub(parent, "p")
        if part[0] == "img":
            _sub(p, "img", {"src": part[1], "alt": _clean(part[2])})
            continue
        for i, line in enumerate(part[1:]):
            if i == 0:
                p.text = _clean(line)
            else:
                _sub(p, "br").tail = _clean(line)


def _feedback(parent: ET.Element, explanation: str) -> None:
    box = _sub(parent, "modalFeedback", {"outcomeIdentifier": "FEEDBACK",
                                         "identifier": "SOLUTION", "showHide": "show"})
    for paragraph in re.split(r"\n\s*\n", explanation.strip()):
        p = _sub(box, "p")
        for i, line in enumerate(paragraph.split("\n")):
            if i == 0:
                p.text = _clean(line)
            else:
                _sub(p, "br").tail = _clean(line)


def _set_value(parent: ET.Element, identifier: str, base: str, value: str) -> None:
    setter = _sub(parent, "setOutcomeValue", {"identifier": identifier})
    _sub(setter, "baseValue", {"baseType": base}, value)


def qti_item(item: Item, identifier: str, title: str, pictures: Pictures | None) -> ET.Element:
    """One question as a QTI 2.1 ``assessmentItem`` element."""
    root = ET.Element("assessmentItem", {
        "xmlns": QTI_NS, "xmlns:xsi": XSI, "xsi:schemaLocation": f"{QTI_NS} {_QTI_XSD}",
        "identifier": identifier, "title": title, "adaptive": "false", "timeDependent": "false",
    })
    if item.choices:
        base, correct = "identifier", LETTERS[item.answer_index or 0]
    elif is_numeric(item):
        base, correct = "float", item.answer.strip()
    else:
        base, correct = "string", item.answer.strip()
    response = _sub(root, "responseDeclaration",
                    {"identifier": "RESPONSE", "cardinality": "single", "baseType": base})
    _sub(_sub(response, "correctResponse"), "value", text=correct)
    score = _sub(root, "outcomeDeclaration",
                 {"identifier": "SCORE", "cardinality": "single", "baseType": "float"})
    _sub(_sub(score, "defaultValue"), "value", text="0")
    _sub(root, "outcomeDeclaration",
         {"identifier": "FEEDBACK", "cardinality": "single", "baseType": "identifier"})
    body = _sub(root, "itemBody")
    _paragraphs(body, item, pictures)
    if item.choices:
        interaction = _sub(body, "choiceInteraction", {
            "responseIdentifier": "RESPONSE", "shuffle": "false", "maxChoices": "1"})
        options = pictures.options if pictures and pictures.options else None
        for index, choice in enumerate(item.choices):
            simple = _sub(interaction, "simpleChoice", {"identifier": LETTERS[index]})
            if options is not None:
                _sub(simple, "img", {"src": "../images/" + options[index].name,
                                     "alt": _clean(choice)})
            else:
                simple.text = _clean(choice)
    else:
        p = _sub(body, "p", text="Answer: ")
        _sub(p, "textEntryInteraction", {"responseIdentifier": "RESPONSE",
                                         "expectedLength": str(max(8, len(correct) + 2))})
    processing = _sub(root, "responseProcessing")
    condition = _sub(processing, "responseCondition")
    when = _sub(condition, "responseIf")
    match = _sub(when, "match")
    _sub(match, "variable", {"identifier": "RESPONSE"})
    _sub(match, "correct", {"identifier": "RESPONSE"})
    _set_value(when, "SCORE", "float", "1")
    _set_value(_sub(condition, "responseElse"), "SCORE", "float", "0")
    _set_value(processing, "FEEDBACK", "identifier", "SOLUTION")
    _feedback(root, item.explanation)
    return root


def _qti_test(problem_set: ProblemSet, refs: list[tuple[str, str]]) -> ET.Element:
    stem = _ident(problem_set)
    root = ET.Element("assessmentTest", {
        "xmlns": QTI_NS, "xmlns:xsi": XSI, "xsi:schemaLocation": f"{QTI_NS} {_QTI_XSD}",
        "identifier": f"{stem}-TEST", "title": _clean(problem_set.title)})
    _sub(root, "outcomeDeclaration",
         {"identifier": "SCORE", "cardinality": "single", "baseType": "float"})
    if problem_set.minutes:
        _sub(root, "timeLimits", {"maxTime": f"{problem_set.minutes * 60:g}"})
    part = _sub(root, "testPart", {"identifier": f"{stem}-PART", "navigationMode": "nonlinear",
                                   "submissionMode": "simultaneous"})
    section = _sub(part, "assessmentSection", {"identifier": f"{stem}-SECTION",
                                               "title": _clean(problem_set.title),
                                               "visible": "true"})
    if problem_set.instructions:
        rubric = _sub(section, "rubricBlock", {"view": "candidate"})
        for paragraph in re.split(r"\n\s*\n", problem_set.instructions.strip()):
            _sub(rubric, "p", text=" ".join(paragraph.split()))
    for identifier, href in refs:
        _sub(section, "assessmentItemRef", {"identifier": identifier, "href": href})
    outcome = _sub(root, "outcomeProcessing")
    setter = _sub(outcome, "setOutcomeValue", {"identifier": "SCORE"})
    _sub(_sub(setter, "sum"), "testVariables", {"variableIdentifier": "SCORE"})
    return root


def render_qti(problem_set: ProblemSet) -> bytes:
    """The set as a QTI 2.1 content package (zip bytes)."""
    stem = _ident(problem_set)
    pictures = set_pictures(problem_set)
    manifest, resources = _manifest(
        {"xmlns": CP_NS, "xmlns:xsi": XSI, "xsi:schemaLocation": f"{CP_NS} {_CP_XSD}",
         "identifier": f"{stem}-MANIFEST"}, "QTIv2.1 Package", "1.0.0")
    test = _sub(resources, "resource", {"identifier": f"{stem}-TEST-RES",
                                        "type": "imsqti_test_xmlv2p1", "href": "assessment.xml"})
    _sub(test, "file", {"href": "assessment.xml"})
    files: list[tuple[str, bytes]] = []
    refs = []
    for number, item in enumerate(problem_set.items, 1):
        identifier = f"{stem}-Q{number:02d}"
        href = f"items/q{number:02d}.xml"
        shown = pictures.get(number)
        files.append((href, _xml(qti_item(item, identifier, f"Question {number}", shown))))
        resource = _sub(resources, "resource", {"identifier": identifier,
                                                "type": "imsqti_item_xmlv2p1", "href": href})
        _sub(resource, "file", {"href": href})
        for picture in shown.all() if shown else []:
            _sub(resource, "file", {"href": f"images/{picture.name}"})
            files.append((f"images/{picture.name}", picture.png))
        _sub(test, "dependency", {"identifierref": identifier})
        refs.append((identifier, href))
    head = [("imsmanifest.xml", _xml(manifest)),
            ("assessment.xml", _xml(_qti_test(problem_set, refs)))]
    return zip_files(head + files)


# -- Canvas (QTI 1.2) -------------------------------------------------------------------

_FILEBASE = "$IMS-CC-FILEBASE$/images/"


def _meta(parent: ET.Element, fields: list[tuple[str, str]]) -> None:
    block = _sub(parent, "qtimetadata")
    for label, entry in fields:
        field = _sub(block, "qtimetadatafield")
        _sub(field, "fieldlabel", text=label)
        _sub(field, "fieldentry", text=entry)


def _mattext(parent: ET.Element, html: str) -> None:
    _sub(_sub(parent, "material"), "mattext", {"texttype": "text/html"}, html)


def canvas_item(item: Item, number: int, ident: str, pictures: Pictures | None,
                bank_ref: str | None = None) -> ET.Element:
    """Question ``number`` as a Canvas QTI 1.2 ``item`` element."""
    title = f"Question {number}"
    element = ET.Element("item", {"ident": ident, "title": title})
    if item.choices:
        qtype = "multiple_choice_question"
    elif is_numeric(item):
        qtype = "numerical_question"
    else:
        qtype = "short_answer_question"
    # numbers, as Canvas writes its answer ids: question number, then option (1501 for 15 A)
    answer_ids = [str(number * 100 + i + 1) for i in range(len(item.choices))]
    fields = [("question_type", qtype), ("points_possible", "1.0")]
    if answer_ids:
        fields.append(("original_answer_ids", ",".join(answer_ids)))
    if bank_ref is not None:
        fields.append(("assessment_question_identifierref", bank_ref))
    _meta(_sub(element, "itemmetadata"), fields)
    presentation = _sub(element, "presentation")
    _mattext(presentation, prompt_html(item, pictures.figure if pictures else None, _FILEBASE))
    if item.choices:
        lid = _sub(presentation, "response_lid", {"ident": "response1", "rcardinality": "Single"})
        render = _sub(lid, "render_choice")
        options = pictures.options if pictures and pictures.options else None
        for index, choice in enumerate(item.choices):
            label = _sub(render, "response_label", {"ident": answer_ids[index]})
            if options is not None:
                _mattext(label, img(_FILEBASE + options[index].name, choice))
            else:
                _sub(_sub(label, "material"), "mattext", {"texttype": "text/plain"}, choice)
    else:
        response = _sub(presentation, "response_str", {"ident": "response1",
                                                       "rcardinality": "Single"})
        fib = _sub(response, "render_fib",
                   {"fibtype": "Decimal"} if qtype == "numerical_question" else {})
        _sub(fib, "response_label", {"ident": "answer1", "rshuffle": "No"})
    processing = _sub(element, "resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", {"maxvalue": "100", "minvalue": "0", "varname": "SCORE",
                              "vartype": "Decimal"})
    general = _sub(processing, "respcondition", {"continue": "Yes"})
    _sub(_sub(general, "conditionvar"), "other")
    _sub(general, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general_fb"})
    right = _sub(processing, "respcondition", {"continue": "No"})
    condition = _sub(right, "conditionvar")
    if item.choices:
        _sub(condition, "varequal", {"respident": "response1"},
             answer_ids[item.answer_index or 0])
    elif qtype == "numerical_question":
        # an exact answer with margin 0, written as Canvas writes one: equal, or in [x, x]
        value = item.answer.strip()
        either = _sub(condition, "or")
        _sub(either, "varequal", {"respident": "response1"}, value)
        both = _sub(either, "and")
        _sub(both, "vargte", {"respident": "response1"}, value)
        _sub(both, "varlte", {"respident": "response1"}, value)
    else:
        _sub(condition, "varequal", {"respident": "response1", "case": "No"},
             item.answer.strip())
    _sub(right, "setvar", {"action": "Set", "varname": "SCORE"}, "100")
    feedback = _sub(element, "itemfeedback", {"ident": "general_fb"})
    _mattext(_sub(feedback, "flow_mat"), html_paragraphs(item.explanation))
    return element


def _canvas_meta(problem_set: ProblemSet, quiz: str) -> ET.Element:
    root = ET.Element("quiz", {"xmlns": CANVAS_NS, "xmlns:xsi": XSI, "identifier": quiz,
                               "xsi:schemaLocation": f"{CANVAS_NS} "
                               "https://canvas.instructure.com/xsd/cccv1p0.xsd"})
    _sub(root, "title", text=problem_set.title)
    _sub(root, "description", text=html_paragraphs(problem_set.instructions))
    _sub(root, "shuffle_answers", text="false")
    _sub(root, "scoring_policy", text="keep_highest")
    _sub(root, "quiz_type", text="assignment")
    _sub(root, "points_possible", text=f"{len(problem_set.items):.1f}")
    if problem_set.minutes:
        _sub(root, "time_limit", text=f"{max(1, round(problem_set.minutes))}")
    _sub(root, "allowed_attempts", text="1")
    _sub(root, "one_question_at_a_time", text="false")
    _sub(root, "show_correct_answers", text="true")
    _sub(root, "available", text="false")
    return root


def _family_banks(problem_set: ProblemSet) -> dict[str, list[int]]:
    """Question numbers by family, families in order of first appearance."""
    banks: dict[str, list[int]] = {}
    for number, item in enumerate(problem_set.items, 1):
        banks.setdefault(item.family, []).append(number)
    return banks


def render_canvas(problem_set: ProblemSet) -> bytes:
    """The set as a Canvas Classic Quizzes QTI 1.2 zip (bytes)."""
    stem = _ident(problem_set)
    quiz = f"{stem}-QUIZ"
    pictures = set_pictures(problem_set)
    files: list[tuple[str, bytes]] = []
    manifest, resources = _manifest(
        {"xmlns": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1",
         "identifier": f"{stem}-MANIFEST"}, "IMS Content", "1.1.3")

    quiz_res = _sub(resources, "resource", {"identifier": quiz, "type": "imsqti_xmlv1p2"})
    _sub(quiz_res, "file", {"href": f"{quiz}/{quiz}.xml"})
    _sub(quiz_res, "dependency", {"identifierref": f"{quiz}-META"})
    meta_res = _sub(resources, "resource", {
        "identifier": f"{quiz}-META", "href": f"{quiz}/assessment_meta.xml",
        "type": "associatedcontent/imscc_xmlv1p1/learning-application-resource"})
    _sub(meta_res, "file", {"href": f"{quiz}/assessment_meta.xml"})

    bank_refs: dict[int, str] = {}
    for index, (family, numbers) in enumerate(_family_banks(problem_set).items(), 1):
        bank = f"{stem}-BANK{index:02d}"
        root = ET.Element("questestinterop", {"xmlns": QTI12_NS})
        objectbank = _sub(root, "objectbank", {"ident": bank})
        title = f"{problem_set.title}, sheet {problem_set.sheet_id}: {family}"
        _meta(objectbank, [("bank_title", title)])
        for number in numbers:
            ident = f"{stem}-B{number:02d}"
            objectbank.append(canvas_item(problem_set.items[number - 1], number, ident,
                                          pictures.get(number)))
            bank_refs[number] = ident
        href = f"non_cc_assessments/{bank}.xml.qti"
        files.append((href, _xml(root)))
        res = _sub(resources, "resource", {"identifier": bank, "type": "imsqti_xmlv1p2",
                                           "href": href})
        _sub(res, "file", {"href": href})

    root = ET.Element("questestinterop", {"xmlns": QTI12_NS})
    assessment = _sub(root, "assessment", {"ident": quiz, "title": problem_set.title})
    _meta(assessment, [("cc_maxattempts", "1")]
          + ([("qmd_timelimit", f"{max(1, round(problem_set.minutes))}")]
             if problem_set.minutes else []))
    section = _sub(assessment, "section", {"ident": "root_section"})
    for number, item in enumerate(problem_set.items, 1):
        section.append(canvas_item(item, number, f"{stem}-Q{number:02d}", pictures.get(number),
                                   bank_refs[number]))
    for number in sorted(pictures):
        for picture in pictures[number].all():
            href = f"web_resources/images/{picture.name}"
            res = _sub(resources, "resource", {"identifier": f"{stem}-{picture.name}",
                                               "type": "webcontent", "href": href})
            _sub(res, "file", {"href": href})
            files.append((href, picture.png))
    head = [("imsmanifest.xml", _xml(manifest)),
            (f"{quiz}/{quiz}.xml", _xml(root)),
            (f"{quiz}/assessment_meta.xml", _xml(_canvas_meta(problem_set, quiz)))]
    return zip_files(head + files)
