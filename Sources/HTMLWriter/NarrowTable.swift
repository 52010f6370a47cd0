import PlainlyModel

/// Whether a table would make a phone's screen scroll sideways, and if so the screen width below
/// which the web page shows it as one labelled block a row ("Date: …", "Time: …"), as the text file
/// and the PDF's `table-as-blocks` do. The page holds both; the stylesheet shows one
/// (`Stylesheet.narrowTableRules`), and `display: none` hides the other from screen readers too.
///
/// The browser cannot be asked, so widths are estimated from the characters with Atkinson
/// Hyperlegible's advances, and decided as the PDF decides (`FlowBuilder.columnWidths`): a table
/// fits when each column gets at least its longest word and, in easy read and large print, no cell
/// of three or more columns is squeezed to `mostLinesInANarrowCell` lines.
enum NarrowTable {
    /// The narrowest phone the page is made for: 375 CSS px, an iPhone SE or mini, and most small
    /// Android phones' 360 to 393.
    static let phoneWidth = 375.0
    /// The widths (em, of the browser's 16 px) tried in order for the switch; each has its rule in
    /// the stylesheet. Past the last, the page is at its widest (54rem) and a table that still does
    /// not fit scrolls inside its own box, as before.
    static let breakpoints = [30, 40, 50, 60]
    /// As the PDF: a cell of three or more columns squeezed to this many lines reads as fragments.
    static let mostLinesInANarrowCell = 3

    /// The stylesheet's sizes, in CSS px: the body's font size for each profile, the page's widest
    /// box and its side padding (below and above 30em), and a cell's padding and borders across.
    static func fontSize(_ profile: Profile) -> Double {
        switch profile {
        case .easyRead: 20
        case .largePrint: 22
        case .plain: 18
        }
    }
    static let widestPage = 54.0 * 16
    static let narrowPadding = 2 * 16.0
    static let widePadding = 2 * 20.0
    static let cellSides = 2 * 12.0 + 2

    /// The smallest breakpoint (in em) at or above which the table fits; nil when it fits a phone.
    static func breakpoint(for table: Table, profile: Profile) -> Int? {
        let columns = max(table.header.count, table.rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return nil }
        let widths = Widths(table, columns: columns, fontSize: fontSize(profile))
        func fits(screen: Double) -> Bool {
            widths.fit(in: contentWidth(screen: screen), strict: profile != .plain)
        }
        guard !fits(screen: phoneWidth) else { return nil }
        return breakpoints.first { fits(screen: Double($0) * 16) } ?? breakpoints[breakpoints.count - 1]
    }

    /// The width text has on a screen `screen` px wide.
    static func contentWidth(screen: Double) -> Double {
        min(screen, widestPage) - (screen < 30 * 16 ? narrowPadding : widePadding)
    }

    /// A character's advance in em, near enough: Atkinson Hyperlegible's capitals are about 0.64 em,
    /// digits 0.56, lower case 0.48 and a space 0.25 (bold about 7 % wider); rounded up, so a table
    /// near the edge is shown as blocks rather than scrolled.
    static func advance(_ character: Character, bold: Bool) -> Double {
        let em: Double
        if character == " " {
            em = 0.27
        } else if character.isUppercase {
            em = 0.68
        } else if character.isNumber {
            em = 0.6
        } else {
            em = 0.52
        }
        return bold ? em * 1.08 : em
    }

    /// Each column's natural width (its longest cell on one line) and least width (its longest word),
    /// and every cell's width on one line, in px.
    struct Widths {
        var natural: [Double]
        var least: [Double]
        var cells: [(column: Int, width: Double)] = []

        init(_ table: Table, columns: Int, fontSize: Double) {
            natural = Array(repeating: cellSides, count: columns)
            least = natural
            for (rowIndex, row) in ([table.header] + table.rows).enumerated() {
                let bold = rowIndex == 0
                for (index, cell) in row.enumerated() where index < columns {
                    let text = cell.inlines.plainText
                    let width = text.reduce(0) { $0 + advance($1, bold: bold) } * fontSize
                    cells.append((index, width))
                    natural[index] = max(natural[index], width + cellSides)
                    for word in text.split(whereSeparator: \.isWhitespace) {
                        let wordWidth = word.reduce(0) { $0 + advance($1, bold: bold) } * fontSize
                        least[index] = max(least[index], wordWidth + cellSides)
                    }
                }
            }
        }

        /// Whether the columns fit `total` px side by side, as the PDF decides.
        func fit(in total: Double, strict: Bool) -> Bool {
            let naturalTotal = natural.reduce(0, +)
            if naturalTotal <= total { return true }
            let leastTotal = least.reduce(0, +)
            if leastTotal > total { return false }
            guard strict, natural.count >= 3 else { return true }
            let stretch = naturalTotal - leastTotal
            let widths = zip(natural, least).map { natural, least in
                least + (total - leastTotal) * (stretch > 0 ? (natural - least) / stretch : 0)
            }
            return !cells.contains { cell in
                let room = widths[cell.column] - cellSides
                return room > 0 && (cell.width / room).rounded(.up) >= Double(mostLinesInANarrowCell)
            }
        }
    }
}
