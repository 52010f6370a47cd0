import PlainlyModel

/// Turns blocks into flow items for one column, applying the profile: sizes, spacing, and the keep
/// rules expressed as break rules between items.
final class FlowBuilder {
    struct Column {
        var x: Points
        var width: Points
    }

    let profile: LayoutProfile
    let measurer: CachedMeasurer
    let lineCache: LineCache
    /// Natural sizes of the pictures that loaded; a picture not listed is drawn as a slot.
    let pictureSizes: [String: Size]
    /// Where each anchor landed in the previous pass, for the contents page; nil on the first pass.
    let anchorPages: [String: Int]?
    /// The tallest an item may be: the page's text area.
    let pageBodyHeight: Points

    private(set) var items: [FlowItem] = []
    private(set) var frames: [Int: FrameStyle] = [:]
    var diagnostics: [Diagnostic] = []
    private var nextID = 1
    private var keepWithNext = false
    /// PDF/UA forbids skipping heading levels on the way down (H2 then H4), so a deeper heading is
    /// tagged, and sized, one level below the one before it.
    private var lastHeadingLevel = 1
    private var startNewPage = false

    init(
        profile: LayoutProfile, measurer: CachedMeasurer, lineCache: LineCache, pictureSizes: [String: Size],
        anchorPages: [String: Int]?, pageBodyHeight: Points
    ) {
        self.profile = profile
        self.measurer = measurer
        self.lineCache = lineCache
        self.pictureSizes = pictureSizes
        self.anchorPages = anchorPages
        self.pageBodyHeight = pageBodyHeight
    }

    var body: Points { profile.bodySize }

    func element(
        _ role: StructureRole, anchor: String? = nil, title: String? = nil, alternateText: String? = nil
    ) -> StructureElement {
        defer { nextID += 1 }
        return StructureElement(role: role, id: nextID, anchor: anchor, title: title, alternateText: alternateText)
    }

    func breakPage() { startNewPage = true }

    /// Keeps what comes next on the page of the last item added (a part's byline with its text).
    func keepWithWhatFollows() { keepWithNext = true }

    private func add(_ item: FlowItem) {
        var item = item
        if startNewPage {
            item.breakBefore = .newPage
            startNewPage = false
        } else if keepWithNext && item.breakBefore == .allowed {
            item.breakBefore = .forbidden
        }
        keepWithNext = false
        items.append(item)
    }

    // MARK: Text

    /// Lays text out as one item a line, top of the first line at 0; returns the items unadded.
    private func textItems(
        _ inlines: [Inline], weight: FontWeight = .regular, size: Points, lineSpacing: Double? = nil,
        column: Column, path: [StructureElement], location: SourceLocation, group: String
    ) -> (items: [FlowItem], lines: [BrokenLine]) {
        let key = LineCache.Key(inlines: inlines, width: column.width, weight: weight, size: size, location: location)
        let lines = lineCache.lines(key, diagnostics: &diagnostics) { found in
            LineBreaker(measurer: measurer, size: size).lines(
                for: inlines, width: column.width, weight: weight, location: location, diagnostics: &found)
        }
        let lineHeight = size * (lineSpacing ?? profile.lineSpacing)
        let metrics = measurer.metrics(weight: weight, size: size)
        let baseline = (lineHeight - (metrics.ascent + metrics.descent)) / 2 + metrics.ascent
        let items = lines.map { line in
            let runs = line.runs.map { run -> TextRun in
                var placed = run
                placed.x = column.x + run.x
                return placed
            }
            let box = TaggedBox(path: path, box: .text(TextLineBox(baseline: baseline, size: size, runs: runs)))
            return FlowItem(height: lineHeight, boxes: [box], location: location, group: group)
        }
        return (items, lines)
    }

    /// A paragraph: one item a line, with breaks only where the profile allows them.
    func paragraph(
        _ inlines: [Inline], weight: FontWeight = .regular, column: Column, prefix: [StructureElement],
        spaceBefore: Points? = nil, location: SourceLocation, role: StructureRole = .paragraph
    ) {
        let path = prefix + [element(role)]
        var (lineItems, lines) = textItems(
            inlines, weight: weight, size: body, column: column, path: path, location: location, group: "paragraph")
        let minimum = profile.minimumLinesAtBreak
        for index in lineItems.indices {
            if index == 0 {
                lineItems[index].spaceBefore = spaceBefore ?? body * profile.paragraphSpacing
                continue
            }
            let allowed: Bool
            if profile.breaksOnlyBetweenSentences {
                allowed = lines[index - 1].endsSentence
            } else {
                allowed = index >= minimum && lineItems.count - index >= minimum
            }
            lineItems[index].breakBefore = allowed ? .allowed : .forbidden
        }
        lineItems.forEach(add)
    }

    func heading(_ heading: Heading, column: Column, prefix: [StructureElement]) {
        let title = heading.inlines.plainText
        let level = min(max(heading.level, 2), lastHeadingLevel + 1)
        lastHeadingLevel = level
        let role = StructureRole.heading(level)
        let anchor = heading.anchor.isEmpty ? nil : heading.anchor
        headingText(heading.inlines, level: level, column: column,
                    path: prefix + [element(role, anchor: anchor, title: title)], location: heading.location)
    }

    /// A heading's lines stay together and with the first lines of what follows.
    private func headingText(
        _ inlines: [Inline], level: Int, column: Column, path: [StructureElement], location: SourceLocation
    ) {
        var (lineItems, _) = textItems(
            inlines, weight: .bold, size: profile.headingSize(level: level), lineSpacing: 1.25, column: column,
            path: path, location: location, group: "heading and the text after it")
        for index in lineItems.indices {
            if index == 0 {
                lineItems[index].spaceBefore = body * profile.headingSpacing
            } else {
                lineItems[index].breakBefore = .forbidden
            }
        }
        lineItems.forEach(add)
        keepWithNext = true
    }

    // MARK: Pictures

    /// The frame a picture is drawn in: its own aspect ratio, within `maximum`, never narrower than
    /// the profile's least picture width.
    private func pictureFrame(natural: Size, maximum: Size) -> Size {
        var width = min(natural.width, maximum.width)
        width = max(width, min(profile.minimumPictureWidth, maximum.width))
        var height = width * natural.aspectRatio
        if height > maximum.height {
            height = maximum.height
            width = max(height / natural.aspectRatio, min(profile.minimumPictureWidth, maximum.width))
            height = width * natural.aspectRatio
        }
        return Size(width: width, height: height)
    }

    /// A picture, or a dashed slot where it is still to be chosen (or failed to load). Returns boxes
    /// placed from y = 0 and the height used.
    private func pictureBoxes(
        _ picture: Picture, x: Points, maximum: Size, preferredWidth: Points, prefix: [StructureElement]
    ) -> (boxes: [TaggedBox], height: Points) {
        if let path = picture.path, let natural = pictureSizes[path] {
            let scaledNatural = Size(width: preferredWidth, height: preferredWidth * natural.aspectRatio)
            let size = pictureFrame(natural: scaledNatural, maximum: maximum)
            let box = Box.picture(PictureBox(frame: Rect(x: x, y: .zero, width: size.width, height: size.height), path: path))
            let path = picture.isDecorative || picture.description.isEmpty ? [] : prefix + [element(.figure, alternateText: picture.description)]
            return ([TaggedBox(path: path, box: box)], size.height)
        }
        return slotBoxes(picture, x: x, width: maximum.width, prefix: prefix)
    }

    private func slotBoxes(
        _ picture: Picture, x: Points, width: Points, prefix: [StructureElement]
    ) -> (boxes: [TaggedBox], height: Points) {
        let padding = body * 0.5
        // A little smaller than the body, never below the smallest text the profile allows.
        let size = max(body * 0.875, profile.minimumBodySize)
        var inlines: [Inline] = [.strong([.text("Picture to add:")])]
        if !picture.description.isEmpty { inlines += [.text(" " + picture.description)] }
        let inner = Column(x: x + padding, width: width - padding * 2)
        let path = prefix + [element(.paragraph)]
        let (lineItems, _) = textItems(
            inlines, size: size, lineSpacing: 1.3, column: inner, path: path,
            location: picture.location, group: "picture slot")
        var boxes: [TaggedBox] = []
        var y = padding
        for item in lineItems {
            boxes += item.boxes.map { TaggedBox(path: $0.path, box: $0.box.offsetBy(dy: y)) }
            y = y + item.height
        }
        let height = max(y + padding, width * 0.75)
        let frame = FrameBox(frame: Rect(x: x, y: .zero, width: width, height: height), lineWidth: Points(2), style: .dashed)
        return ([TaggedBox(path: [], box: .frame(frame))] + boxes, height)
    }

    func picture(_ picture: Picture, column: Column, prefix: [StructureElement]) {
        let maximum = Size(width: column.width, height: pageBodyHeight * 0.6)
        let natural = picture.path.flatMap { pictureSizes[$0] }?.width ?? column.width
        let preferred = min(natural, column.width * 0.75)
        let (boxes, height) = pictureBoxes(
            picture, x: column.x, maximum: maximum, preferredWidth: preferred, prefix: prefix)
        add(FlowItem(height: height, spaceBefore: body * profile.paragraphSpacing, boxes: boxes,
                     location: picture.location, group: "picture"))
    }

    // MARK: Easy-read rows

    /// A picture on the left, each line of text starting a new line on the right; never split.
    func easyReadRow(_ row: EasyReadRow, column: Column, prefix: [StructureElement]) {
        let gutter = body
        let pictureWidth = max(column.width * profile.pictureColumnFraction - gutter / 2, profile.minimumPictureWidth)
        let text = Column(x: column.x + pictureWidth + gutter, width: column.width - pictureWidth - gutter)
        let (pictureBoxes, pictureHeight) = pictureBoxes(
            row.picture, x: column.x, maximum: Size(width: pictureWidth, height: pictureWidth),
            preferredWidth: pictureWidth, prefix: prefix)
        var textBoxes: [[TaggedBox]] = []
        var heights: [Points] = []
        for (index, line) in row.lines.enumerated() {
            let path = prefix + [element(.paragraph)]
            let (lineItems, _) = textItems(
                line.inlines, size: body, column: text, path: path, location: line.location, group: "easy-read row")
            for (lineIndex, item) in lineItems.enumerated() {
                textBoxes.append(item.boxes)
                heights.append(item.height + (index > 0 && lineIndex == 0 ? body * 0.4 : .zero))
            }
        }
        let textHeight = heights.reduce(Points.zero, +)
        let rowHeight = max(pictureHeight, textHeight)
        if rowHeight <= pageBodyHeight {
            var boxes = pictureBoxes
            var y = Points.zero
            for (lineBoxes, height) in zip(textBoxes, heights) {
                y = y + height
                boxes += lineBoxes.map { TaggedBox(path: $0.path, box: $0.box.offsetBy(dy: y - height + (height - body * profile.lineSpacing))) }
            }
            add(FlowItem(height: rowHeight, spaceBefore: body * 1.1, boxes: boxes, location: row.location,
                         group: "easy-read row"))
            return
        }
        // Taller than a page: the picture and then each line as items kept together, so the
        // paginator splits the row where it must and reports it.
        add(FlowItem(height: pictureHeight, spaceBefore: body * 1.1, boxes: pictureBoxes, location: row.location,
                     group: "easy-read row"))
        for (lineBoxes, height) in zip(textBoxes, heights) {
            let shift = height - body * profile.lineSpacing
            add(FlowItem(height: height, breakBefore: .forbidden,
                         boxes: lineBoxes.map { TaggedBox(path: $0.path, box: $0.box.offsetBy(dy: shift)) },
                         location: row.location, group: "easy-read row"))
        }
    }

    // MARK: Lists

    func list(_ list: ListBlock, column: Column, prefix: [StructureElement], spaceBefore: Points? = nil) {
        let labels = list.items.indices.map { list.isNumbered ? "\(list.start + $0)." : "\u{2022}" }
        let labelWidth = labels.map { measurer.width(of: $0, weight: .bold, size: body) }.max() ?? .zero
        let indent = labelWidth + body * 0.6
        let bodyColumn = Column(x: column.x + indent, width: column.width - indent)
        let listElement = element(.list)
        for (index, item) in list.items.enumerated() {
            let itemElement = element(.listItem)
            let itemPrefix = prefix + [listElement, itemElement]
            let start = items.count
            let bodyPrefix = itemPrefix + [element(.listBody)]
            let gap = index == 0 ? (spaceBefore ?? body * profile.paragraphSpacing) : body * 0.45
            blocks(item.blocks, column: bodyColumn, prefix: bodyPrefix, firstSpaceBefore: gap)
            guard start < items.count else { continue }
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
    private func framed(column: Column, location: SourceLocation, content: (Column) -> Void) {
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
        for cells in table.rows {
            var item = row(cells, header: false, path: tablePrefix + [element(.tableRow)])
            item.repeatedHeader = headerCopy
            if first {
                item.spaceBefore = body * profile.paragraphSpacing
                first = false
            }
            add(item)
        }
    }

    /// Each column as wide as its content asks, never narrower than its longest word.
    private func columnWidths(_ table: Table, columns: Int, total: Points, padding: Points) -> [Points] {
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

    // MARK: Generated blocks

    func titlePage(_ page: TitlePage, column: Column, hasDrafts: Bool) {
        let start = items.count
        headingText([.text(page.title)], level: 1, column: column,
                    path: [element(.heading(1), title: page.title)], location: page.location)
        keepWithNext = false
        if let subtitle = page.subtitle {
            var (lineItems, _) = textItems(
                [.text(subtitle)], size: profile.headingSize(level: 3), lineSpacing: 1.3, column: column,
                path: [element(.paragraph)], location: page.location, group: "title page")
            if !lineItems.isEmpty { lineItems[0].spaceBefore = body * 0.8 }
            lineItems.forEach(add)
        }
        if let date = page.date {
            paragraph([.text(date.spelledOut)], column: column, prefix: [], spaceBefore: body * 1.5,
                      location: page.location)
        }
        if !page.makers.isEmpty {
            paragraph([.text("Made together by "), .strong([.text(Self.naturalList(page.makers))]), .text(".")],
                      column: column, prefix: [], spaceBefore: body * 1.5, location: page.location)
        }
        if hasDrafts {
            paragraph([.strong([.text("Draft:")]), .text(" some parts are not agreed by the group yet.")],
                      column: column, prefix: [], spaceBefore: body * 1.5, location: page.location)
        }
        // The title sits a little way down the page, where the eye lands first.
        if start < items.count { items[start].padTop(pageBodyHeight * 0.15) }
        for index in (start + 1)..<max(start + 1, items.count) { items[index].breakBefore = .forbidden }
        breakPage()
    }

    static let contentsAnchor = "plainly-contents"
    static let glossaryAnchor = "plainly-hard-words"
    static let contactAnchor = "plainly-contact"

    func contents(_ contents: Contents, column: Column) {
        breakPage()
        heading(Heading(level: 2, inlines: [.text("Contents")], anchor: Self.contentsAnchor), column: column, prefix: [])
        let listElement = element(.list)
        let numberColumn = measurer.width(of: "page 000", weight: .regular, size: body)
        for (index, entry) in contents.entries.enumerated() {
            let indent = entry.level > Part.titleLevel ? body * 1.5 : .zero
            let titleColumn = Column(x: column.x + indent, width: column.width - indent - numberColumn - body)
            let itemPrefix = [listElement, element(.listItem)]
            let bodyPath = itemPrefix + [element(.listBody)]
            let link: [Inline] = [.link("#" + entry.anchor, [.text(entry.title)])]
            var (lineItems, _) = textItems(
                link, weight: entry.level <= Part.titleLevel ? .bold : .regular, size: body, column: titleColumn,
                path: bodyPath, location: contents.location, group: "contents entry")
            guard !lineItems.isEmpty else { continue }
            // The page number, right-aligned on the entry's first line, links to the same place.
            let pageText = anchorPages?[entry.anchor].map { "page \($0)" } ?? "page ?"
            let width = measurer.width(of: pageText, weight: .regular, size: body)
            if case .text(var line) = lineItems[0].boxes[0].box {
                line.runs = [TextRun(x: column.x + column.width - width, width: width, text: pageText, weight: .regular,
                                     tag: .link(.anchor(entry.anchor)))]
                lineItems[0].boxes.append(TaggedBox(path: bodyPath, box: .text(line)))
            }
            lineItems[0].spaceBefore = index == 0 ? body * profile.paragraphSpacing : body * 0.5
            for line in 1..<max(1, lineItems.count) { lineItems[line].breakBefore = .forbidden }
            lineItems.forEach(add)
        }
    }

    func glossary(_ glossary: Glossary, column: Column) {
        breakPage()
        heading(Heading(level: 2, inlines: [.text(glossary.title)], anchor: Self.glossaryAnchor), column: column, prefix: [])
        let listElement = element(.list)
        for (index, entry) in glossary.entries.enumerated() {
            let itemPrefix = [listElement, element(.listItem)]
            let start = items.count
            var (termItems, _) = textItems(
                [.text(entry.term)], weight: .bold, size: body, column: column, path: itemPrefix + [element(.label)],
                location: entry.location, group: "hard word and its meaning")
            if !termItems.isEmpty {
                termItems[0].spaceBefore = index == 0 ? body * profile.paragraphSpacing : body * 0.9
            }
            termItems.forEach(add)
            paragraph([.text(entry.explanation)], column: column, prefix: itemPrefix + [element(.listBody)],
                      spaceBefore: .zero, location: entry.location)
            // A word and its meaning stay together.
            for item in (start + 1)..<max(start + 1, items.count) { items[item].breakBefore = .forbidden }
        }
    }

    func contactCard(_ card: ContactCard, column: Column) {
        heading(Heading(level: 2, inlines: [.text(card.title)], anchor: Self.contactAnchor), column: column, prefix: [])
        let start = items.count
        framed(column: column, location: card.location) { inner in
            for (index, field) in card.contact.labelledFields.enumerated() {
                var value: Inline = .text(field.value)
                switch field.label {
                case "Email": value = .link("mailto:" + field.value, [.text(field.value)])
                case "Phone": value = .link("tel:" + field.value.filter { !$0.isWhitespace }, [.text(field.value)])
                case "Website":
                    let address = field.value.contains("://") ? field.value : "https://" + field.value
                    value = .link(address, [.text(field.value)])
                default: break
                }
                paragraph([.strong([.text(field.label + ": ")]), value], column: inner, prefix: [],
                          spaceBefore: index == 0 ? .zero : body * 0.4, location: card.location)
            }
        }
        if start < items.count { items[start].breakBefore = .forbidden }
    }

    // MARK: Walking blocks

    func blocks(_ blocks: [Block], column: Column, prefix: [StructureElement], firstSpaceBefore: Points? = nil) {
        for (index, block) in blocks.enumerated() {
            let start = items.count
            self.block(block, column: column, prefix: prefix)
            if index == 0, let space = firstSpaceBefore, start < items.count { items[start].spaceBefore = space }
        }
    }

    func block(_ block: Block, column: Column, prefix: [StructureElement]) {
        switch block {
        case .heading(let node): heading(node, column: column, prefix: prefix)
        case .paragraph(let node): paragraph(node.inlines, column: column, prefix: prefix, location: node.location)
        case .easyReadRow(let node): easyReadRow(node, column: column, prefix: prefix)
        case .picture(let node): picture(node, column: column, prefix: prefix)
        case .list(let node): list(node, column: column, prefix: prefix)
        case .callout(let node): callout(node, column: column, prefix: prefix)
        case .table(let node): table(node, column: column, prefix: prefix)
        case .titlePage(let node): titlePage(node, column: column, hasDrafts: false)
        case .contents(let node): contents(node, column: column)
        case .glossary(let node): glossary(node, column: column)
        case .contactCard(let node): contactCard(node, column: column)
        }
    }

    /// "Ann", "Ann and Bo", "Ann, Bo and Cy": as people say a list of names.
    static func naturalList(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}
