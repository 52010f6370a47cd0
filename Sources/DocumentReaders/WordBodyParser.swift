import PlainlyModel

/// Something in a Word file the content model cannot carry (a chart, an equation), with its place,
/// as a sentence.
public struct ReadWarning: Hashable, Sendable {
    public var message: String
    public var location: SourceLocation

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }
}

/// Walks the story of one WordprocessingML part (`w:body`, or the notes in `footnotes.xml`) into blocks.
///
/// What a reader of the printed page sees, once: tracked insertions and moved-to text are kept,
/// deletions and moved-from text dropped; a field shows its result, never its instruction; of
/// `mc:AlternateContent` only the `mc:Choice` is read, since its `mc:Fallback` (VML) repeats the same
/// text box or picture; a drop cap is joined to the word it starts; text boxes come after the
/// paragraph they are anchored in. Comments, headers and footers live in parts of their own and are
/// never read.
final class WordBodyParser: CheckedXML.Walker {
    /// Where a footnote or endnote reference appeared, numbered in reading order.
    struct NoteReference {
        var kind: String
        var id: String
        var number: Int
    }

    /// A paragraph being read; text boxes inside it open paragraphs of their own.
    struct ParagraphState {
        var number: Int
        var style = ""
        var numID: String?
        var level = 0
        var dropCap = false
        var inlines: [Inline] = []
        /// Text boxes and pictures anchored in this paragraph, placed after it.
        var after: [Piece] = []
        /// Open hyperlinks: where their runs start in `inlines`, and where they go.
        var links: [(start: Int, destination: String?)] = []
    }

    /// A block, or a list paragraph still to be nested with its neighbours.
    enum Piece {
        case block(Block)
        case listItem(level: Int, numbered: Bool, Paragraph)
    }

    struct TableState {
        var rows: [[TableCell]] = []
        var headerRows = 0
        var firstRowIsHeader = false
        var cells: [TableCell] = []
        var cellInlines: [Inline] = []
        var cellLocation: SourceLocation?
        var rowIsHeader = false
        var location: SourceLocation
    }

    let file: String
    let styles: [String: String]
    let numbering: WordNumbering
    let relationships: WordRelationships
    var paragraphNumber: Int
    var pieces: [Piece] = []
    var warnings: [ReadWarning] = []
    var references: [NoteReference] = []
    var noteNumbers: Int
    /// For a notes part: each note's blocks, by kind and id (`footnote 2`).
    var notes: [String: [Block]] = [:]
    var noteKey: String?
    var notePieces: [Piece] = []

    var depth = 0
    var skipFrom: Int?
    var paragraphs: [ParagraphState] = []
    var tables: [TableState?] = []
    var fields: [Bool] = []
    var pendingDropCap: String?
    var inText = false
    var inMathText = false
    var text = ""
    var inRunProperties = false
    var runBold = false
    var runEmphasis = false
    var picture: (description: String, decorative: Bool, target: String?, isChart: Bool)?

    init(
        file: String, styles: [String: String], numbering: WordNumbering, relationships: WordRelationships,
        firstParagraph: Int = 0, firstNote: Int = 0
    ) {
        self.file = file
        self.styles = styles
        self.numbering = numbering
        self.relationships = relationships
        self.paragraphNumber = firstParagraph
        self.noteNumbers = firstNote
    }

    var location: SourceLocation {
        SourceLocation(file: file, line: paragraphs.last?.number ?? max(paragraphNumber, 1), column: 1)
    }

    /// Elements whose whole content is left out: deleted and moved-away text, field instructions,
    /// VML fallbacks of DrawingML, and the note number Word repeats inside each note.
    static let skipped: Set<String> = [
        "w:del", "w:moveFrom", "w:instrText", "w:delInstrText", "mc:Fallback", "w:footnoteRef", "w:endnoteRef",
    ]

    override func start(_ name: String, attributes: [String: String]) {
        depth += 1
        if skipFrom != nil { return }
        switch name {
        case "w:pPr":
            // Read for the style, numbering and drop cap only; its run properties are the paragraph mark's.
            readingParagraphProperties = true
            return
        case "w:tblPr", "w:tblGrid", "w:sectPr":
            readingTableProperties = name == "w:tblPr"
            return
        default: break
        }
        if readingParagraphProperties { return paragraphProperty(name, attributes) }
        if readingTableProperties {
            if name == "w:tblLook", let index = rowTableIndex {
                let firstRow = attributes["w:firstRow"].map { $0 == "1" || $0 == "true" }
                    ?? ((Int(attributes["w:val"] ?? "0", radix: 16) ?? 0) & 0x20 != 0)
                tables[index]?.firstRowIsHeader = firstRow
            }
            return
        }
        if Self.skipped.contains(name) {
            skipFrom = depth
            return
        }
        switch name {
        case "w:footnote", "w:endnote":
            let type = attributes["w:type"] ?? "normal"
            if type == "normal", let id = attributes["w:id"] {
                noteKey = "\(name.dropFirst(2)) \(id)"
                notePieces = []
            } else {
                skipFrom = depth
            }
        case "w:tbl":
            // Only a table in the main flow is a table; one inside a cell or a text box adds its
            // paragraphs to what holds it.
            let structural = tables.allSatisfy { $0 == nil } && paragraphs.isEmpty && tables.isEmpty
            tables.append(structural ? TableState(location: SourceLocation(file: file, line: paragraphNumber + 1, column: 1)) : nil)
        case "w:tr":
            if let index = rowTableIndex { tables[index]?.cells = []; tables[index]?.rowIsHeader = false }
        case "w:tblHeader":
            if let index = rowTableIndex, attributes["w:val"] != "0", attributes["w:val"] != "false" {
                tables[index]?.rowIsHeader = true
            }
        case "w:tc":
            if let index = rowTableIndex { tables[index]?.cellInlines = []; tables[index]?.cellLocation = nil }
        case "w:p":
            paragraphNumber += 1
            paragraphs.append(ParagraphState(number: paragraphNumber))
        case "w:hyperlink":
            guard !paragraphs.isEmpty else { break }
            var destination: String?
            if let id = attributes["r:id"], let target = relationships.byID[id] { destination = target.target }
            if let anchor = attributes["w:anchor"] { destination = (destination ?? "") + "#" + anchor }
            paragraphs[paragraphs.count - 1].links.append((paragraphs[paragraphs.count - 1].inlines.count, destination))
        case "w:r":
            runBold = false
            runEmphasis = false
        case "w:rPr": inRunProperties = true
        case "w:b":
            if inRunProperties && isOn(attributes) { runBold = true }
        case "w:i":
            if inRunProperties && isOn(attributes) { runEmphasis = true }
        case "w:u":
            if inRunProperties && attributes["w:val"] != "none" { runEmphasis = true }
        case "w:t":
            inText = true
            text = ""
        case "m:t":
            inMathText = true
            text = ""
        case "m:oMath":
            if !inMath { warnings.append(ReadWarning("An equation is kept only as its letters and numbers; check that it still reads well.", at: location)) }
            mathDepth += 1
        case "w:tab", "w:ptab": appendText(" ")
        case "w:noBreakHyphen": appendText("-")
        case "w:br", "w:cr":
            if attributes["w:type"] != "page" && attributes["w:type"] != "column" { appendText("\n") }
        case "w:fldChar":
            switch attributes["w:fldCharType"] {
            case "begin": fields.append(false)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
            case "end": _ = fields.popLast()
            default: break
            }
        case "w:footnoteReference", "w:endnoteReference":
            guard let id = attributes["w:id"] else { break }
            noteNumbers += 1
            references.append(NoteReference(kind: String(name.dropFirst(2).dropLast(9)), id: id, number: noteNumbers))
            appendText("[\(noteNumbers)]", plain: true)
        case "w:drawing", "w:pict", "w:object":
            if picture == nil { picture = ("", false, nil, false) }
            pictureDepth += 1
        case "wp:docPr":
            picture?.description = [attributes["descr"], attributes["title"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        case "adec:decorative":
            if attributes["val"] == "1" || attributes["val"] == "true" { picture?.decorative = true }
        case "a:blip":
            if let id = attributes["r:embed"] ?? attributes["r:link"] { picture?.target = imageTarget(id) }
        case "v:imagedata":
            if let id = attributes["r:id"], picture?.target == nil { picture?.target = imageTarget(id) }
            if let title = attributes["o:title"], !title.isEmpty, picture?.description.isEmpty == true {
                picture?.description = title
            }
        case "v:shape":
            if let alt = attributes["alt"], !alt.isEmpty, picture?.description.isEmpty == true { picture?.description = alt }
        case "c:chart": picture?.isChart = true
        case "dgm:relIds":
            warnings.append(ReadWarning("A diagram (SmartArt) cannot be carried; write its words as a list, or add it as a picture.", at: location))
        case "w14:textOutline", "w14:glow", "w14:shadow", "w14:reflection", "w14:textFill", "w:effect":
            // The words are kept; only the look is lost. Said once a paragraph.
            if let number = paragraphs.last?.number, warnedEffects != number {
                warnedEffects = number
                warnings.append(ReadWarning("A text effect (outline, glow, shadow or animation) is left out; the words are kept.", at: location))
            }
        default: break
        }
    }

    var readingParagraphProperties = false
    var readingTableProperties = false
    var mathDepth = 0
    /// Drawings nest (a picture inside a text box inside a shape); the outermost one is the picture.
    var pictureDepth = 0
    var inMath: Bool { mathDepth > 0 }

    /// The table whose cells collect paragraphs: the outermost, when it is in the main flow.
    var structuralTableIndex: Int? {
        guard let first = tables.first, first != nil else { return nil }
        return 0
    }

    /// The same table, only while no table nested in it is open (its rows and cells are its own).
    var rowTableIndex: Int? { tables.count == 1 ? structuralTableIndex : nil }

    func isOn(_ attributes: [String: String]) -> Bool {
        attributes["w:val"] != "0" && attributes["w:val"] != "false" && attributes["w:val"] != "off"
    }

    func imageTarget(_ id: String) -> String? {
        guard let target = relationships.byID[id], target.kind == "image" else { return nil }
        return target.isExternal ? nil : target.target
    }

    func paragraphProperty(_ name: String, _ attributes: [String: String]) {
        guard !paragraphs.isEmpty else { return }
        let index = paragraphs.count - 1
        switch name {
        case "w:pStyle":
            let id = attributes["w:val"] ?? ""
            paragraphs[index].style = styles[id] ?? id.lowercased()
        case "w:numId": paragraphs[index].numID = attributes["w:val"]
        case "w:ilvl": paragraphs[index].level = Int(attributes["w:val"] ?? "0") ?? 0
        case "w:framePr":
            if let cap = attributes["w:dropCap"], cap != "none" { paragraphs[index].dropCap = true }
        default: break
        }
    }

    override func characters(_ string: String) {
        if skipFrom == nil && (inText || inMathText) { text += string }
    }

    override func end(_ name: String) {
        defer { depth -= 1 }
        if let from = skipFrom {
            if from == depth { skipFrom = nil }
            return
        }
        switch name {
        case "w:pPr":
            readingParagraphProperties = false
            return
        case "w:tblPr", "w:tblGrid", "w:sectPr":
            readingTableProperties = false
            return
        default: break
        }
        if readingParagraphProperties || readingTableProperties { return }
        switch name {
        case "w:t":
            inText = false
            appendText(text)
        case "m:t":
            inMathText = false
            appendText(text)
        case "m:oMath": mathDepth -= 1
        case "w:rPr": inRunProperties = false
        case "w:hyperlink": closeLink()
        case "w:p": endParagraph()
        case "w:tc":
            if let index = rowTableIndex, var table = tables[index] {
                table.cells.append(TableCell(inlines: table.cellInlines, location: table.cellLocation ?? table.location))
                tables[index] = table
            }
        case "w:tr":
            if let index = rowTableIndex, var table = tables[index] {
                let isHeader = table.rows.count == table.headerRows
                    && (table.rowIsHeader || (table.rows.isEmpty && table.firstRowIsHeader))
                if isHeader { table.headerRows += 1 }
                table.rows.append(table.cells)
                tables[index] = table
            }
        case "w:tbl":
            if let table = tables.popLast(), let table, table.rows.contains(where: { !$0.isEmpty }) {
                // The model has one header row; further repeated header rows stay as ordinary rows.
                let header = table.headerRows > 0 ? table.rows[0] : []
                let rows = Array(table.rows.dropFirst(table.headerRows > 0 ? 1 : 0))
                emit(.block(.table(Table(header: header, rows: rows, location: table.location))))
            }
        case "w:drawing", "w:pict", "w:object":
            pictureDepth -= 1
            if pictureDepth == 0 { endPicture() }
        case "w:footnote", "w:endnote":
            if let noteKey {
                notes[noteKey] = Self.blocks(from: notePieces)
                self.noteKey = nil
            }
        default: break
        }
    }

    func endPicture() {
        guard let found = picture else { return }
        picture = nil
        let at = location
        if found.isChart {
            warnings.append(ReadWarning("A chart cannot be carried; say what it shows in words, or add it as a picture.", at: at))
            return
        }
        guard let target = found.target else { return }
        let words: Picture.Words = found.decorative ? .decorative : .description(found.description)
        let block = Block.picture(Picture(source: .file(written: target, path: target), words: words, location: at))
        if paragraphs.isEmpty { emit(.block(block)) } else { paragraphs[paragraphs.count - 1].after.append(.block(block)) }
    }

    func appendText(_ string: String, plain: Bool = false) {
        guard !string.isEmpty, !paragraphs.isEmpty, fields.allSatisfy({ $0 }) else { return }
        let at = location
        var node = Inline.text(string, at: at)
        if !plain && runEmphasis { node = .emphasis([node], at: at) }
        if !plain && runBold { node = .strong([node], at: at) }
        paragraphs[paragraphs.count - 1].inlines.append(node)
    }

    func closeLink() {
        guard !paragraphs.isEmpty, let link = paragraphs[paragraphs.count - 1].links.popLast() else { return }
        let index = paragraphs.count - 1
        guard let destination = link.destination, link.start < paragraphs[index].inlines.count else { return }
        let children = Array(paragraphs[index].inlines[link.start...])
        paragraphs[index].inlines.removeSubrange(link.start...)
        paragraphs[index].inlines.append(.link(destination, children, at: children[0].location))
    }

    func endParagraph() {
        guard var paragraph = paragraphs.popLast() else { return }
        // A field's instruction never goes past its paragraph; a field left open there (a damaged
        // file) must not hide the rest of the document.
        if paragraphs.isEmpty { fields.removeAll { !$0 } }
        while !paragraph.links.isEmpty {
            paragraphs.append(paragraph)
            closeLink()
            paragraph = paragraphs.removeLast()
        }
        let at = SourceLocation(file: file, line: paragraph.number, column: 1)
        let hasText = paragraph.inlines.contains { !$0.plainText.allSatisfy(\.isWhitespace) }
        if paragraph.dropCap && hasText && paragraphs.isEmpty {
            pendingDropCap = (pendingDropCap ?? "") + paragraph.inlines.plainText.trimmingWhitespace
            return
        }
        if let cap = pendingDropCap, paragraphs.isEmpty, hasText {
            pendingDropCap = nil
            paragraph.inlines.insert(.text(cap, at: at), at: 0)
        }
        var made: [Piece] = []
        if hasText {
            if let index = structuralTableIndex, paragraphs.isEmpty {
                var table = tables[index]!
                if !table.cellInlines.isEmpty { table.cellInlines.append(.text(" ", at: at)) }
                table.cellInlines += paragraph.inlines
                if table.cellLocation == nil { table.cellLocation = at }
                tables[index] = table
            } else {
                made.append(piece(for: paragraph, at: at))
            }
        }
        made += paragraph.after
        if paragraphs.isEmpty {
            for piece in made { emitOrAddToCell(piece, at: at) }
        } else {
            paragraphs[paragraphs.count - 1].after += made
        }
    }

    /// A text box or picture anchored in a table cell stays in the table's flow: its words join the cell.
    func emitOrAddToCell(_ piece: Piece, at: SourceLocation) {
        if let index = structuralTableIndex, var table = tables[index] {
            switch piece {
            case .block(.picture(let picture)):
                warnings.append(ReadWarning("A picture in a table cell is placed after the table.", at: picture.location))
                pendingAfterTable.append(piece)
                return
            default:
                let words = Self.blocks(from: [piece]).map(\.plainTextForCell).joined(separator: " ")
                if !words.isEmpty {
                    if !table.cellInlines.isEmpty { table.cellInlines.append(.text(" ", at: at)) }
                    table.cellInlines.append(.text(words, at: at))
                }
                tables[index] = table
                return
            }
        }
        emit(piece)
    }

    var pendingAfterTable: [Piece] = []
    /// The paragraph a text effect was last reported in.
    var warnedEffects: Int?

    func emit(_ piece: Piece) {
        if noteKey != nil { notePieces.append(piece) } else { pieces.append(piece) }
        if case .block(.table) = piece, !pendingAfterTable.isEmpty {
            let after = pendingAfterTable
            pendingAfterTable = []
            for piece in after { emit(piece) }
        }
    }

    func piece(for paragraph: ParagraphState, at: SourceLocation) -> Piece {
        let style = paragraph.style
        let body = Paragraph(inlines: paragraph.inlines, location: at)
        if style == "title" { return .block(.heading(Heading(level: 1, inlines: paragraph.inlines, location: at))) }
        if style.hasPrefix("heading "), let level = Int(style.dropFirst(8)) {
            return .block(.heading(Heading(level: min(level + 1, 6), inlines: paragraph.inlines, location: at)))
        }
        if let numID = paragraph.numID, numID != "0" {
            let numbered = numbering.abstractOfInstance[numID] != nil
                ? numbering.isNumbered(numID: numID, level: paragraph.level) : style.contains("number")
            return .listItem(level: paragraph.level, numbered: numbered, body)
        }
        if paragraph.numID == nil && style.hasPrefix("list") {
            return .listItem(level: 0, numbered: style.contains("number"), body)
        }
        return .block(.paragraph(body))
    }

    /// Blocks, with neighbouring list paragraphs made into lists nested by their level.
    static func blocks(from pieces: [Piece]) -> [Block] {
        var blocks: [Block] = []
        var run: [(level: Int, numbered: Bool, paragraph: Paragraph)] = []
        func flush() {
            if !run.isEmpty { blocks.append(.list(nest(run[...], level: run[0].level))) }
            run = []
        }
        for piece in pieces {
            switch piece {
            case .listItem(let level, let numbered, let paragraph): run.append((max(level, 0), numbered, paragraph))
            case .block(let block):
                flush()
                blocks.append(block)
            }
        }
        flush()
        return blocks
    }

    /// One list from items at `level` or deeper; deeper items nest inside the item before them.
    static func nest(_ items: ArraySlice<(level: Int, numbered: Bool, paragraph: Paragraph)>, level: Int) -> ListBlock {
        var listItems: [ListItem] = []
        var index = items.startIndex
        while index < items.endIndex {
            let item = items[index]
            var end = index + 1
            while end < items.endIndex && items[end].level > min(item.level, level) { end += 1 }
            var blocks: [Block] = [.paragraph(item.paragraph)]
            if end > index + 1 { blocks.append(.list(nest(items[(index + 1)..<end], level: items[index + 1].level))) }
            listItems.append(ListItem(blocks: blocks, location: item.paragraph.location))
            index = end
        }
        return ListBlock(isNumbered: items.first?.numbered ?? false, items: listItems, location: items.first?.paragraph.location ?? .generated)
    }
}

extension Block {
    /// The words of a block as they would sit in a table cell.
    var plainTextForCell: String {
        switch self {
        case .paragraph(let paragraph): paragraph.inlines.plainText
        case .heading(let heading): heading.inlines.plainText
        case .list(let list): list.items.flatMap(\.blocks).map(\.plainTextForCell).joined(separator: " ")
        case .table(let table): (table.header + table.rows.flatMap { $0 }).map(\.inlines.plainText).joined(separator: " ")
        default: ""
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
