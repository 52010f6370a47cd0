import PlainlyModel

/// Pictures on their own and easy-read rows: a picture beside short lines of text.
extension FlowBuilder {
    // MARK: Pictures

    /// The frame a picture is drawn in: its own aspect ratio, within `maximum`, never narrower than
    /// the profile's least picture width.
    func pictureFrame(natural: Size, maximum: Size) -> Size {
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
    func pictureBoxes(
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

    func slotBoxes(
        _ picture: Picture, x: Points, width: Points, prefix: [StructureElement]
    ) -> (boxes: [TaggedBox], height: Points) {
        let padding = body * 0.5
        // A little smaller than the body, never below the smallest text the profile allows.
        let size = max(body * 0.875, profile.minimumBodySize)
        var inlines: [Inline] = [.strong([.text(Wording.pictureToAdd + ":")])]
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
}
