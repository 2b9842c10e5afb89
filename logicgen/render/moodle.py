"""Moodle XML: a question-bank file for Moodle's "Import questions" page.

One ``<question>`` per item, after a category question that files the set under
``$course$/top/logicgen/<title> (form A, seed 7)``:

* lettered items become ``multichoice`` questions with a single right answer;
  true/false/uncertain items too (three options: Moodle's ``truefalse`` type has
  only two), keeping their fixed order;
* free-response items become ``numerical`` questions (tolerance 0) when the
  answer is a plain decimal number, otherwise ``shortanswer`` (e.g. ``3/8``);
* the worked explanation is the general feedback; the item code is the ID number;
* figure items show their drawing: the prompt's row or matrix of panels as a
  PNG picture in place of the panel descriptions (which become its alternative
  text), and options that are drawings as pictures too, each embedded in the
  file as ``<file encoding="base64">`` and referenced as ``@@PLUGINFILE@@/name``
  (see :mod:`logicgen.render.pictures`).

The file is built with :mod:`xml.etree.ElementTree`, so it is always well formed;
question text is HTML (escaped item text, lines joined by ``<br>``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item
    from ..problemset import ProblemSet
    from .pictures import Picture, Pictures

__all__ = ["render"]

_DECIMAL = re.compile(r"^-?\d+(?:\.\d+)?$")
# Characters XML 1.0 does not allow at all (ElementTree would write them anyway).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _html(text: str) -> str:
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(
        "<p>" + "<br>".join(escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = _NOT_XML.sub("", value)
    return element


def _simple(parent: ET.Element, tag: str, value: str) -> None:
    ET.SubElement(parent, tag).text = _NOT_XML.sub("", value)


def _answer(parent: ET.Element, fraction: int, text: str, fmt: str | None = "html",
            picture: Picture | None = None) -> ET.Element:
    attrs = {"fraction": str(fraction)}
    if fmt:
        attrs["format"] = fmt
    answer = ET.SubElement(parent, "answer", attrs)
    ET.SubElement(answer, "text").text = _NOT_XML.sub("", text)
    if picture is not None:
        _file(answer, picture)
    _text(answer, "feedback", "", "html")
    return answer


_PLUGINFILE = "@@PLUGINFILE@@/"


def _file(parent: ET.Element, picture: Picture) -> None:
    """Embed ``picture`` in ``parent``, where HTML names it ``@@PLUGINFILE@@/<name>``."""
    import base64

    element = ET.SubElement(parent, "file", {"name": picture.name, "path": "/",
                                             "encoding": "base64"})
    element.text = base64.b64encode(picture.png).decode("ascii")


def _question(quiz: ET.Element, number: int, item: Item,
              pictures: Pictures | None = None) -> None:
    if item.choices:
        qtype = "multichoice"
    elif _DECIMAL.match(item.answer.strip()):
        qtype = "numerical"
    else:
        qtype = "shortanswer"
    q = ET.SubElement(quiz, "question", {"type": qtype})
    _text(q, "name", f"{number:02d} {item.family}")
    if pictures is not None:
        from .pictures import prompt_html

        text = _text(q, "questiontext", prompt_html(item, pictures.figure, _PLUGINFILE), "html")
        if pictures.figure is not None:
            _file(text, pictures.figure)
    else:
        _text(q, "questiontext", _html(item.prompt), "html")
    _text(q, "generalfeedback", _html(item.explanation), "html")
    _simple(q, "defaultgrade", "1")
    _simple(q, "penalty", "0")
    _simple(q, "hidden", "0")
    _simple(q, "idnumber", item.code)
    if qtype == "multichoice":
        _simple(q, "single", "true")
        _simple(q, "shuffleanswers", "false")
        _simple(q, "answernumbering", "ABCD")
        _simple(q, "showstandardinstruction", "0")
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            _text(q, tag, "", "html")
        options = pictures.options if pictures is not None else None
        for index, choice in enumerate(item.choices):
            fraction = 100 if index == item.answer_index else 0
            if options:
                from .pictures import img

                _answer(q, fraction, img(_PLUGINFILE + options[index].name, choice),
                        picture=options[index])
            else:
                _answer(q, fraction, escape(choice, quote=False))
    elif qtype == "numerical":
        answer = _answer(q, 100, item.answer.strip(), None)
        _simple(answer, "tolerance", "0")
        _simple(q, "unitgradingtype", "0")
        _simple(q, "unitpenalty", "0")
        _simple(q, "showunits", "3")
        _simple(q, "unitsleft", "0")
    else:
        _simple(q, "usecase", "0")
        _answer(q, 100, item.answer.strip(), "moodle_auto_format")


def _category(problem_set: ProblemSet) -> str:
    name = problem_set.title
    extra = []
    if problem_set.form:
        extra.append(f"form {problem_set.form}")
    if problem_set.seed is not None:
        extra.append(f"seed {problem_set.seed}")
    if extra:
        name += f" ({', '.join(extra)})"
    # Moodle reads "/" as the separator of nested categories; "//" is a literal slash.
    return "$course$/top/logicgen/" + name.replace("/", "//")


def render(problem_set: ProblemSet) -> str:
    quiz = ET.Element("quiz")
    category = ET.SubElement(quiz, "question", {"type": "category"})
    _text(category, "category", _category(problem_set))
    _text(category, "info", _html(problem_set.instructions), "html")
    from .pictures import set_pictures

    pictures = set_pictures(problem_set)
    for number, item in enumerate(problem_set.items, 1):
        _question(quiz, number, item, pictures.get(number))
    ET.indent(quiz, space="  ")
    body = ET.tostring(quiz, encoding="unicode", short_empty_elements=False)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
