"""The interactive quiz: one self-contained HTML page that times, scores and explains a set.

``logicgen build BLUEPRINT -f quiz -o quiz.html`` writes it. The page needs no
network: its CSS and JavaScript are inline and it fetches nothing. The
candidate's first choice, on the start panel, is how to take it:

* **exam**: as the real test: one question at a time, no going back, against
  the countdown (or a running clock when there is no time limit), results only
  at the end;
* **learn**: untimed; each answer is marked at once with its method line and
  explanation (or, with ``scoring="end"``, all at the end).

The results give the score, the time used, a bar of time per question, accuracy
and mean time per area and per family, then every question, missed and slow
first, with its answer, method line and explanation. Every finished attempt is
kept in the browser's local storage (title, sheet id, date, and per question the
family, level, area, right or wrong, answer and time); a history panel lists
them with a chart, and "Export results" downloads them as JSON for
``logicgen history import``. Choices fixed when the page is built:

* ``mode``: the learning layout: ``single`` (one question at a time, with
  Previous/Next and a row of question numbers) or ``list`` (every question on
  one scrolling page); an exam is always one question at a time;
* ``scoring``: learning: ``immediate`` (each answer marked, explained and
  locked as it is given) or ``end`` (answers can be changed until the end);
* ``minutes``: the exam's time limit (default the set's; ``0`` for none).

The answer key is not in the page as text. For each question the page holds

* ``hashes``: the first 64 bits of SHA-256 over
  ``logicgen-quiz/1|hash|SALT|N|TOKEN`` for every response token that counts
  as right, sorted: ``c:I`` for option index ``I``; for free responses
  ``x:P/Q`` (the exact value in lowest terms), ``r:PLACES:INT`` (the value
  correctly rounded to 2 to 12 decimal places, times ten to the places) or,
  for answers that are not numbers, ``t:`` and the folded text. The page works
  out the tokens of a response the way :meth:`logicgen.Item.check` reads it and
  compares hashes, so a number in any equal form (``3/8``, ``0.375``, ``37.5%``)
  counts;
* ``seal``: the answer, method line and explanation as JSON, XORed with a keystream
  of SHA-256 blocks over a key derived from the right token (``c:I`` for items
  with options, which the page finds at the end by trying each option against
  the hashes; the fixed token ``seal`` for free responses).

``SALT`` comes from the title and item codes, so the same set gives the same
bytes and no two sets share hashes. The page never names the set seed or
the item codes, not even sealed, since ``logicgen`` regenerates an item, key
included, from either; it shows the set's sheet id instead. This keeps the key out of view-source, text search and
copy-paste; it is not secret from anyone who runs the page's own code (try
every option), as docs/quiz.md explains. SHA-256 is written out in the page's
script rather than taken from ``crypto.subtle``, which browsers offer only to
secure contexts (a page served over plain http is not one).

>>> from logicgen import generate
>>> from logicgen.problemset import ProblemSet
>>> item = generate("sequence.number", count=1, seed=4)[0]
>>> page = render(ProblemSet(title="Drill", items=(item,), minutes=2), mode="list")
>>> page.startswith("<!DOCTYPE html>"), item.explanation in page, item.code in page
(True, False, False)
>>> unseal(page_salt(("Drill", item.code)), 1, f"c:{item.answer_index}",
...        seal(page_salt(("Drill", item.code)), 1, f"c:{item.answer_index}", {"a": 1}))
{'a': 1}
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING, Any

from ..answers import parse_number
from ..errors import InvalidParams, describe_value
from ..registry import check_choice
from . import document
from .html import CSS, FIGURE_CSS, LETTERS, block_html, page_start

if TYPE_CHECKING:  # pragma: no cover
    from fractions import Fraction

    from ..item import Item
    from ..problemset import ProblemSet

__all__ = [
    "MAX_MINUTES",
    "MAX_PLACES",
    "MODES",
    "SCORINGS",
    "accepted_tokens",
    "page_salt",
    "render",
    "seal",
    "token_hash",
    "unseal",
]

#: learning layout: ``single``: one question at a time; ``list``: all questions on one page
MODES = ("single", "list")
#: learning: ``immediate``: each answer marked as given; ``end``: marked when the quiz ends
SCORINGS = ("immediate", "end")
#: the longest time limit a quiz may have, in minutes (a day)
MAX_MINUTES = 1440
#: a rounded free response is recognised up to this many decimal places
MAX_PLACES = 12
#: the first field of every hashed string; a change of scheme changes it
SCHEME = "logicgen-quiz/1"
#: hex digits kept of each answer hash (64 bits: no accidental match in a quiz)
HASH_HEX = 16


# -- the key, hashed and sealed (the page's script mirrors these) ----------------------


def _digest(*parts: str) -> bytes:
    return hashlib.sha256("|".join(parts).encode("utf-8")).digest()


def page_salt(parts: Iterable[str]) -> str:
    """The salt of a page: a digest of its title and item codes (reproducible, set-specific)."""
    return _digest(SCHEME, "salt", *parts).hex()[:32]


def token_hash(salt: str, number: int, token: str) -> str:
    """The hash the page stores for a response token that is right for question ``number``.

    >>> token_hash("00", 1, "c:2") == token_hash("00", 1, "c:2") != token_hash("00", 2, "c:2")
    True
    """
    return _digest(SCHEME, "hash", salt, str(number), token).hex()[:HASH_HEX]


def _keystream(salt: str, number: int, token: str, length: int) -> bytes:
    key = _digest(SCHEME, "key", salt, str(number), token)
    blocks = (hashlib.sha256(key + i.to_bytes(4, "big")).digest() for i in range(length // 32 + 1))
    return b"".join(blocks)[:length]


def seal(salt: str, number: int, token: str, payload: dict[str, Any]) -> str:
    """``payload`` as JSON, XORed with the keystream of ``token``, in base64."""
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    stream = _keystream(salt, number, token, len(data))
    return base64.b64encode(bytes(a ^ b for a, b in zip(data, stream))).decode("ascii")


def unseal(salt: str, number: int, token: str, sealed: str) -> Any:
    """The payload of :func:`seal` (raises ``ValueError`` for the wrong token)."""
    data = base64.b64decode(sealed)
    stream = _keystream(salt, number, token, len(data))
    return json.loads(bytes(a ^ b for a, b in zip(data, stream)).decode("utf-8"))


def _fold(text: str) -> str:
    """Text as the page folds it before comparing (``normalise_text`` with ``lower``).

    ``str.lower`` rather than ``casefold`` because JavaScript has only the former.
    """
    s = unicodedata.normalize("NFKC", text).lower().strip().replace("\u2212", "-")
    return re.sub(r"\s+", " ", s).rstrip(".")


def _rounded(want: Fraction, places: int) -> list[int]:
    """``want`` times ``10**places``, correctly rounded (both neighbours at an exact tie).

    The same values ``Item.check`` accepts for a response with that many places.
    """
    scaled = abs(want) * 10**places
    low = math.floor(scaled)
    rest = scaled - low
    if rest * 2 > 1:
        allowed = [low + 1]
    elif rest * 2 < 1:
        allowed = [low]
    else:  # half up and half even
        allowed = sorted({low + 1, low if low % 2 == 0 else low + 1})
    sign = -1 if want < 0 else 1
    return [sign * a for a in allowed]


def accepted_tokens(item: Item) -> list[str]:
    """Every response token that counts as right for ``item``, without repeats.

    >>> from types import SimpleNamespace as NS
    >>> accepted_tokens(NS(choices=("1", "2"), answer="2", answer_index=1))
    ['c:1']
    >>> accepted_tokens(NS(choices=(), answer="1/3", answer_index=None))[:4]
    ['x:1/3', 'r:2:33', 'r:3:333', 'r:4:3333']
    >>> accepted_tokens(NS(choices=(), answer="Tue.", answer_index=None))
    ['t:tue']
    """
    if item.choices:
        return [f"c:{item.answer_index}"]
    want = parse_number(item.answer)
    if want is None:
        return ["t:" + _fold(item.answer)]
    tokens = [f"x:{want.numerator}/{want.denominator}"]
    for places in range(2, MAX_PLACES + 1):
        tokens += [f"r:{places}:{value}" for value in _rounded(want, places)]
    return list(dict.fromkeys(tokens))


# -- the page ---------------------------------------------------------------------------

QUIZ_CSS = """\
[hidden] { display: none !important; }
button { font: inherit; color: var(--ink); background: #fff; border: 1px solid var(--rule);
  border-radius: 4px; padding: .35rem .8rem; cursor: pointer; }
button:hover:not(:disabled) { background: var(--wash); }
button:disabled { cursor: default; }
button:focus-visible { outline: 3px solid #1a56c4; outline-offset: 2px; }
button.check:disabled, .pager button:disabled { opacity: .45; }
button.primary { background: var(--ink); border-color: var(--ink); color: #fff; }
button.primary:hover { background: #3a3a3f; }
/* section and div only: a figure's svg.panel is not a panel of the page */
section.panel, div.panel { background: var(--wash); border-radius: 4px; padding: .7rem 1rem;
  margin: 1rem 0; }
.panel p { margin: 0 0 .5rem; }
.panel h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
.modes { display: flex; flex-wrap: wrap; gap: .8rem; margin: .6rem 0; }
.modes > div { flex: 1 1 15rem; background: #fff; border: 1px solid var(--rule);
  border-radius: 4px; padding: .6rem .8rem; }
.modes h2 { font-size: 1.15rem; margin: 0 0 .3rem; }
.bar { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .4rem 1rem;
  align-items: center; background: #fff; border-bottom: 1px solid var(--rule);
  padding: .5rem 0; margin: .5rem 0; }
.clock { font: bold 1.3rem/1 "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.bar.low .clock { color: #b00020; }
.bar .spacer { flex: 1; }
.options li { display: block; }
button.option { display: grid; grid-template-columns: 1.7rem 1fr; align-items: center;
  width: 100%; text-align: left; padding: .35rem .6rem; }
.options.inline button.option, .options.figures button.option { display: inline-flex;
  gap: .25rem; width: auto; align-items: flex-start; }
.options.figures { display: flex; flex-wrap: wrap; gap: .5rem .8rem; }
button.option[aria-pressed="true"] { border-color: var(--ink); background: #e6ecfa;
  box-shadow: inset 0 0 0 1px var(--ink); }
button.option.correct { border-color: #1b7f3b; background: #e2f3e7; }
button.option.wrong { border-color: #b00020; background: #fbe4e7; }
button.option:disabled { color: var(--ink); }
button.option svg { width: 5.5rem; height: 5.5rem; }
.figure svg.panel { width: 5.5rem; height: 5.5rem; }
.figure.matrix { max-width: 100%; }
@media (min-width: 40rem) { button.option svg, .figure svg.panel { width: 6rem; height: 6rem; } }
.free input { font: inherit; width: 14rem; max-width: 100%; padding: .3rem .5rem;
  border: 1px solid var(--rule); border-radius: 4px; }
.mark.right { color: #1b7f3b; }
.mark.wrong { color: #b00020; }
.review { margin: .6rem 0 0; padding: .4rem .8rem; border-left: 3px solid var(--rule);
  font-size: .93rem; }
.review p { margin: .2rem 0; }
.pager { display: flex; justify-content: space-between; align-items: center; margin: 1rem 0 .5rem; }
.palette { display: flex; flex-wrap: wrap; gap: .3rem; margin: .5rem 0 2rem; }
.palette button { min-width: 2.3rem; padding: .2rem .4rem; }
.palette button.answered { background: var(--wash); font-weight: bold; }
.palette button[aria-current="true"] { border-color: var(--ink); box-shadow: inset 0 0 0 1px var(--ink); }
.score { font-size: 1.25rem; }
.times { font-size: .88rem; }
.times a { display: grid; grid-template-columns: 2.2rem 1.2rem 1fr 3.6rem; gap: .3rem;
  align-items: center; color: inherit; text-decoration: none; }
.times .track { background: #fff; height: .7rem; border-radius: 2px; }
.times .fill { display: block; height: 100%; background: #4a4a52; border-radius: 2px; }
.times .wrong .fill { background: #b00020; }
.times .secs { text-align: right; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
table.breakdown { font-size: .88rem; margin: 0 0 .6rem; }
table.breakdown th, table.breakdown td { border: 1px solid var(--rule); padding: .2rem .45rem;
  text-align: right; background: #fff; }
table.breakdown th:first-child, table.breakdown td:first-child { text-align: left; }
table.attempts { font-size: .85rem; margin: .4rem 0; }
table.attempts th, table.attempts td { border: 1px solid var(--rule); padding: .2rem .4rem;
  background: #fff; text-align: left; }
body.exam .instructions, body.learn .instructions { display: none; }
svg.chart { display: block; max-width: 100%; height: auto; background: #fff; }
"""

# The page's script. It mirrors the Python above: the same hashed strings, the
# same keystream, and a reader of free responses that follows
# logicgen.answers.parse_number and Item.check (the browser test compares the
# two on the same responses).
SCRIPT = r"""
(() => {
"use strict";
const SCHEME = "logicgen-quiz/1";
const LETTERS = "ABCDEFGH";
const $ = (id) => document.getElementById(id);
const CONFIG = JSON.parse($("quiz-data").textContent);
const ITEMS = CONFIG.items;
const TITLE = document.querySelector("h1").textContent;

// SHA-256 (FIPS 180-4) over a Uint8Array. K: the first 32 bits of the
// fractional parts of the cube roots of the first 64 primes; H0: of the square
// roots of the first 8.
const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const rotr = (x, r) => (x >>> r) | (x << (32 - r));

function sha256(bytes) {
  // message, the bit 1, zeros, and the length in bits as 64 bits: whole 64-byte blocks
  const total = Math.ceil((bytes.length + 9) / 64) * 64;
  const msg = new Uint8Array(total);
  msg.set(bytes);
  msg[bytes.length] = 0x80;
  const view = new DataView(msg.buffer);
  const bits = bytes.length * 8;
  view.setUint32(total - 8, Math.floor(bits / 0x100000000));
  view.setUint32(total - 4, bits >>> 0);
  const h = H0.slice();
  const w = new Int32Array(64);
  for (let block = 0; block < total; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + 4 * t);
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let t = 0; t < 64; t++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g))
                  + K[t] + w[t]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, k].forEach((v, i) => { h[i] = (h[i] + v) | 0; });
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((v, i) => outView.setUint32(4 * i, v >>> 0));
  return out;
}

const encoder = new TextEncoder();
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
const digest = (...parts) => sha256(encoder.encode(parts.join("|")));
const tokenHash = (n, token) =>
  hex(digest(SCHEME, "hash", CONFIG.salt, String(n), token)).slice(0, 16);

function unseal(n, token, sealed) {
  const block = new Uint8Array(36);
  block.set(digest(SCHEME, "key", CONFIG.salt, String(n), token));
  const counter = new DataView(block.buffer);
  const data = Uint8Array.from(atob(sealed), (ch) => ch.charCodeAt(0));
  let stream = null;
  for (let i = 0; i < data.length; i++) {
    if (i % 32 === 0) {
      counter.setUint32(32, i / 32);
      stream = sha256(block);
    }
    data[i] ^= stream[i % 32];
  }
  return JSON.parse(new TextDecoder().decode(data));
}

// Free responses, read as logicgen.answers.parse_number and Item.check read them.
// A number is {p, q}: BigInts in lowest terms, q > 0.
function gcd(a, b) {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}
function ratio(p, q) {
  if (q < 0n) { p = -p; q = -q; }
  const g = gcd(p, q) || 1n;
  return { p: p / g, q: q / g };
}
function decimal(text) {
  const [whole, frac = ""] = text.split(".");
  return ratio(BigInt((whole || "0") + frac), 10n ** BigInt(frac.length));
}
const NUMBER = /^([-+]?)(?:(\d+)\s+(\d+)\/(\d+)|(\d+(?:\.\d*)?|\.\d+)(?:\/(\d+(?:\.\d*)?|\.\d+))?)(%?)$/;
const CURRENCY = "$\u00a3\u20ac\u00a5";

function parseNumber(text) {
  let s = text.normalize("NFKC").trim().replace(/\u2212/g, "-").replace(/\u2044/g, "/")
    .replace(/,/g, "").replace(/ %/g, "%");
  if (s && CURRENCY.includes(s[0])) s = s.slice(1);
  else if (s.length > 1 && "+-".includes(s[0]) && CURRENCY.includes(s[1])) s = s[0] + s.slice(2);
  const m = NUMBER.exec(s.replace(/\s*\/\s*/g, "/"));
  if (!m) return null;
  let v;
  if (m[2] !== undefined) {
    const den = BigInt(m[4]);
    if (den === 0n) return null;
    v = ratio(BigInt(m[2]) * den + BigInt(m[3]), den);
  } else {
    v = decimal(m[5]);
    if (m[6] !== undefined) {
      const d = decimal(m[6]);
      if (d.p === 0n) return null;
      v = ratio(v.p * d.q, v.q * d.p);
    }
  }
  if (m[7]) v = ratio(v.p, v.q * 100n);
  return m[1] === "-" ? ratio(-v.p, v.q) : v;
}

const fold = (text) => text.normalize("NFKC").toLowerCase().trim().replace(/\u2212/g, "-")
  .replace(/\s+/g, " ").replace(/\.+$/, "");

// "0.33" read as 1/3 rounded to its own places (extra: places a percent sign adds)
function roundedToken(text, v, extra) {
  const digits = text.replace(/%+$/, "").trim();
  const dot = digits.indexOf(".");
  if (dot < 0) return null;
  const places = digits.length - dot - 1 + extra;
  if (places < 2) return null;
  const scaled = v.p * 10n ** BigInt(places);
  return scaled % v.q === 0n ? `r:${places}:${scaled / v.q}` : null;
}

function responseTokens(response, percentAnswer) {
  const text = response.trim();
  if (!text) return [];
  const tokens = ["t:" + fold(text)];
  const got = parseNumber(text);
  if (got) {
    const exact = (v) => `x:${v.p}/${v.q}`;
    const percentText = text.endsWith("%");
    tokens.push(exact(got), roundedToken(text, got, percentText ? 2 : 0));
    if (percentAnswer && !percentText) {  // "37.5" answering "37.5%"
      const share = ratio(got.p, got.q * 100n);
      tokens.push(exact(share), roundedToken(text, share, 2));
    }
  }
  return tokens.filter(Boolean);
}

function isRight(k, response) {
  if (response === null || response === undefined) return false;
  const item = ITEMS[k];
  const tokens = item.kind === "choice" ? [`c:${response}`]
    : responseTokens(String(response), item.percent);
  return tokens.some((t) => item.hashes.includes(tokenHash(item.n, t)));
}

function rightOption(k) {
  for (let i = 0; i < ITEMS[k].options; i++) if (isRight(k, i)) return i;
  return null;
}

// -- the quiz ---------------------------------------------------------------------
// Two ways to take it, chosen on the start panel: "exam" (one question at a
// time, forward only, timed, marked at the end) and "learn" (untimed; laid out
// as CONFIG.mode says, each answer marked at once when CONFIG.scoring is
// "immediate", with the method line and the explanation).
const sections = ITEMS.map((item) => $("q" + item.n));
const palette = Array.from(document.querySelectorAll("#palette button"));
const STORE_KEY = "logicgen-quiz/attempts";
const KEPT = 200;  // attempts kept in local storage, newest
const state = {
  phase: "ready", practice: null, current: 0, started: 0, deadline: null, timer: 0,
  responses: ITEMS.map(() => null), marks: ITEMS.map(() => null), spent: ITEMS.map(() => 0),
  mark: 0,
};
const exam = () => state.practice === "exam";
const single = () => exam() || CONFIG.mode === "single";
const immediate = () => state.practice === "learn" && CONFIG.scoring === "immediate";

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
function lines(node, texts) {
  texts.forEach((line, i) => {
    if (i) node.append(document.createElement("br"));
    node.append(line);
  });
  return node;
}
// the clock as m:ss (h:mm:ss from an hour); time left rounds up, time taken down
function clockText(ms, down) {
  const s = Math.max(0, down ? Math.floor(ms / 1000) : Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  const mm = h ? `${h}:${String(m).padStart(2, "0")}` : String(m);
  return `${mm}:${String(sec).padStart(2, "0")}`;
}
const seconds = (ms) => Math.round(ms / 100) / 10;

function answered() { return state.responses.filter((r) => r !== null).length; }

// the time since the last charge goes to question k (none when k is null)
function charge(k) {
  const now = state.deadline === null ? Date.now() : Math.min(Date.now(), state.deadline);
  if (k !== null) state.spent[k] += Math.max(0, now - state.mark);
  state.mark = Math.max(state.mark, now);
}

function updateProgress() {
  $("progress").textContent = `${answered()} of ${ITEMS.length} answered`;
  if (immediate()) {
    const marked = state.marks.filter((m) => m !== null);
    $("tally").textContent = `${marked.filter(Boolean).length} right of ${marked.length} marked`;
  }
  palette.forEach((button, k) => {
    button.classList.toggle("answered", state.responses[k] !== null);
    button.setAttribute("aria-current", String(single() && k === state.current));
  });
}

function show(k) {
  k = Math.max(0, Math.min(ITEMS.length - 1, k));
  if (exam() && k < state.current) return;  // no going back in an exam
  if (state.phase === "running" && k !== state.current) charge(state.current);
  state.current = k;
  sections.forEach((section, i) => { section.hidden = i !== k; });
  $("where").textContent = `Question ${k + 1} of ${ITEMS.length}`;
  $("prev").disabled = k === 0;
  const last = k === ITEMS.length - 1;
  $("next").disabled = last && !exam();
  $("next").textContent = exam() && last ? "Finish" : "Next \u2192";
  updateProgress();
}

function forward() {  // exam: Next, or Finish on the last question
  if (state.phase !== "running") return;
  if (state.current === ITEMS.length - 1) askFinish();
  else show(state.current + 1);
}

function optionButtons(k) { return Array.from(sections[k].querySelectorAll("button.option")); }

function markNow(k) {
  const right = isRight(k, state.responses[k]);
  state.marks[k] = right;
  review(k, right);  // the review says right or wrong, and is read out (aria-live)
}

function choose(k, i) {
  if (state.phase !== "running" || state.marks[k] !== null) return;
  if (!single()) charge(k);
  state.responses[k] = i;
  optionButtons(k).forEach((button, j) => button.setAttribute("aria-pressed", String(i === j)));
  if (immediate()) markNow(k);
  updateProgress();
}

function submit(k) {
  if (state.phase !== "running" || state.marks[k] !== null) return;
  const value = sections[k].querySelector("input.response").value.trim();
  if (!single()) charge(k);
  state.responses[k] = value || null;
  if (value && immediate()) markNow(k);
  else if (exam()) forward();
  else if (value && single()) show(k + 1);
  updateProgress();
}

function tick() {
  const now = Date.now();
  if (state.deadline === null) {
    $("clock").textContent = clockText(now - state.started, true);
    return;
  }
  const left = state.deadline - now;
  $("clock").textContent = clockText(left);
  $("bar").classList.toggle("low", left <= 60000);
  if (left <= 0) finish("time");
}

function start(practice) {
  if (state.phase !== "ready") return;
  state.practice = practice;
  state.phase = "running";
  state.started = state.mark = Date.now();
  state.deadline = practice === "exam" && CONFIG.seconds
    ? state.started + CONFIG.seconds * 1000 : null;
  $("clock-label").textContent = state.deadline === null ? "Time" : "Time left";
  ["start", "history"].forEach((id) => { $(id).hidden = true; });
  $("bar").hidden = false;
  $("questions").hidden = false;
  document.body.classList.add(practice);
  if (single()) {
    $("pager").hidden = false;
    $("prev").hidden = exam();
    $("palette").hidden = exam();
    show(0);
  }
  updateProgress();
  tick();
  state.timer = setInterval(tick, 250);
}

// One question's review: marked, with the answer, the method line and the explanation.
function review(k, right) {
  const item = ITEMS[k];
  const response = state.responses[k];
  const correct = item.kind === "choice" ? rightOption(k) : null;
  const key = unseal(item.n, item.kind === "choice" ? `c:${correct}` : "seal", item.seal);
  sections[k].classList.remove("right", "wrong");
  sections[k].classList.add(right ? "right" : "wrong");
  optionButtons(k).forEach((button, i) => {
    button.disabled = true;
    button.classList.toggle("correct", i === correct);
    button.classList.toggle("wrong", i === response && !right);
  });
  const input = sections[k].querySelector("input.response");
  if (input) input.readOnly = true;
  sections[k].querySelectorAll("button.check").forEach((b) => { b.disabled = true; });
  const box = sections[k].querySelector(".review");
  box.textContent = "";
  const head = el("p");
  head.append(el("b", "mark " + (right ? "right" : "wrong"),
                 right ? "Right." : response === null ? "Not answered." : "Wrong."));
  if (response !== null && !right) {
    head.append(` Your answer: ${item.kind === "choice" ? LETTERS[response] : response}.`);
  }
  head.append(" Answer: ", el("b", "", key.letter ? `${key.letter}. ${key.answer}` : key.answer));
  const rest = key.explanation.split("\n");
  if (rest[0].trim() === key.method || rest[0].trim() === "Method: " + key.method) rest.shift();
  const method = el("p", "method");
  method.append(el("b", "", "Method: "), key.method);
  box.append(head, method, lines(el("p", "explanation"), rest));
  box.hidden = false;
}

function breakdown(table, label, keyOf) {
  const groups = new Map();
  ITEMS.forEach((item, k) => {
    const key = keyOf(item);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(k);
  });
  table.textContent = "";
  const head = table.insertRow();
  [label, "right", "accuracy", "mean time"].forEach((t) => head.append(el("th", "", t)));
  groups.forEach((ks, key) => {
    const right = ks.filter((k) => state.marks[k]).length;
    const mean = ks.reduce((sum, k) => sum + state.spent[k], 0) / ks.length;
    const row = table.insertRow();
    [key, `${right}/${ks.length}`, `${Math.round((100 * right) / ks.length)}%`,
     `${seconds(mean).toFixed(1)} s`].forEach((t) => { row.insertCell().textContent = t; });
  });
}

function timeBars() {
  const box = $("times");
  box.textContent = "";
  const most = Math.max(1, ...state.spent);
  ITEMS.forEach((item, k) => {
    const right = state.marks[k];
    const sign = right ? "\u2713" : state.responses[k] === null ? "\u2013" : "\u2717";
    const row = el("a", right ? "right" : "wrong");
    row.href = "#q" + item.n;
    const fill = el("span", "fill");
    fill.style.width = `${(100 * state.spent[k]) / most}%`;
    const track = el("span", "track");
    track.append(fill);
    const mark = el("span", "mark " + (right ? "right" : "wrong"), sign);
    mark.setAttribute("aria-hidden", "true");  // read as the words beside it
    const words = right ? "right" : state.responses[k] === null ? "not answered" : "wrong";
    row.append(el("span", "", `${item.n}.`), mark, el("span", "sr", words), track,
               el("span", "secs", `${seconds(state.spent[k]).toFixed(1)} s`));
    box.append(row);
  });
}

function finish(reason) {
  if (state.phase !== "running") return;
  state.phase = "finished";
  clearInterval(state.timer);
  charge(single() ? state.current : null);
  const now = state.deadline === null ? Date.now() : Math.min(Date.now(), state.deadline);
  let score = 0;
  ITEMS.forEach((item, k) => {
    const right = isRight(k, state.responses[k]);
    state.marks[k] = right;
    if (right) score++;
    review(k, right);
  });
  ["confirm", "pager", "palette"].forEach((id) => { $(id).hidden = true; });
  // missed first, then the slowest: what to look at first
  const order = ITEMS.map((_, k) => k)
    .sort((a, b) => (state.marks[a] - state.marks[b]) || (state.spent[b] - state.spent[a]) || a - b);
  order.forEach((k) => { sections[k].hidden = false; $("questions").append(sections[k]); });
  $("finish").hidden = true;
  $("score").textContent = String(score);
  $("percent").textContent = String(ITEMS.length ? Math.round((100 * score) / ITEMS.length) : 0);
  if (reason === "time") {
    $("clock").textContent = clockText(0);
    $("reason").textContent = "Time is up: the quiz has ended. Unanswered questions count as wrong.";
  } else if (state.deadline !== null) {
    $("reason").textContent = `Finished with ${clockText(state.deadline - now)} left.`;
  } else {
    $("reason").textContent = `Finished in ${clockText(now - state.started, true)}.`;
  }
  $("used").textContent = `Time used: ${clockText(now - state.started, true)}`
    + (state.deadline !== null ? ` of ${clockText(CONFIG.seconds * 1000)}.` : ".");
  timeBars();
  breakdown($("by-area"), "area", (item) => item.area);
  breakdown($("by-family"), "family", (item) => item.family);
  $("saved").textContent = keep(attempt(score, now))
    ? "This attempt is kept in this browser: see History, or export the results."
    : "This browser does not let the page keep its attempts (local storage is off).";
  $("results").hidden = false;
  document.body.classList.add("finished");
  window.scrollTo(0, 0);
}

function askFinish() {
  if (state.phase !== "running") return;
  const open = ITEMS.length - answered();
  if (!open) { finish("finished"); return; }
  $("confirm-text").textContent = open === 1 ? "1 question is unanswered. Finish anyway?"
    : `${open} questions are unanswered. Finish anyway?`;
  $("confirm").hidden = false;
  $("confirm-no").focus();
}

// -- attempts kept in the browser ---------------------------------------------------
// Local storage is shared by every page opened from the same place (the same
// site, or every file on this computer), so the history lists the attempts of
// any logicgen quiz. An attempt names its set by title and sheet id only.
function attempt(score, now) {
  return {
    id: `${CONFIG.sheet}-${state.started}`, title: TITLE, sheet: CONFIG.sheet,
    date: new Date(state.started).toISOString(), mode: state.practice,
    limit: state.deadline === null ? null : CONFIG.seconds,
    seconds: seconds(now - state.started), score, total: ITEMS.length,
    questions: ITEMS.map((item, k) => {
      const r = state.responses[k];
      return {
        n: item.n, family: item.family, area: item.area, difficulty: item.difficulty,
        correct: state.marks[k],
        answer: r === null ? null : item.kind === "choice" ? LETTERS[r] : String(r),
        seconds: seconds(state.spent[k]),
      };
    }),
  };
}

function attempts() {
  try {
    const list = JSON.parse(window.localStorage.getItem(STORE_KEY) || "[]");
    return Array.isArray(list) ? list.filter((a) => a && Array.isArray(a.questions)) : [];
  } catch (error) {
    return [];
  }
}

function keep(record) {
  try {
    const list = attempts().filter((a) => a.id !== record.id);
    list.push(record);
    window.localStorage.setItem(STORE_KEY, JSON.stringify(list.slice(-KEPT)));
    return true;
  } catch (error) {
    return false;
  }
}

// the score of the last attempts as a line over 0-100 % (numbers only: no text to escape)
function historyChart(list) {
  const box = $("history-chart");
  box.textContent = "";
  const shown = list.slice(-30);
  if (shown.length < 2) return;
  const w = 320, h = 120, left = 34, top = 8, bottom = 18;
  const y = (share) => (top + (h - top - bottom) * (1 - share)).toFixed(1);
  const step = (w - left - 12) / (shown.length - 1);
  const points = shown.map((a, i) => [(left + 4 + i * step).toFixed(1),
                                      y(a.total ? a.score / a.total : 0)]);
  const grid = [0, 50, 100].map((p) => `<line x1="${left}" x2="${w - 6}" y1="${y(p / 100)}" `
    + `y2="${y(p / 100)}" stroke="#b9b9bf"/><text x="${left - 4}" y="${Number(y(p / 100)) + 4}" `
    + `text-anchor="end" font-size="11" fill="#1d1d1f">${p}%</text>`);
  box.innerHTML = `<svg class="chart" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" `
    + `role="img" aria-label="Score of the last ${shown.length} attempts, in per cent">`
    + grid.join("")
    + `<polyline points="${points.map((p) => p.join(",")).join(" ")}" fill="none" `
    + `stroke="#1a56c4" stroke-width="2"/>`
    + points.map(([cx, cy]) => `<circle cx="${cx}" cy="${cy}" r="3" fill="#1a56c4"/>`).join("")
    + "</svg>";
}

function showHistory() {
  const list = attempts();
  const table = $("history-list");
  table.textContent = "";
  $("history-empty").hidden = list.length > 0;
  $("history-export").disabled = list.length === 0;
  if (list.length) {
    const head = table.insertRow();
    ["date", "set", "sheet", "mode", "score", "time"].forEach((t) => head.append(el("th", "", t)));
    list.slice().reverse().forEach((a) => {
      const row = table.insertRow();
      [String(a.date).slice(0, 16).replace("T", " "), a.title, a.sheet, a.mode,
       `${a.score}/${a.total}`, clockText(1000 * a.seconds, true)]
        .forEach((t) => { row.insertCell().textContent = String(t); });
    });
  }
  historyChart(list);
  $("history").hidden = false;
  $("history").scrollIntoView();
}

function exportResults() {
  const data = { schema: "logicgen-quiz-results/1", attempts: attempts() };
  const link = el("a");
  link.href = "data:application/json;charset=utf-8,"
    + encodeURIComponent(JSON.stringify(data, null, 1) + "\n");
  link.download = `logicgen-results-${CONFIG.sheet}.json`;
  document.body.append(link);
  link.click();
  link.remove();
}

// -- input ------------------------------------------------------------------------
sections.forEach((section, k) => {
  optionButtons(k).forEach((button) => button.addEventListener(
    "click", () => choose(k, Number(button.dataset.i))));
  const input = section.querySelector("input.response");
  if (!input) return;
  input.addEventListener("input", () => {  // typed counts, checked or not
    if (state.phase === "running" && state.marks[k] === null) {
      state.responses[k] = input.value.trim() || null;
      updateProgress();
    }
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") { event.preventDefault(); submit(k); }
  });
  section.querySelectorAll("button.check").forEach((b) => b.addEventListener("click", () => submit(k)));
});
palette.forEach((button, k) => button.addEventListener("click", () => show(k)));
$("prev").addEventListener("click", () => show(state.current - 1));
$("next").addEventListener("click", () => (exam() ? forward() : show(state.current + 1)));
$("start-exam").addEventListener("click", () => start("exam"));
$("start-learn").addEventListener("click", () => start("learn"));
$("finish").addEventListener("click", askFinish);
$("confirm-yes").addEventListener("click", () => finish("finished"));
$("confirm-no").addEventListener("click", () => { $("confirm").hidden = true; });
["history-button", "show-history"].forEach((id) => $(id).addEventListener("click", showHistory));
$("history-close").addEventListener("click", () => { $("history").hidden = true; });
["export", "history-export"].forEach((id) => $(id).addEventListener("click", exportResults));
const ARROWS = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };
document.addEventListener("keydown", (event) => {
  const target = event.target;
  if (state.phase !== "running" || target instanceof HTMLInputElement || event.altKey
      || event.ctrlKey || event.metaKey) return;
  const option = target instanceof HTMLElement && target.classList.contains("option")
    ? target : null;
  if (option) {
    const k = sections.indexOf(option.closest("section.question"));
    const i = Number(option.dataset.i);
    if (event.key in ARROWS) {  // the arrows move between the options of a question
      const buttons = optionButtons(k);
      buttons[(i + ARROWS[event.key] + buttons.length) % buttons.length].focus();
      event.preventDefault();
      return;
    }
    if (event.key === "Enter") {
      if (exam() && state.responses[k] === i) {
        event.preventDefault();  // Enter on the chosen option moves on
        forward();
      }
      return;  // else the button's own Enter chooses it
    }
  }
  if (!single() || (target instanceof HTMLButtonElement && !option)) return;
  if (event.key === "Enter" && exam()) { event.preventDefault(); forward(); }
  else if (!exam() && event.key === "ArrowRight") show(state.current + 1);
  else if (!exam() && event.key === "ArrowLeft") show(state.current - 1);
  else if (event.key.length === 1) {
    const i = LETTERS.indexOf(event.key.toUpperCase());
    const buttons = optionButtons(state.current);
    if (i >= 0 && i < buttons.length) {
      choose(state.current, i);
      buttons[i].focus();
    }
  }
});

// For checking the page against logicgen in tests; grading a response here
// changes nothing in the quiz.
window.logicgenQuiz = {
  sha256hex: (text) => hex(sha256(encoder.encode(text))),
  check: (n, response) => isRight(n - 1, response),
  finish: () => finish("finished"),
};
})();
"""


def _check_minutes(minutes: object) -> float | None:
    if isinstance(minutes, bool) or not isinstance(minutes, (int, float)) \
            or not math.isfinite(minutes) or not 0 <= minutes <= MAX_MINUTES:
        raise InvalidParams(
            f"minutes must be between 0 and {MAX_MINUTES} (got {describe_value(minutes)})"
        )
    return float(minutes) or None


def _clock(seconds: int) -> str:
    """The clock as the page shows it: ``m:ss``, or ``h:mm:ss`` from an hour."""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _lines(lines: list[str]) -> str:
    return "<br>\n".join(escape(line) for line in lines)


def _question(q: dict[str, Any], mode: str, scoring: str) -> str:
    # an odd-one-out figure letters its panels as the options: the panels become the
    # option buttons, so that a panel is what is clicked
    odd = next((b for b in q["blocks"] if b["kind"] == "figure" and b.get("layout") == "odd"),
               None)
    parts = [block_html(b) for b in q["blocks"] if b is not odd]
    if q["choices"]:
        svgs = q.get("option_svgs") or (odd["svgs"] if odd else None) or [None] * len(q["choices"])
        if any(svgs) or odd:
            cls = "options figures"
        else:
            cls = "options inline" if q["inline"] else "options"
        buttons = []
        for i, (text, svg) in enumerate(zip(q["choices"], svgs)):
            if svg or odd:  # the picture shows the option; its description names the button
                body = svg or ""
                label = f' aria-label="{LETTERS[i]}. {escape(text)}"'
            else:
                body, label = f"<span>{escape(text)}</span>", ""
            buttons.append(f'<li><button type="button" class="option" data-i="{i}" '
                           f'aria-pressed="false"{label}><b>{LETTERS[i]}.</b>{body}</button></li>')
        parts.append(f'<ol class="{cls}" aria-label="Options">{"".join(buttons)}</ol>')
    else:
        check = ' <button type="button" class="check">Check</button>' if scoring == "immediate" \
            else ""
        parts.append(f'<p class="free"><label>Answer <input type="text" class="response" '
                     f'autocomplete="off" spellcheck="false"></label>{check}</p>')
    parts.append('<div class="review" aria-live="polite" hidden></div>')
    body = "\n".join(parts)
    hidden = " hidden" if mode == "single" else ""
    return (f'<section class="question" id="q{q["n"]}"{hidden}><div class="num">{q["n"]}.</div>'
            f'<div class="body">\n{body}\n</div></section>')


def _item_data(number: int, item: Item, salt: str) -> dict[str, Any]:
    """What the page's script knows of one item: hashes, a sealed key and its family.

    Nothing of the key is in clear, and no item code: the sealed payload holds the
    answer, the method line and the explanation.
    """
    from ..practice.method import method_line

    tokens = accepted_tokens(item)
    choice = bool(item.choices)
    payload = {"answer": item.answer, "letter": item.letter, "method": method_line(item),
               "explanation": item.explanation}
    data: dict[str, Any] = {
        "n": number,
        "kind": "choice" if choice else "free",
        "family": item.family,
        "area": item.family.split(".", 1)[0],
        "difficulty": item.difficulty,
        "hashes": sorted(token_hash(salt, number, t) for t in tokens),
        "seal": seal(salt, number, tokens[0] if choice else "seal", payload),
    }
    if choice:
        data["options"] = len(item.choices)
    else:
        # "37.5" answers "37.5%": the page must know to read a bare number as percent
        data["percent"] = item.answer.strip().endswith("%")
    return data


def _script_json(obj: Any) -> str:
    """JSON safe inside a ``<script>`` element (no ``<``, ``>`` or ``&`` characters)."""
    text = json.dumps(obj, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _start_panel(count: int, seconds: int | None, timing: str, mode: str, scoring: str) -> str:
    """The start panel: the two ways to take the quiz, and the history of attempts."""
    questions = f"{count} question" + ("" if count == 1 else "s")
    timed = (f"{timing}: the clock starts when you press Start and the exam ends when time "
             "runs out (unanswered questions count as wrong)" if seconds
             else "no time limit: the clock shows the time taken")
    exam = (f"As the real test: one question at a time and no going back; {timed}. "
            "The results and explanations come at the end.")
    layout = ("one question at a time (move with Previous and Next or the question numbers)"
              if mode == "single" else "all the questions on one page")
    marking = ("each answer is marked as soon as you give it, with the method and the "
               "explanation" if scoring == "immediate"
               else "change your answers freely; they are marked, with the explanations, at the end")
    learn = f"Untimed, {layout}: {marking}."
    return "\n".join([
        f"<p>{escape(questions)}. Choose how to take them:</p>",
        '<div class="modes">',
        (f'<div><h2>Exam</h2><p>{escape(exam)}</p><button type="button" class="primary" '
         'id="start-exam">Start the exam</button></div>'),
        (f'<div><h2>Learn</h2><p>{escape(learn)}</p><button type="button" class="primary" '
         'id="start-learn">Start learning</button></div>'),
        "</div>",
        ('<p><button type="button" id="history-button">Earlier attempts</button> Your attempts '
         "are kept in this browser only; the page sends nothing anywhere.</p>"),
        ("<noscript><p>This quiz needs JavaScript. It runs inside this page and sends "
         "nothing anywhere.</p></noscript>"),
    ])


def _chrome(count: int, seconds: int | None, timing: str, mode: str, scoring: str) -> list[str]:
    """The start panel, the clock bar, the finish check, the (empty) results and history."""
    bar = ('<span><span id="clock-label">Time</span> <span class="clock" id="clock" '
           f'role="timer">{_clock(seconds or 0)}</span></span>'
           f'<span id="progress">0 of {count} answered</span><span id="tally"></span>'
           '<span class="spacer"></span><button type="button" id="finish">Finish</button>')
    confirm = ('<span id="confirm-text"></span> '
               '<button type="button" class="primary" id="confirm-yes">Finish now</button> '
               '<button type="button" id="confirm-no">Keep going</button>')
    results = ('<h2>Results</h2><p class="score">Score: <b id="score">0</b> / '
               f'<b id="total">{count}</b> (<span id="percent">0</span>%)</p>'
               '<p id="reason"></p><p id="used"></p>'
               '<h3>Time per question</h3><div class="times" id="times"></div>'
               '<h3>By area</h3><table class="breakdown" id="by-area"></table>'
               '<h3>By family</h3><table class="breakdown" id="by-family"></table>'
               '<p id="saved"></p><p><button type="button" id="export">Export results</button> '
               '<button type="button" id="show-history">Earlier attempts</button></p>'
               "<h3>The questions, missed and slow first</h3>")
    history = ('<h2>Earlier attempts</h2><p id="history-empty">No attempt is kept in this '
               'browser yet.</p><div id="history-chart"></div>'
               '<table class="attempts" id="history-list"></table>'
               '<p><button type="button" id="history-export">Export results</button> '
               '<button type="button" id="history-close">Close</button></p>'
               "<p>Export writes every kept attempt to a JSON file; "
               "<code>logicgen history import FILE</code> adds them to the practice "
               "history on your computer.</p>")
    return [
        (f'<section class="panel" id="start">\n'
         f"{_start_panel(count, seconds, timing, mode, scoring)}\n</section>"),
        f'<section class="panel" id="history" hidden>{history}</section>',
        f'<div class="bar" id="bar" hidden>{bar}</div>',
        f'<div class="panel" id="confirm" hidden>{confirm}</div>',
        f'<section class="panel" id="results" hidden>{results}</section>',
    ]


def _navigation(count: int) -> list[str]:
    """Previous/Next and the row of question numbers (one question at a time)."""
    pager = ('<button type="button" id="prev">&larr; Previous</button><span id="where"></span>'
             '<button type="button" id="next">Next &rarr;</button>')
    numbers = "".join(f'<button type="button" aria-label="Question {n}">{n}</button>'
                      for n in range(1, count + 1))
    return [f'<nav class="pager" id="pager" hidden>{pager}</nav>',
            f'<nav class="palette" id="palette" aria-label="Questions" hidden>{numbers}</nav>']


def render(problem_set: ProblemSet, *, mode: str = "single", scoring: str = "immediate",
           minutes: float | None = None) -> str:
    """``problem_set`` as an interactive, self-contained HTML quiz page.

    The candidate chooses on the start panel between an exam (one question at a
    time, forward only, timed by ``minutes``, marked at the end) and learning
    (untimed, laid out by ``mode`` and marked by ``scoring``).

    Args:
        problem_set: the questions, in order.
        mode: learning layout: ``single`` (one question at a time) or ``list`` (all on one page).
        scoring: learning: ``immediate`` (each answer marked and explained as given)
            or ``end`` (all marked at the end).
        minutes: the exam's time limit; ``None`` for the set's own, ``0`` for none.

    Raises:
        InvalidParams: for a mode, scoring or time limit out of range.
    """
    check_choice("mode", mode, MODES)
    check_choice("scoring", scoring, SCORINGS)
    limit = problem_set.minutes if minutes is None else minutes
    limit = None if limit is None else _check_minutes(limit)
    seconds = round(limit * 60) if limit else None
    doc = document(problem_set)
    figures = any(b["kind"] == "figure" for q in doc["items"] for b in q["blocks"])
    css = CSS + (FIGURE_CSS if figures else "") + QUIZ_CSS
    salt = page_salt([problem_set.title, *(item.code for item in problem_set.items)])
    count = len(problem_set.items)
    sheet = problem_set.sheet_id
    config = {
        "salt": salt, "mode": mode, "scoring": scoring, "seconds": seconds,
        "sheet": sheet,
        "items": [_item_data(n, item, salt) for n, item in enumerate(problem_set.items, 1)],
    }
    timing = (f"{limit:g} minute" + ("" if limit == 1 else "s")) if limit else "no time limit"
    # no seed and no item codes, ever: logicgen would rebuild the key from either.
    # The sheet id names the set without revealing it.
    header = [f"Form {problem_set.form}"] if problem_set.form else []
    header += [f"{count} question" + ("" if count == 1 else "s"), timing, f"sheet {sheet}"]
    out = page_start(doc["title"], css, " · ".join(header))
    if doc["instructions"]:
        out.append(f'<div class="instructions">{_lines(doc["instructions"])}</div>')
    out.append("</header>")
    out.append("<main>")
    out += _chrome(count, seconds, timing, mode, scoring)
    out.append('<div class="questions" id="questions" hidden>')
    out.extend(_question(q, mode, scoring) for q in doc["items"])
    out.append("</div>")
    out += _navigation(count)
    out.append("</main>")
    out += [
        f'<script type="application/json" id="quiz-data">{_script_json(config)}</script>',
        f"<script>{SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"
