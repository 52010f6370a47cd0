/// What the block renderer hands the paginator: lines already wrapped to the page width, blank
/// lines that set blocks apart, and page breaks.
enum BrailleItem: Equatable {
    case line(BrailleLine)
    /// Dropped at the top of a page, where it would only waste a line.
    case blank
    /// The title page and the contents each end their page.
    case newPage
}

struct BrailleLine: Equatable {
    var cells: [BrailleCell]
    /// A heading line: it stays on the same page as the line after it.
    var keepsWithNext = false
    /// The contents entry (heading anchor) that points at the page this line lands on.
    var anchor: String?
}
