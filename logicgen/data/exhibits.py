"""Scenes for tables and charts: what is counted, by what and when.

Each scene names the quantity (``what``, a plural noun phrase used in the
questions), the rows (things compared), the columns (periods) and the size of
its numbers (``low``/``high`` bounds of the first period, in steps of ``unit``).
"""

from __future__ import annotations

from typing import Any

__all__ = ["PIES", "SCENES"]

SCENES: tuple[dict[str, Any], ...] = (
    {"title": "Units sold by region", "what": "units sold", "head": "Region",
     "rows": ("North", "South", "East", "West", "Central"),
     "columns": ("Q1", "Q2", "Q3", "Q4"), "low": 100, "high": 400, "unit": 20},
    {"title": "Staff by department", "what": "staff", "head": "Department",
     "rows": ("Sales", "Finance", "Support", "Research", "Legal"),
     "columns": ("2022", "2023", "2024"), "low": 20, "high": 120, "unit": 20},
    {"title": "Visitors by site", "what": "visitors", "head": "Site",
     "rows": ("Museum", "Gallery", "Castle", "Gardens", "Zoo"),
     "columns": ("May", "June", "July", "August"), "low": 200, "high": 900, "unit": 20},
    {"title": "Orders by shop", "what": "orders", "head": "Shop",
     "rows": ("Harbour St", "Mill Lane", "Park Road", "High St", "Station Sq"),
     "columns": ("Mon", "Tue", "Wed", "Thu", "Fri"), "low": 40, "high": 160, "unit": 20},
    {"title": "Calls answered by team", "what": "calls answered", "head": "Team",
     "rows": ("Team A", "Team B", "Team C", "Team D"),
     "columns": ("Week 1", "Week 2", "Week 3"), "low": 120, "high": 480, "unit": 20},
)

#: pie charts: the parts of a whole, and how a question states the whole ({total}, {part})
PIES: tuple[dict[str, Any], ...] = (
    {"title": "Monthly household budget",
     "parts": ("Rent", "Food", "Transport", "Savings", "Other"),
     "ask": "If the monthly budget is {total}, how much goes on {part}?",
     "totals": (2000, 2400, 3000, 3600, 4000), "money": True},
    {"title": "A company's yearly costs",
     "parts": ("Salaries", "Premises", "Marketing", "IT", "Travel"),
     "ask": "If the company's yearly costs are {total}, how much is spent on {part}?",
     "totals": (200000, 400000, 500000, 800000), "money": True},
    {"title": "Hours spent on a project", "parts": ("Design", "Build", "Testing", "Meetings"),
     "ask": "If the project took {total} hours in all, how many hours went on {part}?",
     "totals": (200, 400, 600, 800), "money": False},
    {"title": "How a school's pupils travel to school",
     "parts": ("On foot", "Bus", "Car", "Bicycle", "Train"),
     "ask": "If the school has {total} pupils, how many are in the {part} group?",
     "totals": (600, 800, 1000, 1200, 1400), "money": False},
    {"title": "A charity's spending last year",
     "parts": ("Programmes", "Fundraising", "Staff", "Administration", "Reserves"),
     "ask": "If the charity spent {total} in all, how much went on {part}?",
     "totals": (40000, 60000, 80000, 120000), "money": True},
    {"title": "A shop's sales by department",
     "parts": ("Clothing", "Shoes", "Accessories", "Home", "Toys"),
     "ask": "If the shop's sales came to {total}, how much came from {part}?",
     "totals": (20000, 30000, 50000, 60000, 80000), "money": True},
    {"title": "Replies to a customer survey",
     "parts": ("Very satisfied", "Satisfied", "Neutral", "Unsatisfied", "Very unsatisfied"),
     "ask": "If {total} customers replied, how many chose \"{part}\"?",
     "totals": (400, 600, 800, 1200, 2000), "money": False},
    {"title": "A town's household waste by type",
     "parts": ("Food", "Paper", "Plastic", "Glass", "Metal"),
     "ask": ("If the town collected {total} tonnes of waste, how many tonnes were in the "
             "{part} category?"),
     "totals": (1000, 2000, 4000, 5000), "money": False},
    {"title": "How a student's study time is spent",
     "parts": ("Lectures", "Reading", "Assignments", "Revision", "Group work"),
     "ask": "If the student studied for {total} hours over a term, how many went on {part}?",
     "totals": (200, 400, 600, 800), "money": False},
)
