import PlainlyModel

/// Tables: rows that never split, a header row that repeats on every page.
extension FlowBuilder {
    // MARK: Tables

    func table(_ table: Table, column: Column, prefix: [StructureElement]) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        let padding = body * 0.4
        let rule = Points(1)
        guard let widths = columnWidths(table, columns: columns, total: column.width, padding: padding) else {
            labelledRows(table, column: column, prefix: prefix)
            return
        }
        let tableElement = element(.table)
        let tablePrefix = prefix + [tableElement]
        var first = true

        if let caption = table.caption, !caption.isEmpty {
            paragraph([.text(caption)], weight: .bold, column: column, prefix: tablePrefix,
                      location: table.location, role: .caption)
            keepWithNext = true
            first = false
        }

        func row(_ cells: [TableCell], header: Bool, path rowPath: [StructureElement]?) -> FlowItem {
            var boxes: [TaggedBox] = []
            var cellBoxes: [TaggedBox] = []
            var height = Points.zero
            var x = column.x
            for index in 0..<columns {
                let cell = index < cells.count ? cells[index] : TableCell(inlines: [])
                let cellColumn = Column(x: x + padding, width: widths[index] - padding * 2)
                let path = rowPath.map { $0 + [element(header ? .tableHeader : .tableData)] } ?? []
                let (lineItems, _) = textItems(
                    cell.inlines, weight: header ? .bold : .regular, size: body, column: cellColumn, path: path,
                    location: cell.location, group: "table row")
                var y = padding
                for item in lineItems {
                    cellBoxes += item.boxes.map { TaggedBox(path: $0.path, box: $0.box.offsetBy(dy: y)) }
                    y = y + item.height
                }
                height = max(height, y + padding)
                x = x + widths[index]
            }
            // Rules first, as artifacts, so no cell's tag is interrupted by them.
            x = column.x
            for width in widths {
                boxes.append(TaggedBox(path: [], box: .frame(FrameBox(
                    frame: Rect(x: x, y: .zero, width: width, height: height), lineWidth: rule))))
                x = x + width
            }
            if header {
                boxes.append(TaggedBox(path: [], box: .rule(RuleBox(
                    fromX: column.x, fromY: height, toX: column.x + column.width, toY: height, lineWidth: Points(3)))))
            }
            return FlowItem(height: height, boxes: boxes + cellBoxes, location: cells.first?.location ?? table.location,
                            group: "table row")
        }

        var headerCopy: [FlowItem] = []
        if !table.header.isEmpty {
            var headerItem = row(table.header, header: true, path: tablePrefix + [element(.tableRow)])
            headerItem.spaceBefore = first ? body * profile.paragraphSpacing : .zero
            add(headerItem)
            keepWithNext = true
            var copy = row(table.header, header: true, path: nil)
            copy.spaceBefore = .zero
            headerCopy = [copy]
            first = false
        }
        let firstRow = items.count
        var starts: [Int] = []
        for cells in table.rows {
            starts.append(items.count)
            var item = row(cells, header: false, path: tablePrefix + [element(.tableRow)])
            item.repeatedHeader = headerCopy
            if first {
                item.spaceBefore = body * profile.paragraphSpacing
                first = false
            }
            add(item)
        }
        // The header (and caption) already keep with the first row; the height that must fit is the rows'.
        if !starts.isEmpty, starts[0] == firstRow {
            keepTogether(starts: starts, fewestAtABreak: Self.fewestTableRowsAtABreak)
        }
    }

    /// A cell of three or more columns squeezed to this many lines or more reads as a column of
    /// fragments ("Thursday / 14 January / 2027"); in large print and easy read the table is then
    /// shown as labelled blocks instead.
    static let mostLinesInANarrowCell = 3

    /// Each column as wide as its content asks, never narrower than its longest word (an address
    /// counts as the pieces it may break into). nil when, in large print or easy read, the columns
    /// cannot fit side by side that way, or three or more columns would squeeze a cell to
    /// `mostLinesInANarrowCell` lines.
    func columnWidths(_ table: Table, columns: Int, total: Points, padding: Points) -> [Points]? {
        var natural = [Points](repeating: .zero, count: columns)
        var least = [Points](repeating: .zero, count: columns)
        var cellWidths: [(column: Int, width: Points)] = []
        for (rowIndex, cells) in ([table.header] + table.rows).enumerated() {
            let weight: FontWeight = rowIndex == 0 ? .bold : .regular
            for (index, cell) in cells.enumerated() where index < columns {
                let text = cell.inlines.plainText
                let width = measurer.width(of: text, weight: weight, size: body)
                cellWidths.append((index, width))
                natural[index] = max(natural[index], width + padding * 2)
                // A word is never broken inside; an address only at its slashes, dots and hyphens.
                for word in text.split(whereSeparator: \.isWhitespace) {
                    for part in LineBreaker.unbreakableParts(of: String(word)) {
                        least[index] = max(least[index], measurer.width(of: part, weight: weight, size: body) + padding * 2)
                    }
                }
            }
        }
        let naturalTotal = natural.reduce(Points.zero, +)
        if naturalTotal <= total {
            // Spread the spare room in proportion, so the table fills the column evenly.
            return natural.map { naturalTotal.value > 0 ? total * ($0 / naturalTotal) : total / Double(columns) }
        }
        let leastTotal = least.reduce(Points.zero, +)
        if leastTotal > total {
            if profile.profile != .plain { return nil }
            return least.map { total * ($0 / leastTotal) }
        }
        let stretch = naturalTotal - leastTotal
        let widths = zip(natural, least).map { natural, least in
            least + (total - leastTotal) * ((natural - least) / stretch)
        }
        if profile.profile != .plain, columns >= 3, cellWidths.contains(where: { cell in
            // Lines a cell needs, near enough: its text's width over its column's.
            let room = widths[cell.column] - padding * 2
            return room.value > 0 && (cell.width / room).rounded(.up) >= Double(Self.mostLinesInANarrowCell)
        }) {
            return nil
        }
        return widths
    }

    /// A table too wide for the page at its size, as the text file gives every table: one block a
    /// row, each cell on its own line after its column's heading ("Date: 3 March"). The caption
    /// stays a caption; a row's lines stay together.
    func labelledRows(_ table: Table, column: Column, prefix: [StructureElement]) {
        if let caption = table.caption, !caption.isEmpty {
            paragraph([.text(caption)], weight: .bold, column: column, prefix: prefix, location: table.location)
            keepWithNext = true
        }
        let labels = table.header.map(\.inlines)
        let listElement = element(.list)
        for cells in table.rows {
            let start = items.count
            let itemPrefix = prefix + [listElement, element(.listItem), element(.listBody)]
            for (index, cell) in cells.enumerated() {
                let label: [Inline] = index < labels.count && !labels[index].plainText.isEmpty
                    ? [.strong(labels[index] + [.text(":")]), .text(" ")] : []
                paragraph(label + cell.inlines, column: column, prefix: itemPrefix,
                          spaceBefore: index == 0 ? nil : body * 0.2, location: cell.location)
            }
            for index in (start + 1)..<max(start + 1, items.count) { items[index].breakBefore = .forbidden }
        }
        diagnostics.append(Diagnostic(
            .note, "the table is too wide for the page at this size, so each row is shown as a block with its headings",
            id: "table-as-blocks", at: table.location.isGenerated ? nil : table.location,
            why: "Words split inside a narrow column are hard to read in large print and easy read.",
            suggestion: "Use fewer columns, or shorter words in them, to keep it a table."))
    }
}
