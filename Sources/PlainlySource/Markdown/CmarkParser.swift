import CCmarkGFM

/// The only place that touches cmark-gfm: Markdown text in, `MarkdownNode` values out.
///
/// CommonMark with the GFM table, autolink and strikethrough extensions. Raw HTML is parsed (so it
/// can be reported and dropped) but never rendered by cmark: Plainly writes its own output.
enum CmarkParser {
    /// The tree, and where it went deeper than `SourceLimits` allow, if it did. What lies below that
    /// point is left out of the tree, so no later stage ever walks a deep tree.
    struct Parsed {
        var root: MarkdownNode
        var tooDeep: TooDeep?
    }

    struct TooDeep: Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    static func parse(_ markdown: String) -> Parsed {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else {
            // Only an allocation failure gets here; an empty document is the honest answer.
            return Parsed(root: MarkdownNode(.document, line: 1, column: 1))
        }
        defer { cmark_parser_free(parser) }
        for name in ["table", "autolink", "strikethrough"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else {
            return Parsed(root: MarkdownNode(.document, line: 1, column: 1))
        }
        defer { cmark_node_free(root) }
        return convert(root)
    }

    /// A node being built, with how deep it sits.
    private struct Open {
        var node: MarkdownNode
        var blockDepth: Int
        var inlineDepth: Int
        /// Too deep: neither it nor anything below it is kept.
        var dropped: Bool
    }

    /// Converts cmark's tree without recursion (a stack of open nodes), so that input nested
    /// thousands deep cannot overflow the stack; nodes deeper than the limits are dropped.
    private static func convert(_ root: OpaquePointer) -> Parsed {
        var tooDeep: TooDeep?
        var stack: [Open] = []

        func enter(_ pointer: OpaquePointer) {
            let node = MarkdownNode(
                kind(of: pointer), line: Int(cmark_node_get_start_line(pointer)),
                column: Int(cmark_node_get_start_column(pointer)))
            var blockDepth = stack.last?.blockDepth ?? 0
            var inlineDepth = stack.last?.inlineDepth ?? 0
            switch node.kind {
            case .blockQuote, .list: blockDepth += 1
            case .emphasis, .strong, .strikethrough, .link, .image: inlineDepth += 1
            default: break
            }
            var dropped = stack.last?.dropped ?? false
            if !dropped, blockDepth > SourceLimits.maximumBlockNesting || inlineDepth > SourceLimits.maximumInlineNesting {
                dropped = true
                if tooDeep == nil {
                    let what = blockDepth > SourceLimits.maximumBlockNesting
                        ? "Block quotes and lists are nested more than \(SourceLimits.maximumBlockNesting) deep here"
                        : "Emphasis, links and strikethrough are nested more than \(SourceLimits.maximumInlineNesting) deep here"
                    tooDeep = TooDeep(
                        line: node.line > 0 ? node.line : (stack.last?.node.line ?? 1), column: node.column,
                        message: what + "; what is inside is left out.")
                }
            }
            stack.append(Open(node: node, blockDepth: blockDepth, inlineDepth: inlineDepth, dropped: dropped))
        }

        /// Closes the innermost open node, adding it to its parent; returns the root when it closes.
        func exit() -> MarkdownNode? {
            let closed = stack.removeLast()
            guard !stack.isEmpty else { return closed.node }
            if !closed.dropped { stack[stack.count - 1].node.children.append(closed.node) }
            return nil
        }

        enter(root)
        var current = root
        while true {
            // A dropped node's children are never even visited.
            if stack.last?.dropped != true, let child = cmark_node_first_child(current) {
                enter(child)
                current = child
                continue
            }
            while true {
                if let finished = exit() { return Parsed(root: finished, tooDeep: tooDeep) }
                if let next = cmark_node_next(current) {
                    enter(next)
                    current = next
                    break
                }
                guard let parent = cmark_node_parent(current) else {
                    // Unreachable: the root is closed above before its parent is asked for.
                    return Parsed(root: stack.first?.node ?? MarkdownNode(.document, line: 1, column: 1), tooDeep: tooDeep)
                }
                current = parent
            }
        }
    }

    private static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(
                isNumbered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)))
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(literal: literal(node))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal: literal(node))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK:
            return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE:
            return .image(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default:
            // Extension nodes have types registered at run time; their names are stable.
            let name = string(cmark_node_get_type_string(node))
            switch name {
            case "table": return .table
            case "table_row", "table_header":
                return .tableRow(isHeader: name == "table_header" || cmark_gfm_extensions_get_table_row_is_header(node) != 0)
            case "table_cell": return .tableCell
            case "strikethrough": return .strikethrough
            default: return .other(name)
            }
        }
    }

    private static func literal(_ node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
