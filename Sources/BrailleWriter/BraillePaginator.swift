/// Puts lines on braille pages: the braille page number at the top right of every page, on a line of
/// its own, and the text on the lines below it.
///
/// A heading never ends a page: it moves to the next page with the line after it, unless the two
/// together are longer than a whole page (then they are split anyway). A blank line at the top of a
/// page is dropped.
struct BraillePaginator {
    let width: Int
    let linesPerPage: Int
    /// The braille of a page number (number sign and letters a–j).
    let number: (Int) -> [BrailleCell]

    struct Result {
        /// Each page's lines, its number line first; trailing blank lines and cells left off.
        var pages: [[[BrailleCell]]]
        /// The page each anchored line landed on.
        var anchors: [String: Int]
    }

    func paginate(_ items: [BrailleItem]) -> Result {
        let textLines = linesPerPage - 1
        var pages: [[[BrailleCell]]] = []
        var anchors: [String: Int] = [:]
        var page: [[BrailleCell]] = []
        func finishPage() {
            while page.last?.isEmpty == true { page.removeLast() }
            pages.append(page)
            page = []
        }
        for (index, item) in items.enumerated() {
            switch item {
            case .newPage:
                if !page.isEmpty { finishPage() }
            case .blank:
                if page.last?.isEmpty == false && page.count < textLines { page.append([]) }
            case .line(let line):
                let group = line.keepsWithNext ? groupHeight(items, from: index) : 1
                if !page.isEmpty && page.count + group > textLines && group <= textLines { finishPage() }
                if page.count == textLines { finishPage() }
                if let anchor = line.anchor { anchors[anchor] = pages.count + 1 }
                page.append(Self.trimmed(line.cells))
            }
        }
        if !page.isEmpty || pages.isEmpty { finishPage() }
        let numbered = pages.enumerated().map { index, lines in [numberLine(index + 1)] + lines }
        return Result(pages: numbered, anchors: anchors)
    }

    /// The lines a heading needs on its page: itself, the heading lines and blanks after it, and the
    /// first line of what follows.
    private func groupHeight(_ items: [BrailleItem], from start: Int) -> Int {
        var height = 0
        for item in items[start...] {
            switch item {
            case .newPage: return height
            case .blank: height += 1
            case .line(let line):
                height += 1
                if !line.keepsWithNext { return height }
            }
        }
        return height
    }

    private func numberLine(_ page: Int) -> [BrailleCell] {
        let cells = number(page)
        return Array(repeating: .blank, count: max(width - cells.count, 0)) + cells
    }

    private static func trimmed(_ cells: [BrailleCell]) -> [BrailleCell] {
        var cells = cells
        while cells.last?.isBlank == true { cells.removeLast() }
        return cells
    }
}
