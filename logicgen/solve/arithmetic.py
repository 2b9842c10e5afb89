"""Second routes for the expectation, rates, percentage and ratio items.

Each solver reads only an item's ``data`` (and its options) and works the story
out in a way the generators do not:

* ``probability.expectation``: every outcome of the experiment is listed (die
  faces, ordered pairs of dice, head/tail sequences, raffle tickets, lucky-dip
  envelopes) and the payout averaged over them; counts use the whole binomial or hypergeometric
  distribution instead of linearity of expectation; waiting times solve the
  first-step equation ``E = 1 + q·E``.
* ``quant.rates``: the clock is run forward minute by minute in whole units
  (kilometres × 60, or shares of a job), or the trip is totalled leg by leg.
* ``quant.percent``: the price or balance is carried through each change, year
  or step in turn; questions that run the story backwards ("what was the
  original price?") evaluate the forward story at two trial inputs and solve
  the resulting straight line.
* ``quant.ratio``: quantities are built up part by part or person by person;
  unknowns are again found from the forward story at two trial values.

The value is compared with each option by number (``$12.50`` equals ``25/2``),
or, for ``h min`` durations and ``a:b`` ratios, read back from the option text.
For free-response items the derived value is returned as text.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction
from functools import lru_cache
from typing import Any

from logicgen.answers import parse_number

__all__ = [
    "effort_expectation",
    "effort_percent",
    "effort_rates",
    "effort_ratio",
    "solve_expectation",
    "solve_percent",
    "solve_rates",
    "solve_ratio",
    "value_of",
]

_HM = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*min)?\s*$")
_RATIO = re.compile(r"^\s*(\d+)\s*:\s*(\d+)\s*$")
_PLAIN = re.compile(r"^([-+\u2212]?)\$?(\d[\d,]*)(?:\.(\d+))?(?:/(\d+))?(%?)$")


@lru_cache(maxsize=8192)
def _read(text: str) -> tuple[int, int] | None:
    """A number as ``(numerator, denominator)`` for the usual option shapes; else ``None``.

    Handles ``$1,210.00``, ``−$0.50``, ``7/2``, ``+21%`` and ``12.5%`` with integer
    arithmetic only (one regular expression, no Fraction), which keeps checking
    five options cheap. Anything else goes to :func:`logicgen.answers.parse_number`.
    Cached: option texts (round amounts, whole percentages) recur from item to item.
    """
    m = _PLAIN.match(text)
    if not m:
        return None
    sign, whole, dec, den, pct = m.groups()
    num = int(whole.replace(",", ""))
    d = 1
    if dec:
        d = 10 ** len(dec)
        num = num * d + int(dec)
    if den:
        if dec or int(den) == 0:
            return None
        d *= int(den)
    if pct:
        d *= 100
    return (-num if sign in ("-", "\u2212") else num), d


@lru_cache(maxsize=8192)
def value_of(text: str, form: str) -> Fraction | None:
    """The value an option text stands for in answer form ``form`` (``None`` if unreadable).

    Percentages are read in percent units (``12.5%`` is 12.5), durations in hours.
    Cached: option texts recur from item to item.
    """
    if form == "hm":
        m = _HM.match(text)
        if not m or not (m.group(1) or m.group(2)):
            return None
        return Fraction(int(m.group(1) or 0)) + Fraction(int(m.group(2) or 0), 60)
    if form == "ratio":
        m = _RATIO.match(text)
        if not m or int(m.group(2)) == 0:
            return None
        return Fraction(int(m.group(1)), int(m.group(2)))
    if form in ("percent", "signed_percent") and not text.strip().endswith("%"):
        return None
    fast = _read(text.strip())
    value = Fraction(*fast) if fast else parse_number(text)
    if value is not None and form in ("percent", "signed_percent"):
        value *= 100
    return value


def _equals(text: str, value: Fraction, form: str) -> bool:
    if form not in ("hm", "ratio", "percent", "signed_percent"):
        fast = _read(text.strip())
        if fast is not None:  # cross-multiply instead of building a Fraction
            return fast[0] * value.denominator == value.numerator * fast[1]
    elif form != "hm" and form != "ratio":  # a percentage, read in percent units
        if not text.strip().endswith("%"):
            return False
        fast = _read(text.strip())
        if fast is not None:
            return fast[0] * 100 * value.denominator == value.numerator * fast[1]
    return value_of(text, form) == value


def _text(value: Fraction, form: str) -> str:
    """A free-response answer text for ``value``; any equal form is accepted when graded."""
    if form in ("percent", "signed_percent"):
        return f"{value.numerator}/{value.denominator * 100}" if value.denominator > 1 else \
            f"{value.numerator}%"
    if form == "hm":
        return str(value * 60)  # free-response durations are asked in minutes
    if form == "ratio":
        return f"{value.numerator}:{value.denominator}"
    return str(value)


def _answer(value: Fraction | int, data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    form = str(data["form"])
    if not isinstance(value, (int, Fraction)):
        raise TypeError(f"inexact value {value!r}")
    value = Fraction(value)
    if not choices:
        return [_text(value, form)]
    return [c for c in choices if _equals(c, value, form)]


def _f(x: Any) -> Fraction:
    """A number from ``data`` (an int, or text such as ``"5/2"`` or ``"12.50"``) as a Fraction."""
    if isinstance(x, int) and not isinstance(x, bool):
        return Fraction(x)
    if isinstance(x, float):
        raise TypeError(f"numbers in data are ints or exact text, not floats ({x!r})")
    return _text_number(str(x))


@lru_cache(maxsize=4096)
def _text_number(text: str) -> Fraction:
    # exact text in data ("12.50", "5/2") recurs across items; Fraction's parser is slow
    return Fraction(text)


def _n(x: Any) -> int | Fraction:
    """Like :func:`_f`, but whole numbers stay ``int`` for cheap sums (never divide these)."""
    if isinstance(x, int) and not isinstance(x, bool):
        return x
    return _f(x)


_ZERO, _ONE = Fraction(0), Fraction(1)


def _line_root(story: Callable[[Fraction], Fraction], target: Fraction) -> Fraction:
    """The input for which the affine ``story`` gives ``target``, from two trial runs."""
    y0, y1 = story(_ZERO), story(_ONE)
    slope = y1 - y0
    if slope == 0:
        raise ValueError("the story does not depend on the unknown")
    x = (target - y0) / slope
    if story(x) != target:  # the story was not a straight line after all
        raise ValueError("the story is not linear in the unknown")
    return x


# == probability.expectation ===============================================================


@lru_cache(maxsize=4096)
def _binomial_mean(n: int, hits: int, sides: int) -> Fraction:
    """Mean number of hits in ``n`` rolls, from the whole distribution (ways per count)."""
    ways = [1]  # ways[k]: sequences of the rolls so far with k hits
    for _ in range(n):
        nxt = [0] * (len(ways) + 1)
        for k, w in enumerate(ways):
            nxt[k] += w * (sides - hits)
            nxt[k + 1] += w * hits
        ways = nxt
    return Fraction(sum(k * w for k, w in enumerate(ways)), sides**n)


@lru_cache(maxsize=4096)
def _hypergeometric_mean(target: int, other: int, draws: int) -> Fraction:
    total = math.comb(target + other, draws)
    acc = sum(j * math.comb(target, j) * math.comb(other, draws - j) for j in range(draws + 1))
    return Fraction(acc, total)


def _pair_payout(event: Mapping[str, Any], a: int, b: int) -> Fraction | int:
    kind = event["type"]
    if kind == "double":
        return _n(event["amount"]) if a == b else 0
    if kind == "total":
        return _n(event["amount"]) if a + b == int(event["total"]) else 0
    if kind == "at_least":
        return _n(event["amount"]) if a + b >= int(event["total"]) else 0
    if kind == "sum":
        return _n(event["amount"]) * (a + b)
    if kind == "max":
        return max(a, b)
    if kind == "min":
        return min(a, b)
    raise ValueError(f"unknown two-dice event {kind!r}")


def _two_dice_total(sides: int, event: Mapping[str, Any]) -> int | Fraction:
    """The payout summed over every ordered pair of faces."""
    try:  # the same few events recur: cached by value (and type, so 1 is not True)
        return _two_dice_total_of(sides, tuple(sorted((k, type(v).__name__, v)
                                                      for k, v in event.items())))
    except TypeError:  # an event with a value that cannot be a key: work it out afresh
        outcomes = itertools.product(range(1, sides + 1), repeat=2)
        return sum(_pair_payout(event, a, b) for a, b in outcomes)


@lru_cache(maxsize=1024)
def _two_dice_total_of(sides: int, event: tuple[tuple[str, str, Any], ...]) -> int | Fraction:
    rules = {k: v for k, _, v in event}
    outcomes = itertools.product(range(1, sides + 1), repeat=2)
    return sum(_pair_payout(rules, a, b) for a, b in outcomes)


@lru_cache(maxsize=1024, typed=True)
def _coins_total(n: int, per_head: int | Fraction, per_tail: int | Fraction,
                 all_heads: int | Fraction) -> int | Fraction:
    """The payout summed over every head/tail sequence of ``n`` tosses (cached: the
    same games recur)."""
    total: int | Fraction = 0
    for seq in itertools.product("HT", repeat=n):
        heads = seq.count("H")
        total += per_head * heads - per_tail * (n - heads) + (all_heads if heads == n else 0)
    return total


def expectation_value(data: Mapping[str, Any]) -> Fraction:
    """The expected value asked for, by listing outcomes (see the module docstring)."""
    kind = data["kind"]
    fee = _f(data.get("fee", 0))
    if kind == "die_mean":
        faces = [_n(v) for v in data["faces"]]  # whole faces stay ints: cheap to add
        return Fraction(sum(faces)) / len(faces)
    if kind == "die_game":
        sides = int(data["sides"])
        prize = {int(face): _n(p["amount"]) for p in data["prizes"] for face in p["faces"]}
        payout = Fraction(sum(prize.get(face, 0) for face in range(1, sides + 1))) / sides
    elif kind == "two_dice":
        sides = int(data["sides"])
        payout = Fraction(_two_dice_total(sides, data["event"])) / sides**2
    elif kind == "coins":
        n = int(data["tosses"])
        per_head = _n(data.get("per_head") or 0)
        per_tail = _n(data.get("per_tail") or 0)  # lost for each tail
        all_heads = _n(data.get("all_heads") or 0)
        payout = Fraction(_coins_total(n, per_head, per_tail, all_heads)) / 2**n
    elif kind == "count_dice":
        return _binomial_mean(int(data["rolls"]), len(data["faces"]), int(data["sides"]))
    elif kind == "count_urn":
        counts = data["counts"]
        target = int(counts[data["target"]])
        other = sum(int(v) for k, v in counts.items() if k != data["target"])
        return _hypergeometric_mean(target, other, int(data["draws"]))
    elif kind == "until_first":
        q = Fraction(int(data["sectors"]) - int(data["target_sectors"]), int(data["sectors"]))
        # First step: one try, then with probability q the wait starts afresh.
        return _line_root(lambda e: 1 + q * e - e, Fraction(0))
    elif kind == "raffle":
        tickets = int(data["tickets"])
        amounts = [_n(p["amount"]) for p in data["prizes"] for _ in range(int(p["count"]))]
        if len(amounts) > tickets:
            raise ValueError("more prizes than tickets")
        # Ticket by ticket: the first few carry the prizes, the rest nothing.
        won = sum(amounts[t] if t < len(amounts) else 0 for t in range(tickets))
        payout = Fraction(won) / tickets
    elif kind == "lucky_dip":
        items = int(data["items"])
        amounts = [_n(p["amount"]) for p in data["prizes"] for _ in range(int(p["count"]))]
        if len(amounts) > items:
            raise ValueError("more prizes than items")
        # Item by item: the first few hold the prizes, the rest are empty.
        payout = Fraction(sum(amounts[t] if t < len(amounts) else 0 for t in range(items)))
        payout /= items
    else:
        raise ValueError(f"unknown expectation kind {kind!r}")
    if data.get("ask", "payout") == "gain":
        return payout - fee
    return payout  # "payout" and "fair_fee" (the fee that makes the expected gain zero)


def solve_expectation(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``probability.expectation`` items."""
    return _answer(expectation_value(data), data, choices)


# == quant.rates ===========================================================================


def _run_clock(step: Fraction, goal: Fraction, limit: int = 7 * 24 * 60) -> int:
    """Whole minutes until ``step`` per minute adds up to ``goal`` exactly.

    Both are scaled to integers first; the clock then runs an hour at a time while
    a whole hour does not overshoot, and minute by minute after that.
    """
    if step <= 0:
        raise ValueError("the clock never reaches the goal")
    per_minute = step.numerator * goal.denominator
    target = goal.numerator * step.denominator
    done, minute = 0, 0
    while done + 60 * per_minute <= target and minute < limit:
        done += 60 * per_minute
        minute += 60
    while done < target and minute < limit:
        done += per_minute
        minute += 1
    if done != target:
        raise ValueError("the goal is not reached on a whole minute")
    return minute


def rates_value(data: Mapping[str, Any]) -> Fraction:
    """Kilometres, km/h or hours, as the item asks."""
    kind = data["kind"]
    if kind == "distance":
        # Kilometres covered minute by minute (in 1/60 km), then back to km.
        speed, minutes = _n(data["speed"]), int(data["minutes"])
        covered: int | Fraction = 0
        for _ in range(minutes):
            covered += speed
        return Fraction(covered, 60)
    if kind == "travel_time":
        per_minute = _f(data["speed"]) / 60
        return Fraction(_run_clock(per_minute, _f(data["distance"])), 60)
    # Sums of fractions below are kept as integer numerators and denominators and
    # reduced once (Fraction arithmetic reduces at every step, which is what costs).
    if kind == "average_speed":
        # the total distance over the total time, leg by leg
        dist_n, dist_d, time_n, time_d = 0, 1, 0, 1
        for leg in data["legs"]:
            d, v = _f(leg["distance"]), _f(leg["speed"])
            if v == 0:
                raise ZeroDivisionError("a leg at speed 0")
            dist_n, dist_d = dist_n * d.denominator + d.numerator * dist_d, dist_d * d.denominator
            # this leg's hours: d ÷ v
            leg_n, leg_d = d.numerator * v.denominator, d.denominator * v.numerator
            time_n, time_d = time_n * leg_d + leg_n * time_d, time_d * leg_d
        return Fraction(dist_n * time_d, dist_d * time_n)
    if kind == "meet":
        closing = _n(data["speed_a"]) + _n(data["speed_b"])  # km an hour, together
        per_minute = Fraction(closing.numerator, closing.denominator * 60)
        return Fraction(_run_clock(per_minute, _f(data["distance"])), 60)
    if kind == "catch_up":
        v1, v2 = _f(data["speed_a"]), _f(data["speed_b"])
        ahead = v1 * _f(data["head_start_minutes"])
        lead = Fraction(ahead.numerator, ahead.denominator * 60)  # km ahead when B starts
        gain = v2 - v1
        return Fraction(_run_clock(Fraction(gain.numerator, gain.denominator * 60), lead), 60)
    if kind == "work":
        # each worker's share of the job an hour (1 ÷ hours; a drain takes it away)
        num, den = 0, 1
        for w in data["workers"]:
            hours = _f(w["hours"])
            sign = -1 if w.get("empties") else 1
            num, den = (num * hours.numerator + sign * hours.denominator * den,
                        den * hours.numerator)
        return Fraction(_run_clock(Fraction(num, den * 60), Fraction(1)), 60)
    raise ValueError(f"unknown rates kind {kind!r}")


def solve_rates(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``quant.rates`` items."""
    return _answer(rates_value(data), data, choices)


# == quant.percent =========================================================================


def _carry(start: Fraction, changes: Sequence[Fraction]) -> Fraction:
    # value + value × pct ÷ 100 for each change in turn, kept as an integer numerator
    # and denominator (reduced once at the end: Fraction arithmetic reduces every step)
    num, den = start.numerator, start.denominator
    for pct in changes:
        num *= 100 * pct.denominator + pct.numerator
        den *= 100 * pct.denominator
    return Fraction(num, den)


def percent_value(data: Mapping[str, Any]) -> Fraction:
    kind = data["kind"]
    if kind == "successive":
        changes = [_f(c) for c in data["changes"]]
        start = Fraction(100)
        return (_carry(start, changes) - start) / start * 100
    if kind == "reverse":
        changes = [_f(c) for c in data["changes"]]
        return _line_root(lambda x: _carry(x, changes), _f(data["final"]))
    if kind == "points":
        old, new = _f(data["old_rate"]), _f(data["new_rate"])
        if data["ask"] == "points":  # "by how many points did it rise (fall)?"
            return abs(new - old)
        return (new - old) / old * 100
    if kind == "profit":
        cost = _f(data["cost"])
        price = _carry(_carry(cost, [_f(data["markup"])]), [-_f(data.get("discount", 0))])
        if data["ask"] == "price":
            return price
        return (price - cost) / cost * 100
    if kind == "interest":
        balance = _f(data["principal"])
        rate = _f(data["rate"])
        interest_base = balance
        for _year in range(int(data["years"])):
            if data["scheme"] == "compound":
                interest_base = balance
            balance += interest_base * rate / 100
        if data["ask"] == "interest":
            return balance - _f(data["principal"])
        return balance
    raise ValueError(f"unknown percent kind {kind!r}")


def solve_percent(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``quant.percent`` items."""
    return _answer(percent_value(data), data, choices)


# == quant.ratio ===========================================================================


def ratio_value(data: Mapping[str, Any]) -> Fraction:
    kind = data["kind"]
    if kind == "share":
        parts = [int(p) for p in data["parts"]]
        total = _f(data["total"])
        # One "round" hands one unit to every part; find the unit that uses up the total.
        round_size = sum(parts)
        unit = _line_root(lambda u: u * round_size, total)
        return unit * parts[int(data["who"])]
    if kind == "share_difference":
        parts = [int(p) for p in data["parts"]]
        a, b = int(data["first"]), int(data["second"])
        diff = Fraction(_f(data["difference"]))
        unit = _line_root(lambda u: u * parts[a] - u * parts[b], diff)
        return unit * sum(parts) if data["ask"] == "total" else unit * parts[int(data["who"])]
    if kind == "combine":
        a1, b1 = (int(x) for x in data["a_b"])
        b2, c2 = (int(x) for x in data["b_c"])
        # Search for the smallest middle term that both ratios can be scaled to.
        middle = next(m for m in itertools.count(1) if m % b1 == 0 and m % b2 == 0)
        a, c = a1 * (middle // b1), c2 * (middle // b2)
        if "c_d" in data:  # a chain A:B, B:C, C:D: match C the same way, then read A:D
            c3, d3 = (int(x) for x in data["c_d"])
            middle = next(m for m in itertools.count(1) if m % c == 0 and m % c3 == 0)
            return Fraction(a * (middle // c), d3 * (middle // c3))
        return Fraction(a, c)
    if kind == "proportion":
        base, new = data["base"], data["new"]
        if data["ask"] == "output":
            # What one machine makes in one hour, then machine-hour by machine-hour.
            per_unit = Fraction(_f(base["output"]), _f(base["machines"]) * _f(base["hours"]))
            return sum((per_unit for _ in range(int(new["machines"]) * int(new["hours"]))),
                       Fraction(0))
        total_work = _f(base["workers"]) * _f(base["days"])  # worker-days for the job
        workers = _f(new["workers"])
        return _line_root(lambda d: workers * d, total_work)
    if kind == "mixture":
        parts = data["parts"]
        # whole numbers stay ints (cheap), anything else is exact (see _n)
        pure = sum((Fraction(_n(p["litres"]) * _n(p["percent"]), 100) for p in parts),
                   Fraction(0))
        litres = sum((_n(p["litres"]) for p in parts), Fraction(0))
        if data["ask"] == "percent":
            return pure / litres * 100
        # How much water (0 %) to add to reach the target strength.
        target = Fraction(_f(data["target_percent"]), 100)
        return _line_root(lambda w: pure - target * (litres + w), Fraction(0))
    if kind == "average":
        if data["ask"] == "combined":
            groups = data["groups"]
            # every member's mark listed (a whole mean stays an int: cheap to add)
            marks = [mark for g in groups for mark in [_n(g["mean"])] * int(g["count"])]
            return Fraction(sum(marks), len(marks))
        count, mean = int(data["count"]), _f(data["mean"])
        scores = [mean] * count  # any list with this mean has the same total
        total = sum(scores)
        if data["ask"] == "needed":
            target = Fraction(_f(data["target_mean"]))
            return _line_root(lambda x: (total + x) / (count + 1), target)
        if data["ask"] == "removed":
            new_mean = Fraction(_f(data["new_mean"]))
            return _line_root(lambda x: (total - x) / (count - 1), new_mean)
    raise ValueError(f"unknown ratio kind {kind!r}")


def solve_ratio(data: Mapping[str, Any], choices: Sequence[str]) -> list[str]:
    """Solver for ``quant.ratio`` items."""
    return _answer(ratio_value(data), data, choices)


# == effort: the working an item needs ====================================================


def effort_expectation(data: Mapping[str, Any]) -> float:
    """The working a ``probability.expectation`` item needs by hand, in steps (its score).

    * the mean of a die: 1 for faces 1..n (the middle value), 2 for other faces
      (add them, divide);
    * coins: 1 (heads expected × pay), plus 1 for an all-heads bonus;
    * a die game: 1 per prize tier (a chance times an amount), half a step for a
      die that is not six-sided;
    * how many rolls show a face: 2 (the chance, times the rolls), half a step more
      on a die that is not six-sided;
    * two dice: 1.5 for doubles or a total (one chance from the 36 outcomes), 2 for
      one named total, 2.5 for "at least", 4 for the larger of two dice (a weighted
      sum over every value), half a step more on dice that are not six-sided;
    * waiting for a first success: 4 (the chance of a success, and seeing that the
      wait is its inverse);
    * a raffle or a lucky dip: 1 per prize tier plus 1 for the division by the
      tickets (envelopes, cards); a win per head less a loss per tail 1 more;
      the smaller of two numbers as the larger;
    * counting balls of a colour: 2 (linearity), 3 without replacement (seeing
      that drawing without replacement does not change it);
    * plus 1 when the question asks for the gain (the fee subtracted).

    >>> effort_expectation({"kind": "die_game", "sides": 10, "ask": "gain",
    ...                     "prizes": [{"faces": [10], "amount": 24},
    ...                                {"faces": [8, 9], "amount": 20}]})
    3.5
    """
    kind = data["kind"]
    gain = 1.0 if data.get("ask") == "gain" else 0.0
    odd_die = 0.5 if int(data.get("sides", 6)) != 6 else 0.0
    if kind == "die_mean":
        faces = [int(f) for f in data["faces"]]
        return 1.0 if faces == list(range(1, len(faces) + 1)) else 2.0
    if kind == "coins":
        loss = 1.0 if data.get("per_tail") else 0.0  # a win per head less a loss per tail
        return 1.0 + gain + loss + (1.0 if data.get("all_heads") else 0.0)
    if kind == "die_game":
        return 1.0 * len(data["prizes"]) + gain + odd_die
    if kind == "count_dice":
        return 2.0 + odd_die
    if kind == "two_dice":
        steps = {"double": 1.5, "total": 1.5, "sum": 2.0, "at_least": 2.5, "max": 4.0,
                 "min": 4.0}
        return steps.get(str(data["event"]["type"]), 2.0) + gain + odd_die
    if kind == "until_first":
        return 4.0
    if kind in ("raffle", "lucky_dip"):
        return 1.0 * len(data["prizes"]) + 1.0 + gain
    if kind == "count_urn":
        return 3.0 if not data.get("replacement", True) else 2.0
    raise ValueError(f"unknown kind {kind!r}")


@lru_cache(maxsize=8192, typed=True)
def _effort_digits(value: Any) -> int:
    """Significant digits of a number as worked with (``"1395.00"`` has 3, 25000 has 2).

    Cached (keyed by value and type): the same amounts and rates recur from item to item.
    """
    x = abs(Fraction(str(value)))
    if x.denominator != 1:
        # a decimal: its digits without the point; another fraction: both parts
        for places in range(1, 7):
            if (x * 10**places).denominator == 1:
                return _effort_digits(x * 10**places)
        return len(str(x.numerator)) + len(str(x.denominator))
    n = x.numerator
    while n and n % 10 == 0:
        n //= 10
    return len(str(n))


def _effort_size(*values: Any) -> float:
    """A quarter step per significant digit beyond two of the longest number worked
    with (at most 1): long multiplications and divisions take longer."""
    return min(1.0, 0.25 * max(0, max(_effort_digits(v) for v in values) - 2))


@lru_cache(maxsize=4096, typed=True)
def _effort_rate(percent: Any) -> float:
    """A percentage as a multiplier: free for a multiple of 25%, half a step for
    a multiple of 5% (tenths and halves), a step for any other (cached like
    :func:`_effort_digits`)."""
    p = abs(Fraction(str(percent)))
    return 0.0 if p % 25 == 0 else 0.5 if p % 5 == 0 else 1.0


def effort_percent(data: Mapping[str, Any]) -> float:
    """The working a ``quant.percent`` item needs by hand, in steps (its score).

    * percentage points: 1 (a subtraction); the change as a percentage of the old
      rate: 2 (and divide);
    * a reversed change: 1 per change (the multipliers combined, then one division);
    * simple interest: 2 (rate × years, × principal), plus half a step for the
      balance (one addition); compound: 1 per year (one multiplication each),
      plus 1 for the interest (balance minus principal);
    * successive changes: 1 per change (the multipliers combined, then read as a
      change);
    * mark-up and discount: 1 each, plus 1 for the profit as a percentage;

    plus half of each rate's cost as a multiplier (free for a multiple of 25%,
    half a step for a multiple of 5%, 1 for any other) and a quarter step per
    significant digit beyond two of the longest amount (at most 1).

    >>> effort_percent({"kind": "interest", "scheme": "compound", "principal": 5000,
    ...                 "rate": 8, "years": 2, "ask": "balance"})
    2.5

    (Two yearly multiplications, 2; 8% is not a multiple of 5%, half of 1; 5000 has
    one significant digit, 0.)
    """
    kind = data["kind"]
    if kind == "points":
        size = _effort_size(data["old_rate"], data["new_rate"])
        if data.get("ask") == "points":
            return 1.0 + size
        return 2.0 + 0.5 * _effort_rate(data["old_rate"]) + size
    if kind == "reverse":
        changes = list(data["changes"])
        return (float(len(changes)) + 0.5 * sum(_effort_rate(c) for c in changes)
                + _effort_size(data["final"]))
    if kind == "interest":
        years, rate = int(data["years"]), data["rate"]
        if data.get("scheme") == "compound":
            steps = float(years) + (1.0 if data.get("ask") == "interest" else 0.0)
        else:
            steps = 2.0 + (0.5 if data.get("ask") == "balance" else 0.0)
        return steps + 0.5 * _effort_rate(rate) + _effort_size(data["principal"])
    if kind == "successive":
        changes = list(data["changes"])
        return float(len(changes)) + 0.5 * sum(_effort_rate(c) for c in changes)
    if kind == "profit":
        steps = 2.0 + (1.0 if data.get("ask") == "percent" else 0.0)
        return (steps + 0.5 * (_effort_rate(data["markup"]) + _effort_rate(data["discount"]))
                + _effort_size(data["cost"]))
    raise ValueError(f"unknown kind {kind!r}")


def effort_rates(data: Mapping[str, Any]) -> float:
    """The working a ``quant.rates`` item needs by hand, in steps (its score).

    * distance: 2 (minutes to hours, times the speed);
    * travel time: 2 (distance ÷ speed, the remainder in minutes);
    * working together: 1 per worker (their rates added as unit fractions, or
      product over sum for two; a drain taken away, half a step more);
    * meeting: 3 (add the speeds, divide, read the time);
    * catching up: 4 (the head start's distance, the closing speed, divide, read);
    * average speed: 1 per leg's time, 1 to add the times (and the distances),
      1 for the division;

    plus 1 when the time is asked in hours and minutes and is not a whole number
    of hours (the fraction of an hour turned into minutes), and a quarter step per
    significant digit beyond two of the longest number worked with (at most 1).

    >>> effort_rates({"kind": "travel_time", "speed": 15, "distance": 42, "form": "hm"})
    3.0

    (42 ÷ 15, 2; 2.8 h leaves 0.8 h to turn into 48 min, 1; all numbers two digits.)
    """
    kind = data["kind"]
    numbers: list[Any] = []
    if kind == "distance":
        steps, numbers = 2.0, [data["speed"], data["minutes"]]
    elif kind == "travel_time":
        steps, numbers = 2.0, [data["speed"], data["distance"]]
    elif kind == "work":
        workers = list(data["workers"])
        steps = float(len(workers)) + 0.5 * sum(bool(w.get("empties")) for w in workers)
        numbers = [w["hours"] for w in workers]
    elif kind == "meet":
        steps, numbers = 3.0, [data["speed_a"], data["speed_b"], data["distance"]]
    elif kind == "catch_up":
        steps = 4.0
        numbers = [data["speed_a"], data["speed_b"], data["head_start_minutes"]]
    elif kind == "average_speed":
        legs = list(data["legs"])
        steps = len(legs) + 2.0
        numbers = [v for leg in legs for v in (leg["distance"], leg["speed"])]
    else:
        raise ValueError(f"unknown kind {kind!r}")
    if data.get("form") == "hm" and rates_value(data).denominator != 1:
        steps += 1.0
    return steps + _effort_size(*numbers)


def effort_ratio(data: Mapping[str, Any]) -> float:
    """The working a ``quant.ratio`` item needs by hand, in steps (its score).

    * sharing in a ratio: 1 to add the parts (half a step more per part beyond
      two), 1 for the amount one part stands for and its multiple;
    * a share from a difference: 1 for the parts' difference, 1 for one part, 1
      for the total or the share asked, half a step more per part beyond two;
    * proportion: 1, plus 1 per quantity that changes (machines, hours, workers),
      1.5 when it changes by a factor that is neither a whole number nor one over
      one (7 machines to 4), half a step more for an inverse one (more workers,
      fewer days);
    * averages: the score needed 2 (two totals compared); combined groups 1 per
      group's total plus 1 to divide; one left out 3 (two totals, a difference);
    * mixtures: the percentage of the mix 1 per part plus 1; water to add 3
      (the substance's amount, the new volume, the difference);
    * combining ratios: 2 per link after the first (scale to a common term,
      multiply) plus 1 to reduce;

    plus a quarter step per significant digit beyond two of the longest number
    worked with (at most 1).

    >>> effort_ratio({"kind": "share", "parts": [2, 7, 4], "total": 2145, "who": 2})
    3.0

    (2 + 7 + 4 = 13 with a third part, 1.5; 2145 ÷ 13 × 4, 1; 2145 has four
    significant digits, 0.5.)
    """
    kind = data["kind"]
    if kind == "share":
        parts = list(data["parts"])
        return 2.0 + 0.5 * (len(parts) - 2) + _effort_size(data["total"], *parts)
    if kind == "share_difference":
        parts = list(data["parts"])
        return 3.0 + 0.5 * (len(parts) - 2) + _effort_size(data["difference"], *parts)
    if kind == "proportion":
        base, new = data["base"], data["new"]
        steps = 1.0 + (0.5 if data.get("ask") == "days" else 0.0)
        for key, value in new.items():
            if key in base and Fraction(value) != Fraction(base[key]):
                scale = Fraction(value) / Fraction(base[key])
                steps += 1.0 if 1 in (scale.numerator, scale.denominator) else 1.5
        return steps + _effort_size(*base.values(), *new.values())
    if kind == "average":
        ask = data.get("ask")
        if ask == "needed":
            return 2.0 + _effort_size(data["mean"], data["target_mean"], data["count"])
        if ask == "combined":
            groups = list(data["groups"])
            return (len(groups) + 1.0
                    + _effort_size(*(g["count"] * g["mean"] for g in groups)))
        return 3.0 + _effort_size(data["count"] * data["mean"])
    if kind == "mixture":
        parts = list(data["parts"])
        if data.get("ask") == "water":
            return 3.0 + _effort_size(*(p["litres"] for p in parts))
        return len(parts) + 1.0 + _effort_size(*(p["litres"] * p["percent"] for p in parts))
    if kind == "combine":
        links = [key for key in ("a_b", "b_c", "c_d") if key in data]
        return 2.0 * (len(links) - 1) + 1.0 + _effort_size(
            *(v for key in links for v in data[key]))
    raise ValueError(f"unknown kind {kind!r}")
