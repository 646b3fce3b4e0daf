// swift-tools-version:6.0
import PackageDescription

/// Settings shared by every target.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "ksdocs",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ksdocs", targets: ["ksdocs"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        // cmark-gfm from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Markdown → HTML with heading ids and link hooks; the only importer of CCmarkGFM.
        .target(name: "KSDocsMarkdown", dependencies: ["CCmarkGFM"], swiftSettings: swiftSettings),
        // Build-time syntax highlighting: source text → classed HTML spans; also the shell tokenizer.
        .target(name: "KSDocsHighlight", swiftSettings: swiftSettings),
        // Shell commands read into words and simple commands (over KSDocsHighlight's ShellScanner,
        // the one shell tokenizer) and the command glossary behind `sh explain` blocks.
        .target(name: "KSDocsCommands", dependencies: ["KSDocsHighlight"], swiftSettings: swiftSettings),
        // The site model: configuration, content loading and validation, build, themes, diagnostics.
        .target(
            name: "KSDocsCore",
            dependencies: [
                "KSDocsMarkdown", "KSDocsHighlight", "KSDocsCommands",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        // BookStack REST client and publisher: a second backend over the site model.
        .target(
            name: "KSDocsBookStack",
            dependencies: ["KSDocsCore", "KSDocsMarkdown", "KSDocsCommands"],
            swiftSettings: swiftSettings
        ),
        // A BookStack API server for tests, written from the API contract.
        .target(
            name: "BookStackTestServer",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: swiftSettings
        ),
        // The dev server: serves a built site, watches the sources, reloads open tabs.
        .target(
            name: "KSDocsServer",
            dependencies: [
                "KSDocsCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Command-line interface: argument parsing only; the work lives in the libraries.
        .target(
            name: "KSDocsCLI",
            dependencies: [
                "KSDocsCore",
                "KSDocsServer",
                "KSDocsBookStack",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(name: "ksdocs", dependencies: ["KSDocsCLI"], swiftSettings: swiftSettings),

        // Fixture sites for tests: Content/ written into a temporary folder.
        .target(name: "KSDocsTestSupport", dependencies: ["KSDocsCore"], swiftSettings: swiftSettings),

        .testTarget(name: "KSDocsMarkdownTests", dependencies: ["KSDocsMarkdown"], swiftSettings: swiftSettings),
        .testTarget(name: "KSDocsHighlightTests", dependencies: ["KSDocsHighlight"], swiftSettings: swiftSettings),
        .testTarget(name: "KSDocsCommandsTests", dependencies: ["KSDocsCommands"], swiftSettings: swiftSettings),
        .testTarget(
            name: "KSDocsCoreTests", dependencies: ["KSDocsCore", "KSDocsTestSupport"], swiftSettings: swiftSettings),
        // Both themes in headless chromium (Selenium), axe-core and the Nu HTML Checker; see browser_checks.py.
        .testTarget(
            name: "KSDocsBrowserTests", dependencies: ["KSDocsCore", "KSDocsTestSupport"],
            exclude: ["browser_checks.py"], swiftSettings: swiftSettings),
        .testTarget(
            name: "KSDocsServerTests", dependencies: ["KSDocsServer", "KSDocsCore", "KSDocsTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "KSDocsBookStackTests",
            dependencies: ["KSDocsBookStack", "BookStackTestServer", "KSDocsCore", "KSDocsTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KSDocsCLITests",
            dependencies: ["KSDocsCLI", "KSDocsCore", "KSDocsTestSupport", "BookStackTestServer"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "KSDocsContentTests",
            dependencies: [.product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
    ]
)
