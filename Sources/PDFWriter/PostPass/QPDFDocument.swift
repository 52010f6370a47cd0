import CQPDF
import Foundation

/// A PDF opened with libqpdf for the post-pass: read from memory, changed through object handles,
/// written back to memory. The input buffer must outlive the qpdf handle, so this class owns both.
final class QPDFDocument {
    private var handle: qpdf_data?
    private let input: UnsafeMutableRawBufferPointer

    init(pdf: Data) throws(PDFWriterError) {
        input = UnsafeMutableRawBufferPointer.allocate(byteCount: max(pdf.count, 1), alignment: 1)
        pdf.copyBytes(to: input)
        handle = qpdf_init()
        qpdf_silence_errors(handle)
        qpdf_set_suppress_warnings(handle, QPDF_TRUE)
        _ = qpdf_read_memory(handle, "document.pdf", input.baseAddress!.assumingMemoryBound(to: CChar.self),
                             UInt64(pdf.count), nil)
        try check("reading the PDF Cairo wrote")
    }

    deinit {
        qpdf_cleanup(&handle)
        input.deallocate()
    }

    func check(_ step: String) throws(PDFWriterError) {
        guard qpdf_has_error(handle) == QPDF_TRUE else { return }
        let error = qpdf_get_error(handle)
        let text = error.map { String(cString: qpdf_get_error_full_text(handle, $0)) } ?? "unknown error"
        throw .postPass(step: step, reason: text)
    }

    var root: qpdf_oh { qpdf_get_root(handle) }
    var trailer: qpdf_oh { qpdf_get_trailer(handle) }

    func get(_ object: qpdf_oh, _ key: String) -> qpdf_oh? {
        guard qpdf_oh_is_dictionary(handle, object) == QPDF_TRUE, qpdf_oh_has_key(handle, object, key) == QPDF_TRUE else {
            return nil
        }
        let value = qpdf_oh_get_key(handle, object, key)
        return qpdf_oh_is_null(handle, value) == QPDF_TRUE ? nil : value
    }

    func set(_ object: qpdf_oh, _ key: String, _ value: qpdf_oh) { qpdf_oh_replace_key(handle, object, key, value) }
    func remove(_ object: qpdf_oh, _ key: String) { qpdf_oh_remove_key(handle, object, key) }

    func name(_ value: String) -> qpdf_oh { qpdf_oh_new_name(handle, value) }
    func text(_ value: String) -> qpdf_oh { qpdf_oh_new_unicode_string(handle, value) }
    func bool(_ value: Bool) -> qpdf_oh { qpdf_oh_new_bool(handle, value ? QPDF_TRUE : QPDF_FALSE) }
    func parse(_ source: String) -> qpdf_oh { qpdf_oh_parse(handle, source) }
    func dictionary() -> qpdf_oh { qpdf_oh_new_dictionary(handle) }
    func array(_ items: [qpdf_oh]) -> qpdf_oh {
        let array = qpdf_oh_new_array(handle)
        for item in items { qpdf_oh_append_item(handle, array, item) }
        return array
    }

    func makeIndirect(_ object: qpdf_oh) -> qpdf_oh { qpdf_make_indirect_object(handle, object) }

    /// Every object in the file by number, streams as their dictionaries: for checks in tests.
    var allObjects: [qpdf_oh] {
        var size = 0
        if let value = get(trailer, "/Size") { size = Int(qpdf_oh_get_int_value_as_int(handle, value)) }
        return (1..<max(size, 1)).compactMap { number in
            let object = qpdf_get_object_by_id(handle, Int32(number), 0)
            if qpdf_oh_is_stream(handle, object) == QPDF_TRUE { return qpdf_oh_get_dict(handle, object) }
            return qpdf_oh_is_null(handle, object) == QPDF_TRUE ? nil : object
        }
    }

    /// The object written out as PDF syntax.
    func unparse(_ object: qpdf_oh) -> String { String(cString: qpdf_oh_unparse_resolved(handle, object)) }

    func isDictionary(_ object: qpdf_oh) -> Bool { qpdf_oh_is_dictionary(handle, object) == QPDF_TRUE }
    func isArray(_ object: qpdf_oh) -> Bool { qpdf_oh_is_array(handle, object) == QPDF_TRUE }

    func nameValue(_ object: qpdf_oh) -> String? {
        guard qpdf_oh_is_name(handle, object) == QPDF_TRUE else { return nil }
        return String(cString: qpdf_oh_get_name(handle, object))
    }

    func stringValue(_ object: qpdf_oh) -> String? {
        guard qpdf_oh_is_string(handle, object) == QPDF_TRUE else { return nil }
        return String(cString: qpdf_oh_get_utf8_value(handle, object))
    }

    func items(_ array: qpdf_oh) -> [qpdf_oh] {
        guard isArray(array) else { return [] }
        return (0..<qpdf_oh_get_array_n_items(handle, array)).map { qpdf_oh_get_array_item(handle, array, $0) }
    }

    var pageCount: Int { max(0, Int(qpdf_get_num_pages(handle))) }
    func page(_ index: Int) -> qpdf_oh { qpdf_get_page_n(handle, index) }

    /// Frees every handle given out so far (the objects stay in the file); none may be used after.
    func releaseHandles() { qpdf_oh_release_all(handle) }

    var pages: [qpdf_oh] {
        let count = qpdf_get_num_pages(handle)
        guard count > 0 else { return [] }
        return (0..<Int(count)).map { qpdf_get_page_n(handle, $0) }
    }

    /// All of a page's content streams, decoded and joined.
    func content(of page: qpdf_oh) throws(PDFWriterError) -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        _ = qpdf_oh_get_page_content_data(handle, page, &buffer, &length)
        try check("reading a page's content")
        guard let buffer else { return [] }
        defer { free(buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }

    /// The object number of an indirect object (0 for a direct one).
    func objectNumber(_ object: qpdf_oh) -> Int { Int(qpdf_oh_get_object_id(handle, object)) }

    /// Puts `bytes` (uncompressed; the writer compresses them) in place of a page's content. The
    /// page's own stream is rewritten when it has one: making a new stream costs qpdf a walk over
    /// every object in the file, which done once a page grew with pages times objects.
    func replaceContent(of page: qpdf_oh, with bytes: [UInt8]) {
        guard let contents = get(page, "/Contents"), qpdf_oh_is_stream(handle, contents) == QPDF_TRUE else {
            set(page, "/Contents", stream(bytes))
            return
        }
        bytes.withUnsafeBufferPointer {
            qpdf_oh_replace_stream_data(handle, contents, $0.baseAddress, $0.count, qpdf_oh_new_null(handle),
                                        qpdf_oh_new_null(handle))
        }
    }

    /// A new stream holding `bytes` uncompressed (the writer compresses it), with `entries` added.
    func stream(_ bytes: [UInt8], entries: [String: qpdf_oh] = [:]) -> qpdf_oh {
        let stream = qpdf_oh_new_stream(handle)
        bytes.withUnsafeBufferPointer {
            qpdf_oh_replace_stream_data(handle, stream, $0.baseAddress, $0.count, qpdf_oh_new_null(handle),
                                        qpdf_oh_new_null(handle))
        }
        let dictionary = qpdf_oh_get_dict(handle, stream)
        for (key, value) in entries.sorted(by: { $0.key < $1.key }) { set(dictionary, key, value) }
        return stream
    }

    /// Writes the changed file with a deterministic /ID, so the same input gives the same bytes.
    func write() throws(PDFWriterError) -> Data {
        _ = qpdf_init_write_memory(handle)
        try check("starting to write")
        qpdf_set_deterministic_ID(handle, QPDF_TRUE)
        qpdf_set_object_stream_mode(handle, qpdf_o_generate)
        qpdf_set_compress_streams(handle, QPDF_TRUE)
        qpdf_set_minimum_pdf_version(handle, "1.7")
        _ = qpdf_write(handle)
        try check("writing the PDF")
        let length = qpdf_get_buffer_length(handle)
        guard let buffer = qpdf_get_buffer(handle) else { throw .postPass(step: "writing the PDF", reason: "no output") }
        return Data(bytes: buffer, count: length)
    }
}

