"""Extraction speed: MB of article text per second on one core.

Runs the extractor over article files (by default the shared corpus beside the checkout, else
the bundled sample) repeatedly for a fixed time, in this one process, and prints MB/s, articles
per second and facts found. Run from the repository root:

    python benchmarks/extract_speed.py [FILE_OR_DIR ...] [--seconds 10]

To compare two versions on a noisy host, run them in alternation (e.g. with PYTHONPATH pointing
at a checkout of the other version) and compare their "best pass" lines.
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from kg.extract import extract
from kg.text import collect_article_paths, load_article, sample_article_path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    inputs = args.inputs or [DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else sample_article_path()]
    articles = [load_article(p) for p in collect_article_paths(inputs)]
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    for article in articles:  # warm up: regex compilation, lexicon loading
        extract(article)
    passes, facts, best = 0, 0, float("inf")
    start = time.perf_counter()
    while time.perf_counter() - start < args.seconds:
        began = time.process_time()
        facts = sum(len(extract(a)) for a in articles)
        best = min(best, time.process_time() - began)
        passes += 1
    elapsed = time.perf_counter() - start
    print(f"python {platform.python_version()}, {platform.machine()}, one process")
    print(f"{len(articles)} articles, {size:,} bytes, {facts} facts a pass, {passes} passes")
    rate, per_second = passes * size / elapsed / 1e6, passes * len(articles) / elapsed
    print(f"{rate:.3f} MB/s   {per_second:.0f} articles/s")
    # the host's speed drifts; the fastest pass (CPU time) is the figure to compare versions by
    print(f"best pass {best * 1000:.1f} ms: {size / best / 1e6:.3f} MB/s")


if __name__ == "__main__":
    main()
