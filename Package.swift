// swift-tools-version:6.1
import PackageDescription

// Release builds drop the run-time exclusivity checks (swift_beginAccess on every class `var`
// touched was 1.4 % of a build's instructions; dropping them cut 1.7 %). Debug builds, which every
// test and sanitizer run uses, keep them, and so do the fuzzers' release builds: an overlapping
// access still fails there.
let releaseSettings: [SwiftSetting] = Context.environment["BRIEF_FUZZ"] != nil ? [] : [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
] + releaseSettings

let package = Package(
    name: "brief",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "brief", targets: ["brief"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "BriefMarkdown", dependencies: ["BriefBytes", "Ccmark"], swiftSettings: strictSettings),
        // The ASCII spellings of letters shared by briefing slugs and entity ids (no dependencies).
        .target(name: "BriefTransliteration", swiftSettings: strictSettings),
        // Eight-bytes-at-a-time (SWAR) byte tests and reads the text-scanning modules share (no dependencies).
        .target(name: "BriefBytes", swiftSettings: strictSettings),
        .target(name: "BriefAnnotate", dependencies: ["BriefBytes", "BriefTransliteration"], swiftSettings: strictSettings),
        .target(name: "BriefContent", dependencies: ["Yams", "BriefBytes", "BriefSystem", "BriefMarkdown", "BriefTransliteration"], swiftSettings: strictSettings),
        // System calls the Swift Glibc module does not import (getdents64, for folder walks).
        .target(name: "BriefSystem"),
        .target(name: "BriefTemplate", dependencies: ["BriefBytes"], swiftSettings: strictSettings),
        .target(
            name: "BriefSite",
            dependencies: [
                "BriefBytes", "BriefContent", "BriefAnnotate", "BriefMarkdown", "BriefTemplate",
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "BriefServe",
            dependencies: [
                "BriefSite", "BriefContent", "BriefTemplate",
            ],
            swiftSettings: strictSettings
        ),
        // jemalloc in release builds on Linux (see allocator.c); debug builds (the tests, the
        // sanitizer runs) and other systems keep the C library's malloc.
        .target(
            name: "BriefAllocator",
            cSettings: [.define("BRIEF_JEMALLOC", .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "brief",
            dependencies: [
                "BriefSite", "BriefContent", "BriefAnnotate", "BriefServe", "BriefAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "BriefMarkdownTests", dependencies: ["BriefMarkdown", "BriefTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "BriefAnnotateTests", dependencies: ["BriefAnnotate", "BriefBytes"], resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(name: "BriefContentTests", dependencies: ["BriefContent", "BriefMarkdown", "BriefTestSupport"], resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(name: "BriefTemplateTests", dependencies: ["BriefTemplate"], swiftSettings: strictSettings),
        // Test helpers shared by the site and dev-server tests (a throwaway site folder).
        .target(name: "BriefTestSupport", path: "Tests/BriefTestSupport", swiftSettings: strictSettings),
        .testTarget(name: "BriefSiteTests", dependencies: ["BriefSite", "BriefContent", "BriefTemplate", "BriefTestSupport"], swiftSettings: strictSettings),
        // The command line: its parts through `@testable import brief`, exit statuses by running the built binary.
        .testTarget(name: "BriefCommandTests", dependencies: ["brief", "BriefTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "BriefServeTests", dependencies: ["BriefServe", "BriefSite", "BriefContent", "BriefTestSupport"], swiftSettings: strictSettings),
    ]
)

// libFuzzer targets (`make fuzz`), declared only when asked for: they need libFuzzer's driver
// (`-sanitize=fuzzer`), so a plain `swift build` could not link them.
if Context.environment["BRIEF_FUZZ"] != nil {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("FuzzFrontMatter", ["BriefContent"]),
        ("FuzzRawArticle", ["BriefContent"]),
        ("FuzzAnnotator", ["BriefAnnotate"]),
        ("FuzzMarkdownHTML", ["BriefMarkdown", "BriefAnnotate"]),
    ]
    package.targets.append(.target(name: "FuzzDriver"))
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies + ["FuzzDriver"], swiftSettings: strictSettings))
    }
}
