#!/usr/bin/env python3
"""Run other extractors on a winnow-bench dataset and write their predictions as JSONL.

usage: baselines.py DATASET_DIR OUT_DIR [--tools trafilatura,readability,...]

For each tool that imports, writes OUT_DIR/<tool>.jsonl ({"id", "text"} per page) and
OUT_DIR/<tool>.pps (pages per second: wall clock of the extraction calls, one thread).
Scoring is left to `winnow-bench score`, so every tool is measured by one implementation.
A page a tool fails on is predicted as empty text and counted in the summary line.
"""
import argparse
import json
import sys
import time
from pathlib import Path

BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
              "blockquote", "pre", "section", "article", "header", "footer", "figure", "figcaption",
              "dd", "dt", "dl", "hr", "td", "th"}


def decode(raw, encoding):
    """Bytes to str for tools that need str: the gold record's encoding, else UTF-8."""
    try:
        return raw.decode(encoding or "utf-8")
    except (LookupError, UnicodeDecodeError):
        return raw.decode("utf-8", errors="replace")


def html_to_text(fragment):
    """An HTML fragment's text with one line per block element (so blocks do not fuse words)."""
    import lxml.html
    root = lxml.html.fromstring(fragment)
    parts = []

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("script", "style"):
            if node.tail:
                parts.append(node.tail)
            return
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def make_trafilatura():
    # Comments are not part of an article body; with them left out, trafilatura 2.3.1 scores
    # the published reference figures (readability F1 0.933, fundus 0.946).
    import trafilatura
    return lambda raw, text, url: trafilatura.extract(raw, url=url, include_comments=False) or ""


def make_readability():
    from readability import Document
    return lambda raw, text, url: html_to_text(Document(text, url=url).summary(html_partial=True))


def make_resiliparse():
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree
    return lambda raw, text, url: extract_plain_text(HTMLTree.parse(text), main_content=True)


def make_justext():
    import justext
    stoplist = justext.get_stoplist("English")
    return lambda raw, text, url: "\n".join(
        p.text for p in justext.justext(raw, stoplist) if not p.is_boilerplate)


def make_boilerpy3():
    from boilerpy3 import extractors
    extractor = extractors.ArticleExtractor(raise_on_failure=False)
    return lambda raw, text, url: extractor.get_content(text) or ""


TOOLS = {"trafilatura": make_trafilatura, "readability": make_readability,
         "resiliparse": make_resiliparse, "justext": make_justext, "boilerpy3": make_boilerpy3}


def load(dataset):
    gold = json.loads((dataset / "gold.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(gold):
        path = dataset / "html" / f"{page_id}.html"
        if path.exists():
            record = gold[page_id] or {}
            url = record.get("url") if isinstance(record.get("url"), str) else None
            pages.append((page_id, path.read_bytes(), url, record.get("encoding")))
    return pages


def run(name, extract, pages, out):
    failures = 0
    seconds = 0.0
    with (out / f"{name}.jsonl").open("w", encoding="utf-8") as sink:
        for page_id, raw, url, encoding in pages:
            text = decode(raw, encoding)
            start = time.perf_counter()
            try:
                predicted = extract(raw, text, url) or ""
            except Exception:  # a tool's failure on one page is an empty prediction
                predicted = ""
                failures += 1
            seconds += time.perf_counter() - start
            sink.write(json.dumps({"id": page_id, "text": predicted}, ensure_ascii=False) + "\n")
    pages_per_second = len(pages) / seconds if seconds > 0 else 0.0
    (out / f"{name}.pps").write_text(f"{pages_per_second:.1f}\n")
    print(f"  {name}: {len(pages)} pages, {failures} failures, {pages_per_second:.1f} pages/s", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of: " + ", ".join(TOOLS))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pages = load(args.dataset)
    for name in filter(None, args.tools.split(",")):
        if name not in TOOLS:
            sys.exit(f"unknown tool {name}; known: {', '.join(TOOLS)}")
        try:
            extract = TOOLS[name]()
        except ImportError as error:
            print(f"  {name}: not installed ({error}), skipped", file=sys.stderr)
            continue
        run(name, extract, pages, args.out)


if __name__ == "__main__":
    main()
