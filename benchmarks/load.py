"""How long a fresh Python process takes to be ready to analyse: the stack's imports, then ``arn.load()``.

    python benchmarks/load.py [--runs 5]

Each run is a new interpreter (nothing cached in memory but the operating system's file cache), timed in three
steps: importing the third-party stack (spaCy, scikit-learn, skops, camel-tools), importing our package, and
``arn.load()`` (gazetteers, the NER model, the goal model). The median of the runs is printed, with the machine's
load average, since a busy machine slows every step.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

PROBE = """
import json, time
started = time.perf_counter()
import spacy, sklearn.base, skops.io, camel_tools.utils.dediac  # noqa: E401,F401
stack = time.perf_counter()
import arabic_release_nlp as arn
package = time.perf_counter()
arn.load()
loaded = time.perf_counter()
print(json.dumps({"stack imports": stack - started, "package import": package - stack, "arn.load()": loaded - package,
                  "total": loaded - started}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="fresh processes to time (default 5)")
    args = parser.parse_args(argv)
    print(f"{args.runs} fresh processes; {os.cpu_count()} cores, load average before: {os.getloadavg()[0]:.2f}")
    runs = []
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    for step in runs[0]:
        times = [run[step] for run in runs]
        print(f"{step:>15}: median {statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f})")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
