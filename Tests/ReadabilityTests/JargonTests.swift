import PlainlyModel
import Readability
import Testing

/// The jargon rule's advice fits the word it replaces: a verb gets a verb.
@Suite struct JargonTests {
    let checker = Checker(profile: .named(.plain), onlyRules: [Jargon.id])

    @Test(arguments: [
        ("People were impacted by the closure.", "'impacted' is official language. Try 'affected' or 'changed'."),
        ("The closure will impact on families.", "'impact on' is official language. Try 'affect' or 'change'."),
        ("The impact was small.", "'impact' is official language. Try 'effect' or 'change'."),
        // Another form of the entry's word: the alternative cannot be dropped in as it is.
        ("Work commenced in May.", "'commenced' is official language. Try a form of 'start' or 'begin'."),
        ("We will commence in May.", "'commence' is official language. Try 'start' or 'begin'."),
        // An alternative in brackets in the list is what to do, not words to use.
        ("Our frontline staff will call.", "'frontline' is official language. Say who: staff who work directly with people."),
        ("We reach hard-to-reach groups.", "'hard-to-reach' is official language. Say who you mean."),
    ])
    func adviceFitsTheWord(sentence: String, message: String) {
        #expect(checker.check(.paragraphs([sentence])).findings.map(\.message) == [message])
    }
}
