/// The relationships of `word/document.xml`: the fixed parts every file has, then a picture or a
/// web address each, numbered in the order the body first uses them, so the same document always
/// gives the same ids.
struct Relationships {
    struct Entry: Equatable {
        var id: String
        var type: String
        var target: String
        var isExternal: Bool
    }

    static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let stylesID = "rId1", settingsID = "rId2", numberingID = "rId3", fontTableID = "rId4", footerID = "rId5"

    private(set) var entries: [Entry] = [
        Entry(id: stylesID, type: "\(officeDocument)/styles", target: "styles.xml", isExternal: false),
        Entry(id: settingsID, type: "\(officeDocument)/settings", target: "settings.xml", isExternal: false),
        Entry(id: numberingID, type: "\(officeDocument)/numbering", target: "numbering.xml", isExternal: false),
        Entry(id: fontTableID, type: "\(officeDocument)/fontTable", target: "fontTable.xml", isExternal: false),
        Entry(id: footerID, type: "\(officeDocument)/footer", target: "footer1.xml", isExternal: false),
    ]
    private var byTarget: [String: String] = [:]

    /// A picture inside the package (`media/image1.png`), once however often it is shown.
    mutating func image(_ target: String) -> String {
        add(type: "\(Self.officeDocument)/image", target: target, isExternal: false)
    }

    /// A web, email or phone address, once however often it is linked to.
    mutating func hyperlink(_ address: String) -> String {
        add(type: "\(Self.officeDocument)/hyperlink", target: address, isExternal: true)
    }

    private mutating func add(type: String, target: String, isExternal: Bool) -> String {
        let key = "\(type) \(target)"
        if let known = byTarget[key] { return known }
        let id = "rId\(entries.count + 1)"
        entries.append(Entry(id: id, type: type, target: target, isExternal: isExternal))
        byTarget[key] = id
        return id
    }

    var xml: String {
        var out = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        out += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for entry in entries {
            let mode = entry.isExternal ? #" TargetMode="External""# : ""
            out += #"<Relationship Id="\#(entry.id)" Type="\#(entry.type)" Target="\#(XMLText.escape(entry.target))"\#(mode)/>"#
        }
        return out + "</Relationships>"
    }
}
