import Foundation
import PlainlyModel
@testable import Readability

/// The `--format html` report as it was made before it was streamed, built whole as one String. Kept
/// only here, so the streamed report can be shown to write the very same page.
///
/// The `--format html` report: a page to look at before a meeting. Scores at the top in plain words,
/// then the text with hard sentences marked yellow and very hard ones red (each also labelled in words,
/// so colour is never the only sign), and every finding listed beside its paragraph.
///
/// The page is accessible itself: a language, a title, landmarks, headings in order, a real table for
/// the scores, contrast above 7:1 for the text, and no script.
struct LegacyHTMLReport: Sendable {
    init() {}

    func render(_ report: CheckReport) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Readability check: \(escape(report.files.map(\.path).joined(separator: ", ")))</title>
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
        for file in report.files { html += section(file) }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    func section(_ file: FileReport) -> String {
        let result = file.result
        var html = "<section aria-labelledby=\"\(anchor(file.path))\">\n"
        html += "<h2 id=\"\(anchor(file.path))\">\(escape(file.path))</h2>\n"
        if let failure = file.failure {
            return html + "<p class=\"failure\"><strong>This file could not be checked.</strong> \(escape(failure))</p>\n</section>\n"
        }
        html += "<p><strong>\(escape(ScoreSummary.readingAge(result.scores, profile: result.profile)))</strong></p>\n"
        html += "<p>\(escape(ScoreSummary.countsLine(result.counts))) \(escape(ScoreSummary.findingsLine(errors: result.count(of: .error), warnings: result.count(of: .warning), notes: result.count(of: .note))))</p>\n"
        if let scores = result.scores { html += table(scores) }
        html += "<p>Key: <mark class=\"hard\">hard sentence</mark> (Flesch-Kincaid grade \(ScoreSummary.number(result.profile.hardSentenceGrade, decimals: 0)) or more), <mark class=\"very-hard\">very hard sentence</mark> (grade \(ScoreSummary.number(result.profile.veryHardSentenceGrade, decimals: 0)) or more, or far too long).</p>\n"
        html += "<h3>The text</h3>\n"

        var byUnit: [Int: [Finding]] = [:]
        var documentWide: [Finding] = []
        for finding in result.findings {
            if let unit = finding.unitIndex { byUnit[unit, default: []].append(finding) } else { documentWide.append(finding) }
        }
        if !documentWide.isEmpty { html += findingsList(documentWide, file: file) }
        for unit in result.units {
            let findings = byUnit[unit.index] ?? []
            html += "<div class=\"unit\(findings.isEmpty ? "" : " has-findings")\">\n"
            html += "<p><span class=\"kind\">\(escape(kindName(unit.unit))):</span> \(highlighted(unit, result: result))</p>\n"
            if !findings.isEmpty { html += findingsList(findings, file: file) }
            html += "</div>\n"
        }
        html += "</section>\n"
        return html
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

    func highlighted(_ unit: AnalysedUnit, result: CheckResult) -> String {
        var html = ""
        var position = 0
        let longSentence = result.profile.settings(for: LongSentence.id)
        for sentence in unit.sentences {
            html += escape(unit.text(position..<sentence.range.lowerBound))
            let text = escape(unit.text(sentence.range))
            let words = sentence.words.count
            let syllables = sentence.words.reduce(0) { $0 + $1.syllables }
            let grade = words > 0 ? FleschKincaidGrade.grade(words: words, sentences: 1, syllables: syllables) : 0
            let tooLong = longSentence.flatMap(\.error).map { words > $0 } ?? false
            if words >= 4 && (grade >= result.profile.veryHardSentenceGrade || tooLong) {
                html += "<mark class=\"very-hard\">\(text)</mark> <span class=\"label\">(very hard)</span>"
            } else if words >= 4 && grade >= result.profile.hardSentenceGrade {
                html += "<mark class=\"hard\">\(text)</mark> <span class=\"label\">(hard)</span>"
            } else {
                html += text
            }
            position = sentence.range.upperBound
        }
        html += escape(unit.text(position..<unit.bytes.count))
        return html.replacingOccurrences(of: "\n", with: "<br>")
    }

    func findingsList(_ findings: [Finding], file: FileReport) -> String {
        var html = "<ul class=\"findings\">\n"
        for finding in findings {
            let place = "line \(finding.location.line)"
            html += "<li><span class=\"severity-\(finding.severity.rawValue)\">\(finding.severity.rawValue.capitalized)</span> (\(place), \(finding.rule)): \(escape(finding.message))"
            if let suggestion = finding.suggestion { html += " \(escape(suggestion))" }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    func kindName(_ unit: TextUnit) -> String {
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
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
