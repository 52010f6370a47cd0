/// The documents Plainly makes from one source.
public enum OutputFormat: String, CaseIterable, Sendable, Comparable {
    case txt, pdf, html

    /// Where the format's files go inside `out/<name>/`: one file named after the source, or a folder.
    func destination(sourceName: String) -> OutputDestination {
        switch self {
        case .txt: .file("\(sourceName).txt")
        case .pdf: .file("\(sourceName).pdf")
        case .html: .folder("html")
        }
    }

    /// The formats this build of Plainly can make, in the order they are made.
    public static let available: [OutputFormat] = [.txt]

    public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

enum OutputDestination: Equatable {
    case file(String)
    case folder(String)

    var name: String {
        switch self {
        case .file(let name), .folder(let name): name
        }
    }
}
