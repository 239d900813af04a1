#!/usr/bin/env bash
# Side-by-side accuracy of Winnow and other extractors, all scored by `winnow-bench`.
#
# usage: Benchmarks/compare.sh [--tools trafilatura,readability,resiliparse,justext,boilerpy3] DATASET_DIR...
#   e.g. Benchmarks/compare.sh --tools trafilatura .data/readability .data/fundus
#
# Creates a venv in .build-venv/ (gitignored), installs trafilatura (required) and the optional
# tools that install, writes each tool's predictions to .build-baselines/<dataset>/<tool>.jsonl,
# scores Winnow with `winnow-bench accuracy` and each tool with `winnow-bench score`, and prints
# one table. Set WINNOW_BENCH_CONFIG=debug to skip the release build (pages/s then means little).
set -euo pipefail
cd "$(dirname "$0")/.."

tools="trafilatura,readability,resiliparse,justext,boilerpy3"
if [[ "${1:-}" == "--tools" ]]; then tools="$2"; shift 2; fi
if [[ $# -eq 0 ]]; then sed -n '2,11p' "$0"; exit 2; fi

venv=.build-venv
out=.build-baselines
config="${WINNOW_BENCH_CONFIG:-release}"

[[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
"$venv/bin/pip" install -q trafilatura
# One at a time: an optional tool that fails to install must not stop the others.
for package in readability-lxml resiliparse justext boilerpy3; do
    "$venv/bin/pip" install -q "$package" >/dev/null 2>&1 || echo "optional $package did not install; skipped" >&2
done

swift build -c "$config" --product winnow-bench >&2
bench="$(swift build -c "$config" --show-bin-path)/winnow-bench"

rows=()
for dataset in "$@"; do
    name="$(basename "$dataset")"
    echo "== $name" >&2
    "$venv/bin/python" Benchmarks/baselines.py "$dataset" "$out/$name" --tools "$tools" >&2
    rows+=("$("$bench" accuracy "$dataset" --rows-only)")
    for tool in ${tools//,/ }; do
        predictions="$out/$name/$tool.jsonl"
        [[ -f "$predictions" ]] || continue
        rows+=("$("$bench" score "$dataset" --predictions "$predictions" --name "$tool" \
            --pages-per-second "$(cat "$out/$name/$tool.pps")" --rows-only)")
    done
done

# The header matches ScoreReport.header in Benchmarks/WinnowBench/ScoreReport.swift.
{ echo "dataset tool pages precision recall F1 exact pages/s"; printf '%s\n' "${rows[@]}"; } | column -t
