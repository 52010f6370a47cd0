import Foundation
import PlainlyModel

/// Collects the author's text from a document as units, in reading order. Generated blocks (title
/// page, contents, glossary, contact card) and front matter are not the author's running text.
///
/// Units are handed over one at a time as they are found, so a long document is never held twice.
/// The receiver is a value the collector holds and changes in place: a closure that changed variables
/// it captured would have each change checked for exclusive access while the program runs, once or
/// more for every unit of a long text.
public struct UnitCollector<Receiver: TextUnitReceiver>: ContentWalker {
    public private(set) var receiver: Receiver
    private var listDepth = 0

    public init(_ receiver: Receiver) {
        self.receiver = receiver
    }

    private mutating func receive(_ unit: TextUnit) { receiver.receive(unit) }

    public mutating func visitPart(_ part: Part) {
        if let title = part.title, !title.isEmpty {
            receive(TextUnit(kind: .heading, text: title, location: part.location, level: Part.titleLevel))
        }
        visitBlocks(part.blocks)
    }

    public mutating func visitHeading(_ heading: Heading) {
        add(.heading, heading.inlines, at: heading.location, level: heading.level)
    }

    public mutating func visitParagraph(_ paragraph: Paragraph) {
        add(listDepth > 0 ? .listItem : .paragraph, paragraph.inlines, at: paragraph.location)
    }

    public mutating func visitTextLine(_ line: TextLine) {
        add(.easyReadLine, line.inlines, at: line.location)
    }

    public mutating func visitPicture(_ picture: Picture) {
        let words = picture.description.trimmingCharacters(in: .whitespacesAndNewlines)
        if !picture.isDecorative && !picture.isSlot && !words.isEmpty {
            receive(TextUnit(kind: .pictureDescription, text: words, location: picture.location))
        }
    }

    public mutating func visitListItem(_ item: ListItem) {
        listDepth += 1
        visitBlocks(item.blocks)
        listDepth -= 1
    }

    public mutating func visitCallout(_ callout: Callout) {
        if callout.title != callout.kind.defaultTitle {
            receive(TextUnit(kind: .calloutTitle, text: callout.title, location: callout.location))
        }
        visitBlocks(callout.blocks)
    }

    public mutating func visitTable(_ table: Table) {
        if let caption = table.caption, !caption.isEmpty {
            receive(TextUnit(kind: .caption, text: caption, location: table.location))
        }
        for cell in table.header { add(.tableCell, cell.inlines, at: cell.location) }
        for row in table.rows {
            for cell in row { add(.tableCell, cell.inlines, at: cell.location) }
        }
    }

    private mutating func add(_ kind: TextUnit.Kind, _ inlines: [Inline], at location: SourceLocation, level: Int = 0) {
        var text = ""
        var anchors: [TextUnit.Anchor] = []
        Self.append(inlines, to: &text, anchors: &anchors)
        guard text.contains(where: { !$0.isWhitespace }) else { return }
        receive(TextUnit(kind: kind, text: text, location: location, level: level, anchors: anchors))
    }

    private static func append(_ inlines: [Inline], to text: inout String, anchors: inout [TextUnit.Anchor]) {
        for inline in inlines {
            switch inline {
            case .text(let node):
                if !node.location.isGenerated {
                    anchors.append(TextUnit.Anchor(offset: text.utf8.count, location: node.location))
                }
                text += node.string
            case .strong(let node): append(node.children, to: &text, anchors: &anchors)
            case .emphasis(let node): append(node.children, to: &text, anchors: &anchors)
            case .link(let node): append(node.children, to: &text, anchors: &anchors)
            case .lineBreak: text += "\n"
            }
        }
    }
}

/// What a `UnitCollector` hands each unit to.
public protocol TextUnitReceiver {
    mutating func receive(_ unit: TextUnit)
}

/// Keeps every unit, in order.
public struct TextUnitList: TextUnitReceiver {
    public private(set) var units: [TextUnit] = []

    public init() {}

    public mutating func receive(_ unit: TextUnit) { units.append(unit) }
}

extension UnitCollector where Receiver == TextUnitList {
    /// Every unit of a document, in reading order.
    public static func units(of document: Document) -> [TextUnit] {
        var collector = UnitCollector(TextUnitList())
        collector.visitDocument(document)
        return collector.receiver.units
    }
}
