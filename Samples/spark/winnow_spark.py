#!/usr/bin/env python3
"""Run `winnow extract` over a JSONL crawl on Apache Spark.

Each input line is a record {"id", "url", "html" | "text"} (a WARC crawl can be turned into such
records first, e.g. with `warcio`, or given to `winnow extract` directly on one machine). Records
are keyed by URL host and hash-partitioned on it, so every page of a site meets in one partition
and winnow learns the site's profile from all of them. Inside a partition records are sorted back
into input order, piped through `winnow extract --input jsonl --format jsonl -`, and the article
records are written as JSONL text files.

    spark-submit --master local[4] Samples/spark/winnow_spark.py \
        --input pages.jsonl --output out/ --winnow .build/release/winnow --partitions 8
"""
import argparse
import json
import shlex
from urllib.parse import urlsplit

from pyspark import SparkContext
from pyspark.rdd import portable_hash


def host_of(line):
    """The record's URL host, lower-cased, without a leading `www.`; "" without one.

    Matches winnow's own site key for records that have a URL, so the partitioning groups pages
    exactly as winnow groups them into sites.
    """
    try:
        url = json.loads(line).get("url") or ""
        host = (urlsplit(url.strip()).hostname or "").lower()
    except (ValueError, AttributeError):
        return ""
    return host[4:] if host.startswith("www.") else host


def in_input_order(records):
    """A partition's lines sorted by their position in the input."""
    for _host, (_index, line) in sorted(records, key=lambda item: item[1][0]):
        yield line


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", required=True, help="JSONL file(s) or directory, any Hadoop path (gz works)")
    parser.add_argument("--output", required=True, help="output directory (must not exist)")
    parser.add_argument("--winnow", default="winnow",
                        help="winnow binary as executors see it: a shared path, or ./winnow when shipped with --files")
    parser.add_argument("--partitions", type=int, default=0,
                        help="number of partitions (default: Spark's default parallelism)")
    parser.add_argument("--winnow-args", default="",
                        help="extra `winnow extract` options, e.g. '--jobs 1 --site-buffer 256'")
    parser.add_argument("--strict", action="store_true",
                        help="fail the job when winnow exits non-zero (a bad record); otherwise bad records are "
                             "only reported on the executors' standard error")
    args = parser.parse_args()

    sc = SparkContext(appName="winnow-extract")
    partitions = args.partitions or sc.defaultParallelism
    command = [args.winnow, "extract", "--input", "jsonl", "--format", "jsonl"] + shlex.split(args.winnow_args) + ["-"]

    lines = sc.textFile(args.input).filter(lambda line: line.strip())
    articles = (lines.zipWithIndex()
                .map(lambda pair: (host_of(pair[0]), (pair[1], pair[0])))
                .partitionBy(partitions, portable_hash)
                .mapPartitions(in_input_order, preservesPartitioning=True)
                .pipe(" ".join(shlex.quote(part) for part in command), checkCode=args.strict))
    articles.saveAsTextFile(args.output)
    sc.stop()


if __name__ == "__main__":
    main()
