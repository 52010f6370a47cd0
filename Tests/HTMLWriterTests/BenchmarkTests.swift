import Foundation
import HTMLWriter
import PlainlyModel
import Testing

/// Times writing the HTML for a 100-page document (goal: 50 ms or less in a release build).
/// Run by `scripts/bench-html`, which sets `PLAINLY_BENCH_HTML`; skipped in ordinary test runs.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PLAINLY_BENCH_HTML"] != nil))
struct BenchmarkTests {
    /// About what fills an A4 easy-read page: a heading, four rows of three lines with a picture
    /// each, a paragraph and a short list; a callout every other page and a table every fifth.
    static func hundredPages() -> Document {
        let sentences = [
            "You can ask for help with your care plan at any time.",
            "Your advocate will come to the meeting with you if you want.",
            "We will write down what you say and send it to you.",
            "The assessment looks at what you can do and what is hard.",
            "You can bring a friend, a carer or a member of your family.",
            "Tell us if you need the letter in large print or on tape.",
        ]
        func line(_ n: Int) -> [Inline] {
            let s = sentences[n % sentences.count]
            return n % 7 == 0 ? [.strong([.text(s)])] : [.text(s)]
        }
        var parts: [Part] = []
        var n = 0
        for partNumber in 1...20 {
            var blocks: [Block] = []
            for page in 1...5 {
                blocks.append(.heading(Heading(level: 3, inlines: [.text("Page \(page) of part \(partNumber)")],
                                               anchor: "part-\(partNumber)-page-\(page)")))
                for row in 0..<4 {
                    let picture = row == 3
                        ? Picture(source: .slot, words: .description("A person reading a letter"))
                        : Picture(source: .file(written: "pictures/p\(row).svg", path: "pictures/p\(row).svg"),
                                  words: .description("Picture \(row)"))
                    blocks.append(.easyReadRow(EasyReadRow(
                        picture: picture, lines: (0..<3).map { _ in n += 1; return TextLine(inlines: line(n)) })))
                }
                blocks.append(.paragraph(Paragraph(inlines: [
                    .text(sentences[0] + " " + sentences[1] + " "), .link("https://example.org/help?page=\(page)", [.text("Read more")]),
                    .text(". " + sentences[2] + " " + sentences[3] + " " + sentences[4]),
                ])))
                blocks.append(.list(ListBlock(isNumbered: page % 2 == 0, items: sentences.prefix(3).map {
                    ListItem(blocks: [.paragraph(Paragraph(inlines: [.text($0)]))])
                })))
                if page % 2 == 0 {
                    blocks.append(.callout(Callout(kind: .important, blocks: [.paragraph(Paragraph(inlines: line(n)))])))
                }
                if page == 5 {
                    let cells = { (row: Int) in (0..<3).map { TableCell(inlines: [.text("Row \(row) cell \($0)")]) } }
                    blocks.append(.table(Table(caption: "Times", header: cells(0), rows: (1...4).map(cells))))
                }
            }
            parts.append(Part(title: "Part \(partNumber)", anchor: "part-\(partNumber)", by: ["Group \(partNumber)"], blocks: blocks))
        }
        let glossary = ["care plan", "advocate", "assessment", "carer", "large print"].map {
            GlossaryEntry(term: $0, explanation: "What \($0) means, in plain words.")
        }
        let metadata = Metadata(
            title: "A hundred pages", contact: Contact(name: "Care team", phone: "01632 960 123"), glossary: glossary)
        return Document(metadata: metadata, parts: parts)
    }

    @Test func writesAHundredPagesQuickly() throws {
        let base = try Fixture.makeBaseDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        for row in 0..<3 {
            try Data(Fixture.svg.utf8).write(to: base.appendingPathComponent("pictures/p\(row).svg"))
        }
        let document = Self.hundredPages()
        let writer = HTMLWriter(options: .init(fontsDirectory: Fixture.fontsDirectory))
        let runs = Int(ProcessInfo.processInfo.environment["RUNS"] ?? "") ?? 21
        var times: [Double] = []
        var cpuTimes: [Double] = []
        let pictures = Fixture.pictures(for: document, in: base)
        var output = writer.render(document, pictures: pictures)
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let cpuStart = Self.threadCPUMilliseconds()
            let elapsed = clock.measure { output = writer.render(document, pictures: pictures) }
            cpuTimes.append(Self.threadCPUMilliseconds() - cpuStart)
            times.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000)
        }
        times.sort()
        cpuTimes.sort()
        let page = try #require(output.files.first { $0.path == "index.html" })
        let rows = String(decoding: page.contents, as: UTF8.self).components(separatedBy: "class=\"row\"").count - 1
        #expect(rows == 400)
        let median = times[times.count / 2]
        print(String(
            format: "html writer, 100 pages (%d rows, %d KB of HTML): median %.1f ms, min %.1f ms, max %.1f ms over %d runs;"
                + " CPU time median %.1f ms (goal <= 50 ms)",
            rows, page.contents.count / 1024, median, times[0], times[times.count - 1], runs, cpuTimes[runs / 2]))
        #expect(median <= 50, "median \(median) ms is over the 50 ms goal")
    }

    /// This thread's CPU time: steadier than the wall clock on a machine shared with other builds.
    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }
}
