/// The documents Plainly makes from one source.
public enum OutputFormat: String, CaseIterable, Sendable, Comparable {
    case txt, pdf, html

    /// Where the format's files go inside `out/<name>/`: one file named after the source, or a folder.
    /// A single-file web page is named after the source so it can be attached to an email.
    func destination(sourceName: String, singleFileHTML: Bool = false) -> OutputDestination {
        switch self {
        case .txt: .file("\(sourceName).txt")
        case .pdf: .file("\(sourceName).pdf")
        case .html: singleFileHTML ? .file("\(sourceName).html") : .folder("html")
        }
    }

    /// The formats this build of Plainly can make, in the order they are made.
    public static let available: [OutputFormat] = [.txt, .pdf, .html]

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
