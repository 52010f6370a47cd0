import Foundation

/// Source fixtures shared by every test target, in `Tests/Fixtures/` of the source tree.
///
/// Found from this file's path rather than copied into bundles, so every target reads the same
/// files and golden output can be re-recorded in place.
public enum Fixtures {
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures")

    public static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The guide that uses every source construct the reader understands.
    public static var everyConstruct: URL { url("every-construct") }
}
