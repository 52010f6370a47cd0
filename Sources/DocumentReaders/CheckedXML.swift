import Foundation
import PlainlyModel

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// XML from a Word document, parsed only once it is known to be safe to hand to `XMLParser`, and
/// checked as it goes: a damaged part is an error naming the file, the part, and the line and column.
///
/// Before parsing, the bytes must be UTF-8 (FoundationXML traps, killing the process with SIGILL, on
/// an element name that is not) and hold no DTD (Word never writes one, and entities are how an XML
/// file expands without limit). While parsing, elements may nest at most `InputLimits.maximumXMLDepth`
/// deep and each end tag must close the element it ends; at the end every element must be closed.
/// `XMLParser` alone accepts mismatched end tags and a part cut short as if nothing were wrong.
/// Walkers see names with their namespace prefixes resolved (`XMLNames`): `w:p` is a paragraph
/// whatever prefix the file used.
enum CheckedXML {
    /// What reads a part: element starts and ends and text, already checked.
    class Walker {
        func start(_ name: String, attributes: [String: String]) {}
        func characters(_ string: String) {}
        func end(_ name: String) {}
    }

    static func parse(_ bytes: [UInt8], part: String, file: String, into walker: Walker) throws(ReadError) {
        func damaged(_ line: Int?, _ column: Int?, _ reason: String) -> ReadError {
            .badXML(path: file, part: part, line: line, column: column, reason: reason)
        }
        if let problem = XMLPreflight.problem(in: bytes) {
            let place = lineAndColumn(of: problem.offset, in: bytes)
            throw damaged(place.line, place.column, problem.reason)
        }
        if let encoding = declaredEncoding(bytes), !["utf-8", "utf8"].contains(encoding.lowercased()) {
            throw damaged(1, 1, "it says its text is \(encoding), but Word writes only UTF-8")
        }
        if let offset = firstDTD(in: bytes) {
            let place = lineAndColumn(of: offset, in: bytes)
            throw damaged(place.line, place.column, "it has a document type declaration, which Word never writes")
        }
        let checker = Checker(walker: walker)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = checker
        checker.parser = parser
        let parsed = parser.parse()
        if let (line, column, reason) = checker.problem { throw damaged(line, column, reason) }
        if !parsed {
            throw damaged(parser.lineNumber, parser.columnNumber, explain(parser.parserError))
        }
        if let open = checker.open.last {
            throw damaged(nil, nil, "it ends before <\(open)> is closed; the file may be cut short")
        }
        if !checker.sawRoot { throw damaged(nil, nil, "it has no XML in it") }
    }

    /// The parser's error as a sentence. The codes are libxml2's (`xmlParserErrors`), which
    /// FoundationXML passes on as they are.
    static func explain(_ error: (any Error)?) -> String {
        guard let error else { return "it is not well-formed XML" }
        switch (error as NSError).code {
        case 76: return "an end tag does not match the element it closes"
        case 77, 73, 5: return "it ends in the middle of an element; the file may be cut short"
        case 4: return "it has no XML in it"
        case let code: return "it is not well-formed XML (libxml2 error \(code))"
        }
    }

    /// The `encoding` named in the XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`), if any.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let declaration = String(decoding: bytes.prefix(200).prefix { $0 != UInt8(ascii: ">") }, as: UTF8.self)
        guard let key = declaration.range(of: "encoding=") else { return nil }
        let rest = declaration[key.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// Where `<!DOCTYPE` or `<!ENTITY` first appears, if anywhere.
    static func firstDTD(in bytes: [UInt8]) -> Int? {
        let doctype = Array("<!DOCTYPE".utf8), entity = Array("<!ENTITY".utf8)
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x3C && bytes[index + 1] == 0x21 {
                for word in [doctype, entity] where bytes[index...].starts(with: word) { return index }
            }
            index += 1
        }
        return nil
    }

    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        UTF8Check.place(of: offset, in: bytes)
    }

    /// The delegate: keeps the stack of open elements (at most the depth limit) and the first problem.
    final class Checker: NSObject, XMLParserDelegate {
        let walker: Walker
        weak var parser: XMLParser?
        var open: [String] = []
        var sawRoot = false
        var problem: (line: Int, column: Int, reason: String)?
        var names = XMLNames()

        init(walker: Walker) { self.walker = walker }

        func stop(_ parser: XMLParser, _ reason: String) {
            guard problem == nil else { return }
            problem = (parser.lineNumber, parser.columnNumber, reason)
            parser.abortParsing()
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            guard problem == nil else { return }
            if open.isEmpty && sawRoot { return stop(parser, "it has a second top-level element") }
            sawRoot = true
            guard open.count < InputLimits.maximumXMLDepth else {
                return stop(parser, "its elements nest more than \(InputLimits.maximumXMLDepth) deep, far more than Word ever writes")
            }
            open.append(name)
            let (resolved, resolvedAttributes) = names.enter(name, attributes: attributes)
            walker.start(resolved, attributes: resolvedAttributes)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard problem == nil else { return }
            walker.characters(string)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard problem == nil else { return }
            guard let last = open.last, last == name else {
                return stop(parser, open.last.map { "</\(name)> ends an element that is <\($0)>" } ?? "</\(name)> ends nothing")
            }
            open.removeLast()
            walker.end(names.resolve(name))
            names.leave()
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            stop(parser, CheckedXML.explain(parseError))
        }
    }
}
