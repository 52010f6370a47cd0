import DocumentReaders
import Foundation
import PlainlyModel

/// Reads a Word file Plainly made back into the source it was made from, by what the file says
/// about itself (`WordMarks`): the title page into the metadata, each part with its title, writers and
/// status, easy-read rows as rows, slots as slots, callouts with their kind, and what Plainly generated
/// from the metadata (contents, hard words, contact card, diary, a paper's cover block) back into the
/// metadata instead of the text. A Word file without Plainly's styles is not read here.
struct PlainlyWordReader {
    typealias Element = WordPackage.XMLElement

    /// What was read: the document as a source would give it, and the pictures' bytes by part name.
    struct Result {
        var document: Document
        var pictures: [String: [UInt8]]
        var warnings: [ReadWarning]
        /// Whether the file said its kind and profile (a file saved again by LibreOffice may not).
        var saysKind: Bool
        var saysProfile: Bool
    }

    let file: String
    let styleNames: [String: String]
    let relationships: [String: (kind: String, target: String, isExternal: Bool)]
    let numberStarts: [String: Int]
    var metadata = Metadata(title: "")
    var parts: [Part] = []
    var pending: [Element] = []
    var pictureTargets: [String] = []
    var warnings: [ReadWarning] = []
    var saysKind = false
    var saysProfile = false

    /// Whether `styles` (the styles part) has Plainly's own: only then is a file read as Plainly's.
    static func isPlainly(styles: Element?) -> Bool {
        styles?.children.contains { $0.child("w:name")?.attributes["w:val"] == WordMarks.titlePage.name } ?? false
    }

    static func read(_ package: WordPackage, file: String) throws(ReadError) -> Result? {
        let stylesPart = try package.relationships(of: package.mainPart).values.first { $0.kind == "styles" }?.target ?? "word/styles.xml"
        let styles = try package.tree(of: stylesPart)
        guard isPlainly(styles: styles), let document = try package.tree(of: package.mainPart),
            let body = document.child("w:body")
        else { return nil }
        var names: [String: String] = [:]
        for style in styles?.children ?? [] {
            if let id = style.attributes["w:styleId"], let name = style.child("w:name")?.attributes["w:val"] { names[id] = name.lowercased() }
        }
        var starts: [String: Int] = [:]
        let rels = try package.relationships(of: package.mainPart)
        if let numbering = try rels.values.first(where: { $0.kind == "numbering" }).flatMap({ (rel) throws(ReadError) in try package.tree(of: rel.target) }) {
            for num in numbering.children where num.name == "w:num" {
                if let id = num.attributes["w:numId"], let start = num.descendants("w:startOverride").first?.attributes["w:val"].flatMap({ Int($0) }) {
                    starts[id] = start
                }
            }
        }
        var reader = PlainlyWordReader(file: file, styleNames: names, relationships: rels, numberStarts: starts)
        reader.readProperties(core: try package.tree(of: "docProps/core.xml"), settings: try rels.values.first { $0.kind == "settings" }.flatMap { (rel) throws(ReadError) in try package.tree(of: rel.target) })
        reader.readBody(body.children)
        var pictures: [String: [UInt8]] = [:]
        for target in reader.pictureTargets where pictures[target] == nil {
            if let bytes = try package.bytes(of: target) { pictures[target] = bytes }
        }
        if reader.metadata.title.isEmpty { reader.metadata.title = (file as NSString).deletingPathExtension }
        return Result(
            document: Document(metadata: reader.metadata, parts: reader.parts), pictures: pictures, warnings: reader.warnings,
            saysKind: reader.saysKind, saysProfile: reader.saysProfile)
    }

    // MARK: The document as a whole

    mutating func readProperties(core: Element?, settings: Element?) {
        for element in core?.children ?? [] {
            let value = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty else { continue }
            switch element.name {
            case "dc:title": metadata.title = value
            case "dc:creator": metadata.authors = value.components(separatedBy: "; ")
            case "dc:language": metadata.language = value
            default: break
            }
        }
        for variable in settings?.descendants("w:docVar") ?? [] {
            let value = variable.attributes["w:val"] ?? ""
            switch variable.attributes["w:name"] {
            case WordMarks.kindVariable:
                metadata.kind = DocumentKind(rawValue: value) ?? metadata.kind
                saysKind = DocumentKind(rawValue: value) != nil
            case WordMarks.profileVariable:
                metadata.profile = Profile(rawValue: value) ?? metadata.profile
                saysProfile = Profile(rawValue: value) != nil
            case WordMarks.articleBreakVariable: metadata.newsletter.articleStartsNewPage = value == "page"
            default: break
            }
        }
    }

    /// The sections Plainly makes, by their heading's bookmark, for a file whose content controls are
    /// gone (LibreOffice keeps styles and bookmarks when it saves a Word file, but not the controls).
    static let generatedBookmarks: [(prefix: String, tag: WordMarks.Tag)] = [
        ("p_plainly_hard_words", .hardWords), ("p_plainly_contact", .contact),
        ("p_dates_for_your_diary", .diary), ("p_about_this_paper", .paperCover),
    ]

    /// A section Plainly made whose content control is gone, gathered up to the next Heading 1.
    var generatedSection: (tag: WordMarks.Tag, content: [Element])?

    mutating func readBody(_ elements: [Element]) {
        for element in elements {
            if element.name == "w:p", style(of: element) == "heading 1" { endGeneratedSection() }
            if element.name == "w:p", style(of: element) == "heading 1", let mark = bookmark(of: element),
                let found = Self.generatedBookmarks.first(where: { mark.hasPrefix($0.prefix) })
            {
                generatedSection = (found.tag, [element])
                continue
            }
            if generatedSection != nil {
                generatedSection?.content.append(element)
                continue
            }
            switch element.name {
            case "w:p": topParagraph(element)
            case "w:sdt":
                // Word's own contents control, whatever else it says, is made again at every build.
                let gallery = element.child("w:sdtPr")?.descendants("w:docPartGallery").first?.attributes["w:val"]
                let tag = gallery == "Table of Contents" ? WordMarks.Tag.contents.rawValue : Self.tag(of: element)
                generated(tag: tag, content: element.child("w:sdtContent")?.children ?? [])
            case "w:sectPr": break
            default: pending.append(element)
            }
        }
        endGeneratedSection()
        flushPart()
    }

    mutating func endGeneratedSection() {
        guard let section = generatedSection else { return }
        generatedSection = nil
        generated(tag: section.tag.rawValue, content: section.content)
    }

    /// Paragraphs only Plainly writes at the top: the title page, part titles, writers, draft notes.
    mutating func topParagraph(_ paragraph: Element) {
        let style = self.style(of: paragraph)
        let text = Self.plainText(paragraph)
        switch style {
        case "title":
            metadata.title = text
        case "subtitle":
            let values = Self.controls(in: paragraph)
            if values.isEmpty { metadata.subtitle = text } else {
                metadata.subtitle = values[WordMarks.Tag.subtitle.rawValue]
                metadata.newsletter.issue = values[WordMarks.Tag.issue.rawValue]
                metadata.newsletter.season = values[WordMarks.Tag.season.rawValue]
            }
        case WordMarks.titlePage.name.lowercased():
            titlePageLine(paragraph, text: text)
        case WordMarks.draftNote.name.lowercased():
            // Before any part it is the banner; under a part's title it says the part is a draft.
            if !parts.isEmpty && pending.isEmpty { parts[parts.count - 1].status = .draft }
        case WordMarks.writtenBy.name.lowercased():
            guard !parts.isEmpty else { break }
            let names = Self.controlTexts(in: paragraph, tag: WordMarks.Tag.writer.rawValue)
            parts[parts.count - 1].by = names.isEmpty ? Self.names(in: text, after: Wording.writtenBy([""])) : names
        case WordMarks.coverPicture.name.lowercased(), WordMarks.logo.name.lowercased():
            // A cover's picture and the logo go back into the metadata, their files into pictures/.
            let found = paragraph.descendants("w:drawing").first.flatMap { self.picture($0) }
            if style == WordMarks.logo.name.lowercased() { metadata.logo = found } else { metadata.cover = found }
        case WordMarks.profileName.name.lowercased(), WordMarks.pictureCredit.name.lowercased(), "toc heading", "toc 1", "toc 2":
            // The credit and the contents are made again at every build.
            break
        case "heading 1" where bookmark(of: paragraph)?.hasPrefix(WordMarks.partBookmarkPrefix) == true:
            flushPart()
            parts.append(Part(title: text, status: .agreed, blocks: []))
        default:
            pending.append(paragraph)
        }
    }

    mutating func flushPart() {
        let blocks = self.blocks(pending)
        pending = []
        if parts.isEmpty {
            guard !blocks.isEmpty else { return }
            parts.append(Part(title: nil, status: .agreed, blocks: []))
        }
        parts[parts.count - 1].blocks += blocks
    }

    /// A line of the title page: the date, the review date, the version, what it is an easy read of.
    /// The makers are the authors (in the properties) and the parts' writers.
    mutating func titlePageLine(_ paragraph: Element, text: String) {
        if let control = paragraph.descendants("w:sdt").first(where: { Self.tag(of: $0) == WordMarks.Tag.reviewDate.rawValue }) {
            let full = control.descendants("w:date").first?.attributes["w:fullDate"] ?? ""
            metadata.reviewDate = CalendarDate(iso: String(full.prefix(10))) ?? Self.date(spelledOut: "1 " + Self.plainText(control))
        } else if let date = Self.date(spelledOut: text) {
            metadata.date = date
        } else if let month = Self.value(in: text, template: { Wording.reviewDate(CalendarDate(year: 2000, month: 1, day: 1)!).replacingAll("January 2000", $0) }),
            let date = Self.date(spelledOut: "1 " + month)
        {
            // Without its date control (a file saved again by LibreOffice), the month is all there is.
            metadata.reviewDate = date
        } else if let version = Self.value(in: text, template: Wording.version) {
            metadata.version = version
        } else if let original = Self.value(in: text, template: Wording.easyReadOf) {
            metadata.easyReadOf = original
        }
    }

    /// What Plainly made from the metadata, read back into it; a content control of anyone else's is read as text.
    mutating func generated(tag: String?, content: [Element]) {
        let paragraphs = content.flatMap { $0.name == "w:p" ? [$0] : $0.descendants("w:p") }
        switch WordMarks.Tag(rawValue: tag ?? "") {
        case .contents:
            break
        case .hardWords:
            var term: String?
            for paragraph in paragraphs {
                switch style(of: paragraph) {
                case WordMarks.hardWord.name.lowercased(): term = Self.plainText(paragraph)
                case WordMarks.hardWordMeaning.name.lowercased():
                    if let word = term { metadata.glossary.append(GlossaryEntry(term: word, explanation: Self.plainText(paragraph))) }
                    term = nil
                default: break
                }
            }
        case .contact:
            var contact = Contact()
            typealias Label = Wording.ContactLabel
            for paragraph in paragraphs where style(of: paragraph) == WordMarks.contactLine.name.lowercased() {
                guard let (label, value) = Self.labelled(Self.plainText(paragraph)) else { continue }
                switch label {
                case Label.name: contact.name = value
                case Label.phone: contact.phone = value
                case Label.email: contact.email = value
                case Label.address: contact.address = value
                case Label.website: contact.website = value
                default: break
                }
            }
            metadata.contact = contact
        case .paperCover:
            typealias Label = Wording.PaperLabel
            for paragraph in paragraphs {
                guard let (label, value) = Self.labelled(Self.plainText(paragraph)) else { continue }
                switch label {
                case Label.meeting: metadata.paper.meeting = value
                case Label.agendaItem: metadata.paper.agendaItem = value
                case Label.purpose: metadata.paper.purpose = value
                case Label.decisionNeeded: metadata.paper.decisionNeeded = value
                default: break  // the date and authors are the document's own
                }
            }
        case .diary:
            for case .table(let table) in blocks(content) { diary(table) }
        default:
            for element in content {
                if element.name == "w:p" { topParagraph(element) } else { pending.append(element) }
            }
        }
    }

    /// "Dates for your diary", a column for each label Plainly gives.
    mutating func diary(_ table: Table) {
        typealias Label = Wording.DiaryLabel
        let columns = table.header.map(\.inlines.plainText)
        for row in table.rows {
            var values: [String: String] = [:]
            for (index, cell) in row.enumerated() where index < columns.count {
                let text = cell.inlines.plainText
                if !text.isEmpty { values[columns[index]] = text }
            }
            // "Thursday 14 January 2027": the weekday is worked out again.
            let spoken = values[Label.date].map { $0.split(separator: " ").dropFirst().joined(separator: " ") } ?? ""
            guard let date = Self.date(spelledOut: spoken), let what = values[Label.what] else { continue }
            metadata.newsletter.events.append(DiaryEvent(date: date, time: values[Label.time], place: values[Label.place], what: what))
        }
    }

    // MARK: Blocks

    /// Body content as blocks: list paragraphs nested by level, a caption joined to its table.
    mutating func blocks(_ elements: [Element]) -> [Block] {
        var blocks: [Block] = []
        var items: [(level: Int, numbered: Bool, numID: String?, paragraph: Paragraph)] = []
        var caption: String?
        func flush() {
            guard !items.isEmpty else { return }
            blocks.append(.list(Self.nest(items[...], level: items[0].level, starts: numberStarts)))
            items = []
        }
        for element in elements {
            switch element.name {
            case "w:p":
                let style = self.style(of: element)
                let properties = element.child("w:pPr")
                let numbering = properties?.child("w:numPr")
                if style == "list bullet" || style == "list number" || numbering != nil {
                    let level = Int(numbering?.child("w:ilvl")?.attributes["w:val"] ?? "0") ?? 0
                    let numbered = style == "list number", numID = numbering?.child("w:numId")?.attributes["w:val"]
                    // A list of another kind, or another numbered list, at the first list's level starts a list of its own.
                    if let first = items.first, level <= first.level, numbered != first.numbered || (numbered && numID != first.numID) { flush() }
                    items.append((level, numbered, numID, Paragraph(inlines: inlines(element))))
                    continue
                }
                flush()
                if style == "caption" {
                    caption = Self.plainText(element)
                    continue
                }
                let drawings = element.descendants("w:drawing")
                if !drawings.isEmpty {
                    for drawing in drawings { if let found = picture(drawing) { blocks.append(.picture(found)) } }
                    continue
                }
                let inlines = self.inlines(element)
                guard !inlines.isEmpty else { continue }
                if style.hasPrefix("heading "), let level = Int(style.dropFirst(8)) {
                    blocks.append(.heading(Heading(level: level + 1, inlines: inlines)))
                } else {
                    blocks.append(.paragraph(Paragraph(inlines: inlines)))
                }
            case "w:tbl":
                flush()
                blocks += table(element, caption: caption)
                caption = nil
            case "w:sdt":
                flush()
                blocks += self.blocks(element.child("w:sdtContent")?.children ?? [])
            default: break
            }
        }
        flush()
        return blocks
    }

    mutating func table(_ table: Element, caption: String?) -> [Block] {
        let styleID = table.child("w:tblPr")?.child("w:tblStyle")?.attributes["w:val"] ?? ""
        let style = styleNames[styleID] ?? styleID.lowercased()
        let rows = table.children.filter { $0.name == "w:tr" }
        func cells(_ row: Element) -> [Element] { row.children.filter { $0.name == "w:tc" } }
        if style == WordMarks.easyReadRow.name.lowercased() {
            // Several rows in one table: they come back as consecutive rows, as written.
            return rows.compactMap { row in
                let cells = cells(row)
                guard cells.count == 2 else { return nil }
                let drawing = cells[0].descendants("w:drawing").first
                let picture = drawing.flatMap { self.picture($0) } ?? slot(cells[0])
                let lines = cells[1].children.filter { $0.name == "w:p" }.map { TextLine(inlines: inlines($0)) }.filter { !$0.inlines.isEmpty }
                return .easyReadRow(EasyReadRow(picture: picture, lines: lines))
            }
        }
        if style == WordMarks.pictureSlotBox.name.lowercased(), let cell = rows.first.map(cells)?.first {
            return [.picture(slot(cell))]
        }
        if let kind = Callout.Kind.allCases.first(where: { WordMarks.callout($0).name.lowercased() == style }),
            let cell = rows.first.map(cells)?.first
        {
            var content = cell.children
            var title = kind.defaultTitle
            if let first = content.first(where: { $0.name == "w:p" }), self.style(of: first) == WordMarks.calloutTitle.name.lowercased() {
                title = Self.plainText(first)
                content.removeAll { $0 === first }
            }
            return [.callout(Callout(kind: kind, title: title, blocks: blocks(content)))]
        }
        var header: [TableCell] = []
        var body: [[TableCell]] = []
        for (index, row) in rows.enumerated() {
            let cellsOfRow = cells(row).map { cell in
                TableCell(inlines: cell.children.filter { $0.name == "w:p" }.flatMap { inlines($0) })
            }
            if index == 0 && row.child("w:trPr")?.child("w:tblHeader") != nil { header = cellsOfRow } else { body.append(cellsOfRow) }
        }
        return [.table(Table(caption: caption, header: header, rows: body))]
    }

    /// A slot's description: its words after "Picture to add: ".
    func slot(_ cell: Element) -> Picture {
        let text = Self.plainText(cell)
        let description = Self.value(in: text, template: Wording.slot) ?? (text == Wording.pictureToAdd ? "" : text)
        return Picture(source: .slot, words: .description(description))
    }

    mutating func picture(_ drawing: Element) -> Picture? {
        guard let properties = drawing.descendants("wp:docPr").first else { return nil }
        let decorative = drawing.descendants("adec:decorative").contains { $0.attributes["val"] == "1" }
        let words: Picture.Words = decorative ? .decorative : .description(properties.attributes["descr"] ?? "")
        let name = properties.attributes["name"] ?? ""
        if name.hasPrefix(Picture.bankPrefix) {
            return Picture(source: .bank(name: String(name.dropFirst(Picture.bankPrefix.count))), words: words)
        }
        // An SVG is the picture itself, in `svgBlip`; the blip beside it may be a PNG made from it for older Word.
        let svg = drawing.descendants("a:ext").flatMap(\.children).first { $0.name.hasSuffix("svgBlip") }?.attributes["r:embed"]
        guard let id = svg ?? drawing.descendants("a:blip").first?.attributes["r:embed"], let target = relationships[id],
            target.kind == "image", !target.isExternal
        else { return nil }
        pictureTargets.append(target.target)
        return Picture(source: .file(written: target.target, path: target.target), words: words)
    }

    // MARK: Inlines

    /// A paragraph's words: runs in Word's Strong or Emphasis style as strong or emphasis, links as
    /// links, line breaks kept; neighbouring runs of the same kind joined.
    func inlines(_ paragraph: Element) -> [Inline] {
        var pieces: [(style: String, inline: Inline)] = []
        func walk(_ element: Element) {
            for child in element.children {
                switch child.name {
                case "w:r":
                    let style = child.child("w:rPr")?.child("w:rStyle")?.attributes["w:val"] ?? ""
                    for part in child.children {
                        switch part.name {
                        case "w:t": pieces.append((style, .text(part.text)))
                        case "w:br": pieces.append((style, .lineBreak(LineBreak())))
                        case "w:tab": pieces.append((style, .text("\t")))
                        default: break
                        }
                    }
                case "w:hyperlink":
                    var destination = child.attributes["r:id"].flatMap { relationships[$0]?.target }
                    if let anchor = child.attributes["w:anchor"] { destination = "#" + Self.anchor(fromBookmark: anchor) }
                    let inner = inlines(child)
                    if let destination { pieces.append(("", .link(destination, inner))) } else { pieces += inner.map { ("", $0) } }
                case "w:sdt", "w:sdtContent", "w:fldSimple", "w:smartTag", "w:ins":
                    walk(child)
                default: break
                }
            }
        }
        walk(paragraph)
        var out: [Inline] = []
        var index = 0
        while index < pieces.count {
            var end = index + 1
            while end < pieces.count && pieces[end].style == pieces[index].style { end += 1 }
            let group = Self.joined(pieces[index..<end].map(\.inline))
            switch pieces[index].style {
            case WordMarks.strong.id: out.append(.strong(group))
            case WordMarks.emphasis.id: out.append(.emphasis(group))
            default: out += group
            }
            index = end
        }
        return Self.joined(out)
    }

    /// Neighbouring plain words as one piece of text.
    static func joined(_ inlines: [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = out.last {
                out[out.count - 1] = .text(previous.string + next.string)
            } else {
                out.append(inline)
            }
        }
        return out
    }

    // MARK: Small readings

    func style(of paragraph: Element) -> String {
        let id = paragraph.child("w:pPr")?.child("w:pStyle")?.attributes["w:val"] ?? ""
        return styleNames[id] ?? id.lowercased()
    }

    /// The paragraph's first bookmark, wherever in it (LibreOffice moves it into a content control).
    func bookmark(of paragraph: Element) -> String? {
        paragraph.descendants("w:bookmarkStart").first?.attributes["w:name"]
    }

    /// The words of an element's runs, as Word shows them.
    static func plainText(_ element: Element) -> String {
        var text = ""
        for child in element.children {
            switch child.name {
            case "w:t": text += child.text
            case "w:tab": text += "\t"
            case "w:instrText", "w:sdtPr", "w:rPr", "w:pPr": break
            default: text += plainText(child)
            }
        }
        return text
    }

    static func tag(of control: Element) -> String? { control.child("w:sdtPr")?.child("w:tag")?.attributes["w:val"] }

    /// The inline content controls of a paragraph: tag to words.
    static func controls(in paragraph: Element) -> [String: String] {
        var values: [String: String] = [:]
        for control in paragraph.descendants("w:sdt") {
            if let tag = tag(of: control), let content = control.child("w:sdtContent") { values[tag] = plainText(content) }
        }
        return values
    }

    static func controlTexts(in paragraph: Element, tag: String) -> [String] {
        paragraph.descendants("w:sdt").filter { self.tag(of: $0) == tag }.compactMap { $0.child("w:sdtContent").map(plainText) }
    }

    /// The value in words Plainly made with `template` ("Version: 2" → "2"), or nil if they are not.
    static func value(in text: String, template: (String) -> String) -> String? {
        let marker = "\u{1}"
        let pieces = template(marker).components(separatedBy: marker)
        guard pieces.count == 2, text.hasPrefix(pieces[0]), text.hasSuffix(pieces[1]),
            text.count > pieces[0].count + pieces[1].count
        else { return nil }
        return String(text.dropFirst(pieces[0].count).dropLast(pieces[1].count))
    }

    /// "Label: value", as the contact card and a paper's cover block set them out.
    static func labelled(_ text: String) -> (String, String)? {
        guard let colon = text.range(of: ": ") else { return nil }
        return (String(text[..<colon.lowerBound]), String(text[colon.upperBound...]))
    }

    /// Names listed the way `Wording.list` lists them, after the words before them.
    static func names(in text: String, after lead: String) -> [String] {
        let list = text.hasPrefix(lead) ? String(text.dropFirst(lead.count)) : text
        return list.components(separatedBy: " and ").flatMap { $0.components(separatedBy: ", ") }.filter { !$0.isEmpty }
    }

    /// "12 October 2026", as `CalendarDate.spelledOut` says it.
    static func date(spelledOut text: String) -> CalendarDate? {
        let words = text.split(separator: " ")
        guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]),
            let month = CalendarDate.monthNames.firstIndex(of: String(words[1]))
        else { return nil }
        return CalendarDate(year: year, month: month + 1, day: day)
    }

    /// A heading's bookmark as the anchor a source's link names: `p_who_can_join` → `who-can-join`.
    static func anchor(fromBookmark name: String) -> String {
        var rest = name
        for prefix in [WordMarks.partBookmarkPrefix, WordMarks.headingBookmarkPrefix] where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count))
            break
        }
        return rest.replacingAll("_", "-")
    }

    static func nest(
        _ items: ArraySlice<(level: Int, numbered: Bool, numID: String?, paragraph: Paragraph)>, level: Int, starts: [String: Int]
    ) -> ListBlock {
        var listItems: [ListItem] = []
        var index = items.startIndex
        while index < items.endIndex {
            var end = index + 1
            while end < items.endIndex && items[end].level > min(items[index].level, level) { end += 1 }
            var blocks: [Block] = [.paragraph(items[index].paragraph)]
            if end > index + 1 { blocks.append(.list(nest(items[(index + 1)..<end], level: items[index + 1].level, starts: starts))) }
            listItems.append(ListItem(blocks: blocks))
            index = end
        }
        let first = items[items.startIndex]
        return ListBlock(isNumbered: first.numbered, start: first.numID.flatMap { starts[$0] } ?? 1, items: listItems)
    }
}
