import Foundation
import PlainlyModel

/// Writes a document in Unified English Braille, grade 2, through liblouis: `<name>.brf`, Braille
/// ASCII ready for an embosser (CR LF line ends, a form feed after every page), and
/// `<name>-braille.txt`, the same pages in Unicode braille for a sighted checker.
///
/// Set out as a UK transcriber would: pages of 40 cells by 25 lines, the braille page number at the
/// top right, a title page with a transcriber's note saying the braille was made automatically,
/// a contents list with page numbers, headings apart on blank lines, lists with their markers, tables
/// as one labelled block a row, and the glossary and contact card. Words are never split across
/// lines; a word longer than a whole line is broken with the line continuation indicator.
public struct BrailleWriter: DocumentWriter {
    public struct Options: Sendable, Equatable {
        /// Cells a line may take; 40 is the standard UK braille page. Kept within
        /// `BuildPlan.allowedBrailleCells`.
        public var cellsPerLine: Int
        /// Lines on a page, the page number's line included; 25 is the standard UK braille page. Kept
        /// within `BuildPlan.allowedBrailleLines`.
        public var linesPerPage: Int
        /// When false, pictures and picture slots are left out altogether.
        public var includePictures: Bool

        public init(cellsPerLine: Int = 40, linesPerPage: Int = 25, includePictures: Bool = true) {
            self.cellsPerLine = cellsPerLine
            self.linesPerPage = linesPerPage
            self.includePictures = includePictures
        }
    }

    public static let formatName = "brf"
    public static let summary = "Unified English Braille (grade 2) for an embosser, with a Unicode braille preview"
    public static let needsFonts = false
    /// Braille is made when asked for (`--format brf` or `all`): most builds are for print and screen.
    public static let isMadeByDefault = false

    public static func destination(sourceName: String, plan: BuildPlan) -> OutputDestination {
        .files(fileNames(sourceName))
    }

    public static func possibleDestinations(sourceName: String) -> [OutputDestination] {
        [.files(fileNames(sourceName))]
    }

    /// The braille itself, then its preview.
    static func fileNames(_ sourceName: String) -> [String] { ["\(sourceName).brf", "\(sourceName)-braille.txt"] }

    /// Contents page numbers are found by paginating again until they stop changing; two passes do it
    /// unless a guide passes 999 braille pages, and this many always do.
    static let maximumPasses = 4

    public let options: Options
    let louis: Louis
    /// Braille ASCII for each of the 64 cells, from liblouis's display table.
    let ascii: [UInt8]

    public init(options: Options = Options()) throws(DocumentWriterError) {
        self.options = Options(
            cellsPerLine: options.cellsPerLine.clamped(to: BuildPlan.allowedBrailleCells),
            linesPerPage: options.linesPerPage.clamped(to: BuildPlan.allowedBrailleLines),
            includePictures: options.includePictures)
        do {
            louis = try Louis()
        } catch {
            throw DocumentWriterError(format: Self.formatName, reason: error.reason)
        }
        guard let ascii = Louis.brailleASCII() else {
            throw DocumentWriterError(format: Self.formatName, reason: LouisError(table: Louis.brailleASCIITable).reason)
        }
        self.ascii = ascii
    }

    public init(plan: BuildPlan) throws(DocumentWriterError) {
        try self.init(options: .init(
            cellsPerLine: plan.brailleCells, linesPerPage: plan.brailleLines, includePictures: plan.textIncludesPictures))
    }

    public func write(_ document: RealizedDocument) -> RenderedOutput {
        let (pages, diagnostics) = paginate(document)
        let names = Self.fileNames(document.name)
        return RenderedOutput(
            files: [.init(path: names[0], contents: brf(pages)), .init(path: names[1], contents: Data(preview(pages).utf8))],
            diagnostics: diagnostics)
    }

    /// The braille pages of a document as a reader loaded it.
    func pages(of document: Document) -> [[[BrailleCell]]] {
        paginate(RealizedDocument(document, name: "document")).pages
    }

    func paginate(_ document: RealizedDocument) -> (pages: [[[BrailleCell]]], diagnostics: [Diagnostic]) {
        let paginator = BraillePaginator(width: options.cellsPerLine, linesPerPage: options.linesPerPage) { number in
            louis.translate(String(number)) ?? []
        }
        var anchors: [String: Int] = [:]
        var result = BraillePaginator.Result(pages: [], anchors: [:])
        var transcriber = Transcriber(louis: louis)
        for _ in 0..<Self.maximumPasses {
            transcriber.startOver()
            let blocks = items(of: document, pages: anchors, transcriber: transcriber)
            result = paginator.paginate(blocks.items)
            transcriber = blocks.transcriber
            if result.anchors == anchors { break }
            anchors = result.anchors
        }
        let diagnostics = transcriber.diagnostics
        return (result.pages, diagnostics)
    }

    /// Everything in reading order, as the text writer has it: title page and contents, each part
    /// with its title, byline and draft note, then the sections Plainly adds at the end.
    private func items(of realized: RealizedDocument, pages: [String: Int], transcriber: Transcriber) -> BrailleBlocks {
        let assembly = realized.assembly
        var blocks = BrailleBlocks(
            transcriber: transcriber, width: options.cellsPerLine,
            includePictures: options.includePictures, pages: pages, showsPicture: realized.shows)
        let contents = assembly.contents
        for block in assembly.frontMatter(includeContents: !contents.entries.isEmpty) { blocks.render(block) }
        for part in realized.document.parts {
            if let title = part.title { blocks.partTitle(title, anchor: part.anchor, at: part.location) }
            if let byline = assembly.byline(for: part) { blocks.paragraph(byline, at: part.location) }
            if part.status == .draft {
                blocks.paragraph("\(Wording.draftPartLabel) \(Wording.draftPartNote)", at: part.location)
            }
            for block in assembly.blocks(of: part) { blocks.render(block) }
        }
        for block in assembly.backMatter { blocks.render(block) }
        return blocks
    }

    /// Braille ASCII: CR LF after every line and a form feed after every page, as embossers expect.
    func brf(_ pages: [[[BrailleCell]]]) -> Data {
        var bytes: [UInt8] = []
        for page in pages {
            for line in page {
                bytes += line.map { ascii[Int($0.dots)] }
                bytes += [0x0D, 0x0A]
            }
            bytes.append(0x0C)
        }
        return Data(bytes)
    }

    /// Unicode braille, blank cells as U+2800 so the columns line up in any font, each page under a
    /// rule that is plainly not braille.
    func preview(_ pages: [[[BrailleCell]]]) -> String {
        var text = ""
        for (index, page) in pages.enumerated() {
            if index > 0 { text += Self.pageRule(width: options.cellsPerLine) + "\n" }
            for line in page {
                text.unicodeScalars.append(contentsOf: line.map(\.unicode))
                text += "\n"
            }
        }
        return text
    }

    /// The line between pages in the preview.
    static func pageRule(width: Int) -> String { String(repeating: "─", count: width) }
}

extension Int {
    fileprivate func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
