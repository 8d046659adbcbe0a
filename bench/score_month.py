#!/usr/bin/env python3
"""The spreadsheet way, as a baseline: read a folder of CSV exports (agents,
time, contacts, qa, survey, kcs, service_level; each covering many months),
pick the month's rows (a timestamp counts for its date) and compute every agent's metrics, scores and overall
with SPEC's default template. Plain Python 3 and the csv module only.

    score_month.py DIR YYYY-MM > result.json

Prints {"month": ..., "agents": [{"agent_id", "overall", "coverage",
"rating", "metrics": {key: {"value", "numerator", "denominator", "score",
"status"}}}]} sorted by agent_id.
"""
import csv
import json
import os
import sys

# SPEC section 3: (key, scale, min sample, direction)
METRICS = [
    ("contacts_per_hour", 60.0, 1200, "higher"),
    ("aht", 1.0, 30, "lower"),
    ("qa", 1.0, 3, "higher"),
    ("csat", 100.0, 10, "higher"),
    ("fcr", 100.0, 30, "higher"),
    ("nps", 100.0, 10, "higher"),
    ("adherence", 100.0, 1200, "higher"),
    ("occupancy", 100.0, 1200, "band"),
    ("kcs", 1.0, 1, "higher"),
]
# SPEC section 4's default template: weight, floor, goal, cap (band: low, high, tolerance)
TEMPLATE = {
    "contacts_per_hour": (25, 4, 8, 120),
    "qa": (25, 70, 90, 120),
    "csat": (15, 70, 90, 120),
    "adherence": (20, 80, 95, 110),
    "kcs": (15, 0, 20, 150),
    "aht": (0, 900, 420, 120),
    "fcr": (0, 50, 80, 120),
    "nps": (0, 0, 50, 120),
}
BAND = {"occupancy": (75, 85, 15)}


def rows(folder, name, month, date_column="date"):
    """Yields (header index, row) for the rows of `month` in one export."""
    path = os.path.join(folder, name)
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = [h.strip().lower() for h in next(reader)]
        col = {h: i for i, h in enumerate(header)}
        d = col[date_column]
        for row in reader:
            if row[d].startswith(month):
                yield col, row


def num(text):
    return float(text) if text.strip() != "" else None


def new_sums():
    return {
        "time_rows": 0, "worked": 0.0,
        "adh_rows": 0, "adherent": 0.0, "adh_sched": 0.0,
        "occ_rows": 0, "occupied": 0.0, "occ_sched": 0.0,
        "handle_rows": 0, "handle": 0.0, "handle_contacts": 0, "contacts": 0,
        "fcr_rows": 0, "fcr": 0, "fcr_contacts": 0,
        "qa_n": 0, "qa_sum": 0.0,
        "csat_n": 0, "csat_pos": 0, "nps_n": 0, "nps_pro": 0, "nps_det": 0,
        "links": 0, "edits": 0, "drafts": 0, "record": 0,
    }


def ratio(key, s):
    """(rows, numerator, denominator) for one metric from the sums."""
    if key == "contacts_per_hour":
        return s["time_rows"], s["contacts"], s["worked"]
    if key == "aht":
        return s["handle_rows"], s["handle"], s["handle_contacts"]
    if key == "qa":
        return s["qa_n"], s["qa_sum"], s["qa_n"]
    if key == "csat":
        return s["csat_n"], s["csat_pos"], s["csat_n"]
    if key == "fcr":
        return s["fcr_rows"], s["fcr"], s["fcr_contacts"]
    if key == "nps":
        return s["nps_n"], s["nps_pro"] - s["nps_det"], s["nps_n"]
    if key == "adherence":
        return s["adh_rows"], s["adherent"], s["adh_sched"]
    if key == "occupancy":
        return s["occ_rows"], s["occupied"], s["occ_sched"]
    if key == "kcs":
        return s["record"], s["links"] + 2 * s["edits"] + 3 * s["drafts"], s["record"]
    raise KeyError(key)


def score(key, value):
    if key in BAND:
        low, high, tol = BAND[key]
        if low <= value <= high:
            return 100.0
        edge = low - value if value < low else value - high
        return max(0.0, 100.0 * (1 - edge / tol))
    _, floor, goal, cap = TEMPLATE[key]
    return min(max(100.0 * (value - floor) / (goal - floor), 0.0), cap)


def main():
    folder, month = sys.argv[1], sys.argv[2]
    agents = {}
    with open(os.path.join(folder, "agents.csv"), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            agents[row["agent_id"]] = row
    sums = {}

    def s(agent):
        x = sums.get(agent)
        if x is None:
            x = sums[agent] = new_sums()
        return x

    for col, row in rows(folder, "time.csv", month):
        x = s(row[col["agent_id"]])
        x["time_rows"] += 1
        x["worked"] += float(row[col["worked_minutes"]])
        sched = num(row[col["scheduled_minutes"]]) or 0.0
        adh = num(row[col["adherent_minutes"]])
        if adh is not None:
            x["adh_rows"] += 1
            x["adherent"] += adh
            x["adh_sched"] += sched
        occ = num(row[col["occupied_minutes"]])
        if occ is not None:
            x["occ_rows"] += 1
            x["occupied"] += occ
            x["occ_sched"] += sched
    # A per-day export has a contacts column; a per-contact export (one row per
    # call/chat/email) has none, so each row counts 1 (SPEC: contacts default 1),
    # and rows are simply summed either way. handle_seconds and fcr are optional.
    for col, row in rows(folder, "contacts.csv", month):
        x = s(row[col["agent_id"]])
        ci, hi, fi = col.get("contacts"), col.get("handle_seconds"), col.get("fcr")
        n = int(row[ci]) if ci is not None and row[ci].strip() != "" else 1
        x["contacts"] += n
        h = num(row[hi]) if hi is not None else None
        if h is not None:
            x["handle_rows"] += 1
            x["handle"] += h
            x["handle_contacts"] += n
        r = num(row[fi]) if fi is not None else None
        if r is not None:
            x["fcr_rows"] += 1
            x["fcr"] += int(r)
            x["fcr_contacts"] += n
    for col, row in rows(folder, "qa.csv", month):
        x = s(row[col["agent_id"]])
        x["qa_n"] += 1
        x["qa_sum"] += float(row[col["score"]])
    for col, row in rows(folder, "survey.csv", month):
        x = s(row[col["agent_id"]])
        c = num(row[col["csat"]])
        if c is not None:
            x["csat_n"] += 1
            x["csat_pos"] += c >= 4
        p = num(row[col["nps"]])
        if p is not None:
            x["nps_n"] += 1
            x["nps_pro"] += p >= 9
            x["nps_det"] += p <= 6
    for col, row in rows(folder, "kcs.csv", month):
        x = s(row[col["agent_id"]])
        t = row[col["type"]].strip().lower()
        x["links" if t == "link" else "edits" if t == "edit" else "drafts"] += 1
    for x in sums.values():
        x["record"] = 1

    # Team values: the same sums pooled over each team's agents.
    teams = {}
    for agent, x in sums.items():
        team = teams.setdefault(agents[agent]["team"], new_sums())
        for k, v in x.items():
            team[k] += v

    def value(key, x, scale):
        n_rows, numerator, denominator = ratio(key, x)
        if n_rows <= 0:
            return None, None, None
        return (scale * numerator / denominator if denominator > 0 else None), numerator, denominator

    total_weight = sum(w for w, *_ in TEMPLATE.values())
    out = []
    for agent in sorted(sums):
        x = sums[agent]
        team = teams[agents[agent]["team"]]
        metrics = {}
        weighted = weight = 0.0
        for key, scale, min_sample, _ in METRICS:
            v, numerator, denominator = value(key, x, scale)
            if v is None and numerator is None:
                status = "no_data"
            elif denominator < min_sample:
                status = "insufficient_data"
            else:
                status = "ok"
            sc = score(key, v) if status == "ok" and v is not None else None
            w = TEMPLATE[key][0] if key in TEMPLATE else 0
            if sc is not None and w > 0:
                weighted += w * sc
                weight += w
            metrics[key] = {"value": v, "numerator": numerator, "denominator": denominator,
                            "team_value": value(key, team, scale)[0], "score": sc, "status": status}
        coverage = weight / total_weight
        overall = weighted / weight if weight > 0 and coverage >= 0.5 else None
        rating = ("insufficient_data" if overall is None else "at_goal" if overall >= 100
                  else "approaching" if overall >= 80 else "below")
        out.append({"agent_id": agent, "name": agents[agent]["name"], "team": agents[agent]["team"],
                    "overall": overall, "coverage": coverage, "rating": rating, "metrics": metrics})
    json.dump({"month": month, "agents": out}, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
