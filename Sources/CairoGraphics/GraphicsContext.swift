import CCairo

/// A Cairo drawing context on a PDF surface: lines, frames, pictures, tags and pages.
public final class GraphicsContext {
    let pointer: OpaquePointer
    public let surface: PDFSurface
    /// The Pango context last matched to this Cairo context, so it is updated only once.
    var textContextGeneration: ObjectIdentifier?

    public init(surface: PDFSurface) throws(GraphicsError) {
        pointer = cairo_create(surface.pointer)
        self.surface = surface
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(step: "creating a drawing context", status: String(cString: cairo_status_to_string(status)))
        }
    }

    deinit { cairo_destroy(pointer) }

    /// Grey levels only: text and lines are near-black on white for the strongest contrast.
    public func setGrey(_ level: Double) {
        cairo_set_source_rgb(pointer, level, level, level)
    }

    public func strokeRectangle(x: Double, y: Double, width: Double, height: Double, lineWidth: Double, dashed: Bool) {
        cairo_save(pointer)
        cairo_set_line_width(pointer, lineWidth)
        if dashed {
            let pattern: [Double] = [lineWidth * 4, lineWidth * 3]
            cairo_set_dash(pointer, pattern, Int32(pattern.count), 0)
        }
        cairo_rectangle(pointer, x, y, width, height)
        cairo_stroke(pointer)
        cairo_restore(pointer)
    }

    public func strokeLine(fromX: Double, fromY: Double, toX: Double, toY: Double, lineWidth: Double) {
        cairo_save(pointer)
        cairo_set_line_width(pointer, lineWidth)
        cairo_move_to(pointer, fromX, fromY)
        cairo_line_to(pointer, toX, toY)
        cairo_stroke(pointer)
        cairo_restore(pointer)
    }

    /// Opens a structure tag (`P`, `H2`, `Figure`, `Link` …) or a destination.
    public func beginTag(_ name: String, attributes: String = "") {
        cairo_tag_begin(pointer, name, attributes)
    }

    public func endTag(_ name: String) {
        cairo_tag_end(pointer, name)
    }

    public func showPage() {
        cairo_show_page(pointer)
    }

    public func check(_ step: String) throws(GraphicsError) {
        let status = cairo_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(step: step, status: String(cString: cairo_status_to_string(status)))
        }
    }
}
