import CQPDF
import Foundation

/// A PDF value in Swift terms: what the post-pass writes into the file and what it reads back.
/// Names are given without their slash (`.name("Figure")`), dictionary keys too; an indirect
/// object appears as `.reference` to its object number (generation 0, all Cairo writes).
enum PDFValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(Double)
    case name(String)
    /// A text string (written as PDFDocEncoding or UTF-16 as its characters need).
    case text(String)
    case array([PDFValue])
    case dictionary([String: PDFValue])
    case reference(Int)

    /// A dictionary's entry; nil for a missing key or a value that is not a dictionary.
    subscript(key: String) -> PDFValue? {
        guard case .dictionary(let entries) = self else { return nil }
        return entries[key]
    }

    var nameValue: String? { if case .name(let name) = self { name } else { nil } }
    var textValue: String? { if case .text(let text) = self { text } else { nil } }
    var integerValue: Int? { if case .integer(let value) = self { value } else { nil } }
    var referenceValue: Int? { if case .reference(let number) = self { number } else { nil } }
    /// A number, integer or real.
    var numberValue: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }
    /// An array's items, or the value itself as the one item (PDF allows either in many places).
    var items: [PDFValue] {
        switch self {
        case .array(let items): items
        case .null: []
        default: [self]
        }
    }
}

/// A PDF opened with libqpdf for the post-pass: read from memory, changed, written back to memory.
///
/// Everything qpdf is stays in this file: objects go in and out as `PDFValue`s and object numbers,
/// and each method frees the qpdf object handles it made before it returns, so none outlives the
/// call that made it. The input buffer must outlive the qpdf handle, so this class owns both.
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

    /// Throws qpdf's first error since the last check, naming `step`. qpdf records errors rather
    /// than stopping, so a run of changes is checked once at its end.
    func check(_ step: String) throws(PDFWriterError) {
        guard qpdf_has_error(handle) == QPDF_TRUE else { return }
        let error = qpdf_get_error(handle)
        let text = error.map { String(cString: qpdf_get_error_full_text(handle, $0)) } ?? "unknown error"
        throw .postPass(step: step, reason: text)
    }

    // MARK: Objects

    /// The document catalog's object number.
    var catalog: Int { scoped { number(qpdf_get_root(handle)) } }

    /// The Info dictionary's object number, made when the file has none.
    var info: Int {
        scoped {
            let trailer = qpdf_get_trailer(handle)
            if let existing = entry(trailer, "Info"), qpdf_oh_is_indirect(handle, existing) == QPDF_TRUE {
                return number(existing)
            }
            let made = qpdf_make_indirect_object(handle, qpdf_oh_new_dictionary(handle))
            qpdf_oh_replace_key(handle, trailer, "/Info", made)
            return number(made)
        }
    }

    /// The page objects' numbers, in page order.
    var pages: [Int] {
        scoped {
            let count = Int(max(0, qpdf_get_num_pages(handle)))
            return (0..<count).map { number(qpdf_get_page_n(handle, $0)) }
        }
    }

    /// Every object in the file by number, a stream as its dictionary: for checks in tests.
    var allObjects: [PDFValue] {
        (1..<max(trailerSize, 1)).compactMap { number in
            let value = object(number)
            return value == .null ? nil : value
        }
    }

    private var trailerSize: Int {
        scoped { entry(qpdf_get_trailer(handle), "Size").map { Int(qpdf_oh_get_int_value_as_int(handle, $0)) } ?? 0 }
    }

    /// Object `number` as a value (a stream as its dictionary); indirect objects inside it stay
    /// references. `.null` for a number the file does not have.
    func object(_ number: Int) -> PDFValue {
        scoped {
            var object = qpdf_get_object_by_id(handle, Int32(clamping: number), 0)
            if qpdf_oh_is_stream(handle, object) == QPDF_TRUE { object = qpdf_oh_get_dict(handle, object) }
            return value(of: object, depth: 0, top: true)
        }
    }

    /// One entry of object `number` (a dictionary or a stream's dictionary), read without the rest:
    /// nil when it has no such key.
    func value(_ key: String, in number: Int) -> PDFValue? {
        scoped {
            var object = qpdf_get_object_by_id(handle, Int32(clamping: number), 0)
            if qpdf_oh_is_stream(handle, object) == QPDF_TRUE { object = qpdf_oh_get_dict(handle, object) }
            return entry(object, key).map { value(of: $0, depth: 0) }
        }
    }

    /// Puts `value` (a direct value) in place of object `number`, which keeps its number, so
    /// everything that refers to it now refers to the new value.
    func replace(_ number: Int, with value: PDFValue) {
        scoped { _ = qpdf_replace_object(handle, Int32(clamping: number), 0, make(value)) }
    }

    /// Sets `key` of the dictionary (or stream dictionary) that is object `number`; nil removes it.
    func set(_ key: String, _ value: PDFValue?, in number: Int) {
        scoped {
            var object = qpdf_get_object_by_id(handle, Int32(clamping: number), 0)
            if qpdf_oh_is_stream(handle, object) == QPDF_TRUE { object = qpdf_oh_get_dict(handle, object) }
            guard qpdf_oh_is_dictionary(handle, object) == QPDF_TRUE else { return }
            if let value {
                qpdf_oh_replace_key(handle, object, "/" + key, make(value))
            } else {
                qpdf_oh_remove_key(handle, object, "/" + key)
            }
        }
    }

    /// Adds `value` as a new indirect object and returns its number.
    func add(_ value: PDFValue) -> Int {
        scoped { number(qpdf_make_indirect_object(handle, make(value))) }
    }

    /// Adds a stream holding `bytes` uncompressed (the writer compresses it) with `dictionary`'s
    /// entries, and returns its object number.
    func addStream(_ bytes: [UInt8], dictionary: [String: PDFValue]) -> Int {
        scoped {
            let stream = qpdf_oh_new_stream(handle)
            replaceData(of: stream, with: bytes)
            let entries = qpdf_oh_get_dict(handle, stream)
            for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
                qpdf_oh_replace_key(handle, entries, "/" + key, make(value))
            }
            return number(stream)
        }
    }

    // MARK: Page content

    /// All of page `page`'s content streams (the page's object number), decoded and joined.
    func content(ofPage page: Int) throws(PDFWriterError) -> [UInt8] {
        let bytes: [UInt8] = scoped {
            var buffer: UnsafeMutablePointer<UInt8>?
            var length = 0
            _ = qpdf_oh_get_page_content_data(handle, qpdf_get_object_by_id(handle, Int32(clamping: page), 0),
                                              &buffer, &length)
            guard let buffer else { return [] }
            defer { free(buffer) }
            return Array(UnsafeBufferPointer(start: buffer, count: length))
        }
        try check("reading a page's content")
        return bytes
    }

    /// Puts `bytes` (uncompressed; the writer compresses them) in place of a page's content. The
    /// page's own stream is rewritten when it has one: making a new stream costs qpdf a walk over
    /// every object in the file, which done once a page grew with pages times objects.
    func replaceContent(ofPage page: Int, with bytes: [UInt8]) {
        scoped {
            let pageObject = qpdf_get_object_by_id(handle, Int32(clamping: page), 0)
            if let contents = entry(pageObject, "Contents"), qpdf_oh_is_stream(handle, contents) == QPDF_TRUE {
                replaceData(of: contents, with: bytes)
            } else {
                let stream = qpdf_oh_new_stream(handle)
                replaceData(of: stream, with: bytes)
                qpdf_oh_replace_key(handle, pageObject, "/Contents", stream)
            }
        }
    }

    // MARK: Writing

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

    // MARK: Between Swift values and qpdf's objects

    /// Runs `body`, then frees every object handle qpdf gave out meanwhile (the objects stay in
    /// the file). The C API keeps each handle until told otherwise, so without this a long
    /// document's post-pass would hold millions of them.
    private func scoped<T>(_ body: () -> T) -> T {
        defer { qpdf_oh_release_all(handle) }
        return body()
    }

    private func number(_ object: qpdf_oh) -> Int { Int(qpdf_oh_get_object_id(handle, object)) }

    /// A dictionary's entry by key (without the slash); nil when missing, null or not a dictionary.
    private func entry(_ object: qpdf_oh, _ key: String) -> qpdf_oh? {
        guard qpdf_oh_is_dictionary(handle, object) == QPDF_TRUE, qpdf_oh_has_key(handle, object, "/" + key) == QPDF_TRUE else {
            return nil
        }
        let value = qpdf_oh_get_key(handle, object, "/" + key)
        return qpdf_oh_is_null(handle, value) == QPDF_TRUE ? nil : value
    }

    private func replaceData(of stream: qpdf_oh, with bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer {
            qpdf_oh_replace_stream_data(handle, stream, $0.baseAddress, $0.count, qpdf_oh_new_null(handle),
                                        qpdf_oh_new_null(handle))
        }
    }

    /// Direct objects nest no deeper than this in anything Cairo or the post-pass writes; deeper
    /// nesting is read as null rather than followed (qpdf's own parser stops at 500).
    static let deepestNesting = 64

    private func value(of object: qpdf_oh, depth: Int, top: Bool = false) -> PDFValue {
        if !top, qpdf_oh_is_indirect(handle, object) == QPDF_TRUE { return .reference(number(object)) }
        guard depth < Self.deepestNesting else { return .null }
        switch qpdf_oh_get_type_code(handle, object) {
        case ot_boolean: return .bool(qpdf_oh_get_bool_value(handle, object) == QPDF_TRUE)
        case ot_integer: return .integer(Int(qpdf_oh_get_int_value(handle, object)))
        case ot_real: return .real(qpdf_oh_get_numeric_value(handle, object))
        case ot_name: return .name(String(String(cString: qpdf_oh_get_name(handle, object)).dropFirst()))
        case ot_string: return .text(String(cString: qpdf_oh_get_utf8_value(handle, object)))
        case ot_array:
            let count = qpdf_oh_get_array_n_items(handle, object)
            return .array((0..<count).map { value(of: qpdf_oh_get_array_item(handle, object, $0), depth: depth + 1) })
        case ot_dictionary:
            // qpdf has one key iterator a document: take the keys before reading nested values.
            var keys: [String] = []
            qpdf_oh_begin_dict_key_iter(handle, object)
            while qpdf_oh_dict_more_keys(handle) == QPDF_TRUE { keys.append(String(cString: qpdf_oh_dict_next_key(handle))) }
            var entries: [String: PDFValue] = [:]
            for key in keys { entries[String(key.dropFirst())] = value(of: qpdf_oh_get_key(handle, object, key), depth: depth + 1) }
            return .dictionary(entries)
        case ot_stream: return value(of: qpdf_oh_get_dict(handle, object), depth: depth + 1, top: true)
        default: return .null
        }
    }

    private func make(_ value: PDFValue) -> qpdf_oh {
        switch value {
        case .null: return qpdf_oh_new_null(handle)
        case .bool(let flag): return qpdf_oh_new_bool(handle, flag ? QPDF_TRUE : QPDF_FALSE)
        case .integer(let number): return qpdf_oh_new_integer(handle, Int64(number))
        case .real(let number): return qpdf_oh_new_real_from_double(handle, number, 4)
        case .name(let name): return qpdf_oh_new_name(handle, "/" + name)
        case .text(let text): return qpdf_oh_new_unicode_string(handle, text)
        case .array(let items):
            let array = qpdf_oh_new_array(handle)
            for item in items { qpdf_oh_append_item(handle, array, make(item)) }
            return array
        case .dictionary(let entries):
            let dictionary = qpdf_oh_new_dictionary(handle)
            for (key, item) in entries.sorted(by: { $0.key < $1.key }) {
                qpdf_oh_replace_key(handle, dictionary, "/" + key, make(item))
            }
            return dictionary
        case .reference(let number): return qpdf_get_object_by_id(handle, Int32(clamping: number), 0)
        }
    }
}
