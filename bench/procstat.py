#!/usr/bin/env python3
"""CPU time of groups of processes, from /proc (Linux), for bench/run.sh.

  procstat.py snap OUT NAME=SPEC...   write each group's CPU ticks (and the clock) to OUT (JSON)
  procstat.py cpu LOAD START END REQUESTS OUT [NAME=STATFILE]...
                                      append to OUT (JSON lines) each group's CPU ms per request over the window
                                      between the two snapshots, and its share of the machine; a STATFILE is a
                                      copy of /proc/<pid>/stat of a shell whose one reaped child was the load
                                      generator (its cutime+cstime)
  procstat.py table OUT               the table of those lines: one row per load, one column per group
  procstat.py rss NAME=PID...         VmRSS of each pid, in MB, and the sum

SPEC is a comma-separated list of pids, or @USER: every process of USER (e.g. @postgres). A group's CPU is the
utime+stime of its live processes plus the cutime+cstime of those whose parent is outside the group: children
that exited and were reaped (a PostgreSQL backend whose connection closed inside the window) still count, and
the difference between two snapshots is the group's CPU over the window.
"""
import json
import os
import pwd
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def stat(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            text = f.read()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()  # after "pid (comm) "
    # fields[0] is field 3 (state): ppid 4, utime 14, stime 15, cutime 16, cstime 17
    return int(fields[1]), int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])


def pids_of_user(user):
    uid = pwd.getpwnam(user).pw_uid
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    out.append(int(entry))
            except OSError:
                pass
    return out


def group_ticks(spec):
    if not spec or spec == "-":
        return None
    if spec.startswith("@"):
        pids = pids_of_user(spec[1:])
    else:
        pids = [int(p) for p in spec.split(",") if p.strip().isdigit()]
    stats = {p: s for p in pids if (s := stat(p)) is not None}
    if not stats:
        return None
    total = 0
    for pid, (ppid, own, children) in stats.items():
        total += own
        if ppid not in stats:
            total += children
    return total


def snap(out, specs):
    groups = {}
    for spec in specs:
        name, _, pids = spec.partition("=")
        groups[name] = group_ticks(pids)
    with open(out, "w") as f:
        json.dump({"time": time.monotonic(), "tick": TICK, "groups": groups}, f)


def rss(specs):
    total = 0.0
    for spec in specs:
        name, _, pid = spec.partition("=")
        mb = None
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        mb = int(line.split()[1]) / 1024.0
        except OSError:
            pass
        if mb is None:
            print(f"{name:<16} {'-':>8}")
        else:
            total += mb
            print(f"{name:<16} {mb:8.0f}")
    print(f"{'total':<16} {total:8.0f}")


def reaped_children_ticks(path):
    with open(path) as f:
        text = f.read()
    fields = text[text.rindex(")") + 2:].split()
    return int(fields[13]) + int(fields[14])


def cpu(load, start, end, requests, out, extra):
    a, b = json.load(open(start)), json.load(open(end))
    wall = b["time"] - a["time"]
    ticks = {}
    for name, t in b["groups"].items():
        if t is not None:
            ticks[name] = t - (a["groups"].get(name) or 0)
    for spec in extra:
        name, _, path = spec.partition("=")
        ticks[name] = reaped_children_ticks(path)
    ncpu = os.cpu_count() or 1
    row = {"load": load, "wall": wall, "requests": requests,
           "ms": {n: t * 1000.0 / TICK / max(requests, 1) for n, t in ticks.items()},
           "share": {n: 100.0 * t / TICK / (wall * ncpu) for n, t in ticks.items()},
           "total_share": 100.0 * sum(ticks.values()) / TICK / (wall * ncpu)}
    with open(out, "a") as f:
        f.write(json.dumps(row) + "\n")


def table(out):
    rows = [json.loads(line) for line in open(out) if line.strip()]
    names = []
    for r in rows:
        names += [n for n in r["ms"] if n not in names]
    print(f"{'CPU ms per request':<30}" + "".join(f"{n:>9}" for n in names) + f"{'sum':>9}{'machine':>9}")
    for r in rows:
        cells = "".join(f"{r['ms'][n]:9.3f}" if n in r["ms"] else f"{'-':>9}" for n in names)
        print(f"{r['load']:<30}{cells}{sum(r['ms'].values()):9.3f}{r['total_share']:8.0f}%")
    print(f"{'share of the machine (all cores = 100 %)':<30}")
    for r in rows:
        cells = "".join(f"{r['share'][n]:8.1f}%" if n in r["share"] else f"{'-':>9}" for n in names)
        print(f"{r['load']:<30}{cells}")


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        snap(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == "cpu":
        cpu(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6], sys.argv[7:])
    elif sys.argv[1] == "table":
        table(sys.argv[2])
    elif sys.argv[1] == "rss":
        rss(sys.argv[2:])
    else:
        sys.exit(__doc__)
