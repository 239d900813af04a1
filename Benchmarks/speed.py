#!/usr/bin/env python3
"""Helper for speed.sh: builds the page file, runs the Python extractors, times commands and
prints the side-by-side table.

    speed.py make-jsonl PAGES_DIR GOLD_JSON OUT_JSONL
    speed.py run {resiliparse|trafilatura} PAGES_JSONL       # one process, one page at a time
    speed.py time --repeats 3 --name NAME -- COMMAND...      # median wall clock, JSON on stdout
    speed.py rounds --repeats 3 NAME=COMMAND...               # the same, the commands taking turns
    speed.py from-hyperfine HYPERFINE_JSON                    # hyperfine's medians as timing lines
    speed.py floor BENCHMARK_TEXT_OUTPUT                      # libxml2 floor pages/s from the table
    speed.py report PAGES_JSONL TIMINGS_JSON FLOOR LIBXML2_VERSION

Only the standard library is needed, except by `run` (resiliparse or trafilatura).
"""
import json
import os
import re
import resource
import shlex
import statistics
import subprocess
import sys
import time


def make_jsonl(pages_dir, gold_path, out_path):
    """One record per page: {"id", "url", "html"}, HTML decoded as UTF-8 with replacement."""
    urls = {}
    if os.path.exists(gold_path):
        with open(gold_path, encoding="utf-8") as f:
            urls = {key: value.get("url") for key, value in json.load(f).items()}
    names = sorted(n for n in os.listdir(pages_dir) if n.endswith(".html"))
    if not names:
        sys.exit(f"speed.py: no *.html files in {pages_dir}")
    os.makedirs(os.path.dirname(out_path) or ".", exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as out:
        for name in names:
            page_id = name[: -len(".html")]
            with open(os.path.join(pages_dir, name), "rb") as f:
                html = f.read().decode("utf-8", errors="replace")
            record = {"id": page_id, "url": urls.get(page_id), "html": html}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(names)} pages to {out_path}", file=sys.stderr)


def read_pages(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run(tool, pages_path):
    """Extracts every page with one tool, writing JSONL like `winnow extract --format jsonl`."""
    if tool == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text

        def extract(page):
            return extract_plain_text(page["html"], main_content=True)
    elif tool == "trafilatura":
        import trafilatura

        def extract(page):
            return trafilatura.extract(page["html"], url=page.get("url")) or ""
    else:
        sys.exit(f"speed.py: unknown tool {tool}")
    out = sys.stdout
    for page in read_pages(pages_path):
        out.write(json.dumps({"id": page["id"], "text": extract(page)}, ensure_ascii=False) + "\n")


def time_command(name, repeats, command):
    """Runs a command `repeats` times (after one warm-up); prints the median wall clock and the
    mean CPU time (user + system), which a machine shared with other work disturbs less."""
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    runs = [run_once(command) for _ in range(repeats)]
    seconds = [wall for wall, _ in runs]
    print(json.dumps({"name": name, "median": statistics.median(seconds),
                      "cpu": statistics.mean(used for _, used in runs), "times": seconds}))


def run_once(command):
    """Wall-clock and CPU seconds (user + system) of one run of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def time_rounds(repeats, named_commands):
    """Times several commands taking turns: one warm-up round, then `repeats` rounds in which
    each command runs once, the order shifted by one each round. A machine whose speed drifts
    (other work, clock changes) then slows every command alike, so the ratios hold up better
    than when each command's runs come one after another. Prints one timing line per command."""
    commands = [(name, shlex.split(command)) for name, command in named_commands]
    for _, command in commands:
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    seconds = {name: [] for name, _ in commands}
    cpu = {name: [] for name, _ in commands}
    for round_number in range(repeats):
        shift = round_number % len(commands)
        for name, command in commands[shift:] + commands[:shift]:
            wall, used = run_once(command)
            seconds[name].append(wall)
            cpu[name].append(used)
    for name, _ in commands:
        print(json.dumps({"name": name, "median": statistics.median(seconds[name]),
                          "cpu": statistics.mean(cpu[name]), "times": seconds[name], "rounds": True}))


def from_hyperfine(path):
    """Turns hyperfine's --export-json file into the timing lines `report` reads."""
    with open(path, encoding="utf-8") as f:
        for result in json.load(f)["results"]:
            print(json.dumps({"name": result["command"], "median": result["median"],
                              "cpu": result["user"] + result["system"], "times": result["times"]}))


def floor(table_path):
    """Reads the p50 pages/s of "libxml2 floor tree" from `swift package benchmark` text output."""
    with open(table_path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    title = re.search(r"^libxml2 floor tree[ \t]*$", text, re.MULTILINE)  # the table's title line
    if not title:
        sys.exit("speed.py: no 'libxml2 floor tree' table in the benchmark output")
    for line in text[title.end():].splitlines():
        cells = [c.strip() for c in re.split(r"[│|]", line) if c.strip()]
        if cells and cells[0].startswith("pages/s"):
            # Columns: metric, p0, p25, p50, p75, p90, p99, p100, samples. The metric label
            # carries the scale of the whole row, as in "pages/s (K)".
            scale = re.search(r"\((K|M|G)\)", cells[0])
            factor = {"K": 1e3, "M": 1e6, "G": 1e9}[scale.group(1)] if scale else 1
            print(float(cells[3].replace(",", "")) * factor)
            return
    sys.exit("speed.py: no pages/s row under 'libxml2 floor tree'")


def report(pages_path, timings_path, floor_rate, libxml2_version):
    pages = read_pages(pages_path)
    megabytes = sum(len(p["html"].encode("utf-8")) for p in pages) / 1e6
    with open(timings_path, encoding="utf-8") as f:
        timings = [json.loads(line) for line in f if line.strip()]
    rates = {t["name"]: len(pages) / t["median"] for t in timings}
    reference = rates.get("resiliparse")
    floor_rate = float(floor_rate) if floor_rate else None
    # With rounds, each round ran every command once: the median of the per-round ratios is
    # the least disturbed comparison.
    paired = {}
    by_name = {t["name"]: t for t in timings}
    if "resiliparse" in by_name and all(t.get("rounds") for t in timings):
        base = by_name["resiliparse"]["times"]
        paired = {t["name"]: statistics.median(b / s for b, s in zip(base, t["times"])) for t in timings}
    print(f"\n{len(pages)} pages, {megabytes:.1f} MB (UTF-8), one core; libxml2 {libxml2_version}")
    print(f"{'extractor':<14}{'seconds':>9}{'cpu s':>8}{'pages/s':>10}{'MB/s':>8}"
          f"{'x resiliparse':>15}{'x libxml2 floor':>17}" + (f"{'x resiliparse, paired':>23}" if paired else ""))
    for t in timings:
        rate = rates[t["name"]]
        vs_reference = f"{rate / reference:.2f}" if reference else "-"
        vs_floor = f"{rate / floor_rate:.3f}" if floor_rate else "-"
        print(f"{t['name']:<14}{t['median']:>9.2f}{t.get('cpu', float('nan')):>8.2f}{rate:>10.1f}"
              f"{megabytes / t['median']:>8.2f}{vs_reference:>15}{vs_floor:>17}"
              + (f"{paired[t['name']]:>23.2f}" if paired else ""))
    if floor_rate:
        print(f"{'libxml2 floor':<14}{len(pages) / floor_rate:>9.2f}{'-':>8}{floor_rate:>10.1f}"
              f"{megabytes * floor_rate / len(pages):>8.2f}"
              f"{(f'{floor_rate / reference:.2f}' if reference else '-'):>15}{'1.000':>17}")
    print("seconds: whole commands (start-up, reading the JSONL, writing output), median of the runs;"
          "\ncpu s: user + system, mean of the runs (less disturbed by other work on the machine);"
          "\nrates and ratios use the median wall clock; the libxml2 floor is htmlReadMemory + xmlFreeDoc"
          "\nin-process (swift package benchmark, p50 pages/s)."
          + ("\nx resiliparse, paired: median over the rounds of resiliparse's time / the command's time"
             "\nin the same round." if paired else ""))


def main(argv):
    if len(argv) >= 4 and argv[0] == "make-jsonl":
        make_jsonl(argv[1], argv[2], argv[3])
    elif len(argv) == 3 and argv[0] == "run":
        run(argv[1], argv[2])
    elif len(argv) >= 6 and argv[0] == "time" and argv[1] == "--repeats" and argv[3] == "--name" and "--" in argv:
        split = argv.index("--")
        time_command(argv[4], int(argv[2]), argv[split + 1:])
    elif len(argv) >= 4 and argv[0] == "rounds" and argv[1] == "--repeats" and all("=" in a for a in argv[3:]):
        time_rounds(int(argv[2]), [tuple(a.split("=", 1)) for a in argv[3:]])
    elif len(argv) == 2 and argv[0] == "from-hyperfine":
        from_hyperfine(argv[1])
    elif len(argv) == 2 and argv[0] == "floor":
        floor(argv[1])
    elif len(argv) == 5 and argv[0] == "report":
        report(*argv[1:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
