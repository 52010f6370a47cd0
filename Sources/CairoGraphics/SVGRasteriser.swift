import CCairo
import CRsvg
import Foundation

/// Draws an SVG into a PNG of a given size, for formats that need a pixel copy beside the vector one
/// (Word shows the SVG, and keeps a PNG for programs that cannot). The SVG has already been checked
/// by the source reader (no external references, a sensible size).
public enum SVGRasteriser {
    /// The longest side of a PNG made here: sharp at the size a picture is shown in a Word file
    /// (about 4 cm, or the page's width at most), and a bound on the memory a picture can take.
    public static let largestSide = 1_024

    public static func png(fromSVG data: Data, name: String, width: Int, height: Int) throws(GraphicsError) -> Data {
        guard width > 0, height > 0, width <= largestSide, height <= largestSide else {
            throw .image(path: name, reason: "a copy of \(width)×\(height) pixels is outside 1–\(largestSide)")
        }
        let image = try VectorImage(svg: data, name: name)
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw .image(path: name, reason: "no memory for a \(width)×\(height) copy")
        }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { throw .image(path: name, reason: "no drawing context") }
        var viewport = RsvgRectangle(x: 0, y: 0, width: Double(width), height: Double(height))
        var error: UnsafeMutablePointer<GError>?
        let drawn = rsvg_handle_render_document(image.pointer, context, &viewport, &error)
        if let error { g_error_free(error) }
        cairo_destroy(context)
        guard drawn != 0 else { throw .image(path: name, reason: "the SVG could not be drawn") }
        let sink = PNGSink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw .image(path: name, reason: "the PNG copy could not be written") }
        return sink.data
    }

    /// Sizes for the copy: the picture's proportions, its longest side `largestSide / 2` (twice a
    /// typical 96 dpi display size, so it stays sharp when enlarged).
    public static func size(forWidth width: Int, height: Int) -> (width: Int, height: Int) {
        let longest = max(width, height, 1)
        let scale = Double(largestSide / 2) / Double(longest)
        return (max(1, Int((Double(width) * scale).rounded())), max(1, Int((Double(height) * scale).rounded())))
    }
}

private final class PNGSink {
    var data = Data()
}
