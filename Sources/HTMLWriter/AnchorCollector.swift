import PlainlyModel

/// Every anchor the author's content will claim, in document order, so the writer's own ids can
/// be chosen around them before any is written.
struct AnchorCollector: ContentWalker {
    private(set) var anchors: [String] = []

    mutating func visitPart(_ part: Part) {
        if part.title != nil, !part.anchor.isEmpty { anchors.append(part.anchor) }
        visitBlocks(part.blocks)
    }

    mutating func visitHeading(_ heading: Heading) {
        if !heading.anchor.isEmpty { anchors.append(heading.anchor) }
    }
}
