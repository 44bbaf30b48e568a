// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "QuoteTrail",
    products: [
        .library(name: "QuoteTrail", targets: ["QuoteTrail"]),
        .executable(name: "quotetrail", targets: ["quotetrail"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C++ shim over the system ICU (libicu-dev). Its public header is plain C with no ICU
        // types, so Swift never imports <unicode/*.h> (which would clash with Foundation's ICU).
        .target(
            name: "QuoteTrailICU",
            path: "Sources/QuoteTrailICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // Processor hints (cache prefetch) as static inline C functions.
        .target(name: "QuoteTrailCPU", path: "Sources/QuoteTrailCPU"),
        // Data files (TSV) loaded at run time; bundled so the CLI works from any directory.
        .target(
            name: "QuoteTrailDictionaries",
            path: "Dictionaries",
            exclude: ["README.md"],
            resources: [.copy("data")]
        ),
        .target(
            name: "QuoteTrail",
            dependencies: ["QuoteTrailICU", "QuoteTrailCPU", "QuoteTrailDictionaries"],
            path: "Sources/QuoteTrail"
        ),
        .executableTarget(
            name: "quotetrail",
            dependencies: [
                "QuoteTrail",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/quotetrail"
        ),
        .executableTarget(
            name: "quotetrail-bench",
            dependencies: ["QuoteTrail"],
            path: "Benchmarks/FoundationBenchmark"
        ),
        .testTarget(
            name: "QuoteTrailTests",
            dependencies: ["QuoteTrail"],
            path: "Tests/QuoteTrailTests"
        ),
    ],
    cxxLanguageStandard: .cxx17
)
