import CairoGraphics
import Foundation
import PageLayout
import PlainlyModel

/// Draws laid-out pages on a PDF surface: every box where the layout put it, structure tags where
/// the layout opened and closed them, a destination and a bookmark for each heading. It decides
/// nothing about placement.
struct PageDrawer {
    let typesetter: Typesetter
    let pictures: [String: any DrawableImage]

    /// What the post-pass needs to finish the tags Cairo 1.16 cannot write.
    struct Record {
        /// Each Figure with its words and each header cell, by where its content was drawn.
        var marks: [ElementMark] = []
        /// The words of each link, by where it goes, for the link annotations' /Contents.
        var linkWords: [LinkTarget: String] = [:]
        var headings: [(level: Int, title: String, anchor: String)] = []

        /// Whether the post-pass has anything to add inside the structure tree. Walking it through
        /// the post-pass costs a parse of every element, which a long document without figures or
        /// tables need not pay.
        var needsElementWalk: Bool { !marks.isEmpty }

        /// Adds what was recorded on the pages after these (drawn on their own surface).
        mutating func append(_ later: Record) {
            marks += later.marks
            // A link's words are those of the first place it appears.
            linkWords.merge(later.linkWords) { earlier, _ in earlier }
            headings += later.headings
        }
    }

    func draw(_ pages: [Page], on surface: PDFSurface) throws(GraphicsError) -> Record {
        let record = try drawPages(pages[...], on: surface, firstPage: 0)
        Self.addOutline(record.headings, to: surface)
        return record
    }

    /// Draws a run of the document's pages, `pages.first` being page `firstPage` (from 0) of the
    /// whole, with no bookmarks: the caller adds them once all pages are drawn (`addOutline`).
    func drawPages(_ pages: ArraySlice<Page>, on surface: PDFSurface, firstPage: Int) throws(GraphicsError) -> Record {
        let graphics = try GraphicsContext(surface: surface)
        var record = Record()
        var lastLink: LinkTarget?
        var openLink: OpenLink?
        // What each watched element is, by its number in `numbering`; where it is comes at the end.
        var marked: [ElementMark.Kind] = []
        var numbering = MarkedContentNumbering()
        graphics.beginTag("Document")
        numbering.begin()
        for page in pages {
            surface.setPageSize(width: page.size.width.value, height: page.size.height.value)
            for item in page.items {
                switch item {
                case .begin(let element):
                    close(&openLink, graphics: graphics, numbering: &numbering)
                    graphics.beginTag(element.role.tagName)
                    switch element.role {
                    case .figure:
                        numbering.begin(watch: marked.count)
                        marked.append(.figure(alternateText: element.alternateText ?? ""))
                    case .tableHeader:
                        numbering.begin(watch: marked.count)
                        marked.append(.tableHeader)
                    default:
                        numbering.begin()
                    }
                    if case .heading(let level) = element.role, let anchor = element.anchor {
                        graphics.beginTag("cairo.dest", attributes: "name='\(TagAttributes.escape(anchor))'")
                        record.headings.append((level, element.title ?? "", anchor))
                    }
                case .end(let element):
                    close(&openLink, graphics: graphics, numbering: &numbering)
                    if case .heading = element.role, element.anchor != nil { graphics.endTag("cairo.dest") }
                    graphics.endTag(element.role.tagName)
                    numbering.end()
                case .box(let box):
                    draw(box, graphics: graphics, record: &record, numbering: &numbering, lastLink: &lastLink,
                         openLink: &openLink)
                }
            }
            close(&openLink, graphics: graphics, numbering: &numbering)
            graphics.showPage()
            numbering.endPage()
        }
        graphics.endTag("Document")
        numbering.end()
        try graphics.check("drawing the pages")
        // An element whose place is unknown is left out: the post-pass then finds it unrecorded and
        // stops, rather than guess.
        record.marks = marked.indices.compactMap { index in
            numbering.identities[index].map { identity in
                ElementMark(kind: marked[index], identity: ContentIdentity(page: identity.page + firstPage, mcid: identity.mcid))
            }
        }
        return record
    }

    /// A Link tag left open after its run, so that the next run on the same line going to the same
    /// place joins it: a contents entry's title and its page number are one link, with one
    /// annotation, not two (a long contents page made a third of its objects this way).
    private struct OpenLink {
        var target: LinkTarget
        var baseline: Points
    }

    private func close(_ openLink: inout OpenLink?, graphics: GraphicsContext, numbering: inout MarkedContentNumbering) {
        guard openLink != nil else { return }
        graphics.endTag("Link")
        numbering.end()
        openLink = nil
    }

    private func draw(
        _ box: Box, graphics: GraphicsContext, record: inout Record, numbering: inout MarkedContentNumbering,
        lastLink: inout LinkTarget?, openLink: inout OpenLink?
    ) {
        switch box {
        case .picture, .frame, .rule:
            // Anything else drawn inside an open link would become part of it: read out, and clickable.
            close(&openLink, graphics: graphics, numbering: &numbering)
        case .text:
            break
        }
        switch box {
        case .text(let line):
            graphics.setGrey(0)
            for run in line.runs {
                let joins: Bool
                if case .link(let target) = run.tag, let open = openLink, open.target == target,
                   open.baseline == line.baseline {
                    joins = true
                } else {
                    joins = false
                    close(&openLink, graphics: graphics, numbering: &numbering)
                }
                switch run.tag {
                case .span:
                    numbering.begin()
                    graphics.beginTag("Span")
                    lastLink = nil
                case .link(let target):
                    if !joins {
                        numbering.begin()
                        graphics.beginTag("Link", attributes: Self.linkAttributes(target))
                        openLink = OpenLink(target: target, baseline: line.baseline)
                    }
                    let words = run.text.trimmingCharacters(in: .whitespaces)
                    // The words of the first place a link appears, gathered over its lines; in
                    // place, as a link over many lines would otherwise be copied once a line.
                    if lastLink == target, record.linkWords[target] != nil {
                        Self.append(" " + words, to: &record.linkWords[target, default: ""])
                    } else if record.linkWords[target] == nil {
                        record.linkWords[target] = ""
                        Self.append(words, to: &record.linkWords[target, default: ""])
                    }
                    lastLink = target
                case nil:
                    lastLink = nil
                }
                typesetter.draw(run.text, weight: run.weight.textWeight, size: line.size.value,
                                x: run.x.value, baseline: line.baseline.value, in: graphics)
                if case .span = run.tag {
                    graphics.endTag("Span")
                    numbering.end()
                }
            }
        case .picture(let picture):
            guard let image = pictures[picture.path] else { return }
            image.draw(x: picture.frame.x.value, y: picture.frame.y.value, width: picture.frame.width.value,
                       height: picture.frame.height.value, in: graphics)
        case .frame(let frame):
            graphics.setGrey(frame.style == .dashed ? 0.3 : 0)
            graphics.strokeRectangle(
                x: frame.frame.x.value, y: frame.frame.y.value, width: frame.frame.width.value,
                height: frame.frame.height.value, lineWidth: frame.lineWidth.value, dashed: frame.style == .dashed)
        case .rule(let rule):
            graphics.setGrey(0)
            graphics.strokeLine(fromX: rule.from.x.value, fromY: rule.from.y.value, toX: rule.to.x.value,
                                toY: rule.to.y.value, lineWidth: rule.lineWidth.value)
        }
    }

    /// A link's words are said by a screen reader, and every line of the link carries them all in
    /// the PDF, so a link of a whole page of words would make the file grow with the square of it.
    /// The words stop here, far past any link text a person writes.
    static let longestLinkWords = 1_000

    /// Adds a line's words to a link's description, up to `longestLinkWords` characters and an ellipsis.
    static func append(_ words: String, to description: inout String) {
        guard description.count < longestLinkWords else { return }
        let room = longestLinkWords - description.count
        if words.count <= room {
            description += words
        } else {
            description += words.prefix(room) + "…"
        }
    }

    static func linkAttributes(_ target: LinkTarget) -> String {
        switch target {
        case .uri(let uri): "uri='\(TagAttributes.escape(uri))'"
        case .anchor(let anchor): "dest='\(TagAttributes.escape(anchor))'"
        }
    }

    /// Bookmarks nest by heading level: a level-3 heading sits under the level-2 heading before it.
    static func addOutline(_ headings: [(level: Int, title: String, anchor: String)], to surface: PDFSurface) {
        var parents: [(level: Int, id: Int32)] = []
        for heading in headings {
            while let last = parents.last, last.level >= heading.level { parents.removeLast() }
            let id = surface.addOutline(parent: parents.last?.id ?? PDFSurface.outlineRoot, title: heading.title,
                                        destination: heading.anchor)
            parents.append((heading.level, id))
        }
    }
}
