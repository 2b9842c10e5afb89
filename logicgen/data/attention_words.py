"""Word lists for the attention-to-detail records: surnames, streets, firms and places.

Fictional but ordinary: records look like the names, addresses, codes and
e-mail addresses a clerk copies at work.
"""

from __future__ import annotations

__all__ = ["CITIES", "DOMAINS", "STREETS", "STREET_TYPES", "SURNAMES"]

SURNAMES: tuple[str, ...] = (
    "Abernathy", "Baptiste", "Castellano", "Delacroix", "Eriksen", "Fairweather", "Galloway",
    "Hargreaves", "Ibrahimovic", "Jankowski", "Kowalczyk", "Lindqvist", "Montgomery",
    "Nakamura", "Okonkwo", "Pemberton", "Quintero", "Ramanathan", "Sorensen", "Thornbury",
    "Underwood", "Vasquez", "Whitfield", "Yamamoto", "Zielinski", "Achterberg", "Brennan",
    "Chaudhry", "Dimitrova", "Esposito", "Fitzgerald", "Gunawardena", "Holloway", "Iversen",
)
STREETS: tuple[str, ...] = (
    "Maple Grove", "Harbour View", "Willow Bend", "Cedar Ridge", "Juniper", "Foxglove",
    "Kingsmead", "Larkspur", "Millbrook", "Northgate", "Orchard Hill", "Pinecrest",
    "Queensbury", "Riverside", "Stonebridge", "Thistledown", "Westmoreland", "Ashcombe",
)
STREET_TYPES: tuple[str, ...] = ("Rd", "St", "Ave", "Lane", "Close", "Drive", "Court", "Way")
CITIES: tuple[str, ...] = (
    "Bramford", "Calderton", "Eastleigh", "Glenmoor", "Hollinwood", "Kirkwall", "Lowestead",
    "Marchbank", "Newhaven", "Oakhurst", "Penrith", "Redcliffe", "Saltmarsh", "Thornaby",
)
DOMAINS: tuple[str, ...] = (
    "northwind.co", "bluefield.org", "meridian-labs.com", "harbourline.net", "oakmont.io",
    "silverpeak.biz", "crestview.edu", "lumenworks.com",
)
