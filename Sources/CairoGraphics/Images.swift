import CCairo
import CRsvg
import Foundation

/// A picture ready to draw, whatever its format, with its natural size in points (at 96 px to the
/// inch for raster pictures, the size a browser would show them at).
public protocol DrawableImage: AnyObject {
    var naturalWidth: Double { get }
    var naturalHeight: Double { get }
    /// Draws the whole picture scaled into the rectangle (which should have its aspect ratio).
    func draw(x: Double, y: Double, width: Double, height: Double, in graphics: GraphicsContext)
}

/// The picture formats Cairo, gdk-pixbuf and librsvg draw here. Which one a file is, and whether its
/// size is sensible, is decided by the source reader from its content before it gets here.
public enum ImageKind: Sendable {
    case png, jpeg, svg
}

/// Makes drawable pictures from bytes already read and checked: PNG through Cairo, JPEG through
/// gdk-pixbuf (and embedded as the original JPEG bytes), SVG through librsvg so it stays vector.
/// Nothing here opens a file.
public enum ImageLoader {
    public static func load(_ data: Data, as kind: ImageKind, name: String) throws(GraphicsError) -> any DrawableImage {
        switch kind {
        case .png: try RasterImage(png: data, name: name)
        case .jpeg: try RasterImage(jpeg: data, name: name)
        case .svg: try VectorImage(svg: data, name: name)
        }
    }
}

/// A Cairo image surface holding decoded pixels (and, for JPEG, the original bytes).
public final class RasterImage: DrawableImage {
    let pointer: OpaquePointer
    public let pixelWidth: Int
    public let pixelHeight: Int

    public var naturalWidth: Double { Double(pixelWidth) * 0.75 }
    public var naturalHeight: Double { Double(pixelHeight) * 0.75 }

    init(png data: Data, name: String) throws(GraphicsError) {
        final class Reader {
            let data: Data
            var offset = 0
            init(_ data: Data) { self.data = data }
        }
        let reader = Reader(data)
        let read: cairo_read_func_t = { closure, buffer, length in
            guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
            let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
            let count = Int(length)
            guard reader.offset + count <= reader.data.count else { return CAIRO_STATUS_READ_ERROR }
            reader.data.copyBytes(to: buffer, from: reader.offset..<(reader.offset + count))
            reader.offset += count
            return CAIRO_STATUS_SUCCESS
        }
        let surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())
        }
        guard let surface else { throw .image(path: name, reason: "Cairo could not read it") }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw .image(path: name, reason: "the PNG is damaged (\(String(cString: cairo_status_to_string(status))))")
        }
        pointer = surface
        pixelWidth = Int(cairo_image_surface_get_width(surface))
        pixelHeight = Int(cairo_image_surface_get_height(surface))
    }

    init(jpeg data: Data, name: String) throws(GraphicsError) {
        let pixbuf = try Pixbuf(data: data, name: name)
        let width = pixbuf.width, height = pixbuf.height
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)) else {
            throw .image(path: name, reason: "no memory for its pixels")
        }
        pointer = surface
        pixelWidth = width
        pixelHeight = height
        pixbuf.copyPixels(into: surface)
        // The PDF gets the JPEG exactly as it is (DCTDecode), not re-encoded pixels.
        let bytes = malloc(data.count)!
        data.copyBytes(to: bytes.assumingMemoryBound(to: UInt8.self), count: data.count)
        cairo_surface_set_mime_data(surface, "image/jpeg", bytes.assumingMemoryBound(to: UInt8.self), UInt(data.count),
                                    { free($0) }, bytes)
    }

    deinit { cairo_surface_destroy(pointer) }

    public func draw(x: Double, y: Double, width: Double, height: Double, in graphics: GraphicsContext) {
        let cr = graphics.pointer
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_scale(cr, width / Double(pixelWidth), height / Double(pixelHeight))
        cairo_set_source_surface(cr, pointer, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD)
        cairo_rectangle(cr, 0, 0, Double(pixelWidth), Double(pixelHeight))
        cairo_fill(cr)
        cairo_restore(cr)
    }
}

/// A decoded gdk-pixbuf image, used for JPEG pictures.
final class Pixbuf {
    let pointer: OpaquePointer

    init(data: Data, name: String) throws(GraphicsError) {
        guard let loader = gdk_pixbuf_loader_new() else { throw .image(path: name, reason: "no picture loader") }
        defer { g_object_unref(UnsafeMutableRawPointer(loader)) }
        var error: UnsafeMutablePointer<GError>?
        let written = data.withUnsafeBytes { bytes in
            gdk_pixbuf_loader_write(loader, bytes.bindMemory(to: UInt8.self).baseAddress, gsize(bytes.count), &error)
        }
        var closeError: UnsafeMutablePointer<GError>?
        let closed = gdk_pixbuf_loader_close(loader, &closeError)
        if error == nil { error = closeError } else if let closeError { g_error_free(closeError) }
        if let error {
            let message = String(cString: error.pointee.message)
            g_error_free(error)
            throw .image(path: name, reason: "the picture is damaged (\(message))")
        }
        guard written != 0, closed != 0, let pixbuf = gdk_pixbuf_loader_get_pixbuf(loader) else {
            throw .image(path: name, reason: "the picture is damaged")
        }
        g_object_ref(UnsafeMutableRawPointer(pixbuf))
        pointer = pixbuf
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    var width: Int { Int(gdk_pixbuf_get_width(pointer)) }
    var height: Int { Int(gdk_pixbuf_get_height(pointer)) }

    /// Copies RGB(A) rows into a Cairo RGB24 surface (JPEG has no transparency).
    func copyPixels(into surface: OpaquePointer) {
        cairo_surface_flush(surface)
        let channels = Int(gdk_pixbuf_get_n_channels(pointer))
        let sourceStride = Int(gdk_pixbuf_get_rowstride(pointer))
        let targetStride = Int(cairo_image_surface_get_stride(surface))
        guard let source = gdk_pixbuf_read_pixels(pointer), let target = cairo_image_surface_get_data(surface) else { return }
        for row in 0..<height {
            let from = source + row * sourceStride
            let to = UnsafeMutableRawPointer(target + row * targetStride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width {
                let pixel = from + column * channels
                to[column] = UInt32(pixel[0]) << 16 | UInt32(pixel[1]) << 8 | UInt32(pixel[2])
            }
        }
        cairo_surface_mark_dirty(surface)
    }
}

/// An SVG picture drawn by librsvg straight into the PDF as vector paths.
public final class VectorImage: DrawableImage {
    let pointer: UnsafeMutablePointer<RsvgHandle>
    public let naturalWidth: Double
    public let naturalHeight: Double

    init(svg data: Data, name: String) throws(GraphicsError) {
        var error: UnsafeMutablePointer<GError>?
        let handle = data.withUnsafeBytes { bytes in
            rsvg_handle_new_from_data(bytes.bindMemory(to: UInt8.self).baseAddress, gsize(bytes.count), &error)
        }
        guard let handle else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            throw .image(path: name, reason: "the SVG is damaged (\(message))")
        }
        pointer = handle
        rsvg_handle_set_dpi(handle, 96)
        var width = 0.0, height = 0.0
        if rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) == 0 || width <= 0 || height <= 0 {
            // No width and height in the file: take the viewBox's proportions.
            var hasViewBox: gboolean = 0
            var viewBox = RsvgRectangle()
            rsvg_handle_get_intrinsic_dimensions(handle, nil, nil, nil, nil, &hasViewBox, &viewBox)
            guard hasViewBox != 0, viewBox.width > 0, viewBox.height > 0 else {
                throw .image(path: name, reason: "the SVG gives no size and no viewBox")
            }
            width = viewBox.width
            height = viewBox.height
        }
        naturalWidth = width * 0.75
        naturalHeight = height * 0.75
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    public func draw(x: Double, y: Double, width: Double, height: Double, in graphics: GraphicsContext) {
        var viewport = RsvgRectangle(x: x, y: y, width: width, height: height)
        var error: UnsafeMutablePointer<GError>?
        _ = rsvg_handle_render_document(pointer, graphics.pointer, &viewport, &error)
        if let error { g_error_free(error) }
    }
}
