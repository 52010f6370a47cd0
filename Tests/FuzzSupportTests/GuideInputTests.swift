import Foundation
import FuzzSupport
import Testing

/// FuzzGuide writes whatever the fuzzer makes into a folder: the files must be the ones the input
/// names, and never a path outside that folder.
@Suite struct GuideInputTests {
    @Test func splitsIntoTheManifestAndNamedParts() {
        let input = Data("title: G\nparts:\n  - parts/a.md\n\0parts/a.md\n# A\n\nHi.\n\0b.md\n".utf8)
        #expect(GuideInput.files(in: input) == [
            GuideInput.File(path: "guide.yaml", contents: Data("title: G\nparts:\n  - parts/a.md\n".utf8)),
            GuideInput.File(path: "parts/a.md", contents: Data("# A\n\nHi.\n".utf8)),
            GuideInput.File(path: "b.md", contents: Data()),
        ])
    }

    @Test func anInputWithoutNULsIsTheManifestAlone() {
        #expect(GuideInput.files(in: Data("title: G\n".utf8)).map(\.path) == ["guide.yaml"])
        #expect(GuideInput.files(in: Data()) == [GuideInput.File(path: "guide.yaml", contents: Data())])
    }

    @Test(arguments: [
        "../secret.md", "parts/../../x.md", "/etc/passwd", "..", ".", "./a.md", ".hidden.md", "a//b.md",
        "guide.yaml", "a b.md", "a\\b.md", "é.md", "", "a/b/c/d.md", String(repeating: "a", count: 81),
    ])
    func aNameThatCouldLeaveTheFolderIsReplaced(name: String) {
        #expect(GuideInput.safeName(name) == nil)
        let files = GuideInput.files(in: Data("\0\(name)\nText.".utf8))
        #expect(files.map(\.path) == ["guide.yaml", "part1.md"])
    }

    @Test(arguments: ["a.md", "parts/01-intro.md", "parts/pictures/x.md", "A_b-1.markdown"])
    func aPlainNameIsKept(name: String) {
        #expect(GuideInput.safeName(name) == name)
    }

    @Test func filesStopAtTheLimit() {
        let input = Data((0..<40).map { "\0p\($0).md\nText." }.joined().utf8)
        let files = GuideInput.files(in: input)
        #expect(files.count == GuideInput.maximumFiles + 1)
        // What is past the limit stays in the last file rather than being lost.
        #expect(String(decoding: files.last!.contents, as: UTF8.self).hasPrefix("Text.\0p16.md"))
    }
}
