import Foundation

/// How many of a reference text's words another text keeps: the measure `plainly import` and the
/// Word reader are held to against `pandoc -t plain` (at least 99 %).
public enum WordCoverage {
    /// pandoc, when installed (scripts/setup installs it).
    public static var pandoc: String? {
        ["/usr/bin/pandoc", "/usr/local/bin/pandoc"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The Real Word fixtures, made by Word, LibreOffice, pandoc and others (see the LICENCE note there).
    public static let wordFixtures = Fixtures.folder.deletingLastPathComponent()
        .appendingPathComponent("DocumentReadersTests/Data/Word")

    /// `pandoc -t plain` of a file, or nil when pandoc is missing or fails.
    public static func pandocPlainText(of url: URL) -> String? {
        guard let pandoc else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = ["-t", "plain", "--wrap=none", url.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }

    /// The words of a text: runs of letters and digits holding at least one letter, lower-cased, so
    /// punctuation, note markers and layout do not count.
    public static func words(_ text: String) -> [String] {
        // pandoc's list markers (`a.  `, `iv)  `) are not words of the document.
        let unmarked = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.replacing(/^\s*\(?[A-Za-z]{1,5}[.)]\s{2,}/, with: "")
        }.joined(separator: "\n")
        return unmarked.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.contains(where: \.isLetter) }
    }

    /// The share of `reference`'s words (with their repeats) that `text` also has: 1 when none are lost.
    public static func kept(_ text: String, of reference: String) -> Double {
        let wanted = words(reference)
        guard !wanted.isEmpty else { return 1 }
        var have: [String: Int] = [:]
        for word in words(text) { have[word, default: 0] += 1 }
        var found = 0
        for word in wanted where have[word, default: 0] > 0 {
            have[word]! -= 1
            found += 1
        }
        return Double(found) / Double(wanted.count)
    }

    /// Words `text` has beyond `reference`'s (text counted twice shows here).
    public static func extra(_ text: String, over reference: String) -> Int {
        var have: [String: Int] = [:]
        for word in words(reference) { have[word, default: 0] += 1 }
        var extra = 0
        for word in words(text) {
            if have[word, default: 0] > 0 { have[word]! -= 1 } else { extra += 1 }
        }
        return extra
    }
}
