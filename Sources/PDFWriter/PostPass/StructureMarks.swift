/// Gives each Figure its own description and each header cell its scope, finding the element by
/// where it was drawn (its page and the marked-content id Cairo gave its first content there), so
/// a picture can never be given another picture's words, whatever order the tree is in.
///
/// Every element the drawer marked must be found, and every Figure and header cell in the tree
/// must have been marked: a Figure without words fails PDF/UA, so a mismatch is an error, never a
/// guess.
struct StructureMarks {
    private var marks: [ContentIdentity: ElementMark.Kind] = [:]
    /// Page object number to page index.
    private let pageIndex: [Int: Int]

    init(_ marks: [ElementMark], pages: [Int]) {
        for mark in marks { self.marks[mark.identity] = mark.kind }
        pageIndex = Dictionary(uniqueKeysWithValues: pages.enumerated().map { ($1, $0) })
    }

    /// Structure trees nest no deeper than the layout's elements (under ten levels; Markdown's
    /// own nesting is capped at 32 levels, which is at most a few elements a level); this bound,
    /// also used by the tag tree dump, only keeps a damaged tree from recursing without end.
    static let deepestTree = 256

    func apply(to tree: Int, in document: PDFFile) throws(PDFWriterError) {
        var found = 0
        var visited = Set<Int>()
        for kid in document.object(tree)["K"]?.items ?? [] {
            try visit(kid, depth: 0, in: document, found: &found, visited: &visited)
        }
        guard found == marks.count else {
            throw .postPass(step: "describing figures and header cells", reason:
                "\(marks.count) were drawn but \(found) were found in the structure tree")
        }
    }

    private func visit(
        _ kid: PDFValue, depth: Int, in document: PDFFile, found: inout Int, visited: inout Set<Int>
    ) throws(PDFWriterError) {
        guard let number = kid.referenceValue, depth < Self.deepestTree, visited.insert(number).inserted else { return }
        let element = document.object(number)
        guard let type = element["S"]?.nameValue else { return }
        if type == "Figure" || type == "TH" {
            guard let identity = firstContent(of: element, depth: depth, in: document), let kind = marks[identity] else {
                throw .postPass(step: "describing figures and header cells", reason:
                    "a \(type) element was drawn without being recorded")
            }
            switch (type, kind) {
            case ("Figure", .figure(let words)): document.set("Alt", .text(words), in: number)
            case ("TH", .tableHeader): document.set("A", .dictionary(["O": .name("Table"), "Scope": .name("Column")]), in: number)
            default:
                throw .postPass(step: "describing figures and header cells", reason:
                    "the \(type) element on page \(identity.page + 1) was recorded as something else")
            }
            found += 1
        }
        for child in element["K"]?.items ?? [] {
            try visit(child, depth: depth + 1, in: document, found: &found, visited: &visited)
        }
    }

    /// The page and marked-content id of the first content an element holds, itself or through
    /// its first child element that holds any.
    private func firstContent(of element: PDFValue, depth: Int, in document: PDFFile) -> ContentIdentity? {
        guard depth < Self.deepestTree else { return nil }
        let page = element["Pg"]?.referenceValue
        for kid in element["K"]?.items ?? [] {
            switch kid {
            case .integer(let mcid):
                if let page, let index = pageIndex[page] { return ContentIdentity(page: index, mcid: mcid) }
            case .dictionary where kid["Type"]?.nameValue == "MCR":
                if let mcid = kid["MCID"]?.integerValue, let page = kid["Pg"]?.referenceValue ?? page,
                   let index = pageIndex[page] {
                    return ContentIdentity(page: index, mcid: mcid)
                }
            case .reference(let number):
                let child = document.object(number)
                if child["S"] != nil, let identity = firstContent(of: child, depth: depth + 1, in: document) { return identity }
            default: break
            }
        }
        return nil
    }
}
