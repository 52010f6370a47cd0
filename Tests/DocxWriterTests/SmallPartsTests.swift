import Foundation
import PlainlyModel
import Testing

@testable import DocxWriter

@Suite struct XMLTextTests {
    @Test func escapesTheCharactersXMLReserves() {
        #expect(XMLText.escape(#"a<b>&"c"'d"#) == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d")
    }

    @Test func dropsCharactersXMLDoesNotAllowAndKeepsEverythingElse() {
        #expect(XMLText.escape("a\u{0}b\u{8}c\u{1F}d\u{FFFF}e") == "abcde")
        #expect(XMLText.escape("tab\tline\nreturn\r, é, 😀, \u{E000}") == "tab\tline\nreturn\r, é, 😀, \u{E000}")
    }
}

@Suite struct BookmarksTests {
    @Test func namesAreWordSafeUniqueAndWithinWordsLimit() {
        var bookmarks = Bookmarks()
        let long = String(repeating: "a-very-long-heading-", count: 5)
        let first = bookmarks.name(for: long)
        let second = bookmarks.name(for: long + "-2")
        #expect(first.count <= Bookmarks.maximumNameLength && second.count <= Bookmarks.maximumNameLength)
        #expect(first != second)
        #expect(bookmarks.name(for: long) == first, "the same anchor keeps its name")
        #expect(bookmarks.name(for: "café-menu") == "p_caf__menu")
        #expect(first.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
    }
}

@Suite struct DocxProfileTests {
    @Test(arguments: [(Profile.easyRead, 16.0, 32.0), (.largePrint, 18, 34.2), (.plain, 14, 26.6)])
    func sizesAreThePDFs(profile: Profile, body: Double, title: Double) {
        let docx = DocxProfile.named(profile)
        #expect(docx.bodySize == Points(body))
        #expect(abs(docx.headingSize(level: 1).value - title) < 0.001)
        #expect(docx.headingSize(level: 2) > docx.headingSize(level: 3))
    }

    @Test(arguments: Profile.allCases)
    func bodySizesComeFromTheProfilesOneDefinition(profile: Profile) {
        #expect(DocxProfile.named(profile).bodySize == profile.bodySize)
        #expect(DocxProfile.named(profile).minimumBodySize == profile.minimumBodySize)
        #expect(DocxProfile.maximumBodySize == Profile.maximumBodySize)
    }

    @Test func fontSizeLimitsAreTheProfilesGuidance() throws {
        #expect(throws: DocumentWriterError.self) { try DocxProfile.easyRead.withBodySize(Points(13.5), profile: .easyRead) }
        #expect(throws: DocumentWriterError.self) { try DocxProfile.plain.withBodySize(DocxProfile.maximumBodySize + Points(1), profile: .plain) }
        #expect(try DocxProfile.plain.withBodySize(DocxProfile.maximumBodySize, profile: .plain).bodySize == Points(48))
        #expect(try DocxProfile.plain.withBodySize(nil, profile: .plain) == .plain)
    }
}

@Suite struct DocxPackageTests {
    @Test func zipsAreTheSameBytesWhateverTheClockSays() throws {
        let parts: [(path: String, bytes: [UInt8])] = [("a.xml", Array("<a/>".utf8)), ("b/c.xml", Array("<c/>".utf8))]
        let first = try DocxPackage.zip(parts)
        Thread.sleep(forTimeInterval: 2.1)  // zip times are kept to two seconds
        #expect(try DocxPackage.zip(parts) == first)
    }
}
