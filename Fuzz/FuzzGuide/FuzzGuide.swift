import Foundation
import FuzzSupport
import PlainlySource
import Readability

/// Fuzzes guide folders: the input is split into `guide.yaml` and its parts (see `GuideInput`), written
/// to a scratch folder and loaded with `SourceReader`, as `plainly build` and `check` load a folder,
/// then tokenised.
@main
enum FuzzGuide {
    static func main() { FuzzInput.main(run) }

    static let folder = ScratchFolder(name: "fuzz-guide")

    static func run(_ data: Data) {
        folder.empty()
        for file in GuideInput.files(in: data) { folder.write(file.contents, to: file.path) }
        guard let reading = try? SourceReader().read(at: folder.url) else { return }
        Tokenising.check(reading.document)
    }
}
