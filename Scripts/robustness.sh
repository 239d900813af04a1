#!/usr/bin/env bash
# Runs `winnow-bench robustness` once per dataset and parser, in separate processes so a crash
# in one page is reported (non-zero exit) instead of ending the whole run, then extracts one
# generated 50 MB page with the CLI (the tests use a smaller one to stay fast in debug builds).
#
#   Scripts/robustness.sh [DATASET_DIR...]     # default: every .data/*/ directory
#
# Output: each run's report in .build-robustness/<parser>-<dataset>.txt and a summary on stdout.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product winnow-bench >/dev/null || exit 1
swift build -c release --product winnow >/dev/null || exit 1
bin=$(swift build -c release --show-bin-path)
out=.build-robustness
mkdir -p "$out"
datasets=("$@")
[ ${#datasets[@]} -gt 0 ] || datasets=(.data/*/)
failures=0
for parser in libxml2 tagSoup; do
  for dataset in "${datasets[@]}"; do
    name=$(basename "$dataset")
    report="$out/$parser-$name.txt"
    "$bin/winnow-bench" robustness "$dataset" --parser "$parser" >"$report" 2>&1
    status=$?
    if [ $status -ne 0 ]; then
      failures=$((failures + 1))
      echo "FAIL $parser $name: exit $status (see $report)"
    else
      echo "ok   $parser $name: $(head -1 "$report" | sed 's/^robustness ([^)]*): //'); $(grep -E '^(over|empty|garbled)' "$report" | cut -d: -f1,2 | tr '\n' ';') $(grep peak "$report")"
    fi
  done
done
# One 50 MB page: 500,000 paragraphs of 100 bytes.
big="$out/50mb.html"
[ -f "$big" ] || { printf '<html><body>'; for i in $(seq 1 5000); do printf '<p>Paragraph %06d of a very large generated page, with enough words to count as prose here.</p>' "$i"; done; } > "$big.part"
if [ ! -f "$big" ]; then
  for i in $(seq 1 100); do cat "$big.part"; done > "$big"; rm -f "$big.part"
fi
for parser in libxml2 tagSoup; do
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$out/50mb-$parser.rss" "$bin/winnow" extract --parser "$parser" "$big" >/dev/null 2>"$out/50mb-$parser.err"
  status=$?
  end=$(date +%s.%N)
  if [ $status -ne 0 ]; then failures=$((failures + 1)); echo "FAIL 50 MB page ($parser): exit $status"; else
    echo "ok   50 MB page ($parser): $(awk "BEGIN { printf \"%.1f\", $end - $start }") s, peak $(( $(tail -1 "$out/50mb-$parser.rss") / 1024 )) MB"; fi
done
echo "$failures failing run(s)"
[ $failures -eq 0 ]
