// swift-tools-version: 6.0
// Plainly: one source text in, accessible documents out.
// SPDX-License-Identifier: GPL-3.0-or-later (see LICENSE; bundled data keeps its own licence, README "Licences").
//
// The targets follow ../shared/STYLE.md: one content model in the middle, and a build that runs one
// way, load → realize → layout → write, from one plan. Arrows point one way: a target only imports
// targets listed above it here.
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Plainly",
    platforms: [.macOS(.v15)],  // Synchronization's Atomic (the shared syllable memo)
    products: [
        // `plainly` runs `check` itself and hands every other command to `plainly-full`, beside it.
        .executable(name: "plainly", targets: ["plainly"]),
        .executable(name: "plainly-full", targets: ["plainly-full"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // Already under Hummingbird; named for its IOError, to tell a port in use from other failures.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // MARK: The content model (Foundation only), with the realize stage: DocumentAssembly and the
        // Wording catalogue, RealizedDocument, the BuildPlan and the DocumentWriter protocol.
        .target(name: "PlainlyModel", swiftSettings: swiftSettings),

        // The file system, safely: outputs never touching sources, written whole or not at all.
        .target(name: "PlainlyFiles", swiftSettings: swiftSettings),

        // MARK: System libraries, each wrapped in exactly one Swift target.
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CPango", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(
            name: "CFontconfig", pkgConfig: "fontconfig",
            providers: [.apt(["libfontconfig-dev"])]),
        .systemLibrary(
            name: "CRsvg", pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"])]),
        // eSpeak NG (GPL-3.0-or-later) speaks the audio format; LAME encodes it as MP3.
        .systemLibrary(
            name: "CEspeakNG", pkgConfig: "espeak-ng",
            providers: [.apt(["libespeak-ng-dev"])]),
        .systemLibrary(
            name: "CLame", pkgConfig: "lame",
            providers: [.apt(["libmp3lame-dev"])]),
        .systemLibrary(
            name: "CHunspell", pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev", "hunspell-en-gb"])]),
        .systemLibrary(
            name: "CLouis", pkgConfig: "liblouis",
            providers: [.apt(["liblouis-dev", "liblouis-data"])]),

        // The picture bank: a subset of the Mulberry Symbols (CC BY-SA 4.0, licence beside them), the
        // concept index we write ourselves, and the suggester that reads it (Foundation only).
        .target(name: "PictureBank", resources: [.copy("Resources")], swiftSettings: swiftSettings),

        // MARK: Load: readers, text in, model out.
        .target(
            name: "PlainlySource",
            // PictureBank: `bank:` pictures are resolved where every other picture is, once.
            dependencies: ["PlainlyModel", "PlainlyFiles", "PictureBank", "CCmarkGFM", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings),
        // The .txt, .html and .docx readers, shared by `check` and (soon) `import`.
        .target(
            name: "DocumentReaders",
            // ZIPFoundation brings its zlib module (CZlib), which the .docx reader inflates with.
            dependencies: ["PlainlyModel", "PlainlyFiles", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings),

        // MARK: Check: what the model says about readability.
        // Hunspell and its British English dictionary, wrapped once, for the spelling rule.
        .target(name: "Spelling", dependencies: ["CHunspell"], swiftSettings: swiftSettings),
        .target(
            name: "Readability",
            dependencies: ["PlainlyModel", "Spelling"],
            // Syllable table (from the CMU Pronouncing Dictionary, licence beside it), profiles, word lists.
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings),

        // MARK: Layout, for paged formats: pages of boxes, measured through TextMeasuring.
        .target(name: "PageLayout", dependencies: ["PlainlyModel"], swiftSettings: swiftSettings),

        // MARK: Write: one DocumentWriter per format, each listed once in PlainlyKit's FormatRegistry.
        .target(
            name: "CairoGraphics",
            dependencies: ["CCairo", "CPango", "CFontconfig", "CRsvg"],
            swiftSettings: swiftSettings),
        .target(
            name: "PDFWriter",
            // ZIPFoundation brings its zlib module (CZlib), which the post-pass compresses pages with.
            dependencies: ["PlainlyModel", "PageLayout", "CairoGraphics", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings),
        .target(name: "HTMLWriter", dependencies: ["PlainlyModel"], swiftSettings: swiftSettings),
        .target(name: "TextWriter", dependencies: ["PlainlyModel"], swiftSettings: swiftSettings),
        .target(
            name: "DocxWriter", dependencies: ["PlainlyModel", "CairoGraphics", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings),
        // Unified English Braille through liblouis, wrapped in this target alone.
        .target(name: "BrailleWriter", dependencies: ["PlainlyModel", "CLouis"], swiftSettings: swiftSettings),
        // Speech (eSpeak NG and LAME, each wrapped in one file there): MP3 files, a playlist, a script.
        .target(name: "AudioWriter", dependencies: ["PlainlyModel", "CEspeakNG", "CLame"], swiftSettings: swiftSettings),

        // MARK: The pipeline (plan, realize, every writer, publish all at once) and the command line.
        // `check` needs only the readers and the checker: kept apart from the renderers so that the
        // `plainly` binary can link just these and start quickly.
        .target(
            name: "PlainlyCheck", dependencies: ["PlainlyModel", "PlainlySource", "DocumentReaders", "Readability"],
            swiftSettings: swiftSettings),
        .target(
            name: "PlainlyCheckCLI",
            dependencies: [
                "PlainlyCheck", "PlainlySource", "Readability", "PlainlyModel", "PlainlyFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),
        // `plainly import`: a Word, HTML or text file in, a Plainly source folder out.
        .target(
            name: "PlainlyImport",
            dependencies: ["PlainlyModel", "PlainlySource", "DocumentReaders", "Readability", "PlainlyFiles"],
            swiftSettings: swiftSettings),
        .target(
            name: "PlainlyKit",
            dependencies: [
                "PlainlyModel", "PlainlySource", "Readability", "PageLayout", "PDFWriter",
                "HTMLWriter", "TextWriter", "DocxWriter", "BrailleWriter", "AudioWriter", "PlainlyFiles", "PictureBank",
                // ProjectCheckSettings: status and `--final` check with the project's `.plainly.yaml`, as `check` does.
                "PlainlyCheck",
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "PlainlyPreview",
            dependencies: [
                "PlainlyKit", "PlainlyModel", "PlainlySource", "Readability", "HTMLWriter", "PictureBank", "PlainlyCheck",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings),
        .target(
            name: "PlainlyCLI",
            dependencies: [
                "PlainlyKit", "PlainlyPreview", "PlainlyCheckCLI", "PlainlySource", "PlainlyImport", "PictureBank",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings),
        .executableTarget(name: "plainly", dependencies: ["PlainlyCheckCLI"], swiftSettings: swiftSettings),
        .executableTarget(name: "plainly-full", dependencies: ["PlainlyCLI"], swiftSettings: swiftSettings),
        // Times each phase of a check, for work on its speed (scripts/bench-check-phases).
        .executableTarget(
            name: "check-phases", dependencies: ["DocumentReaders", "Readability", "PlainlyModel"], swiftSettings: swiftSettings),

        // MARK: Fuzz targets and the race check (scripts/fuzz, scripts/race-check).
        // Each fuzz target is one file: built with `-D FUZZING` and libFuzzer it fuzzes; built plainly
        // it replays the inputs named on its command line (Fuzz/FuzzSupport).
        .target(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CLibFuzzer", "Readability", "PlainlyModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Fuzz/FuzzSupport", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzMarkdown", dependencies: ["FuzzSupport", "PlainlySource", "Readability"],
            path: "Fuzz/FuzzMarkdown", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzGuide", dependencies: ["FuzzSupport", "PlainlySource", "Readability"],
            path: "Fuzz/FuzzGuide", swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzDocx", dependencies: ["FuzzSupport", "DocumentReaders"], path: "Fuzz/FuzzDocx",
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzHTML", dependencies: ["FuzzSupport", "DocumentReaders"], path: "Fuzz/FuzzHTML",
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzText", dependencies: ["FuzzSupport", "DocumentReaders"], path: "Fuzz/FuzzText",
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "FuzzTokeniser", dependencies: ["FuzzSupport", "Readability"], path: "Fuzz/FuzzTokeniser",
            swiftSettings: swiftSettings),
        .executableTarget(
            name: "RaceCheck", dependencies: ["DocumentReaders", "Readability"], path: "Fuzz/RaceCheck", swiftSettings: swiftSettings),

        // MARK: Tests mirror the source layout.
        .target(name: "PlainlyTestSupport", path: "Sources/PlainlyTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "PictureBankTests", dependencies: ["PictureBank"], exclude: ["Data"], swiftSettings: swiftSettings),
        .testTarget(name: "PlainlyFilesTests", dependencies: ["PlainlyFiles"], swiftSettings: swiftSettings),
        .testTarget(name: "PlainlyModelTests", dependencies: ["PlainlyTestSupport", "PlainlyModel"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PlainlySourceTests", dependencies: ["PlainlyTestSupport", "PlainlySource", "PlainlyModel"],
            exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(
            name: "DocumentReadersTests",
            dependencies: [
                // Readability counts what a reader made the way `check` does.
                "PlainlyTestSupport", "DocumentReaders", "Readability", "PlainlyModel",
                // Builds the damaged and hostile Word files the reader tests use.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Data/Word: real .docx files from public test suites (LICENCE.md there).
            exclude: ["Golden", "Data"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ReadabilityTests",
            dependencies: [
                // The readers make the documents the checker's tests check.
                "PlainlyTestSupport", "Readability", "DocumentReaders", "PlainlySource", "PlainlyModel", "PlainlyCheck",
            ],
            exclude: ["Data", "Golden"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PageLayoutTests", dependencies: ["PlainlyTestSupport", "PageLayout", "PlainlyModel"],
            exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(
            name: "PDFWriterTests", dependencies: ["PlainlyTestSupport", "PDFWriter", "PlainlySource", "PlainlyModel"],
            exclude: ["Fixtures", "Golden"], swiftSettings: swiftSettings),
        .testTarget(
            name: "HTMLWriterTests", dependencies: ["PlainlyTestSupport", "HTMLWriter", "PlainlySource", "PlainlyModel"],
            exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(
            name: "TextWriterTests", dependencies: ["PlainlyTestSupport", "TextWriter", "PlainlySource", "PlainlyModel"],
            exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(
            name: "DocxWriterTests",
            dependencies: [
                "PlainlyTestSupport", "DocxWriter", "PlainlySource", "PlainlyModel",
                // Opens the Word files the tests make, to look at their parts.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(
            name: "BrailleWriterTests",
            // The text writer's words are what the braille must say.
            dependencies: ["PlainlyTestSupport", "BrailleWriter", "TextWriter", "PlainlySource", "PlainlyModel"],
            exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(
            name: "AudioWriterTests", dependencies: ["PlainlyTestSupport", "AudioWriter", "PlainlySource", "PlainlyModel"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PlainlyKitTests", dependencies: ["PlainlyTestSupport", "PlainlyKit", "PlainlyModel", "PlainlySource"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PlainlyImportTests",
            dependencies: [
                "PlainlyTestSupport", "PlainlyImport", "PlainlyModel", "DocumentReaders", "PlainlySource", "DocxWriter", "TextWriter",
            ],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PlainlyPreviewTests", dependencies: ["PlainlyTestSupport", "PlainlyPreview", "PlainlyKit"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PlainlyCheckCLITests", dependencies: ["PlainlyCheckCLI", "PlainlySource"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PlainlyCLITests", dependencies: ["PlainlyTestSupport", "PlainlyCLI", "PlainlyCheckCLI", "PlainlyKit"],
            exclude: ["Golden"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "FuzzSupportTests",
            dependencies: ["FuzzSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings),
    ]
)
