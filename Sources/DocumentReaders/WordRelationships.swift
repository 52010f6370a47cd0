/// A part's relationships (`_rels/.rels`, `word/_rels/document.xml.rels`): what each id points to.
/// Word finds every part through them, so Plainly does too, instead of guessing part names.
struct WordRelationships {
    struct Target: Equatable {
        /// The last segment of the relationship type: `officeDocument`, `footnotes`, `image`, `hyperlink`.
        var kind: String
        /// A part name inside the package (`word/media/image1.png`), or, if external, the address.
        var target: String
        var isExternal: Bool
    }

    var byID: [String: Target] = [:]

    func first(_ kind: String) -> Target? {
        byID.keys.sorted().lazy.compactMap { byID[$0] }.first { $0.kind == kind && !$0.isExternal }
    }

    /// Where the relationships of `part` are kept: `word/document.xml` → `word/_rels/document.xml.rels`.
    static func partName(for part: String) -> String {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? part
        return (folder.isEmpty ? "" : folder + "/") + "_rels/\(file).rels"
    }

    /// A target resolved against the folder of the part that names it (`media/a.png` from
    /// `word/document.xml` is `word/media/a.png`; `/word/x.xml` is from the package root).
    static func resolve(_ target: String, from part: String) -> String {
        var segments: [Substring] = target.hasPrefix("/") ? [] : part.split(separator: "/").dropLast()
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    final class Parser: CheckedXML.Walker {
        let part: String
        var relationships = WordRelationships()

        init(part: String) { self.part = part }

        override func start(_ name: String, attributes: [String: String]) {
            guard name == "rel:Relationship" || name == "Relationship",
                let id = attributes["Id"], let type = attributes["Type"], let target = attributes["Target"]
            else { return }
            let external = attributes["TargetMode"] == "External"
            let kind = type.split(separator: "/").last.map(String.init) ?? type
            relationships.byID[id] = Target(
                kind: kind, target: external ? target : WordRelationships.resolve(target, from: part), isExternal: external)
        }
    }
}
