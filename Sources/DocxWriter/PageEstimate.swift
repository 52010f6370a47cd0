import PlainlyModel

/// Which page each heading will fall on, estimated as the body is written, so the contents show
/// page numbers before Word or LibreOffice work them out (`PAGEREF` fields keep what is written
/// until they are updated). Word lays the pages out itself; this counts the page breaks Plainly
/// asks for exactly and the lines in between roughly (an average letter is `letterWidth` of the
/// size wide), which is right wherever a section fits its page, as easy-read parts do.
struct PageEstimate {
    /// An average letter of Atkinson Hyperlegible (or Arial) is about this share of the size wide.
    static let letterWidth = 0.5

    let bodySize: Double
    let pageHeight: Double
    private(set) var page = 1
    private var used = 0.0
    private(set) var pages: [String: Int] = [:]

    init(bodySize: Double, pageHeight: Double) {
        self.bodySize = bodySize
        self.pageHeight = pageHeight
    }

    /// Where a contents entry's page number goes until the body is written: U+FFFE, which author
    /// text can never hold (`XMLText` drops it), around the heading's bookmark.
    static func placeholder(_ bookmark: String) -> String { "\u{FFFE}\(bookmark)\u{FFFE}" }

    mutating func newPage() {
        page += 1
        used = 0
    }

    /// Lines of `characters` letters at `size` in `width` twips.
    func lines(_ characters: Int, width: Int, size: Double) -> Int {
        let perLine = max(Double(width) / 20 / (size * Self.letterWidth), 1)
        return max(Int((Double(characters) / perLine).rounded(.up)), 1)
    }

    private var lineHeight: Double { bodySize * 1.5 * 1.15 }

    mutating func add(_ height: Double) {
        if used > 0 && used + height > pageHeight { newPage() }
        used += height
    }

    mutating func paragraph(characters: Int, width: Int, size: Double) {
        add(Double(lines(characters, width: width, size: size)) * size * 1.5 * 1.15 + bodySize * 0.75)
    }

    /// A table row that never splits: as tall as its tallest cell, or its picture.
    mutating func row(lines counts: [Int], width: Int, pictureHeight: Double) {
        let text = counts.map { Double(lines($0, width: width, size: bodySize)) * lineHeight + bodySize * 0.3 }.reduce(0, +)
        add(max(text, pictureHeight) + bodySize * 0.8)
    }

    mutating func heading(_ bookmark: String) { pages[bookmark] = page }

    /// A cover is laid out to fill its one page (its picture takes the room the words leave),
    /// whatever the rough count of its lines says: what follows starts on the next page.
    mutating func endCover(startedOn first: Int) {
        page = first
        used = pageHeight
    }

    /// The body with each placeholder replaced by its heading's page.
    func fillIn(_ xml: String) -> String {
        guard xml.contains("\u{FFFE}") else { return xml }
        var out = ""
        for (index, piece) in xml.split(separator: "\u{FFFE}", omittingEmptySubsequences: false).enumerated() {
            out += index % 2 == 0 ? String(piece) : String(pages[String(piece)] ?? page)
        }
        return out
    }

    /// The letters a run of WordprocessingML shows: everything outside its tags, except a field's
    /// instruction, and a page number still to come as two figures.
    static func characters(in runs: String) -> Int {
        var runs = runs
        if runs.contains("<w:instrText") { runs = runs.replacing(/<w:instrText[^>]*>[^<]*<\/w:instrText>/, with: "") }
        if runs.contains("\u{FFFE}") { runs = runs.replacing(/\x{FFFE}[^\x{FFFE}]*\x{FFFE}/, with: "99") }
        var count = 0
        var inTag = false
        for byte in runs.utf8 {
            if byte == UInt8(ascii: "<") { inTag = true } else if byte == UInt8(ascii: ">") { inTag = false } else if !inTag && byte & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }
}
