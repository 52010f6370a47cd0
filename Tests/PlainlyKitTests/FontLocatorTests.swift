import Foundation
import PlainlyTestSupport
import Testing

@testable import PlainlyKit

@Suite struct FontLocatorTests {
    let checkoutFonts = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fonts").standardizedFileURL

    @Test func findsTheCheckoutsFontsFromABuildFolder() throws {
        let binary = checkoutFonts.deletingLastPathComponent().appendingPathComponent(".build/release/plainly-full")
        #expect(try FontLocator(executable: binary).locate() == checkoutFonts)
    }

    @Test func findsInstalledFontsBesideTheBinary() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let share = prefix.appendingPathComponent("share/plainly/Fonts")
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        for file in FontLocator.requiredFiles {
            try FileManager.default.copyItem(at: checkoutFonts.appendingPathComponent(file), to: share.appendingPathComponent(file))
        }
        let binary = prefix.appendingPathComponent("bin/plainly-full")
        #expect(try FontLocator(executable: binary).locate() == share.standardizedFileURL)
    }

    @Test func anOverrideIsTheOnlyPlaceLookedAt() {
        #expect(throws: PlainlyError.fontsNotFound(searched: ["/no/fonts/here"])) {
            try FontLocator().locate(override: "/no/fonts/here")
        }
    }
}
