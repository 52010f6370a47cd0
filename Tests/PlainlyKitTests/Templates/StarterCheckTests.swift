import Foundation
import PlainlyKit
import PlainlyModel
import PlainlySource
import Readability
import Testing

/// Issue 15: a starter made by `plainly new` is the first thing a group checks; it must give no
/// warning (nor error), or the group learns to ignore the checker on day one.
@Suite struct StarterCheckTests {
    @Test(arguments: StarterTemplate.Kind.allCases)
    func aStarterHasNoWarning(kind: StarterTemplate.Kind) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("plainly-starter-\(UUID().uuidString)").appendingPathComponent("new")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let template = StarterTemplate.make(kind)
        _ = try template.write(into: folder)
        let loaded = try SourceLoader(readsPictures: false).load(path: folder.appendingPathComponent(template.source).standardized.path)
        #expect(!loaded.diagnostics.contains { $0.severity >= .warning }, "\(loaded.diagnostics.map { $0.formatted() })")
        let result = CheckService().check(loaded.document)
        let serious = result.findings.filter { $0.severity >= .warning }
        #expect(serious.isEmpty, "\(kind): \(serious.map { $0.diagnostic.formatted() })")
        #expect(result.diagnostics.isEmpty)
        #expect(result.counts.words > 20, "the starter has text to check")
    }
}
