/// The numbering of lists: one bullet and one numbered scheme (`numbering.xml`'s abstract
/// numberings), and a numbering instance for each numbered list, so every list starts again at
/// its own first number (an author may start at 3) instead of carrying on from the list before.
struct ListNumbering {
    /// Word has nine list levels (0 to 8); a list nested deeper is shown at the ninth.
    static let deepestLevel = 8
    /// The instances the `List Bullet` and `List Number` styles name; numbered lists get their own.
    static let bulletID = 1, numberID = 2

    let bodySize: Double
    private(set) var numberedStarts: [(level: Int, start: Int)] = []

    init(bodySize: Double) {
        self.bodySize = bodySize
    }

    /// A fresh instance for a numbered list at `level`, starting at `start`.
    mutating func numberedList(level: Int, start: Int) -> Int {
        numberedStarts.append((level, start))
        return Self.numberID + numberedStarts.count
    }

    /// How far in a list's text sits at `level`, in twips: the label hangs in the first step.
    func textIndent(level: Int) -> Int { Int(bodySize * 1.6 * 20) * (min(level, Self.deepestLevel) + 1) }
    var hanging: Int { Int(bodySize * 1.3 * 20) }

    var xml: String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        out += abstract(id: 0, numbered: false)
        out += abstract(id: 1, numbered: true)
        out += #"<w:num w:numId="\#(Self.bulletID)"><w:abstractNumId w:val="0"/></w:num>"#
        out += #"<w:num w:numId="\#(Self.numberID)"><w:abstractNumId w:val="1"/></w:num>"#
        for (index, list) in numberedStarts.enumerated() {
            out += #"<w:num w:numId="\#(Self.numberID + index + 1)"><w:abstractNumId w:val="1"/>"#
            out += #"<w:lvlOverride w:ilvl="\#(list.level)"><w:startOverride w:val="\#(list.start)"/></w:lvlOverride></w:num>"#
        }
        return out + "</w:numbering>"
    }

    private func abstract(id: Int, numbered: Bool) -> String {
        var out = #"<w:abstractNum w:abstractNumId="\#(id)"><w:multiLevelType w:val="\#(numbered ? "multilevel" : "hybridMultilevel")"/>"#
        for level in 0...Self.deepestLevel {
            let format = numbered ? "decimal" : "bullet"
            let text = numbered ? "%\(level + 1)." : (level % 2 == 0 ? "•" : "◦")
            out += #"<w:lvl w:ilvl="\#(level)"><w:start w:val="1"/><w:numFmt w:val="\#(format)"/>"#
            out += #"<w:lvlText w:val="\#(text)"/><w:lvlJc w:val="left"/>"#
            out += #"<w:pPr><w:ind w:left="\#(textIndent(level: level))" w:hanging="\#(hanging)"/></w:pPr></w:lvl>"#
        }
        return out + "</w:abstractNum>"
    }
}
