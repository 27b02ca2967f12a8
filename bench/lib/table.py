"""Prints bench/target/results.tsv as one table: per figure the reference, ours and ours/reference,
each min/median/max over the runs, and the goal with whether the median meets it."""
import statistics
import sys
import unicodedata
from collections import OrderedDict

path, runs, footer = sys.argv[1], sys.argv[2], sys.argv[3]
figures = OrderedDict()
for line in open(path, encoding="utf-8"):
    parts = line.rstrip("\n").split("\t")
    if len(parts) != 6:
        continue
    name, unit, ref, ours, goal, better = parts
    f = figures.setdefault(name, {"unit": unit, "goal": goal, "better": better, "ref": [], "ours": [], "ratio": []})
    ref_v = float(ref) if ref not in ("", "-") else None
    ours_v = float(ours)
    if ref_v is not None:
        f["ref"].append(ref_v)
        if ref_v > 0:
            f["ratio"].append(ours_v / ref_v)
    f["ours"].append(ours_v)


def fmt(v, ratio=False):
    if ratio:
        return f"{v:.2f}×"
    if abs(v) >= 100:
        return f"{v:.0f}"
    if abs(v) >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}"


def triple(values, ratio=False):
    if not values:
        return "—"
    s = sorted(values)
    return " / ".join(fmt(x, ratio) for x in (s[0], statistics.median(s), s[-1]))


def verdict(f):
    goal = f["goal"]
    if goal in ("", "-"):
        return "—"
    kind, op, limit = goal.split(":")  # e.g. ratio:<=:1.3 or abs:<=:700
    values = f["ratio"] if kind == "ratio" else f["ours"]
    if not values:
        return goal
    m = statistics.median(values)
    ok = m <= float(limit) if op == "<=" else m >= float(limit)
    text = (f"{'≤' if op == '<=' else '≥'} {limit}" + ("×" if kind == "ratio" else f" {f['unit']}"))
    return f"{text} {'✓' if ok else '✗'}"


rows = [("figure", "unit", "reference min/med/max", "ours min/med/max", "ours/ref min/med/max", "goal (median)")]
for name, f in figures.items():
    rows.append((name, f["unit"], triple(f["ref"]), triple(f["ours"]), triple(f["ratio"], True), verdict(f)))
def width(text):
    """Columns in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]))]


def show(r):
    return "| " + " | ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(r)) + " |"


print(f"bench: {runs} runs; {footer}")
print(show(rows[0]))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for r in rows[1:]:
    print(show(r))
