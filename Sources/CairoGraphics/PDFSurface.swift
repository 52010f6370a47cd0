import CCairo
import Foundation

/// Collects the bytes Cairo writes, so a PDF never touches the disk until the pipeline says so.
/// Cairo hands over uncompressed page content a few bytes at a time (an operator, a number), a
/// million calls for a long document: each is a plain copy into a growing block, with no
/// exclusivity check or `Data` bookkeeping per call.
final class OutputBuffer {
    @exclusivity(unchecked) private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 20) }

    func append(_ start: UnsafePointer<UInt8>, count: Int) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
    }

    /// Hands the bytes over and keeps none: the file is the largest thing a build holds, and a copy
    /// kept here would double it at the post-pass's peak.
    func takeBytes() -> [UInt8] {
        var taken: [UInt8] = []
        swap(&taken, &bytes)
        return taken
    }
}

/// Document information Cairo writes into the PDF's Info dictionary.
public enum PDFMetadataField: Sendable {
    case title, author, subject, keywords, creator, createDate, modifyDate

    var cairoValue: cairo_pdf_metadata_t {
        switch self {
        case .title: CAIRO_PDF_METADATA_TITLE
        case .author: CAIRO_PDF_METADATA_AUTHOR
        case .subject: CAIRO_PDF_METADATA_SUBJECT
        case .keywords: CAIRO_PDF_METADATA_KEYWORDS
        case .creator: CAIRO_PDF_METADATA_CREATOR
        case .createDate: CAIRO_PDF_METADATA_CREATE_DATE
        case .modifyDate: CAIRO_PDF_METADATA_MOD_DATE
        }
    }
}

/// A Cairo PDF surface writing into memory. `finish()` must be called, and it reports the status:
/// Cairo's errors are sticky and some (an unknown tag name) only show when the file is finished.
public final class PDFSurface {
    let pointer: OpaquePointer
    private let buffer: OutputBuffer
    private var finished = false

    /// Cairo compresses each page's content as the page ends, but the post-pass must read that
    /// content to mark artifacts, so it was inflated and compressed a second time: a sixth of a
    /// build's time (issue 16). `CAIRO_DEBUG_PDF` is Cairo's own switch, read as each surface is
    /// made, that leaves page content uncompressed (fonts and pictures are still compressed); the
    /// post-pass compresses every page's content once. Set once, before the first surface, and
    /// only if unset; should a Cairo ignore it, the post-pass still compresses what it is given.
    private static let pageContentLeftUncompressed: Void = { setenv("CAIRO_DEBUG_PDF", "1", 0) }()

    public init(width: Double, height: Double) throws(GraphicsError) {
        _ = Self.pageContentLeftUncompressed
        let buffer = OutputBuffer()
        self.buffer = buffer
        let write: cairo_write_func_t = { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<OutputBuffer>.fromOpaque(closure).takeUnretainedValue().append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        pointer = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(buffer).toOpaque(), width, height)
        try check("creating the PDF surface")
    }

    deinit { cairo_surface_destroy(pointer) }

    func check(_ step: String) throws(GraphicsError) {
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw .cairo(step: step, status: String(cString: cairo_status_to_string(status)))
        }
    }

    public func setPageSize(width: Double, height: Double) {
        cairo_pdf_surface_set_size(pointer, width, height)
    }

    public func setMetadata(_ field: PDFMetadataField, _ value: String) {
        cairo_pdf_surface_set_metadata(pointer, field.cairoValue, value)
    }

    /// Adds a bookmark going to a named destination; returns its id, the parent of deeper entries.
    @discardableResult
    public func addOutline(parent: Int32, title: String, destination: String) -> Int32 {
        Int32(cairo_pdf_surface_add_outline(
            pointer, parent, title, "dest='\(TagAttributes.escape(destination))'", CAIRO_PDF_OUTLINE_FLAG_OPEN))
    }

    public static let outlineRoot: Int32 = 0

    /// Finishes the file and hands over its bytes (a second call returns none), or throws the error
    /// Cairo held back until now.
    public func finish() throws(GraphicsError) -> [UInt8] {
        if !finished {
            cairo_surface_finish(pointer)
            finished = true
        }
        try check("finishing the PDF")
        return buffer.takeBytes()
    }
}

/// Cairo's attribute strings: values in single quotes, with quotes and backslashes escaped.
public enum TagAttributes {
    public static func escape(_ value: String) -> String {
        // Nearly every value has neither; Foundation's replacing copies the string even then, once
        // for every heading, link and bookmark.
        guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x27 }) else { return value }
        return value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
