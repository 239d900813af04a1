#!/usr/bin/env python3
"""Builds Sources/Winnow/Resources/stopwords/<lang>.txt.

For each language, counts the words of the gold texts of the wcxb-dev, fundus and readability
sets (never scrapinghub, the reported benchmark), grouped by language: fundus pages by their
`country` (when it names one language), other pages by the `<html lang>` they declare. A word is
kept when it is short (at most MAX_LENGTH letters), occurs in at least MIN_SHARE of the language's
pages (and at least MIN_PAGES of them, so languages with few pages keep only their hand-written list) and ranks in the top MAX_WORDS by count: the words that
fill any prose, i.e. function words. The hand-written lists of Scripts/stopword_seeds.py are
added (they carry languages with few pages, Vietnamese above all). Output: one word per line,
NFC, lower-case, sorted.

    python3 Scripts/make-stopwords.py [--data ../main/.data]
"""
import argparse, collections, json, pathlib, re, unicodedata, sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from stopword_seeds import SEEDS  # noqa: E402

SETS = ["wcxb-dev", "fundus", "readability"]
MAX_LENGTH = 7
MIN_SHARE = 0.25
MIN_PAGES = 10
MAX_WORDS = 300
COUNTRY_LANGUAGE = {  # fundus countries with one dominant language
    "de": "de", "at": "de", "li": "de", "us": "en", "uk": "en", "za": "en", "au": "en", "ind": "en",
    "tz": "en", "ls": "en", "na": "en", "es": "es", "mx": "es", "py": "es", "fr": "fr", "it": "it",
    "tr": "tr", "no": "no", "se": "sv", "dk": "da", "pl": "pl", "cz": "cs", "ru": "ru", "id": "id",
    "pt": "pt", "vn": "vi", "fi": "fi", "ro": "ro", "hu": "hu", "nl": "nl",
}
LANG_ALIASES = {"nb": "no", "nn": "no"}
HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)


def words(text):
    text = unicodedata.normalize("NFC", text.lower())
    return re.findall(r"[^\W\d_]+", text)


def page_language(set_name, key, entry, html_dir):
    if set_name == "fundus" and entry.get("country") in COUNTRY_LANGUAGE:
        return COUNTRY_LANGUAGE[entry["country"]]
    path = html_dir / f"{key}.html"
    match = HTML_LANG.search(path.read_bytes()[:50_000]) if path.exists() else None
    code = match.group(1).decode().lower()[:2] if match else None
    return LANG_ALIASES.get(code, code)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../main/.data")
    parser.add_argument("--out", default="Sources/Winnow/Resources/stopwords")
    args = parser.parse_args()
    counts = collections.defaultdict(collections.Counter)
    pages = collections.defaultdict(collections.Counter)
    page_total = collections.Counter()
    for set_name in SETS:
        root = pathlib.Path(args.data) / set_name
        gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
        for key, entry in sorted(gold.items()):
            language = page_language(set_name, key, entry, root / "html")
            if language not in SEEDS:
                continue
            tokens = words(entry.get("articleBody") or "")
            counts[language].update(tokens)
            pages[language].update(set(tokens))
            page_total[language] += 1
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for language, seed_text in sorted(SEEDS.items()):
        seeds = {w for entry in seed_text.split() for w in words(entry)}
        floor = max(MIN_PAGES, MIN_SHARE * page_total[language])
        ranked = [w for w, _ in counts[language].most_common()
                  if len(w) <= MAX_LENGTH and pages[language][w] >= floor]
        chosen = set(seeds)
        for word in ranked:
            if len(chosen) >= MAX_WORDS:
                break
            chosen.add(word)
        (out / f"{language}.txt").write_text("\n".join(sorted(chosen)) + "\n", encoding="utf-8")
        print(f"{language}: {page_total[language]} pages, {len(seeds)} seeds, {len(chosen)} words")


if __name__ == "__main__":
    main()
