import CYaml
import PlainlyModel

/// Checks YAML's shape with libyaml's event parser before Yams builds a tree from it, stopping at
/// the first problem, so that nothing ever recurses deep or expands without end:
///
/// - nesting deeper than `SourceLimits.maximumYAMLNesting` (`[[[[…` thousands deep would overflow
///   the stack of the tree builder);
/// - more than `SourceLimits.maximumYAMLValues` values, which would take gigabytes as a tree;
/// - any alias (`*name`). Plainly's metadata never needs one, and refusing them outright is the
///   one rule that rules out "billion laughs" (a few lines that expand to billions of values) with
///   no size to tune. With no aliases, a tree can be no larger than its text.
///
/// libyaml's parser keeps its own stack on the heap, so reading the events is safe at any depth.
enum YAMLShape {
    struct Problem: Equatable {
        var message: String
        /// 1-based, within the YAML text.
        var line: Int
        var column: Int
    }

    static func check(_ yaml: String) -> Problem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Problem? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var depth = 0
            var values = 0
            while true {
                var event = yaml_event_t()
                // A syntax error is left for Yams to report with its own words.
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SCALAR_EVENT, YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    values += 1
                    if values > SourceLimits.maximumYAMLValues {
                        return Problem(
                            message: "The YAML has more than \(SourceLimits.maximumYAMLValues) values; "
                                + "Plainly's metadata needs a few thousand at most.",
                            line: line, column: column)
                    }
                    guard event.type != YAML_SCALAR_EVENT else { break }
                    depth += 1
                    if depth > SourceLimits.maximumYAMLNesting {
                        return Problem(
                            message: "The YAML is nested more than \(SourceLimits.maximumYAMLNesting) deep here; "
                                + "Plainly's metadata needs only a few levels.",
                            line: line, column: column)
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_ALIAS_EVENT:
                    return Problem(
                        message: "YAML aliases (*name) are not used in Plainly's metadata; write the value out in full.",
                        line: line, column: column)
                default:
                    break
                }
            }
        }
    }
}
