import PlainlyModel

/// Tables: rows that never split, a header row that repeats on every page.
extension FlowBuilder {
    // MARK: Tables

    func table(_ table: Table, column: Column, prefix: [StructureElement]) {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return }
        let padding = body * 0.4
        let rule = Points(1)
        let widths = columnWidths(table, columns: columns, total: column.width, padding: padding)
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

    /// Each column as wide as its content asks, never narrower than its longest word.
    func columnWidths(_ table: Table, columns: Int, total: Points, padding: Points) -> [Points] {
        var natural = [Points](repeating: .zero, count: columns)
        var least = [Points](repeating: .zero, count: columns)
        for (rowIndex, cells) in ([table.header] + table.rows).enumerated() {
            let weight: FontWeight = rowIndex == 0 ? .bold : .regular
            for (index, cell) in cells.enumerated() where index < columns {
                let text = cell.inlines.plainText
                natural[index] = max(natural[index], measurer.width(of: text, weight: weight, size: body) + padding * 2)
                for word in text.split(whereSeparator: \.isWhitespace) {
                    least[index] = max(least[index], measurer.width(of: String(word), weight: weight, size: body) + padding * 2)
                }
            }
        }
        let naturalTotal = natural.reduce(Points.zero, +)
        if naturalTotal <= total {
            // Spread the spare room in proportion, so the table fills the column evenly.
            return natural.map { naturalTotal.value > 0 ? total * ($0 / naturalTotal) : total / Double(columns) }
        }
        let leastTotal = least.reduce(Points.zero, +)
        if leastTotal >= total { return least.map { total * ($0 / leastTotal) } }
        let stretch = naturalTotal - leastTotal
        return zip(natural, least).map { natural, least in
            least + (total - leastTotal) * ((natural - least) / stretch)
        }
    }
}
