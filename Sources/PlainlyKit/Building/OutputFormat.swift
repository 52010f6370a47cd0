import Foundation

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

    /// Whether an entry already in an output folder is one Plainly could have made there (or a
    /// hidden file such as `.DS_Store`); a folder holding anything else is someone else's, and refused.
    static func couldHaveMade(name: String, isFolder: Bool) -> Bool {
        let destinations = allCases.flatMap { [$0.destination(sourceName: "x"), $0.destination(sourceName: "x", singleFileHTML: true)] }
        if isFolder { return destinations.contains(.folder(name)) }
        if name.hasPrefix(".") { return true }
        let ext = (name as NSString).pathExtension.lowercased()
        return destinations.contains { $0.name.hasPrefix("x.") && $0.name.dropFirst(2) == ext }
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
