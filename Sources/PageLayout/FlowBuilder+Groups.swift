import PlainlyModel

/// Lists and callouts: blocks inside blocks, kept with their labels and borders.
extension FlowBuilder {
    // MARK: Lists

    func list(_ list: ListBlock, column: Column, prefix: [StructureElement], spaceBefore: Points? = nil) {
        let labels = list.items.indices.map { list.isNumbered ? "\(list.start + $0)." : "\u{2022}" }
        let labelWidth = labels.map { measurer.width(of: $0, weight: .bold, size: body) }.max() ?? .zero
        let indent = labelWidth + body * 0.6
        let bodyColumn = Column(x: column.x + indent, width: column.width - indent)
        let listElement = element(.list)
        var starts: [Int] = []
        defer { keepTogether(starts: starts, fewestAtABreak: Self.fewestListItemsAtABreak) }
        for (index, item) in list.items.enumerated() {
            let itemElement = element(.listItem)
            let itemPrefix = prefix + [listElement, itemElement]
            let start = items.count
            let bodyPrefix = itemPrefix + [element(.listBody)]
            let gap = index == 0 ? (spaceBefore ?? body * profile.paragraphSpacing) : body * 0.45
            blocks(item.blocks, column: bodyColumn, prefix: bodyPrefix, firstSpaceBefore: gap)
            guard start < items.count else { continue }
            starts.append(start)
            // The label sits on the first line of its item, in the same item, so it can never be
            // parted from it.
            var baseline = body * 0.8
            for tagged in items[start].boxes {
                if case .text(let line) = tagged.box {
                    baseline = line.baseline
                    break
                }
            }
            let width = measurer.width(of: labels[index], weight: .bold, size: body)
            let label = TextLineBox(baseline: baseline, size: body, runs: [
                TextRun(x: column.x, width: width, text: labels[index], weight: .bold),
            ])
            items[start].boxes.insert(TaggedBox(path: itemPrefix + [element(.label)], box: .text(label)), at: 0)
        }
    }

    // MARK: Callouts

    /// A box with a thick border, text on white, kept on one page when it fits on one.
    func callout(_ callout: Callout, column: Column, prefix: [StructureElement]) {
        framed(column: column, location: callout.location) { inner in
            let division = prefix + [element(.division)]
            paragraph([.text(callout.title)], weight: .bold, column: inner, prefix: division, spaceBefore: .zero,
                      location: callout.location)
            blocks(callout.blocks, column: inner, prefix: division, firstSpaceBefore: body * 0.4)
        }
    }

    /// Runs `content` in a narrower column and marks what it adds as one framed group.
    func framed(column: Column, location: SourceLocation, content: (Column) -> Void) {
        let border = profile.calloutBorder
        let padding = body * 0.75
        let inner = Column(x: column.x + border + padding, width: column.width - (border + padding) * 2)
        let start = items.count
        content(inner)
        guard start < items.count else { return }
        let id = nextID
        nextID += 1
        frames[id] = FrameStyle(x: column.x + border / 2, width: column.width - border, lineWidth: border)
        for index in start..<items.count {
            items[index].frame = id
            items[index].group = "box"
            if index > start && items[index].breakBefore != .newPage { items[index].breakBefore = .forbidden }
        }
        items[start].spaceBefore = body * profile.paragraphSpacing * 1.5
        items[start].padTop(padding)
        items[items.count - 1].height = items[items.count - 1].height + padding
    }
}
