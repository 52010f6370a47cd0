/// Joins the two halves of a long document's pages, each drawn on a Cairo surface of its own on a
/// core of its own (`PDFWriter`), into the file one surface would have written, ready for the
/// post-pass:
/// - the second file's objects come in after the first's (`PDFFile.absorb`);
/// - its pages go on the end of the first's page tree;
/// - its top-level structure elements go on the end of the first's tree root, and its keys into
///   the parent tree (a page's /StructParents, an annotation's /StructParent) follow the first's;
/// - its named destinations join the first's in one sorted name tree, so that a contents entry or a
///   bookmark drawn in the first half reaches a heading drawn in the second.
///
/// The halves meet at a page boundary where no structure element is open (`PageHalves`), so no
/// element has content in both. Cairo 1.16 writes a one-level page tree, a flat parent tree and a
/// flat name tree; anything else is an error, and the writer then draws the pages on one surface.
enum JoinedHalves {
    static func join(_ first: consuming [UInt8], _ second: consuming [UInt8]) throws(PDFWriterError) -> PDFFile {
        let document = try PDFFile(bytes: first)
        let other = try PDFFile(bytes: second)
        let catalog = document.catalog
        let secondCatalog = other.catalog
        guard let root = document.value("Pages", in: catalog)?.referenceValue,
              let secondRoot = other.value("Pages", in: secondCatalog)?.referenceValue else {
            throw failure("a half has no page tree")
        }
        let tree = document.value("StructTreeRoot", in: catalog)?.referenceValue
        let secondTree = other.value("StructTreeRoot", in: secondCatalog)?.referenceValue
        guard (tree == nil) == (secondTree == nil) else { throw failure("only one half has a structure tree") }
        // The second half's page-tree root and structure-tree root become the first half's: its
        // pages and top-level elements then name their new parent without being rewritten.
        var identified = [secondRoot: root]
        if let tree, let secondTree { identified[secondTree] = tree }
        let secondKids = other.value("Kids", in: secondRoot)?.items ?? []
        let secondElements = secondTree.map { other.value("K", in: $0)?.items ?? [] } ?? []
        let secondParents = secondTree.flatMap { other.value("ParentTree", in: $0)?.referenceValue }
        let secondInfo = other.infoIfWritten

        let renumbering = document.absorb(other, identifying: identified)
        let secondPages = try joinPageTrees(root, secondKids.map { $0.renumbered(with: renumbering) }, in: document)
        if let tree {
            try joinStructureTrees(
                tree, elements: secondElements.map { $0.renumbered(with: renumbering) },
                parents: secondParents.map { renumbering($0) }, pages: secondPages, in: document)
        }
        try joinDestinations(catalog, renumbering(secondCatalog), in: document)
        // The second file's own catalog and Info dictionary: nothing points at them now.
        document.dropAbsorbed(renumbering(secondCatalog))
        if let secondInfo { document.dropAbsorbed(renumbering(secondInfo)) }
        try document.check("joining the two halves of the pages")
        return document
    }

    private static func failure(_ reason: String) -> PDFWriterError {
        .postPass(step: "joining the two halves of the pages", reason: reason)
    }

    // MARK: Pages

    /// Returns the second half's pages.
    private static func joinPageTrees(_ root: Int, _ secondKids: [PDFValue], in document: PDFFile) throws(PDFWriterError) -> [Int] {
        let kids = document.value("Kids", in: root)?.items ?? []
        var pages: [Int] = []
        for (index, kid) in (kids + secondKids).enumerated() {
            guard let page = kid.referenceValue, document.value("Type", in: page)?.nameValue == "Page" else {
                throw failure("a page tree has more than one level")
            }
            if index >= kids.count { pages.append(page) }
        }
        document.set("Kids", .array(kids + secondKids), in: root)
        document.set("Count", .integer(kids.count + secondKids.count), in: root)
        return pages
    }

    // MARK: Structure

    /// `pages`: the second half's pages, whose keys into the parent tree move up past the first's.
    private static func joinStructureTrees(
        _ tree: Int, elements secondElements: [PDFValue], parents secondParents: Int?, pages secondPages: [Int], in document: PDFFile
    ) throws(PDFWriterError) {
        guard let parents = document.value("ParentTree", in: tree)?.referenceValue, let secondParents else {
            throw failure("a half's structure tree has no parent tree")
        }
        let numbers = try flatNumbers(parents, in: document)
        let secondNumbers = try flatNumbers(secondParents, in: document)
        // The second half's keys start after the first half's largest.
        var shift = 0
        for index in stride(from: 0, to: numbers.count, by: 2) {
            if let key = numbers[index].integerValue { shift = max(shift, key + 1) }
        }
        var joined = numbers
        for index in stride(from: 0, to: secondNumbers.count - 1, by: 2) {
            guard let key = secondNumbers[index].integerValue else { throw failure("a parent tree key is not a number") }
            joined += [.integer(key + shift), secondNumbers[index + 1]]
        }
        document.set("Nums", .array(joined), in: parents)
        document.dropAbsorbed(secondParents)
        for page in secondPages {
            if let key = document.value("StructParents", in: page)?.integerValue {
                document.set("StructParents", .integer(key + shift), in: page)
            }
            for annotation in document.value("Annots", in: page)?.items ?? [] {
                guard let number = annotation.referenceValue,
                      let key = document.value("StructParent", in: number)?.integerValue else { continue }
                document.set("StructParent", .integer(key + shift), in: number)
            }
        }
        document.set("K", .array((document.value("K", in: tree)?.items ?? []) + secondElements), in: tree)
    }

    /// A parent tree's /Nums, which Cairo writes in the tree's root with no /Kids.
    private static func flatNumbers(_ tree: Int, in document: PDFFile) throws(PDFWriterError) -> [PDFValue] {
        guard document.value("Kids", in: tree) == nil else { throw failure("a parent tree has more than one level") }
        return document.value("Nums", in: tree)?.items ?? []
    }

    // MARK: Destinations

    private static func joinDestinations(_ catalog: Int, _ secondCatalog: Int, in document: PDFFile) throws(PDFWriterError) {
        let secondNames = document.value("Names", in: secondCatalog)?.referenceValue
        guard let secondNames, let secondDests = document.value("Dests", in: secondNames)?.referenceValue else { return }
        let later = try flatNames(secondDests, in: document)
        guard let names = document.value("Names", in: catalog)?.referenceValue,
              let dests = document.value("Dests", in: names)?.referenceValue else {
            // Only the second half has destinations: its name tree becomes the file's.
            document.set("Names", .reference(secondNames), in: catalog)
            return
        }
        let joined = merged(try flatNames(dests, in: document), later)
        document.set("Names", .array(joined.flatMap { [PDFValue.text($0.key), $0.destination] }), in: dests)
        document.dropAbsorbed(secondDests)
        document.dropAbsorbed(secondNames)
    }

    typealias Name = (key: String, destination: PDFValue)

    /// Two name trees' entries, each in order, as one in order. A name tree's keys are in order of
    /// their bytes (Cairo's strcmp); the parser reads each byte of a key as one scalar, so ordering
    /// by scalars is ordering by bytes.
    static func merged(_ first: [Name], _ second: [Name]) -> [Name] {
        func precedes(_ one: String, _ other: String) -> Bool {
            one.unicodeScalars.lexicographicallyPrecedes(other.unicodeScalars) { $0.value < $1.value }
        }
        var joined: [Name] = []
        joined.reserveCapacity(first.count + second.count)
        var (index, otherIndex) = (0, 0)
        while index < first.count || otherIndex < second.count {
            if otherIndex == second.count || (index < first.count && !precedes(second[otherIndex].key, first[index].key)) {
                joined.append(first[index])
                index += 1
            } else {
                joined.append(second[otherIndex])
                otherIndex += 1
            }
        }
        return joined
    }

    /// A name tree's (key, destination) pairs, which Cairo writes in the tree's root with no /Kids.
    private static func flatNames(_ tree: Int, in document: PDFFile) throws(PDFWriterError) -> [Name] {
        guard document.value("Kids", in: tree) == nil else { throw failure("a name tree has more than one level") }
        let items = document.value("Names", in: tree)?.items ?? []
        var pairs: [Name] = []
        for index in stride(from: 0, to: items.count - 1, by: 2) {
            guard let key = items[index].textValue else { throw failure("a destination's name is not a string") }
            pairs.append((key, items[index + 1]))
        }
        return pairs
    }
}
