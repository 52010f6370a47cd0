/// A readable, deterministic dump of a document for golden tests: one node a line, indented two
/// spaces a level, each with its source position after `@`.
public enum TreeDump {
    public static func render(_ document: Document) -> String {
        var out = Output()
        let m = document.metadata
        out.line(0, "document \(quote(m.title)) kind=\(m.kind.rawValue) profile=\(m.profile.rawValue) lang=\(m.language)", m.location)
        if let subtitle = m.subtitle { out.line(1, "subtitle \(quote(subtitle))") }
        if let date = m.date { out.line(1, "date \(date.iso)") }
        if let date = m.reviewDate { out.line(1, "review-date \(date.iso)") }
        if let version = m.version { out.line(1, "version \(quote(version))") }
        if !m.authors.isEmpty { out.line(1, "authors \(list(m.authors))") }
        if let contact = m.contact {
            out.line(1, "contact")
            for field in contact.labelledFields { out.line(2, "\(field.label.lowercased()) \(quote(field.value))") }
        }
        let newsletter = m.newsletter
        if let issue = newsletter.issue { out.line(1, "issue \(quote(issue))") }
        if let season = newsletter.season { out.line(1, "season \(quote(season))") }
        if newsletter.articleStartsNewPage { out.line(1, "article-break page") }
        for event in newsletter.events {
            var line = "event \(event.date.iso)"
            if let time = event.time { line += " time=\(quote(time))" }
            if let place = event.place { line += " place=\(quote(place))" }
            out.line(1, line + " what=\(quote(event.what))", event.location)
        }
        let paper = m.paper
        for (key, value) in [("meeting", paper.meeting), ("agenda-item", paper.agendaItem),
                             ("purpose", paper.purpose), ("decision-needed", paper.decisionNeeded)] {
            if let value { out.line(1, "\(key) \(quote(value))") }
        }
        if let cover = m.cover {
            out.line(1, "cover")
            dump(cover, depth: 2, into: &out)
        }
        if let logo = m.logo {
            out.line(1, "logo")
            dump(logo, depth: 2, into: &out)
        }
        for entry in m.glossary {
            out.line(1, "glossary \(quote(entry.term)) = \(quote(entry.explanation))", entry.location)
        }
        for part in document.parts {
            var head = "part"
            if let title = part.title { head += " \(quote(title)) #\(part.anchor)" }
            if !part.by.isEmpty { head += " by=\(list(part.by))" }
            head += " status=\(part.status.rawValue)"
            out.line(1, head, part.location)
            for block in part.blocks { dump(block, depth: 2, into: &out) }
        }
        return out.text
    }

    /// Dumps blocks on their own, for tests of one construct.
    public static func render(_ blocks: [Block]) -> String {
        var out = Output()
        for block in blocks { dump(block, depth: 0, into: &out) }
        return out.text
    }

    private struct Output {
        var text = ""

        mutating func line(_ depth: Int, _ content: String, _ location: SourceLocation? = nil) {
            text += String(repeating: "  ", count: depth) + content
            if let location, !location.isGenerated { text += " @\(location)" }
            text += "\n"
        }
    }

    private static func dump(_ block: Block, depth d: Int, into out: inout Output) {
        switch block {
        case .heading(let h):
            out.line(d, "heading \(h.level) #\(h.anchor)", h.location)
            dump(h.inlines, depth: d + 1, into: &out)
        case .paragraph(let p):
            out.line(d, "paragraph", p.location)
            dump(p.inlines, depth: d + 1, into: &out)
        case .easyReadRow(let row):
            out.line(d, "row", row.location)
            dump(row.picture, depth: d + 1, into: &out)
            for line in row.lines {
                out.line(d + 1, "line", line.location)
                dump(line.inlines, depth: d + 2, into: &out)
            }
        case .picture(let picture):
            dump(picture, depth: d, into: &out)
        case .list(let list):
            out.line(d, list.isNumbered ? "numbered-list start=\(list.start)" : "bulleted-list", list.location)
            for item in list.items {
                out.line(d + 1, "item", item.location)
                for child in item.blocks { dump(child, depth: d + 2, into: &out) }
            }
        case .callout(let callout):
            out.line(d, "callout \(callout.kind.rawValue) \(quote(callout.title))", callout.location)
            for child in callout.blocks { dump(child, depth: d + 1, into: &out) }
        case .table(let table):
            out.line(d, "table" + (table.caption.map { " caption=\(quote($0))" } ?? ""), table.location)
            out.line(d + 1, "header")
            for cell in table.header { dump(cell, depth: d + 2, into: &out) }
            for row in table.rows {
                out.line(d + 1, "row")
                for cell in row { dump(cell, depth: d + 2, into: &out) }
            }
        case .titlePage(let page):
            var head = "title-page \(quote(page.title))"
            if let subtitle = page.subtitle { head += " subtitle=\(quote(subtitle))" }
            if let date = page.date { head += " date=\(date.iso)" }
            if !page.makers.isEmpty { head += " makers=\(list(page.makers))" }
            if let name = page.profileName { head += " profile-name=\(quote(name))" }
            out.line(d, head, page.location)
            if let cover = page.cover {
                out.line(d + 1, "cover")
                dump(cover, depth: d + 2, into: &out)
            }
            if let logo = page.logo {
                out.line(d + 1, "logo")
                dump(logo, depth: d + 2, into: &out)
            }
        case .contents(let contents):
            out.line(d, "contents \(quote(contents.title))", contents.location)
            for entry in contents.entries { out.line(d + 1, "entry \(entry.level) #\(entry.anchor) \(quote(entry.title))") }
        case .glossary(let glossary):
            out.line(d, "glossary \(quote(glossary.title))", glossary.location)
            for entry in glossary.entries { out.line(d + 1, "\(quote(entry.term)) = \(quote(entry.explanation))") }
        case .contactCard(let card):
            out.line(d, "contact-card \(quote(card.title))", card.location)
            for field in card.contact.labelledFields { out.line(d + 1, "\(field.label.lowercased()) \(quote(field.value))") }
        }
    }

    private static func dump(_ picture: Picture, depth d: Int, into out: inout Output) {
        var head: String
        switch picture.source {
        case .slot: head = "picture-slot"
        case .file(_, let path): head = "picture \(path)"
        case .bank(let name): head = "picture \(Picture.bankPrefix)\(name)"
        }
        head += picture.isDecorative ? " decorative" : " \(quote(picture.description))"
        out.line(d, head, picture.location)
    }

    private static func dump(_ cell: TableCell, depth d: Int, into out: inout Output) {
        out.line(d, "cell", cell.location)
        dump(cell.inlines, depth: d + 1, into: &out)
    }

    private static func dump(_ inlines: [Inline], depth d: Int, into out: inout Output) {
        for inline in inlines {
            switch inline {
            case .text(let t): out.line(d, "text \(quote(t.string))", t.location)
            case .strong(let s):
                out.line(d, "strong", s.location)
                dump(s.children, depth: d + 1, into: &out)
            case .emphasis(let e):
                out.line(d, "emphasis", e.location)
                dump(e.children, depth: d + 1, into: &out)
            case .link(let l):
                out.line(d, "link \(quote(l.destination))", l.location)
                dump(l.children, depth: d + 1, into: &out)
            case .lineBreak(let b): out.line(d, "line-break", b.location)
            }
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    static func list(_ names: [String]) -> String { "[" + names.map(quote).joined(separator: ", ") + "]" }
}
