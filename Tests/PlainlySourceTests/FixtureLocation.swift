import Foundation

/// Fixtures live beside the tests in the source tree, found from this file's path, so golden files
/// can be re-recorded in place and no bundle copying is involved.
enum FixtureLocation {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }
}
