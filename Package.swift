// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Winnow",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Winnow", targets: ["Winnow"]),
        .library(name: "WinnowCrawl", targets: ["WinnowCrawl"]),
        .executable(name: "winnow", targets: ["WinnowCLI"]),
        .executable(name: "winnow-bench", targets: ["WinnowBench"]),
        .executable(name: "winnow-train", targets: ["WinnowTrain"]),
    ],
    traits: [
        .trait(
            name: "LibXML2",
            description: "Parse HTML with the system libxml2 (apt libxml2-dev, brew libxml2). Without it, a pure-Swift tag-soup tokenizer is used."
        ),
        .default(enabledTraits: ["LibXML2"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .target(
            name: "WinnowCrawl",
            dependencies: ["Winnow", "CZlib"]
        ),
        .target(
            name: "Winnow",
            dependencies: [
                .target(name: "CLibXML2", condition: .when(traits: ["LibXML2"])),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "WinnowCLI",
            dependencies: [
                "Winnow",
                "WinnowCrawl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "WinnowBench",
            dependencies: [
                "Winnow",
                "WinnowEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/WinnowBench"
        ),
        .executableTarget(
            name: "WinnowTrain",
            dependencies: [
                "Winnow",
                "WinnowEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/WinnowTrain"
        ),
        .target(
            name: "WinnowEvaluation",
            path: "Benchmarks/WinnowEvaluation"
        ),
        .testTarget(
            name: "WinnowTests",
            dependencies: ["Winnow"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "WinnowCLITests",
            dependencies: ["Winnow", "WinnowCrawl"]
        ),
        .testTarget(
            name: "WinnowEvaluationTests",
            dependencies: ["WinnowEvaluation"]
        ),
    ]
)
