#!/usr/bin/env bash
# Builds and runs Winnow's libFuzzer targets (Fuzz/Targets) with AddressSanitizer.
#
#   Scripts/fuzz.sh build                    # build every target into .build-fuzz/
#   Scripts/fuzz.sh run TARGET [SECONDS]     # fuzz one target (default 600 s), one process
#   Scripts/fuzz.sh all [SECONDS]            # fuzz every target in turn
#
# Targets: HTMLLibXML2, HTMLTagSoup, PlainText, CrawlReaders. The library is compiled outside
# SwiftPM (swiftc -sanitize=fuzzer,address), so no resource bundle exists: the run also checks the
# fallbacks for a missing model.json and stopword lists. Seeds: Samples/ and Tests fixtures; the
# growing corpus lives in .build-fuzz/corpus/TARGET, crash inputs in .build-fuzz/crashes/TARGET.
# A crash input becomes a regression test in Tests/WinnowTests/Robustness/FuzzRegressionTests.swift.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build-fuzz
# One package name for every module, as SwiftPM gives, so `package` declarations are shared.
flags=(-O -g -parse-as-library -sanitize=fuzzer,address -swift-version 6 -package-name winnow)
xml_cflags=$(pkg-config --cflags libxml-2.0)
xml_libs=$(pkg-config --libs libxml-2.0)
zlib_libs=$(pkg-config --libs zlib)

build_libraries() {
  mkdir -p "$out/lib"
  # Winnow, with the libxml2 parser compiled in (-D LibXML2) and Bundle.module shimmed.
  swiftc "${flags[@]}" -module-name Winnow -D LibXML2 \
    -I Sources/CLibXML2 -Xcc ${xml_cflags} \
    -emit-library -static -emit-module -emit-module-path "$out/lib/Winnow.swiftmodule" \
    -o "$out/lib/libWinnow.a" \
    $(find Sources/Winnow -name '*.swift' | sort) Fuzz/Support/BundleModule.swift
}

build_target() {
  local target=$1 extra=()
  if [ "$target" = CrawlReaders ]; then
    extra=(-I Sources/CZlib $(find Sources/WinnowCrawl -name '*.swift' | sort) ${zlib_libs})
  fi
  swiftc "${flags[@]}" -module-name "Fuzz$target" -I "$out/lib" -L "$out/lib" -lWinnow \
    -I Sources/CLibXML2 -Xcc ${xml_cflags} ${xml_libs} \
    "${extra[@]}" "Fuzz/Targets/$target.swift" -o "$out/$target"
}

seed() {
  local target=$1 dir="$out/corpus/$1"
  mkdir -p "$dir" "$out/crashes/$target"
  case $target in
    HTMLLibXML2|HTMLTagSoup) cp -n Samples/html/*.html Tests/WinnowTests/Fixtures/*.html "$dir"/ 2>/dev/null || true ;;
    PlainText) cp -n Samples/gold/*.txt Samples/baoquocte/*.txt "$dir"/ 2>/dev/null || true ;;
    CrawlReaders) printf '{"id":"a","url":"https://x.example/","html":"<p>hi</p>"}\nnot json\n' > "$dir/seed.jsonl"
      printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\nContent-Length: 60\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>hello</p>\r\n\r\n' > "$dir/seed.warc" ;;
  esac
}

targets=(HTMLLibXML2 HTMLTagSoup PlainText CrawlReaders)
case ${1:-all} in
  # grep exits 1 when it filters nothing out; the build's own failure still sets the status.
  build) { build_libraries; for t in "${targets[@]}"; do build_target "$t"; done; } 2>&1 | { grep -v "Cannot export local symbol" || true; } ;;
  run)
    target=$2; seconds=${3:-600}
    [ -x "$out/$target" ] || { build_libraries; build_target "$target"; }
    seed "$target"
    "$out/$target" -max_total_time="$seconds" -rss_limit_mb=3072 -timeout=10 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/crashes/$target/" "$out/corpus/$target" ;;
  all)
    build_libraries
    for t in "${targets[@]}"; do build_target "$t"; done
    for t in "${targets[@]}"; do "$0" run "$t" "${2:-600}"; done ;;
  *) echo "usage: $0 build | run TARGET [SECONDS] | all [SECONDS]" >&2; exit 2 ;;
esac
