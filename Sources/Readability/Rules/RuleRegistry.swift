/// Every rule Plainly has, in the order findings at the same place are listed.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        LongSentence.self, AverageSentenceLength.self, LongParagraph.self, PassiveVoice.self, HardWord.self, Misspelling.self,
        Jargon.self, Acronym.self, EasyReadAbbreviation.self, NumbersAsWords.self, Percentages.self, BlockCapitals.self, Semicolon.self, SentencesOnOneLine.self,
        Emphasis.self, RowWithoutPicture.self, EmptyPictureSlot.self, HeadingSkip.self, PaperSummary.self,
        NumberedRecommendations.self, NotEnglish.self,
    ]

    public static func rule(_ id: String) -> (any Rule.Type)? { all.first { $0.id == id } }
}
