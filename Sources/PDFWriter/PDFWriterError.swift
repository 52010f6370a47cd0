import CairoGraphics

/// Why a PDF could not be drawn (layout problems are the layout stage's, `PageSetup`). Problems with the author's content (a missing picture, a word too
/// wide) are diagnostics instead, and the build goes on.
public enum PDFWriterError: Error, CustomStringConvertible {
    case fonts(GraphicsError)
    case drawing(GraphicsError)
    case postPass(step: String, reason: String)

    public var description: String {
        switch self {
        case .fonts(let error): "PDF fonts: \(error)"
        case .drawing(let error): "drawing the PDF: \(error)"
        case .postPass(let step, let reason): "finishing the PDF's accessibility tags (\(step)): \(reason)"
        }
    }
}
