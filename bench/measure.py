#!/usr/bin/env python3
"""Times a command like a user would see it: the whole process, stdout to
/dev/null. Runs it N times (after an untimed setup command each time) and
prints three numbers: best wall-clock seconds, best CPU seconds (user + sys
of the child) and the largest peak RSS in KiB.

    measure.py [--runs N] [--setup 'shell command'] -- CMD [ARGS...]

CPU time is reported next to wall time because on a busy machine the wall
clock also counts time spent waiting for a core.
"""
import argparse
import resource
import subprocess
import sys
import time


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--setup", default=None)
    p.add_argument("cmd", nargs=argparse.REMAINDER)
    a = p.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    best_wall = best_cpu = None
    peak = 0
    for _ in range(a.runs):
        if a.setup:
            subprocess.run(a.setup, shell=True, check=True, stdout=subprocess.DEVNULL)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        peak = max(peak, after.ru_maxrss)  # the largest child so far (setup children included)
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    print("%.4f %.4f %d" % (best_wall, best_cpu, peak))


if __name__ == "__main__":
    sys.exit(main())
