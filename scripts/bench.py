#!/usr/bin/env python3
"""Side-by-side build benchmark: brief vs Hugo vs cmark on the same generated corpus.

usage: bench.py BRIEF_BINARY [--sizes 1000,10000,100000] [--runs 5] [--shared DIR]

For each size N it generates N briefings with shared/bench/make-corpus.py and
measures, as wall time and peak resident memory (median of --runs runs, at most 3 above
10,000 briefings):
  brief full build (no cache), no-change rebuild, one-file-edit rebuild, add-a-briefing rebuild;
  Hugo (Debian's hugo) on the same Markdown with shared/bench/hugo-site;
  cmark (the C library's own CLI) rendering all the Markdown in one process.
It also prints annotation throughput on one core over the corpus text, the ratios the
targets are stated in (full build / Hugo in time and memory, rebuilds / full build) and how
time and memory grow from size to size. Every timed full build writes into a new folder
(see main); on a disk nothing is deleted until the end, so no run pays for another's deletions,
and on a tmpfs each output (and brief's cache with its spare tree) goes as soon as no later run
reads it, so no run pays for RAM the others hold; every timed run starts after a sync(2), so
none pays for another's writeback.
"""
import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile


def measure(command, cwd=None, stdin=None):
    """Runs command under GNU time; returns (seconds, peak MiB)."""
    with tempfile.NamedTemporaryFile("r") as report:
        full = ["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command
        with open(stdin, "rb") if stdin else open(os.devnull, "rb") as source:
            result = subprocess.run(full, cwd=cwd, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if result.returncode != 0:
            sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr.decode(errors='replace')[-2000:]}")
        seconds, kib = report.read().split()[-2:]
        return float(seconds), int(kib) / 1024


def median_of(runs, prepare, command, **kwargs):
    """command: an argument list, or a function that makes one after prepare() ran."""
    samples = []
    for _ in range(runs):
        prepare()
        # Every run starts on a quiet disk: the previous run's written files (a full build writes
        # about 400 MB at 10,000 briefings) are flushed first, untimed, so no run pays for
        # another's writeback.
        os.sync()
        samples.append(measure(command() if callable(command) else command, **kwargs))
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples), [s[0] for s in samples]


def on_tmpfs(path):
    """Whether `path` is on a tmpfs (RAM): there a finished run's output is deleted before the
    next run (see main)."""
    result = subprocess.run(["stat", "-f", "-c", "%T", str(path)], capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.strip() == "tmpfs"


def warn_if_tmpfs_is_full(path, limit=512 << 20):
    """Says so when the tmpfs the bench runs in already holds more than `limit` bytes of other
    files: RAM the kernel reclaims from while the builds run. Measured with 3.4 GB of earlier
    outputs left there, then with none: 100,000 briefings 44.1 -> 32.4 s (growth from 10,000
    13.7x -> 10.2x), Hugo's 36.9 -> 34.6 s."""
    stats = os.statvfs(path)
    used = (stats.f_blocks - stats.f_bfree) * stats.f_frsize
    if used > limit:
        print(f"note: the tmpfs at {path.parent} already holds {used / 2**30:.1f} GiB of other files, which slows "
              f"the large builds (clear it for comparable numbers)", flush=True)


class FreshOutputs:
    """A folder that has never existed for each timed full build (see main): `next()` names the
    next one and, on a tmpfs (`transient`), deletes the one before, which no later run reads;
    `drop()` deletes the last one there too."""

    def __init__(self, prefix, transient):
        self.folders = (prefix.with_name(f"{prefix.name}-{n}") for n in range(10**6))
        self.transient = transient
        self.current = None

    def next(self):
        self.drop()
        self.current = next(self.folders)
        return self.current

    def drop(self):
        if self.current is not None and self.transient:
            shutil.rmtree(self.current, ignore_errors=True)


def ratio(a, b, digits=3):
    """a / b, or n/a where GNU time's hundredths rounded b to 0.00 s (a tiny corpus)."""
    return f"{a / b:.{digits}f}" if b > 0 else "n/a"


def row(name, seconds, mib, runs=(), base=None):
    """One result line: the medians, then every run's seconds in the order run (a median alone
    hides how much this machine varies from run to run)."""
    ratio = f"{seconds / base:6.2f}x" if base else ""
    each = f"  runs: {' '.join(f'{t:.2f}' for t in runs)}" if len(runs) > 1 else ""
    print(f"  {name:<28} {seconds:8.2f} s {mib:9.0f} MiB  {ratio}{each}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("brief")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--shared", default=str(pathlib.Path(__file__).resolve().parents[1] / ".." / "shared"))
    args = parser.parse_args()
    brief = os.path.abspath(args.brief)
    shared = pathlib.Path(args.shared).resolve()
    hugo = shutil.which("hugo")
    cmark = shutil.which("cmark")
    work = pathlib.Path(tempfile.mkdtemp(prefix="brief-bench-"))
    transient = on_tmpfs(work)
    if transient:
        warn_if_tmpfs_is_full(work)
    fulls = {}
    try:
        for size in (int(s) for s in args.sizes.split(",")):
            # Above 10,000 briefings, at most three runs (a run of each kind takes minutes
            # there); still a median, so one slow build cannot decide the growth by itself.
            runs = args.runs if size <= 10000 else min(args.runs, 3)
            site = work / f"site-{size}"
            content = site / "content"
            subprocess.run([sys.executable, str(shared / "bench" / "make-corpus.py"), str(size), str(content)], check=True, stdout=subprocess.DEVNULL)
            (site / "brief.yml").write_text("title: Benchmark\nbase_url: https://example.org/\n")
            files = sorted(p for p in content.rglob("*") if p.is_file())
            markdown = [p for p in files if p.suffix == ".md"]
            megabytes = sum(p.stat().st_size for p in files) / 1e6
            print(f"\n{size} briefings ({len(markdown)} Markdown, {len(files) - len(markdown)} raw), {megabytes:.1f} MB, median of {runs} run(s)")
            # Every timed full build (brief's and Hugo's) writes into a folder that has never
            # existed. On a disk nothing is deleted while timing: on ext4 without a journal,
            # creating files is quadratic for minutes after a mass deletion (each new inode scans
            # past every recently freed one), which would measure the previous run's `rm -rf`, not
            # the build; all outputs are deleted at the very end (about 15 GB for 1k, 10k and
            # 100k, three runs of each kind at 100k: the folder needs that much room). On a tmpfs
            # the opposite holds: the outputs kept are RAM the kernel must then reclaim from, so
            # each run's output is deleted (untimed, and before the sync every run starts after)
            # once the next full build is about to start. Measured at 100,000 briefings: 18.3 s
            # alone, 27.9 s and 26.9 s with one and two earlier outputs kept (system time 7.9 s
            # -> 20.9 s), for brief and Hugo alike.
            outputs = FreshOutputs(work / f"out-{size}", transient)

            def clean():
                outputs.next()
                shutil.rmtree(site / ".brief-cache", ignore_errors=True)

            def build():
                return [brief, "build", "--site", str(site), "--output", str(outputs.current), "--quiet"]

            full = median_of(runs, clean, build)
            fulls[size] = full
            row("brief full build", *full)
            unchanged = median_of(runs, lambda: None, build)
            row("brief no-change rebuild", *unchanged)
            edited = markdown[len(markdown) // 2]
            original = edited.read_text(encoding="utf-8")
            counter = iter(range(10**6))

            def edit():
                edited.write_text(original + f"\nAn added sentence, edit {next(counter)}.\n", encoding="utf-8")

            one = median_of(runs, edit, build)
            row("brief one-file-edit rebuild", *one)
            edited.write_text(original, encoding="utf-8")
            # A new briefing beside the edited one (the writing loop's other step): each run adds
            # one more, a copy under another name and title; all go at the end.
            added = []

            def add():
                path = edited.with_name(f"added-{len(added)}.md")
                path.write_text(re.sub(r"(?m)^title:.*$", f"title: Added briefing {len(added)}", original, count=1), encoding="utf-8")
                added.append(path)

            grown = median_of(runs, add, build)
            row("brief add-a-briefing rebuild", *grown)
            for path in added:
                path.unlink()
            print(f"  ratios: no-change/full {ratio(unchanged[0], full[0])} (target <= 0.100), one-edit/full {ratio(one[0], full[0])} (target <= 0.167), add/full {ratio(grown[0], full[0])}")
            # brief's last output and its cache (with the spare tree, a copy of an earlier output)
            # go before Hugo's runs on a tmpfs (as above): no run below reads them.
            outputs.drop()
            if transient:
                shutil.rmtree(site / ".brief-cache", ignore_errors=True)
            if hugo:
                hugo_site = work / "hugo-site"
                shutil.rmtree(hugo_site, ignore_errors=True)
                shutil.copytree(shared / "bench" / "hugo-site", hugo_site)
                hugo_outputs = FreshOutputs(work / f"hugo-out-{size}", transient)
                h = median_of(runs, hugo_outputs.next,
                              lambda: [hugo, "--quiet", "--source", str(hugo_site), "--contentDir", str(content), "--destination", str(hugo_outputs.current)])
                row("hugo full build", *h)
                hugo_outputs.drop()
                print(f"  brief/hugo: time {ratio(full[0], h[0], 2)}, memory {ratio(full[1], h[1], 2)} (targets <= 0.50)")
            if cmark:
                joined = work / "all.md"
                with open(joined, "wb") as sink:
                    for p in markdown:
                        sink.write(p.read_bytes())
                        sink.write(b"\n\n")
                c = median_of(runs, lambda: None, [cmark], stdin=str(joined))
                row("cmark (all Markdown, 1 core)", *c)
                print(f"  brief/cmark: time {ratio(full[0], c[0], 2)}")
            if size == 10000 or size == min(int(s) for s in args.sizes.split(",")):
                sample = [str(p) for p in files[:2000]]
                probe = subprocess.run([brief, "annotate", "--throughput", *sample], capture_output=True, text=True)
                print("  " + (probe.stdout.strip() or probe.stderr.strip()))
        sizes = sorted(fulls)
        for small, large in zip(sizes, sizes[1:]):
            (t0, m0, _), (t1, m1, _) = fulls[small], fulls[large]
            print(f"\ngrowth {small} -> {large} briefings ({large / small:.0f}x): time {ratio(t1, t0, 1)}x, peak memory {ratio(m1, m0, 1)}x ({m1 / 1024:.2f} GiB)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
