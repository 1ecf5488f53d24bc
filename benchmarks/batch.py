"""Batch tagging speed: `arn tag` over a real news archive with 1 and 2 worker processes and with the Dask engine.

    python benchmarks/batch.py [--archive ../shared/data/raw/saudinewsnet/articles.jsonl.gz] [--limit 5000]
                               [--shard-size 100] [--format jsonl|parquet] [--repeat 1] [--keep DIR]
                               [--runs 1,2,dask]

The first ``--limit`` articles of the archive (SaudiNewsNet, 30,100 newspaper articles; or, when it is absent,
releases of our corpus ``data/corpus/corpus.jsonl``) are copied to a temporary JSONL.gz archive, tagged by each
configuration from scratch, and timed from the command's start to its end (worker start-up and model loading
included); with ``--repeat N`` the fastest of N runs counts. Prints documents/s, words/s (whitespace words),
the peak memory of each worker process (RSS, from the shard manifests, which read ``getrusage`` in the worker),
CPU seconds of the run's processes, and the speed-up over one worker. The CPU seconds other processes used
during each run are printed too: on a shared machine they take cores from the parallel runs.

Wall-clock speed-ups need a quiet machine. Two columns do not: "tagging CPU s" sums the CPU time the workers
spent inside shards (from the manifests), and "words/CPU s" divides by it. If the 2-worker run needs no more
CPU per word than the 1-worker run, the cores scale; the rest of the gap is start-up and the machine's load.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_ARCHIVE = REPO.parent / "shared" / "data" / "raw" / "saudinewsnet" / "articles.jsonl.gz"
DEFAULT_CORPUS = REPO / "data" / "corpus" / "corpus.jsonl"
RUNS = {"1": ("1 worker", "local", 1), "2": ("2 workers", "local", 2),
        "dask": ("Dask LocalCluster, 2 workers", "dask", 2)}


def prepare_archive(source: Path, limit: int, folder: Path) -> tuple[Path, int, int]:
    """Copy the first ``limit`` records with a text to ``folder/archive.jsonl.gz``; returns it, records and words."""
    opener = gzip.open if source.suffix == ".gz" else open
    target = folder / "archive.jsonl.gz"
    records = words = 0
    with opener(source, "rt", encoding="utf-8") as lines, gzip.open(target, "wt", encoding="utf-8") as out:
        for line in lines:
            record = json.loads(line)
            if not record.get("text"):
                continue
            out.write(json.dumps({"id": record["id"], "text": record["text"]}, ensure_ascii=False) + "\n")
            records += 1
            words += len(record["text"].split())
            if records == limit:
                break
    return target, records, words


def machine_busy_seconds() -> float:
    """CPU seconds spent by every process on the machine since boot (``/proc/stat``; 0 where it is absent)."""
    try:
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(archive: Path, out: Path, engine: str, workers: int, shard_size: int, output_format: str) -> dict:
    command = [sys.executable, "-m", "arabic_release_nlp", "tag", str(archive), "--out", str(out), "--engine", engine,
               "--workers", str(workers), "--shard-size", str(shard_size), "--format", output_format, "--quiet"]
    cpu, busy, started = children_cpu_seconds(), machine_busy_seconds(), time.perf_counter()
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    seconds, cpu = time.perf_counter() - started, children_cpu_seconds() - cpu
    others = max(machine_busy_seconds() - busy - cpu, 0.0)  # CPU other processes took from this run
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    (root,) = [path for path in out.iterdir() if path.is_dir()]
    summary = json.loads((root / "run.json").read_text())
    peaks: dict[int, float] = {}
    tagging_cpu = 0.0
    for path in (root / "manifests").glob("*.json"):
        manifest = json.loads(path.read_text())
        worker = manifest["worker"]
        peaks[worker["pid"]] = max(peaks.get(worker["pid"], 0.0), worker["peak_rss_mb"])
        tagging_cpu += manifest.get("cpu_seconds", 0.0)
    return {"documents": summary["processed"], "failed": summary["failed"], "words": summary["words"],
            "seconds": seconds, "cpu": cpu, "tagging_cpu": tagging_cpu, "others": others,
            "peaks": sorted(peaks.values())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="used when the archive is absent")
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--shard-size", type=int, default=100)
    parser.add_argument("--format", default="jsonl", choices=("jsonl", "parquet"))
    parser.add_argument("--repeat", type=int, default=1, help="runs per configuration; the fastest counts")
    parser.add_argument("--keep", type=Path, help="keep the archive and output here instead of a temporary folder")
    parser.add_argument("--runs", default="1,2,dask", help="which runs, comma-separated, of: 1, 2, dask")
    args = parser.parse_args()
    source = args.archive if args.archive.is_file() else args.corpus
    folder = args.keep or Path(tempfile.mkdtemp(prefix="arn-batch-benchmark-"))
    folder.mkdir(parents=True, exist_ok=True)
    archive, records, words = prepare_archive(source, args.limit, folder)
    print(f"archive: {records:,} documents, {words:,} words from {source} (shard size {args.shard_size}, "
          f"{args.format}); {os.cpu_count()} cores, load average before: {os.getloadavg()[0]:.2f}")
    rows, base = [], None
    for label, engine, workers in (RUNS[name] for name in args.runs.split(",")):
        runs = [run(archive, folder / f"out-{engine}-{workers}-{attempt}", engine, workers, args.shard_size,
                    args.format) for attempt in range(args.repeat)]
        measured = min(runs, key=lambda measured: measured["seconds"])
        rate = measured["documents"] / measured["seconds"]
        base = base or rate
        rows.append((label, f"{measured['documents']:,}", f"{measured['seconds']:.1f}", f"{rate:,.1f}",
                     f"{measured['words'] / measured['seconds']:,.0f}", f"{measured['cpu']:.1f}",
                     f"{measured['tagging_cpu']:.1f}",
                     f"{measured['words'] / measured['tagging_cpu']:,.0f}" if measured["tagging_cpu"] else "-",
                     f"{measured['others']:.1f}",
                     " / ".join(f"{peak:.0f}" for peak in measured["peaks"]), f"{rate / base:.2f}x"))
    header = ("run", "documents", "seconds", "documents/s", "words/s", "CPU s", "tagging CPU s", "words/CPU s",
              "other processes' CPU s",
              "peak RSS per worker (MB)", "speed-up")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
