import PlainlyModel
import Testing

/// The realize stage: the plan's profile replaces the source's, once, for every writer.
@Suite struct RealizedDocumentTests {
    let document = Document(metadata: Metadata(title: "Our guide", profile: .easyRead), parts: [])

    @Test func keepsTheSourcesProfileUnlessThePlanNamesOne() {
        #expect(RealizedDocument(document, name: "guide").document.metadata.profile == .easyRead)
        let plain = RealizedDocument(document, name: "guide", profile: .largePrint)
        #expect(plain.document.metadata.profile == .largePrint)
        #expect(plain.assembly.document.metadata.profile == .largePrint)
        #expect(plain.name == "guide")
    }
}
