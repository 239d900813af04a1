// swift-tools-version: 6.1
// Speed benchmarks for Winnow, kept in their own package so that users of the library never
// resolve package-benchmark. Run from this directory: `swift package benchmark`.
import PackageDescription

let package = Package(
    name: "WinnowBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Winnow", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        // libxml2 called directly, for the parse-only floor (Winnow does not expose libxml2).
        .systemLibrary(
            name: "CLibXML2Floor",
            path: "Sources/CLibXML2Floor",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .executableTarget(
            name: "WinnowBenchmarks",
            dependencies: [
                .product(name: "Winnow", package: "Winnow"),
                .product(name: "Benchmark", package: "benchmark"),
                "CLibXML2Floor",
            ],
            path: "Benchmarks/WinnowBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ]
)
