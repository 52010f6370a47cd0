import Foundation
import PlainlyModel
import PlainlySource
import PlainlyTestSupport
import Testing

/// The real samples in `Content/` pass every limit: each picture they name is read and usable,
/// and no limit turns up an error.
@Suite struct ContentSamplesTests {
    static let samples = ["board-paper", "dp-newsletter", "expert-by-experience"].map {
        Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Content/\($0)")
    }

    @Test(arguments: samples)
    func everySamplePictureIsReadAndNoLimitIsHit(source: URL) throws {
        let reading = try SourceReader().read(at: source)
        #expect(!reading.diagnostics.hasErrors, "\(reading.diagnostics.map { $0.formatted() })")
        for (path, result) in reading.pictures.byPath {
            switch result {
            case .success(let file): #expect(file.pixelWidth > 0 && file.pixelHeight > 0, "\(path)")
            case .failure(.missing): break  // a sample may show a missing picture on purpose
            case .failure(let problem): Issue.record("\(source.lastPathComponent)/\(path): \(problem)")
            }
        }
    }
}
