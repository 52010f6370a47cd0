import PlainlyModel

/// Pictures, picture slots and easy-read rows.
///
/// Every picture carries its alt text (`wp:docPr descr`), or is marked decorative the way Word
/// marks it (`adec:decorative`), so screen readers skip it. A slot, or a picture that cannot be
/// used, is a visible dashed box saying what picture is wanted.
extension BodyWriter {
    /// A picture may take at most this share of the page's text height, so it never pushes the
    /// words it illustrates onto another page by itself.
    static let tallestPictureFraction = 0.5
    /// Inside a table cell Word keeps this much space each side (its default cell margin).
    static let cellMargin = Points(5.4)

    /// The text height between the margins.
    var textHeight: Points { paper.size.height - profile.margin - profile.margin }

    /// Easy read as Word's easy-read templates lay it out: a borderless table, a row a point,
    /// the picture on the left at a fixed width and the lines on the right. Rows never split
    /// across pages.
    mutating func easyReadRows(_ rows: [EasyReadRow], indent: Int?) {
        let width = textWidth.twips - (indent ?? 0)
        let pictureWidth = pictureColumn.twips
        let textColumn = width - pictureWidth
        var out = #"<w:tbl><w:tblPr><w:tblStyle w:val="\#(WordMarks.easyReadRow.id)"/><w:tblW w:w="\#(width)" w:type="dxa"/>"#
        if let indent { out += #"<w:tblInd w:w="\#(indent)" w:type="dxa"/>"# }
        out += #"<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>"#
        out += #"<w:tblGrid><w:gridCol w:w="\#(pictureWidth)"/><w:gridCol w:w="\#(textColumn)"/></w:tblGrid>"#
        for row in rows {
            out += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            let shown = resolve(row.picture)
            let pictureStyle = shown == nil ? WordMarks.pictureSlot : WordMarks.picture
            let pictureCell = capture { writer in
                writer.paragraph(style: pictureStyle.id, runs: writer.pictureRuns(shown, row.picture, width: writer.pictureColumn - Self.cellMargin - Self.cellMargin))
            }
            let borders = shown == nil ? Self.dashedBorders : ""
            out += #"<w:tc><w:tcPr><w:tcW w:w="\#(pictureWidth)" w:type="dxa"/>\#(borders)<w:vAlign w:val="center"/></w:tcPr>\#(pictureCell)</w:tc>"#
            let lines = capture { writer in
                for line in row.lines { writer.paragraph(style: WordMarks.easyReadLine.id, runs: writer.runs(line.inlines)) }
            }
            pages.row(lines: row.lines.map { $0.inlines.plainText.count }, width: textColumn, pictureHeight: pictureColumn.value)
            out += #"<w:tc><w:tcPr><w:tcW w:w="\#(textColumn)" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>\#(lines)</w:tc></w:tr>"#
        }
        startTable()
        append(out + "</w:tbl>")
        endTable()
    }

    /// A picture on its own: drawn at the picture column's width (or `width`: a cover's picture is
    /// as wide as the text), or a dashed slot box as wide as the picture column.
    /// `tallest` is the share of the page's text height it may take.
    mutating func picture(
        _ picture: Picture, indent: Int?, width: Points? = nil, tallest: Double = tallestPictureFraction,
        style: WordMarks.Style = WordMarks.picture
    ) {
        let shown = resolve(picture)
        if let stored = shown {
            let drawnWidth = width ?? pictureColumn
            paragraph(style: style.id, indent: indent, runs: pictureRuns(shown, picture, width: drawnWidth, tallest: tallest))
            // The page estimate counts the picture's height, as it is drawn.
            let ratio = Double(max(stored.pixelHeight, 1)) / Double(max(stored.pixelWidth, 1))
            pages.add(min(drawnWidth.value * ratio, textHeight.value * tallest))
            return
        }
        let width = pictureColumn.twips
        let inner = capture { writer in writer.paragraph(style: WordMarks.pictureSlot.id, runs: writer.pictureRuns(nil, picture, width: writer.pictureColumn)) }
        startTable()
        pages.row(lines: [picture.description.count], width: width, pictureHeight: pictureColumn.value / 2)
        var out = #"<w:tbl><w:tblPr><w:tblStyle w:val="\#(WordMarks.pictureSlotBox.id)"/><w:tblW w:w="\#(width)" w:type="dxa"/>"#
        if let indent { out += #"<w:tblInd w:w="\#(indent)" w:type="dxa"/>"# }
        out += #"<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="\#(width)"/></w:tblGrid>"#
        out += #"<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>\#(Self.dashedBorders)</w:tcPr>\#(inner)</w:tc></w:tr></w:tbl>"#
        append(out)
        endTable()
    }

    static let dashedBorders = "<w:tcBorders>" + ["top", "left", "bottom", "right"].map {
        #"<w:\#($0) w:val="dashed" w:sz="12" w:space="0" w:color="595959"/>"#
    }.joined() + "</w:tcBorders>"

    /// The stored picture to draw, or nil for a slot; a file that cannot be used becomes a slot,
    /// with the warning every format gives.
    mutating func resolve(_ picture: Picture) -> MediaStore.Stored? {
        guard let path = picture.path else { return nil }
        switch media.picture(path: path, relationships: &relationships) {
        case .success(let stored): return stored
        case .failure(.problem(let problem)):
            diagnostics.append(PictureWarning.warning(problem, path: path, at: picture.location))
        case .failure(.notInWord(let reason)):
            diagnostics.append(PictureWarning.notIn(format: "Word file", path: path, reason: reason, at: picture.location))
        }
        return nil
    }

    /// The drawing of a stored picture, or a slot's words ("Picture to add: …").
    mutating func pictureRuns(
        _ stored: MediaStore.Stored?, _ picture: Picture, width: Points, tallest: Double = tallestPictureFraction
    ) -> String {
        guard let stored else { return text(Wording.slot(picture.description)) }
        return drawing(stored, picture, width: width, tallest: tallest)
    }

    /// An inline DrawingML picture `width` wide, as tall as its proportions say, within the
    /// tallest a picture may be.
    private mutating func drawing(_ stored: MediaStore.Stored, _ picture: Picture, width: Points, tallest fraction: Double) -> String {
        let ratio = Double(max(stored.pixelHeight, 1)) / Double(max(stored.pixelWidth, 1))
        var shownWidth = width.value
        var shownHeight = shownWidth * ratio
        let tallest = textHeight.value * fraction
        if shownHeight > tallest {
            shownHeight = tallest
            shownWidth = tallest / ratio
        }
        let cx = Points(shownWidth).emu, cy = Points(shownHeight).emu
        let id = nextDrawingID
        nextDrawingID += 1
        let description = XMLText.escape(picture.description)
        let descr = picture.isDecorative ? "" : #" descr="\#(description)""#
        // Word 365's mark for a decorative picture: screen readers skip it.
        let decorative = picture.isDecorative
            ? #"<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}"><adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/></a:ext></a:extLst>"#
            : ""
        let svg = stored.svgRelationship.map {
            #"<a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="\#($0)"/></a:ext></a:extLst>"#
        } ?? ""
        var out = #"<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">"#
        out += #"<wp:extent cx="\#(cx)" cy="\#(cy)"/><wp:effectExtent l="0" t="0" r="0" b="0"/>"#
        // A symbol from the picture bank is named as the source names it, so an import writes it back.
        let name = picture.isFromBank ? XMLText.escape(picture.path ?? "") : "Picture \(id)"
        out += #"<wp:docPr id="\#(id)" name="\#(name)"\#(descr)>\#(decorative)</wp:docPr>"#
        out += #"<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>"#
        out += #"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>"#
        out += #"<pic:nvPicPr><pic:cNvPr id="\#(id)" name="Picture \#(id)"\#(descr)/><pic:cNvPicPr/></pic:nvPicPr>"#
        out += #"<pic:blipFill><a:blip r:embed="\#(stored.relationship)">\#(svg)</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"#
        out += #"<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\#(cx)" cy="\#(cy)"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>"#
        return out + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }
}
