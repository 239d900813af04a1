#!/usr/bin/env bash
# Runs Samples/spark/winnow_spark.py in Spark local mode over the sample pages (Samples/baoquocte
# and Samples/html as JSONL records, each repeated so partitions hold several sites) and checks
# that every record equals the single-machine CLI's record of the same id (all fields but
# `source`, which names the partition's standard input under Spark).
#
#   bash Samples/spark/test_spark.sh            # builds winnow (debug) first
#   WINNOW_BINARY=.build/release/winnow bash Samples/spark/test_spark.sh
#
# Needs Java 17 and Python 3; pip-installs pyspark into .build-venv. CI runs it when WINNOW_SPARK=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
START=$(date +%s)

if [ -z "${WINNOW_BINARY:-}" ]; then
  swift build --product winnow >/dev/null
  WINNOW_BINARY="$(swift build --show-bin-path)/winnow"
fi
WINNOW_BINARY=$(cd "$(dirname "$WINNOW_BINARY")" && pwd)/$(basename "$WINNOW_BINARY")

if [ ! -x .build-venv/bin/python ]; then python3 -m venv .build-venv; fi
.build-venv/bin/python -c "import pyspark" 2>/dev/null || .build-venv/bin/pip install -q pyspark

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# The sample pages as JSONL records: baoquocte text pages under their site's URL, the HTML pages
# under made-up URLs of their own sites, three copies of each with distinct ids.
.build-venv/bin/python - "$WORK/pages.jsonl" <<'PY'
import json, pathlib, sys
records = []
for copy in range(3):
    for path in sorted(pathlib.Path("Samples/baoquocte").glob("*.txt")):
        records.append({"id": f"{path.stem}-{copy}", "url": f"https://baoquocte.vn/{path.stem}-{copy}.html",
                        "text": path.read_text(encoding="utf-8")})
    for path in sorted(pathlib.Path("Samples/html").glob("*.html")):
        records.append({"id": f"{path.stem}-{copy}", "url": f"https://{path.stem}.example/{copy}.html",
                        "html": path.read_text(encoding="utf-8", errors="replace")})
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY

"$WINNOW_BINARY" extract --input jsonl --format jsonl "$WORK/pages.jsonl" > "$WORK/cli.jsonl"

SPARK_START=$(date +%s)
PYSPARK_PYTHON="$ROOT/.build-venv/bin/python" .build-venv/bin/spark-submit --master "local[2]" \
  --conf spark.ui.enabled=false --conf spark.driver.memory=1g \
  Samples/spark/winnow_spark.py --input "$WORK/pages.jsonl" --output "$WORK/spark" \
  --winnow "$WINNOW_BINARY" --partitions 4 --strict 2> "$WORK/spark.log" || { tail -40 "$WORK/spark.log"; exit 1; }
SPARK_END=$(date +%s)

.build-venv/bin/python - "$WORK/cli.jsonl" "$WORK/spark" <<'PY'
import json, pathlib, sys
def by_id(lines):
    records = {}
    for line in lines:
        if line.strip():
            record = json.loads(line)
            record.pop("source", None)
            records[record["id"]] = record
    return records
cli = by_id(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8").splitlines())
spark = by_id(line for part in sorted(pathlib.Path(sys.argv[2]).glob("part-*"))
              for line in part.read_text(encoding="utf-8").splitlines())
missing = sorted(set(cli) ^ set(spark))
different = sorted(key for key in set(cli) & set(spark) if cli[key] != spark[key])
if missing or different:
    print(f"spark test: FAILED: ids only on one side {missing}, different records {different}")
    sys.exit(1)
print(f"spark test: OK: {len(cli)} records identical to the CLI's")
PY
END=$(date +%s)
echo "spark test: spark-submit $((SPARK_END - SPARK_START)) s, whole script $((END - START)) s"
