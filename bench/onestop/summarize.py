#!/usr/bin/env python3
"""Medians of the RESULT lines of a one-stop-shop benchmark log (key=value fields), grouped by what was measured
(load, mode or system, threads, history); runs are the rows that share a group.
    python3 bench/onestop/summarize.py LOG..."""
import re
import statistics
import sys
from collections import OrderedDict

GROUP = ("load", "mode", "system", "threads", "history", "clients")
groups = OrderedDict()
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        if not line.startswith("RESULT "):
            continue
        fields = dict(re.findall(r"(\w+)=(\S+)", line))
        key = " ".join(f"{k}={fields[k]}" for k in GROUP if k in fields)
        groups.setdefault(key, []).append(fields)

for key, rows in groups.items():
    numeric = OrderedDict()
    for row in rows:
        for k, v in row.items():
            if k in GROUP or k == "run":
                continue
            try:
                numeric.setdefault(k, []).append(float(v))
            except ValueError:
                pass
    print(f"{key}  (runs: {len(rows)})")
    for k, values in numeric.items():
        shown = " / ".join(f"{x:g}" for x in values)
        print(f"    {k:22} median {statistics.median(values):10g}   runs {shown}")
