import CairoGraphics
import Foundation
import Testing

@testable import PDFWriter

/// The PDF writer's check for characters the font cannot show skips printable ASCII without reading
/// it; that holds only while the font has a shape for every one of them, in both weights.
@Suite struct FontCoverageTests {
    @Test(arguments: [TextWeight.regular, .bold])
    func theFontHasEveryPrintableASCIICharacter(weight: TextWeight) throws {
        let typesetter = try Typesetter(fontsDirectory: PDFWriterTests.fonts, family: PDFWriter.fontFamily)
        let missing = (0x21...0x7E).compactMap(Unicode.Scalar.init).filter {
            typesetter.missingGlyphs(in: String($0), weight: weight, size: 12) > 0
        }
        #expect(missing.isEmpty, "no shape for \(missing)")
    }
}
