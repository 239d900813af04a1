#!/usr/bin/env bash
# Side-by-side speed: `winnow extract` vs resiliparse vs trafilatura on the scrapinghub pages,
# one process each, one core, plus the libxml2 parse-only floor from the package benchmarks.
#
#   bash Benchmarks/speed.sh            # from the repository root (or anywhere)
#
# Environment:
#   WINNOW_BENCH_PAGES          folder of *.html pages (default .data/scrapinghub/html; its ../gold.json gives URLs)
#   WINNOW_CMD                  command to time instead of the release CLI; the JSONL path is appended
#   WINNOW_FLOOR_PAGES_PER_SEC  libxml2 floor in pages/s, to skip running `swift package benchmark`
#   SPEED_REPEATS               timed runs per command (default 3; the median is reported)
#   SPEED_CPU                   the core the timed commands are pinned to with taskset (default 0)
#   SPEED_HYPERFINE             1: time each command's runs one after another with hyperfine (when
#                               installed) instead of letting the commands take turns
#   WINNOW_STATIC_STDLIB        1 (default on Linux): build the CLI with --static-swift-stdlib, as Swift
#                               programs are deployed on Linux; 0: the dynamically linked `swift build` binary
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
cd "$ROOT"
PAGES="${WINNOW_BENCH_PAGES:-$ROOT/.data/scrapinghub/html}"
REPEATS="${SPEED_REPEATS:-3}"
JSONL="$ROOT/.data/bench-pages.jsonl"
VENV="$ROOT/.build-venv"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ ! -d "$PAGES" ]; then
  echo "speed.sh: no pages at $PAGES. From the repository root:" >&2
  echo "    mkdir -p .data && tar -xJf ../shared/data/scrapinghub.tar.xz -C .data" >&2
  exit 1
fi

echo "== page file $JSONL"
python3 "$BENCH_DIR/speed.py" make-jsonl "$PAGES" "$(dirname "$PAGES")/gold.json" "$JSONL"

echo "== Python extractors in $VENV"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
# trafilatura imports jusText, which needs lxml's HTML cleaner, now packaged apart.
if ! "$VENV/bin/python" -c "import resiliparse.extract.html2text, trafilatura, lxml_html_clean" 2>/dev/null; then
  "$VENV/bin/pip" install -q resiliparse trafilatura lxml_html_clean
fi
"$VENV/bin/python" -c "import importlib.metadata as m; print('resiliparse', m.version('resiliparse'), '/ trafilatura', m.version('trafilatura'))"

if [ -z "${WINNOW_CMD:-}" ]; then
  # A statically linked Swift runtime starts faster and calls it directly rather than through the
  # dynamic linker's tables; macOS ships the runtime with the system, so it is linked dynamically there.
  STATIC_DEFAULT=0
  [ "$(uname -s)" = Linux ] && STATIC_DEFAULT=1
  if [ "${WINNOW_STATIC_STDLIB:-$STATIC_DEFAULT}" = 1 ]; then
    echo "== swift build -c release --static-swift-stdlib (scratch path .build-static)"
    swift build -c release --product winnow --static-swift-stdlib --scratch-path "$ROOT/.build-static"
    WINNOW_CMD="$ROOT/.build-static/release/winnow extract --input jsonl --jobs 1 --format jsonl"
  else
    echo "== swift build -c release"
    swift build -c release --product winnow
    WINNOW_CMD="$ROOT/.build/release/winnow extract --input jsonl --jobs 1 --format jsonl"
  fi
else
  echo "== timing the stand-in WINNOW_CMD: $WINNOW_CMD"
fi

if [ -z "${WINNOW_FLOOR_PAGES_PER_SEC:-}" ]; then
  echo "== libxml2 floor: swift package benchmark --filter 'libxml2 floor tree'"
  (cd "$BENCH_DIR" && WINNOW_BENCH_PAGES="$PAGES" swift package benchmark --filter 'libxml2 floor tree' --no-progress) \
    | tee "$WORK/floor.txt"
  WINNOW_FLOOR_PAGES_PER_SEC="$(python3 "$BENCH_DIR/speed.py" floor "$WORK/floor.txt")"
fi

# A CLI that does not yet extract would time as instantly fast: check it writes a record per page.
PAGE_COUNT="$(wc -l < "$JSONL")"
# shellcheck disable=SC2086  # WINNOW_CMD is a word list on purpose
RECORDS="$($WINNOW_CMD "$JSONL" | wc -l)"
if [ "$RECORDS" -ne "$PAGE_COUNT" ]; then
  echo "speed.sh: WARNING: '$WINNOW_CMD' wrote $RECORDS lines for $PAGE_COUNT pages; its timing is not an extraction's" >&2
fi

ONE_CORE=()
command -v taskset >/dev/null 2>&1 && ONE_CORE=(taskset -c "${SPEED_CPU:-0}")
PY="$VENV/bin/python $BENCH_DIR/speed.py run"
declare -a NAMES=(winnow resiliparse trafilatura)
declare -a COMMANDS=("$WINNOW_CMD $JSONL" "$PY resiliparse $JSONL" "$PY trafilatura $JSONL")

echo "== timing (${ONE_CORE[*]:-no taskset}; $REPEATS runs each after a warm-up)"
if [ "${SPEED_HYPERFINE:-0}" != 1 ]; then
  # The commands take turns, so a drift in the machine's speed touches them alike.
  ROUNDS=()
  for i in "${!NAMES[@]}"; do ROUNDS+=("${NAMES[$i]}=${COMMANDS[$i]}"); done
  "${ONE_CORE[@]}" python3 "$BENCH_DIR/speed.py" rounds --repeats "$REPEATS" "${ROUNDS[@]}" > "$WORK/timings.jsonl"
elif command -v hyperfine >/dev/null 2>&1; then
  ARGS=()
  for i in "${!NAMES[@]}"; do ARGS+=(-n "${NAMES[$i]}" "${COMMANDS[$i]}"); done
  "${ONE_CORE[@]}" hyperfine --warmup 1 --runs "$REPEATS" --output null --export-json "$WORK/hyperfine.json" "${ARGS[@]}"
  python3 "$BENCH_DIR/speed.py" from-hyperfine "$WORK/hyperfine.json" > "$WORK/timings.jsonl"
else
  for i in "${!NAMES[@]}"; do
    # shellcheck disable=SC2086  # each command is a word list on purpose
    "${ONE_CORE[@]}" python3 "$BENCH_DIR/speed.py" time --repeats "$REPEATS" --name "${NAMES[$i]}" -- ${COMMANDS[$i]} \
      >> "$WORK/timings.jsonl"
  done
fi

python3 "$BENCH_DIR/speed.py" report "$JSONL" "$WORK/timings.jsonl" "$WINNOW_FLOOR_PAGES_PER_SEC" "$(xml2-config --version)"
