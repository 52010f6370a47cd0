import PlainlyModel

/// Writes each contents entry's page number into a finished layout. The number sits right-aligned
/// in a column of its own ("page 000" wide), so it moves no line and no page: once one layout has
/// placed every heading, the numbers are known and written in, rather than the whole document
/// being laid out a second time to print them (that second layout was a sixth of a long PDF's build).
enum ContentsNumbers {
    /// The run a contents entry carries before its page is known.
    static let placeholder = " " + Wording.contentsPage(nil)

    static func fill(_ result: PageLayoutResult, measurer: CachedMeasurer) -> PageLayoutResult {
        var filled = result
        guard let first = result.pages.firstIndex(where: { $0.number == result.anchorPages[FlowBuilder.contentsAnchor] }) else {
            return result
        }
        // The contents' pages follow one another from its heading on; the first page with no entry
        // left to number is past them.
        for pageIndex in first..<filled.pages.count {
            var items = filled.pages[pageIndex].items
            var numbered = 0
            for itemIndex in items.indices {
                guard case .box(.text(var line)) = items[itemIndex] else { continue }
                var lineChanged = false
                for runIndex in line.runs.indices {
                    let run = line.runs[runIndex]
                    guard run.text == placeholder, case .link(.anchor(let anchor)) = run.tag,
                          let page = result.anchorPages[anchor] else { continue }
                    let text = " " + Wording.contentsPage(page)
                    let width = measurer.width(of: text, weight: run.weight, size: line.size)
                    line.runs[runIndex] = TextRun(x: run.x + run.width - width, width: width, text: text, weight: run.weight, tag: run.tag)
                    lineChanged = true
                }
                if lineChanged {
                    items[itemIndex] = .box(.text(line))
                    numbered += 1
                }
            }
            guard numbered > 0 || pageIndex == first else { break }
            filled.pages[pageIndex].items = items
        }
        return filled
    }
}
