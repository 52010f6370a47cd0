import CairoGraphics
import PageLayout

/// Why a PDF could not be made. Problems with the author's content (a missing picture, a word too
/// wide) are diagnostics instead, and the build goes on.
public enum PDFWriterError: Error, CustomStringConvertible {
    /// The options asked for something the profile's guidance does not allow.
    case options(PageLayoutError)
    case fonts(GraphicsError)
    case drawing(GraphicsError)
    case postPass(step: String, reason: String)

    public var description: String {
        switch self {
        case .options(let error): "PDF options: \(error)"
        case .fonts(let error): "PDF fonts: \(error)"
        case .drawing(let error): "drawing the PDF: \(error)"
        case .postPass(let step, let reason): "finishing the PDF's accessibility tags (\(step)): \(reason)"
        }
    }
}
