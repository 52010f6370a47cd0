import BrailleWriter
import AudioWriter
import DocxWriter
import Foundation
import HTMLWriter
import PDFWriter
import PlainlyModel
import TextWriter

/// Every format Plainly can make, in the order a build makes them. Adding a format is one target
/// that implements `DocumentWriter` and one line here.
public enum FormatRegistry {
    public static let writers: [any DocumentWriter.Type] = [
        TextWriter.self,
        PDFWriter.self,
        HTMLWriter.self,
        DocxWriter.self,
        BrailleWriter.self,
        AudioWriter.self,
    ]

    /// The names `--format` takes, in order.
    public static var names: [String] { writers.map { $0.formatName } }

    /// What a build makes when no `--format` is given: the formats people ask for most, quick to make.
    /// Braille and audio are made when asked for by name or with `--format all`.
    public static var defaultNames: [String] { writers.filter { $0.isMadeByDefault }.map { $0.formatName } }

    /// `--format all`: every format there is.
    public static let allName = "all"

    public static func writer(named name: String) -> (any DocumentWriter.Type)? {
        writers.first { $0.formatName == name }
    }

    /// Whether an entry already in an output folder is one Plainly could have made there (or a
    /// hidden file such as `.DS_Store`); a folder holding anything else is someone else's, and refused.
    static func couldHaveMade(name: String, isFolder: Bool) -> Bool {
        let destinations = writers.flatMap { $0.possibleDestinations(sourceName: "x") }
        if isFolder { return destinations.contains(.folder(name)) }
        if name.hasPrefix(".") { return true }
        let ext = (name as NSString).pathExtension.lowercased()
        let fileNames = destinations.flatMap { destination -> [String] in
            if case .folder = destination { return [] }
            return destination.names
        }
        return fileNames.contains { ($0 as NSString).pathExtension.lowercased() == ext }
    }
}
