/// The `--format html` report: a page to look at before a meeting. Scores at the top in plain words,
/// then the text with hard sentences marked yellow and very hard ones red (each also labelled in words,
/// so colour is never the only sign), and every finding listed beside its paragraph.
///
/// The page is accessible itself: a language, a title, landmarks, headings in order, a real table for
/// the scores, contrast above 7:1 for the text, and no script.
///
/// Written as it is made, in blocks. The scores come first but need the whole text, so each unit's
/// marked text is made while the text is checked and kept in the file's `UnitSpool` (on disk past a
/// megabyte); only the findings are held, to list each unit's after it.
public struct HTMLReport: Sendable {
    public init() {}

    public func render(_ report: CheckReport) -> String {
        var bytes: [UInt8] = []
        render(report) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// As UTF-8, in blocks of about 64 KB, ending in a newline.
    public func render(_ report: CheckReport, bytes write: ([UInt8]) -> Void) {
        withoutActuallyEscaping(write) { write in
            var blocks = ReportBlocks(write: write)
            blocks.add(text: head(title: report.files.map(\.path).joined(separator: ", ")))
            for file in report.files { section(file, to: &blocks) }
            blocks.add(text: "</main>\n</body>\n</html>\n")
            blocks.flush()
        }
    }

    func head(title: String) -> String {
        let head = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Readability check: \(escape(title))</title>
            <style>
            body { font-family: "Atkinson Hyperlegible", Arial, sans-serif; font-size: 1.125rem; line-height: 1.6; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem; }
            table { border-collapse: collapse; margin: 1rem 0; }
            th, td { border: 1px solid #555; padding: 0.3rem 0.6rem; text-align: left; }
            mark.hard { background: #fff3a0; color: #1a1a1a; }
            mark.very-hard { background: #ffc9c9; color: #1a1a1a; border-bottom: 2px solid #a00000; }
            .label { font-size: 0.85em; font-weight: bold; }
            .unit { margin: 1rem 0; padding-left: 0.75rem; border-left: 4px solid #ddd; }
            .unit.has-findings { border-left-color: #7a5c00; }
            ul.findings { margin: 0.25rem 0 0 0; padding-left: 1.25rem; font-size: 0.95em; }
            .severity-error { color: #a00000; font-weight: bold; }
            .severity-warning { color: #6b4f00; font-weight: bold; }
            .severity-note { color: #1f4e79; font-weight: bold; }
            .kind { color: #444; font-size: 0.85em; }
            </style>
            </head>
            <body>
            <main>
            <h1>Readability check</h1>

            """
        return head
    }

    func section(_ file: FileReport, to blocks: inout ReportBlocks) {
        let result = file.result
        var html = "<section aria-labelledby=\"\(anchor(file.path))\">\n"
        html += "<h2 id=\"\(anchor(file.path))\">\(escape(file.path))</h2>\n"
        if let failure = file.failure {
            blocks.add(text: html + "<p class=\"failure\"><strong>This file could not be checked.</strong> \(escape(failure))</p>\n</section>\n")
            return
        }
        html += "<p><strong>\(escape(ScoreSummary.readingAge(result.scores, profile: result.profile)))</strong></p>\n"
        html += "<p>\(escape(ScoreSummary.countsLine(result.counts))) \(escape(ScoreSummary.findingsLine(errors: result.count(of: .error), warnings: result.count(of: .warning), notes: result.count(of: .note))))</p>\n"
        if let scores = result.scores { html += table(scores) }
        html += "<p>Key: <mark class=\"hard\">hard sentence</mark> (Flesch-Kincaid grade \(ScoreSummary.number(result.profile.hardSentenceGrade, decimals: 0)) or more), <mark class=\"very-hard\">very hard sentence</mark> (grade \(ScoreSummary.number(result.profile.veryHardSentenceGrade, decimals: 0)) or more, or far too long).</p>\n"
        html += "<h3>The text</h3>\n"
        blocks.add(text: html)

        result.findings.withUnsafeBufferPointer { findings in
            let groups = FindingGroups(findings)
            if !groups.documentWide.isEmpty {
                var out = ReportBytes()
                Self.findingsList(groups.documentWide, in: findings, to: &out)
                blocks.add(lines: out.bytes)
            }
            units(of: file, groups: groups, findings: LentElements(buffer: findings)) { blocks.add(lines: $0) }
        }
        blocks.add(text: "</section>\n")
    }

    /// Units spooled in one window: 64 KB of marked text, with the units' findings about 100 KB.
    static let spooledWindow = 1 << 16
    /// Units kept in the result (a short text's) made in one window.
    static let keptUnitsWindow = 256

    /// Each unit of the file as a paragraph with its findings listed after it, a window of units at a
    /// time, the windows made on every processor.
    private func units(
        of file: FileReport, groups: FindingGroups, findings: LentElements<Finding>, write: ([UInt8]) -> Void
    ) {
        let result = file.result
        if let spool = file.unitSpool {
            let windows = spool.windows(ofAbout: Self.spooledWindow)
            ParallelRender.windows(windows.count, bytesPerWindow: Self.spooledWindow * 2) { window, out in
                var next = groups.firstGroup(atOrAfter: windows[window].lowerBound)
                spool.forEachUnit(in: windows[window]) { index, text in
                    Self.unit(index, groups: groups, next: &next, findings: findings.buffer, to: &out) { $0.bytes.append(contentsOf: text) }
                }
            } write: { write($0) }
        } else {
            let marking = Marking(result.profile)
            let units = result.units
            let windows = (units.count + Self.keptUnitsWindow - 1) / Self.keptUnitsWindow
            ParallelRender.windows(windows, bytesPerWindow: Self.spooledWindow) { window, out in
                let positions = (window * Self.keptUnitsWindow)..<min((window + 1) * Self.keptUnitsWindow, units.count)
                guard let first = positions.first else { return }
                var next = groups.firstGroup(atOrAfter: units[first].index)
                for position in positions {
                    Self.unit(units[position].index, groups: groups, next: &next, findings: findings.buffer, to: &out) { out in
                        Self.writeUnit(units[position], marking: marking, to: &out)
                    }
                }
            } write: { write($0) }
        }
    }

    /// Unit `index` in its box, its text written by `text`, then its findings: those of `groups.byUnit`
    /// from `next` on that are about it (`next` moves past them).
    private static func unit(
        _ index: Int, groups: FindingGroups, next: inout Int, findings: UnsafeBufferPointer<Finding>,
        to out: inout ReportBytes, text: (inout ReportBytes) -> Void
    ) {
        while next < groups.byUnit.count && groups.byUnit[next].unit < index { next += 1 }
        var last = next
        while last < groups.byUnit.count && groups.byUnit[last].unit == index { last += 1 }
        out.append(last > next ? "<div class=\"unit has-findings\">\n" : "<div class=\"unit\">\n")
        text(&out)
        if last > next { findingsList(groups.byUnit[next..<last].lazy.map(\.finding), in: findings, to: &out) }
        out.append("</div>\n")
        next = last
    }

    /// A file's findings by the unit they are about, each unit's in their order, and those about the
    /// whole text: indices into the findings, which stay where they are.
    private struct FindingGroups: Sendable {
        var documentWide: [Int] = []
        var byUnit: [(unit: Int, finding: Int)] = []

        init(_ findings: UnsafeBufferPointer<Finding>) {
            for index in findings.indices {
                if let unit = findings[index].unitIndex { byUnit.append((unit, index)) } else { documentWide.append(index) }
            }
            byUnit.sort { ($0.unit, $0.finding) < ($1.unit, $1.finding) }
        }

        /// The first of `byUnit` about unit `index` or a later one.
        func firstGroup(atOrAfter index: Int) -> Int {
            var low = 0
            var high = byUnit.count
            while low < high {
                let middle = (low + high) / 2
                if byUnit[middle].unit < index { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }

    func table(_ scores: Scores) -> String {
        let rows: [(String, Double, String)] = [
            ("UK reading age", scores.ukReadingAge, "years"),
            ("Flesch reading ease", scores.fleschReadingEase, ScoreSummary.ease(scores.fleschReadingEase)),
            ("Flesch-Kincaid grade", scores.fleschKincaidGrade, "US school grade"),
            ("Gunning Fog", scores.gunningFog, "years of schooling"),
            ("SMOG (all sentences)", scores.smog, "US school grade"),
            ("Coleman-Liau", scores.colemanLiau, "US school grade"),
            ("Automated Readability Index", scores.automatedReadabilityIndex, "US school grade"),
        ] + (scores.smogSample.map { [("SMOG (30-sentence sample)", $0, "US school grade")] } ?? [])
        var html = "<table>\n<caption>Scores</caption>\n<thead><tr><th scope=\"col\">Score</th><th scope=\"col\">Value</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n"
        for (name, value, meaning) in rows {
            html += "<tr><th scope=\"row\">\(name)</th><td>\(ScoreSummary.number(value))</td><td>\(escape(meaning))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// What makes a sentence hard or very hard in a profile, for marking it.
    struct Marking: Sendable {
        var hardGrade: Double
        var veryHardGrade: Double
        /// Words over which a sentence is far too long (the long-sentence rule's error), if it has one.
        var tooLongWords: Int?

        init(_ profile: CheckProfile) {
            hardGrade = profile.hardSentenceGrade
            veryHardGrade = profile.veryHardSentenceGrade
            tooLongWords = profile.settings(for: LongSentence.id).flatMap(\.error)
        }
    }

    /// A unit as a paragraph: its kind, then its text with hard sentences marked and line breaks as
    /// `<br>`. Run on the checker's workers for a streamed report (see `UnitSpool`).
    static func writeUnit(_ unit: AnalysedUnit, marking: Marking, to out: inout ReportBytes) {
        out.append("<p><span class=\"kind\">")
        appendEscaped(kindName(unit.unit), to: &out)
        out.append(":</span> ")
        unit.bytes.withUnsafeBufferPointer { text in
            var position = 0
            for sentence in unit.sentences {
                appendText(text, position..<sentence.range.lowerBound, to: &out)
                let words = sentence.words.count
                let syllables = sentence.words.reduce(0) { $0 + $1.syllables }
                let grade = words > 0 ? FleschKincaidGrade.grade(words: words, sentences: 1, syllables: syllables) : 0
                let tooLong = marking.tooLongWords.map { words > $0 } ?? false
                if words >= 4 && (grade >= marking.veryHardGrade || tooLong) {
                    out.append("<mark class=\"very-hard\">")
                    appendText(text, sentence.range, to: &out)
                    out.append("</mark> <span class=\"label\">(very hard)</span>")
                } else if words >= 4 && grade >= marking.hardGrade {
                    out.append("<mark class=\"hard\">")
                    appendText(text, sentence.range, to: &out)
                    out.append("</mark> <span class=\"label\">(hard)</span>")
                } else {
                    appendText(text, sentence.range, to: &out)
                }
                position = sentence.range.upperBound
            }
            appendText(text, position..<text.count, to: &out)
        }
        out.append("</p>\n")
    }

    /// Part of a unit's text, escaped, with line breaks as `<br>`. A range that cuts a character is
    /// decoded first, the cut replaced by U+FFFD, as `AnalysedUnit.text` reads it.
    private static func appendText(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, to out: inout ReportBytes) {
        let range = min(range.lowerBound, text.count)..<min(max(range.lowerBound, range.upperBound), text.count)
        if JSONText.startsCharacter(text, range.lowerBound) && JSONText.startsCharacter(text, range.upperBound) {
            appendEscaped(utf8: UnsafeBufferPointer(rebasing: text[range]), breaks: true, to: &out)
        } else {
            var decoded = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
            decoded.withUTF8 { appendEscaped(utf8: $0, breaks: true, to: &out) }
        }
    }

    static func appendEscaped(_ text: String, to out: inout ReportBytes) {
        var text = text
        text.withUTF8 { appendEscaped(utf8: $0, breaks: false, to: &out) }
    }

    /// `&`, `<`, `>` and `"` as entities (and line breaks as `<br>` when `breaks`), byte by byte.
    private static func appendEscaped(utf8: UnsafeBufferPointer<UInt8>, breaks: Bool, to out: inout ReportBytes) {
        var runStart = 0
        var index = 0
        while index < utf8.count {
            // Eight bytes at a time while none needs escaping: nearly all of a text.
            if index + 8 <= utf8.count,
                !wordNeedsEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self), breaks: breaks)
            {
                index += 8
                continue
            }
            defer { index += 1 }
            let replacement: StaticString
            switch utf8[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case 10 where breaks: replacement = "<br>"
            default: continue
            }
            out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            replacement.withUTF8Buffer { out.bytes.append(contentsOf: $0) }
            runStart = index + 1
        }
        out.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// Whether any of eight bytes is `&`, `<`, `>` or `"` (or a line break, when `breaks`): the test for
    /// a zero byte from "Bit Twiddling Hacks", after each is made zero by an exclusive or. It may say
    /// yes wrongly, never no wrongly, and a yes is then looked at byte by byte.
    @inline(__always)
    static func wordNeedsEscape(_ word: UInt64, breaks: Bool) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & (ones &* 0x80) }
        var found = hasZero(word ^ (ones &* 0x26)) | hasZero(word ^ (ones &* 0x3C)) | hasZero(word ^ (ones &* 0x3E))
            | hasZero(word ^ (ones &* 0x22))
        if breaks { found |= hasZero(word ^ (ones &* 0x0A)) }
        return found != 0
    }

    private static func findingsList<Indices: Sequence<Int>>(
        _ indices: Indices, in findings: UnsafeBufferPointer<Finding>, to out: inout ReportBytes
    ) {
        out.append("<ul class=\"findings\">\n")
        for index in indices {
            out.append("<li><span class=\"severity-")
            out.append(string: findings[index].severity.rawValue)
            out.append("\">")
            out.append(string: Self.severityName(findings[index].severity))
            out.append("</span> (line ")
            out.append(findings[index].location.line)
            out.append(", ")
            out.append(string: findings[index].rule)
            out.append("): ")
            Self.appendEscaped(findings[index].message, to: &out)
            if let suggestion = findings[index].suggestion {
                out.append(byte: 32)
                Self.appendEscaped(suggestion, to: &out)
            }
            out.append("</li>\n")
        }
        out.append("</ul>\n")
    }

    static func severityName(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: "Error"
        case .warning: "Warning"
        case .note: "Note"
        }
    }

    static func kindName(_ unit: TextUnit) -> String {
        switch unit.kind {
        case .heading: "Heading \(unit.level)"
        case .paragraph: "Paragraph"
        case .listItem: "List item"
        case .tableCell: "Table cell"
        case .caption: "Table caption"
        case .pictureDescription: "Picture description"
        case .easyReadLine: "Line"
        case .calloutTitle: "Box title"
        }
    }

    func anchor(_ path: String) -> String {
        "file-" + String(path.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    func escape(_ text: String) -> String {
        var out = ReportBytes(reservingCapacity: text.utf8.count)
        Self.appendEscaped(text, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
