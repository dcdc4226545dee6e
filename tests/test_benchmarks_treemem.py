"""The benchmark's memory sampler adds up a process and its children."""

from __future__ import annotations

import os
import subprocess
import sys

from benchmarks.treemem import TreeMemorySampler, tree_rss_kb

# A parent holding 50 MB that starts a child holding 150 MB while it still holds its own.
PARENT = """
import subprocess, sys
held = bytearray(50 * 2**20)
for i in range(0, len(held), 4096): held[i] = 1
subprocess.run([sys.executable, "-c", CHILD])
"""
CHILD = """
held = bytearray(150 * 2**20)
for i in range(0, len(held), 4096): held[i] = 1
import time; time.sleep(1.5)
"""


def test_the_tree_of_this_process_includes_itself() -> None:
    assert tree_rss_kb(os.getpid()) > 10_000


def test_the_peak_is_the_sum_of_processes_running_at_once() -> None:
    code = PARENT.replace("CHILD", repr(CHILD))
    child = subprocess.Popen([sys.executable, "-c", code])
    with TreeMemorySampler(child.pid, interval=0.05) as sampler:
        _, status, usage = os.wait4(child.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    largest = usage.ru_maxrss / 1024  # wait4: the largest single process of the tree
    assert largest >= 150
    assert sampler.peak_mb >= 200  # parent and child together
    assert sampler.peak_mb > largest
