import PlainlyModel

/// Makes heading levels relative to the file they are written in.
///
/// Some people start a file's sections at `#`, others at `##` under a title in the front matter;
/// both mean "a top section". The shallowest heading in a file becomes `topLevel` and the others
/// keep their distance from it, so a real skip (from `##` to `####`) still shows.
enum HeadingLevels {
    static func normalize(_ blocks: [Block], topLevel: Int) -> [Block] {
        guard let shallowest = shallowestLevel(in: blocks) else { return blocks }
        let shift = topLevel - shallowest
        return shift == 0 ? blocks : blocks.map { shifted($0, by: shift) }
    }

    private static func shallowestLevel(in blocks: [Block]) -> Int? {
        var levels: [Int] = []
        for block in blocks {
            switch block {
            case .heading(let heading): levels.append(heading.level)
            case .callout(let callout): shallowestLevel(in: callout.blocks).map { levels.append($0) }
            case .list(let list):
                for item in list.items { shallowestLevel(in: item.blocks).map { levels.append($0) } }
            default: break
            }
        }
        return levels.min()
    }

    private static func shifted(_ block: Block, by shift: Int) -> Block {
        switch block {
        case .heading(var heading):
            heading.level = min(max(heading.level + shift, Part.titleLevel), 6)
            return .heading(heading)
        case .callout(var callout):
            callout.blocks = callout.blocks.map { shifted($0, by: shift) }
            return .callout(callout)
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.blocks = item.blocks.map { shifted($0, by: shift) }
                return item
            }
            return .list(list)
        default:
            return block
        }
    }
}
