/// The small normaliser the concept index matches with: splits text into lowercase words, and
/// offers the forms a word may stand for, so that "appointments", "paid", "worrying" and
/// "color" find the entries written as "appointment", "pay", "worry" and "colour".
///
/// It does not guess a stem on its own: `Vocabulary` picks the first form that the index or a
/// symbol's name actually uses, so "caring" finds "care" and "cars" finds "car".
enum WordForms {
    /// The words of some text, lowercased: letters and digits; a possessive `'s` is dropped. Stops
    /// after `limit` words without reading the rest.
    static func words(in text: String, limit: Int = .max) -> [String] {
        var words: [String] = []
        var current = ""
        func finish() {
            if current.hasSuffix("'s") || current.hasSuffix("’s") { current.removeLast(2) }
            current.removeAll { $0 == "'" || $0 == "’" }
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for original in text {
            if words.count >= limit { return words }
            let character = Character(original.lowercased())
            if character.isLetter || character.isNumber || ((character == "'" || character == "’") && !current.isEmpty) {
                current.append(character)
            } else {
                finish()
            }
        }
        finish()
        return Array(words.prefix(limit))
    }

    /// Forms `word` may stand for, most likely first: itself, an irregular form's plain form, then
    /// with plural and tense endings taken off, and each of those in British spelling.
    static func candidates(_ word: String) -> [String] {
        var forms: [String] = [word]
        if let plain = irregular[word] { forms.append(plain) }
        forms += endingsRemoved(word)
        var result: [String] = []
        for form in forms {
            for spelled in [form] + britishSpellings(form) where !result.contains(spelled) {
                result.append(spelled)
            }
        }
        return result
    }

    private static func endingsRemoved(_ word: String) -> [String] {
        var forms: [String] = []
        func strip(_ suffix: String, add: String = "", minimumStem: Int = 2) {
            guard word.hasSuffix(suffix), word.count - suffix.count >= minimumStem else { return }
            let stem = String(word.dropLast(suffix.count))
            forms.append(stem + add)
            // running → run, shopped → shop
            if add.isEmpty, let last = stem.last, stem.count >= 3, stem.dropLast().last == last, !"aeiouls".contains(last) {
                forms.append(String(stem.dropLast()))
            }
        }
        strip("ies", add: "y")
        strip("ied", add: "y")
        strip("ing", add: "e")
        strip("ing")
        strip("ed")
        strip("d", minimumStem: 3)
        strip("es")
        if !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") { strip("s") }
        strip("er", add: "e")
        strip("er")
        strip("ly")
        return forms
    }

    /// American spellings and their British forms: a few whole words, then the regular patterns.
    private static func britishSpellings(_ word: String) -> [String] {
        if let british = americanWords[word] { return [british] }
        var forms: [String] = []
        for (american, british) in americanEndings where word.hasSuffix(american) && word.count > american.count + 2 {
            forms.append(String(word.dropLast(american.count)) + british)
        }
        return forms
    }

    private static let americanEndings: [(String, String)] = [
        ("ization", "isation"), ("izing", "ising"), ("ized", "ised"), ("ize", "ise"), ("yze", "yse"),
        ("or", "our"), ("ter", "tre"), ("ense", "ence"), ("og", "ogue"), ("eled", "elled"), ("eling", "elling"),
    ]

    private static let americanWords: [String: String] = [
        "mom": "mum", "moms": "mum", "gray": "grey", "program": "programme", "color": "colour",
        "favorite": "favourite", "pediatric": "paediatric", "anesthetic": "anaesthetic", "aging": "ageing",
        "jewelry": "jewellery", "pajamas": "pyjamas", "cellphone": "mobile", "cell": "mobile", "vacation": "holiday",
        "apartment": "flat", "elevator": "lift", "trash": "rubbish", "garbage": "rubbish", "movie": "film",
        "restroom": "toilet", "bathroom": "toilet", "physician": "doctor", "drugstore": "chemist", "pharmacy": "chemist",
        "mail": "post", "zip": "post", "candy": "sweets", "faucet": "tap", "fall": "autumn",
    ]

    /// Irregular plurals and past forms, to their plain form.
    private static let irregular: [String: String] = [
        "people": "person", "children": "child", "men": "man", "women": "woman", "teeth": "tooth", "feet": "foot",
        "paid": "pay", "went": "go", "gone": "go", "spoke": "speak", "spoken": "speak", "wrote": "write",
        "written": "write", "met": "meet", "felt": "feel", "bought": "buy", "ate": "eat", "eaten": "eat",
        "drove": "drive", "driven": "drive", "took": "take", "taken": "take", "gave": "give", "given": "give",
        "told": "tell", "said": "say", "saw": "see", "seen": "see", "came": "come", "got": "get", "brought": "bring",
        "made": "make", "sent": "send", "thought": "think", "found": "find", "kept": "keep", "left": "leave",
        "lost": "lose", "chose": "choose", "chosen": "choose", "heard": "hear", "understood": "understand",
        "taught": "teach", "learnt": "learn", "slept": "sleep", "drank": "drink", "drunk": "drink", "fell": "fall",
        "hurt": "hurt", "rang": "ring", "rung": "ring", "began": "begin", "begun": "begin", "did": "do", "done": "do",
        "was": "be", "were": "be", "is": "be", "are": "be", "had": "have", "has": "have", "lives": "live",
        "knives": "knife", "wives": "wife", "shelves": "shelf", "halves": "half", "mice": "mouse",
    ]
}
