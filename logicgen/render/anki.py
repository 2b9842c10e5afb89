"""Anki decks (``-f anki``): an ``.apkg`` file made with ``genanki`` (the ``anki`` extra).

One note per item, of the note type "logicgen item":

* front: the question, its lettered options, and the drawing of a figure item
  (options that are drawings are pictures too);
* back: the key (letter and answer) and the worked explanation;
* tags ``logicgen``, ``family::sequence.number`` and ``level::medium``.

Each note's GUID is derived from its item code, and the deck's id from the
set's title, so importing a rebuilt deck again matches the notes already in
the collection instead of adding copies. The package carries a fixed
modification time, so that the same set gives the same bytes; Anki therefore
replaces a changed note only when its import option for existing notes is set
to update always.

The collection is built in memory and zipped here (genanki supplies the
database layout), so nothing is written outside the output file.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from html import escape
from typing import TYPE_CHECKING, Any

from ..answers import LETTERS
from ..errors import LogicgenError
from .pictures import Pictures, html_paragraphs, img, prompt_html, set_pictures

if TYPE_CHECKING:  # pragma: no cover
    from ..item import Item
    from ..problemset import ProblemSet

__all__ = ["MODEL_ID", "MissingExtra", "deck_id", "render_apkg"]

#: the note type's id: fixed, so that every deck logicgen writes shares one note type
MODEL_ID = 1_607_392_319
#: modification time written into the package (2024-01-01T00:00:00Z)
TIMESTAMP = 1_704_067_200

CSS = """\
.card { font-family: "Libertinus Serif", Georgia, serif; font-size: 19px; text-align: left;
  color: #1d1d1f; background: #fff; max-width: 40em; margin: 0 auto; }
ol.options { list-style: none; padding: 0; }
ol.options li { margin: .2em 0; }
ol.options img, p img { vertical-align: middle; max-width: 100%; }
.key { font-weight: bold; }
.explanation { font-size: .9em; }
"""


class MissingExtra(LogicgenError):
    """An optional dependency is not installed."""


def deck_id(title: str) -> int:
    """The deck's id, from the set's title: the same title, the same deck.

    >>> deck_id("Logic test practice") == deck_id("Logic test practice"), 1 << 30 <= deck_id("x")
    (True, True)
    """
    digest = hashlib.blake2b(title.encode("utf-8"), digest_size=4,
                             key=b"logicgen.anki/1").digest()
    return (1 << 30) + int.from_bytes(digest, "big") % (1 << 30)


def _genanki() -> Any:
    try:
        import genanki
    except ImportError:
        raise MissingExtra("-f anki needs genanki: pip install 'logicgen[anki]'") from None
    return genanki


def _model(genanki: Any) -> Any:
    return genanki.Model(
        MODEL_ID, "logicgen item",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Explanation"}],
        templates=[{
            "name": "Card 1",
            "qfmt": "{{Question}}",
            "afmt": '{{FrontSide}}<hr id="answer"><p class="key">{{Answer}}</p>'
                    '<div class="explanation">{{Explanation}}</div>',
        }],
        css=CSS,
    )


def _front(item: Item, pictures: Pictures | None, media: str) -> str:
    html = prompt_html(item, pictures.figure if pictures else None, media)
    options = pictures.options if pictures and pictures.options else None
    if item.choices:
        rows = []
        for index, choice in enumerate(item.choices):
            shown = img(media + options[index].name, choice) if options else escape(choice)
            rows.append(f"<li><b>{LETTERS[index]}.</b> {shown}</li>")
        html += '<ol class="options">' + "".join(rows) + "</ol>"
    return html


def render_apkg(problem_set: ProblemSet) -> bytes:
    """The set as an Anki package (``.apkg`` bytes); :class:`MissingExtra` without genanki."""
    genanki = _genanki()
    prefix = f"logicgen-{problem_set.sheet_id}-"
    pictures = set_pictures(problem_set, stem=prefix + "q")
    model = _model(genanki)
    deck = genanki.Deck(deck_id(problem_set.title), problem_set.title)
    for number, item in enumerate(problem_set.items, 1):
        answer = f"{item.letter}. {item.answer}" if item.letter else item.answer
        deck.add_note(genanki.Note(
            model=model,
            fields=[_front(item, pictures.get(number), ""), escape(answer),
                    html_paragraphs(item.explanation)],
            tags=["logicgen", f"family::{item.family}", f"level::{item.difficulty}"],
            guid=genanki.guid_for("logicgen", item.code),
        ))
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        package = genanki.Package(deck)
        package.write_to_db(cursor, TIMESTAMP, itertools.count(TIMESTAMP * 1000))
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    media = [p for number in sorted(pictures) for p in pictures[number].all()]
    from .qti import zip_files

    files = [("collection.anki2", bytes(database)),
             ("media", json.dumps({str(i): p.name for i, p in enumerate(media)}).encode())]
    files += [(str(i), p.png) for i, p in enumerate(media)]
    return zip_files(files)
