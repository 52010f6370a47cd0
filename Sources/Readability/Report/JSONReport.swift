import Foundation

/// The `--format json` report. The schema is `plainly-check/1`, documented in
/// `Readability.docc/CheckJSON.md`; fields are only ever added to it, never renamed or removed.
/// Keys are sorted and numbers rounded to four decimals, so the same text always gives the same bytes.
///
/// Written as it is made, in blocks, byte for byte as `JSONEncoder` (pretty-printed, keys sorted,
/// slashes not escaped) wrote it when the report was first built whole (see `JSONText`): a 5 MB text
/// has tens of thousands of findings and, with `--tokens`, a million words. Keys sorted put a file's
/// counts, findings and scores before its sentences, so the sentences are taken down while the text
/// is checked, compactly (`TokenRecords`), in the file's `UnitSpool` (on disk past a megabyte), and
/// written as JSON when the report reaches them.
public struct JSONReport: Sendable {
    public static let schema = "plainly-check/1"
    public var includesTokens: Bool

    public init(includesTokens: Bool = false) {
        self.includesTokens = includesTokens
    }

    /// The whole report, without a newline at the end.
    public func render(_ report: CheckReport) -> String {
        var bytes: [UInt8] = []
        render(report) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// As UTF-8, in blocks of about 64 KB, without a newline at the end.
    public func render(_ report: CheckReport, bytes write: ([UInt8]) -> Void) {
        withoutActuallyEscaping(write) { write in
            var blocks = ReportBlocks(write: write)
            blocks.add(text: "{\n  \"files\" : [")
            for (index, file) in report.files.enumerated() {
                blocks.add(text: index == 0 ? "\n" : ",\n")
                self.file(file, to: &blocks)
            }
            blocks.add(text: report.files.isEmpty ? "\n\n  ]" : "\n  ]")
            var out = ReportBytes()
            out.append(",\n  \"schema\" : ")
            JSONText.appendString(Self.schema, to: &out)
            out.append(",\n  \"total\" : {\n    \"counts\" : ")
            Self.counts(report.totalCounts, units: nil, indent: 4, to: &out)
            out.append(",\n    \"files\" : ")
            out.append(report.files.count)
            out.append(",\n    \"findings\" : {\n      \"error\" : ")
            out.append(report.count(of: .error))
            out.append(",\n      \"note\" : ")
            out.append(report.count(of: .note))
            out.append(",\n      \"warning\" : ")
            out.append(report.count(of: .warning))
            out.append("\n    }")
            if let scores = Scores(report.totalCounts) {
                out.append(",\n    \"scores\" : ")
                Self.scores(scores, indent: 4, to: &out)
            }
            out.append("\n  }\n}")
            blocks.add(lines: out.bytes)
            blocks.flush()
        }
    }

    /// One file's object, its keys in sorted order.
    private func file(_ file: FileReport, to blocks: inout ReportBlocks) {
        let result = file.result
        var out = ReportBytes()
        out.append("    {\n      \"counts\" : ")
        let units = file.unitSpool?.unitCount ?? result.units.count
        Self.counts(result.counts, units: includesTokens ? units : nil, indent: 6, to: &out)
        if let failure = file.failure {
            out.append(",\n      \"error\" : ")
            JSONText.appendString(failure, to: &out)
        }
        out.append(",\n      \"findings\" : [")
        blocks.add(lines: out.bytes)
        findings(result.findings, pathPrefix: file.pathPrefix, to: &blocks)
        out = ReportBytes()
        out.append(result.findings.isEmpty ? "\n\n      ],\n      \"notEnoughText\" : " : "\n      ],\n      \"notEnoughText\" : ")
        out.append(result.scores == nil ? "true" : "false")
        out.append(",\n      \"path\" : ")
        JSONText.appendString(file.path, to: &out)
        out.append(",\n      \"profile\" : ")
        JSONText.appendString(result.profile.name.rawValue, to: &out)
        out.append(",\n      \"scores\" : ")
        if let scores = result.scores {
            Self.scores(scores, indent: 6, to: &out)
        } else {
            out.append("null")  // there is not enough text
        }
        if includesTokens {
            out.append(",\n      \"sentences\" : [")
            blocks.add(lines: out.bytes)
            let wrote = sentences(file, to: &blocks)
            out = ReportBytes()
            out.append(wrote ? "\n      ]" : "\n\n      ]")
        }
        out.append(",\n      \"summary\" : ")
        JSONText.appendString(ScoreSummary.readingAge(result.scores, profile: result.profile), to: &out)
        out.append("\n    }")
        blocks.add(lines: out.bytes)
    }

    /// Every finding, a window at a time, the windows made on every processor.
    private func findings(_ findings: [Finding], pathPrefix: String, to blocks: inout ReportBlocks) {
        ParallelRender.findings(findings, window: Self.findingWindow, bytesPerFinding: 900, pathPrefix: pathPrefix) { index, findings, paths, out in
            if index > 0 { out.append(",") }
            out.endLine()
            Self.finding(findings[index], path: paths.path(for: findings[index].location.file), to: &out)
        } write: { blocks.add(lines: $0) }
    }

    static func finding(_ finding: Finding, path: String, to out: inout ReportBytes) {
        out.append("        {\n          \"column\" : ")
        out.append(finding.location.column)
        if let excerpt = finding.excerpt {
            out.append(",\n          \"excerpt\" : ")
            JSONText.appendString(excerpt, to: &out)
        }
        out.append(",\n          \"line\" : ")
        out.append(finding.location.line)
        out.append(",\n          \"message\" : ")
        JSONText.appendString(finding.message, to: &out)
        out.append(",\n          \"path\" : ")
        JSONText.appendString(path, to: &out)
        out.append(",\n          \"rule\" : ")
        JSONText.appendString(finding.rule, to: &out)
        out.append(",\n          \"severity\" : ")
        JSONText.appendString(finding.severity.rawValue, to: &out)
        if let suggestion = finding.suggestion {
            out.append(",\n          \"suggestion\" : ")
            JSONText.appendString(suggestion, to: &out)
        }
        out.append(",\n          \"why\" : ")
        JSONText.appendString(finding.why, to: &out)
        out.append("\n        }")
    }

    /// Token records made into JSON as one window: 16 KB of records make about 400 KB of JSON (a 5 MB
    /// text's tokens make 110 MB), so the few windows in memory at once are little beside the 64 MB a
    /// long check may take.
    static let tokenWindow = 1 << 14

    /// Findings made into JSON as one window: 256 make about 200 KB (a finding's why and suggestion make
    /// it about 800 bytes).
    static let findingWindow = 256

    /// The file's sentences, from its spool or, for a result that kept its units, made now; false
    /// when it has none.
    private func sentences(_ file: FileReport, to blocks: inout ReportBlocks) -> Bool {
        var wrote = false
        // Every sentence is written after ",\n"; the file's first, after the array's "[", after "\n".
        func add(_ json: [UInt8]) {
            guard !json.isEmpty else { return }
            if wrote {
                blocks.add(lines: json)
            } else {
                blocks.add(text: "\n")
                json.withUnsafeBufferPointer { blocks.add(UnsafeBufferPointer(rebasing: $0[2...])) }
                wrote = true
            }
        }
        let prefix = file.pathPrefix
        if let spool = file.unitSpool {
            let windows = spool.windows(ofAbout: Self.tokenWindow)
            ParallelRender.windows(windows.count, bytesPerWindow: Self.tokenWindow * 25) { window, out in
                var paths = PathCache(prefix: prefix)
                var first = false
                spool.forEachUnit(in: windows[window]) { _, record in
                    TokenRecords.writeJSON(record: record, paths: &paths, first: &first, to: &out)
                }
            } write: { add($0) }
        } else {
            var paths = PathCache(prefix: prefix)
            var record: [UInt8] = []
            var out = ReportBytes()
            var first = false
            for unit in file.result.units {
                record.removeAll(keepingCapacity: true)
                out.bytes.removeAll(keepingCapacity: true)
                TokenRecords.encode(unit, to: &record)
                record.withUnsafeBufferPointer { TokenRecords.writeJSON(record: $0, paths: &paths, first: &first, to: &out) }
                add(out.bytes)
            }
        }
        return wrote
    }

    static func counts(_ counts: TextCounts, units: Int?, indent: Int, to out: inout ReportBytes) {
        let inner = String(repeating: " ", count: indent + 2)
        out.append(string: "{\n" + inner + "\"characters\" : ")
        out.append(counts.characters)
        out.append(string: ",\n" + inner + "\"complexWords\" : ")
        out.append(counts.complexWords)
        out.append(string: ",\n" + inner + "\"letters\" : ")
        out.append(counts.letters)
        out.append(string: ",\n" + inner + "\"polysyllables\" : ")
        out.append(counts.polysyllables)
        out.append(string: ",\n" + inner + "\"sentences\" : ")
        out.append(counts.sentences)
        out.append(string: ",\n" + inner + "\"syllables\" : ")
        out.append(counts.syllables)
        if let units {
            out.append(string: ",\n" + inner + "\"units\" : ")
            out.append(units)
        }
        out.append(string: ",\n" + inner + "\"words\" : ")
        out.append(counts.words)
        out.append(string: "\n" + String(repeating: " ", count: indent) + "}")
    }

    static func scores(_ scores: Scores, indent: Int, to out: inout ReportBytes) {
        let inner = String(repeating: " ", count: indent + 2)
        let values: [(String, Double?)] = [
            ("automatedReadabilityIndex", scores.automatedReadabilityIndex),
            ("colemanLiau", scores.colemanLiau),
            ("fleschKincaidGrade", scores.fleschKincaidGrade),
            ("fleschReadingEase", scores.fleschReadingEase),
            ("gunningFog", scores.gunningFog),
            ("smog", scores.smog),
            ("smogSample", scores.smogSample),  // null under 30 sentences
            ("ukReadingAge", scores.ukReadingAge),
        ]
        out.append("{")
        for (index, (name, value)) in values.enumerated() {
            out.append(string: (index == 0 ? "\n" : ",\n") + inner + "\"" + name + "\" : ")
            out.append(string: value.map { JSONText.number(rounded($0)) } ?? "null")
        }
        out.append(string: "\n" + String(repeating: " ", count: indent) + "}")
    }

    static func join(_ prefix: String, _ file: String) -> String {
        if prefix.isEmpty { return file }
        if file.isEmpty { return prefix }
        return prefix.hasSuffix("/") ? prefix + file : prefix + "/" + file
    }

    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    /// The path shown for a file, worked out once per file rather than once per finding or sentence.
    struct PathCache {
        let prefix: String
        var file: String?
        var fileBytes: [UInt8]?
        var path = ""

        init(prefix: String) { self.prefix = prefix }

        mutating func path(for file: String) -> String {
            if file != self.file {
                self.file = file
                path = JSONReport.join(prefix, file)
            }
            return path
        }

        /// The same for a file's name as UTF-8.
        mutating func path(for file: UnsafeBufferPointer<UInt8>) -> String {
            // Asked once a sentence: compared as memory, not byte by byte through generic collections.
            if let known = fileBytes, known.count == file.count,
                known.withUnsafeBufferPointer({ file.isEmpty || memcmp($0.baseAddress!, file.baseAddress!, file.count) == 0 })
            {
                return path
            }
            fileBytes = Array(file)
            path = JSONReport.join(prefix, String(decoding: file, as: UTF8.self))
            return path
        }
    }
}
