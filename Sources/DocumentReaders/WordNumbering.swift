import Foundation

/// Which numbered paragraphs are bullets and which are numbers, from `word/numbering.xml`: a
/// paragraph's `w:numId` names a numbering instance, which names an abstract numbering whose level
/// (`w:ilvl`) has a format (`bullet`, `decimal`, `lowerLetter`, …).
struct WordNumbering {
    var abstractOfInstance: [String: String] = [:]
    var formats: [String: [Int: String]] = [:]

    /// True for a number, false for a bullet; a list Plainly cannot look up is taken as bullets.
    func isNumbered(numID: String, level: Int) -> Bool {
        guard let abstract = abstractOfInstance[numID], let format = formats[abstract]?[level] else { return false }
        return format != "bullet" && format != "none"
    }

    final class Parser: CheckedXML.Walker {
        var numbering = WordNumbering()
        var abstractID: String?
        var level: Int?
        var instanceID: String?

        override func start(_ name: String, attributes: [String: String]) {
            switch name {
            case "w:abstractNum": abstractID = attributes["w:abstractNumId"]
            case "w:lvl": level = Int(attributes["w:ilvl"] ?? "")
            case "w:numFmt":
                if let abstractID, let level, let format = attributes["w:val"] {
                    numbering.formats[abstractID, default: [:]][level] = format
                }
            case "w:num": instanceID = attributes["w:numId"]
            case "w:abstractNumId":
                if let instanceID, let value = attributes["w:val"] { numbering.abstractOfInstance[instanceID] = value }
            default: break
            }
        }

        override func end(_ name: String) {
            switch name {
            case "w:abstractNum": abstractID = nil
            case "w:lvl": level = nil
            case "w:num": instanceID = nil
            default: break
            }
        }
    }
}

/// The document properties Word keeps in `docProps/core.xml`: title, author, dates.
public struct WordProperties: Hashable, Sendable {
    public var title: String?
    public var creator: String?
    /// As written (`2024-03-05T10:00:00Z`); the first ten characters are the date.
    public var created: String?
    public var modified: String?

    final class Parser: CheckedXML.Walker {
        var properties = WordProperties()
        var field: String?
        var text = ""

        override func start(_ name: String, attributes: [String: String]) {
            if ["dc:title", "dc:creator", "dcterms:created", "dcterms:modified"].contains(name) {
                field = name
                text = ""
            }
        }

        override func characters(_ string: String) { if field != nil { text += string } }

        override func end(_ name: String) {
            guard name == field else { return }
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            field = nil
            guard !value.isEmpty else { return }
            switch name {
            case "dc:title": properties.title = value
            case "dc:creator": properties.creator = value
            case "dcterms:created": properties.created = value
            default: properties.modified = value
            }
        }
    }
}
