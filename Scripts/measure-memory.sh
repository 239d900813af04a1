#!/usr/bin/env bash
# Measures winnow extract's peak memory (maximum resident set size, from /usr/bin/time -v) on
# streams built from the sample pages: a gzipped WARC of HTML response records and a
# 10,000-record JSONL file (short records, then whole seed pages). Peak memory should stay flat as inputs grow (streaming readers,
# bounded per-site buffers), so a second WARC of twice the records is measured too.
#
#   bash Scripts/measure-memory.sh                       # builds winnow -c release first
#   WINNOW_BINARY=.build/debug/winnow WARC_RECORDS=1000 FULL_PAGES=500 bash Scripts/measure-memory.sh
#
# Needs /usr/bin/time (apt-get install time) and Python 3.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "measure-memory: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
if [ -z "${WINNOW_BINARY:-}" ]; then
  swift build -c release --product winnow >/dev/null
  WINNOW_BINARY="$(swift build -c release --show-bin-path)/winnow"
fi
RECORDS=${WARC_RECORDS:-2000}
FULL=${FULL_PAGES:-2000}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" "$RECORDS" "$FULL" <<'PY'
import gzip, json, pathlib, sys
work, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
pages = [p.read_bytes() for p in sorted(pathlib.Path("Samples/html").glob("*.html"))]
for path in sorted(pathlib.Path("Samples/baoquocte").glob("*.txt")):
    body = "".join(f"<p>{line}</p>\n" for line in path.read_text(encoding="utf-8").splitlines() if line)
    pages.append(f"<html><body><article>{body}</article></body></html>".encode())

def record(number, kind, uri, block):
    header = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{number:032x}>\r\n"
              f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype={kind}\r\n"
              f"Content-Length: {len(block)}\r\n\r\n").encode()
    return gzip.compress(header + block + b"\r\n\r\n")

for name, total in (("crawl.warc.gz", count), ("crawl-2x.warc.gz", 2 * count)):
    with open(work / name, "wb") as out:
        for i in range(total):
            uri = f"https://site{i % 50}.example/page/{i}"
            out.write(record(2 * i, "request", uri, b"GET / HTTP/1.1\r\n\r\n"))
            body = pages[i % len(pages)]
            http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            out.write(record(2 * i + 1, "response", uri, http + body))

lines = [l for p in sorted(pathlib.Path("Samples/baoquocte").glob("*.txt"))
         for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
with open(work / "pages.jsonl", "w", encoding="utf-8") as out:
    for i in range(10_000):
        text = f"Title {i % 7}\n\nShared footer line of the site.\n\n{lines[i % len(lines)][:160]}"
        out.write(json.dumps({"id": str(i), "url": f"https://site{i % 20}.example/p/{i}", "text": text},
                             ensure_ascii=False) + "\n")
# Whole seed pages (about 12 KB each): what the buffered pages cost when pages are article-sized.
seeds = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("Samples/baoquocte").glob("*.txt"))]
with open(work / "full-pages.jsonl", "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[3])):
        out.write(json.dumps({"id": str(i), "url": f"https://site{i % 20}.example/p/{i}",
                              "text": f"Page {i}\n\n" + seeds[i % len(seeds)]}, ensure_ascii=False) + "\n")
PY

measure() {
  local label=$1; shift
  /usr/bin/time -v "$WINNOW_BINARY" extract --format jsonl --output "$WORK/out.jsonl" "$@" 2> "$WORK/time.log" || true
  local rss secs size records
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.log")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.log")
  size=$(du -k "${@: -1}" | cut -f1)
  records=$(wc -l < "$WORK/out.jsonl")
  printf '%-28s input %7d KiB  records %6d  peak RSS %7d KiB  wall %s\n' "$label" "$size" "$records" "$rss" "$secs"
}

echo "winnow: $WINNOW_BINARY"
measure "WARC.gz ($RECORDS pages)" "$WORK/crawl.warc.gz"
measure "WARC.gz ($((2 * RECORDS)) pages)" "$WORK/crawl-2x.warc.gz"
measure "JSONL (10,000 records)" "$WORK/pages.jsonl"
measure "JSONL, --jobs 1" --jobs 1 "$WORK/pages.jsonl"
measure "JSONL ($FULL full pages)" "$WORK/full-pages.jsonl"
measure "  same, --max-buffered 200" --max-buffered-pages 200 "$WORK/full-pages.jsonl"
