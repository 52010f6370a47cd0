/// Every published constant of every formula, in one place, with its source. The numbers are the ones
/// printed in the original papers; where other tools round them (0.38 for 0.39, 0.058 for 0.0588),
/// these are right and they are not.
public enum PublishedConstants {
    /// Flesch, R. (1948). A new readability yardstick. *Journal of Applied Psychology* 32(3), 221–233.
    public enum FleschReadingEase {
        public static let base = 206.835
        public static let perWordsPerSentence = 1.015
        public static let perSyllablesPerWord = 84.6
    }

    /// Kincaid, J. P., Fishburne, R. P., Rogers, R. L. & Chissom, B. S. (1975). *Derivation of new
    /// readability formulas for Navy enlisted personnel.* Research Branch Report 8-75, Naval Technical
    /// Training Command, Millington, TN.
    public enum FleschKincaidGrade {
        public static let perWordsPerSentence = 0.39
        public static let perSyllablesPerWord = 11.8
        public static let offset = 15.59
    }

    /// Gunning, R. (1952). *The Technique of Clear Writing.* McGraw-Hill, New York.
    public enum GunningFog {
        public static let factor = 0.4
        public static let percent = 100.0
    }

    /// McLaughlin, G. H. (1969). SMOG grading: a new readability formula. *Journal of Reading* 12(8),
    /// 639–646.
    public enum SMOG {
        public static let factor = 1.0430
        public static let sampleSentences = 30.0
        public static let offset = 3.1291
        /// The classic sample: ten sentences from the start, ten from the middle, ten from the end.
        public static let sampleBlock = 10
    }

    /// Coleman, M. & Liau, T. L. (1975). A computer readability formula designed for machine scoring.
    /// *Journal of Applied Psychology* 60(2), 283–284.
    public enum ColemanLiau {
        public static let perLetters = 0.0588
        public static let perSentences = 0.296
        public static let offset = 15.8
        public static let perWords = 100.0
    }

    /// Senter, R. J. & Smith, E. A. (1967). *Automated Readability Index.* AMRL-TR-66-220, Aerospace
    /// Medical Research Laboratories, Wright-Patterson Air Force Base, Ohio.
    public enum AutomatedReadabilityIndex {
        public static let perCharactersPerWord = 4.71
        public static let perWordsPerSentence = 0.5
        public static let offset = 21.43
    }

    /// A US school grade is a UK reading age less five: children start US grade 1 in the year they turn
    /// six or seven, Year 2 in England (the convention UK readability tools and the NHS's own guidance on
    /// reading ages use).
    public enum UKReadingAge {
        public static let yearsAboveUSGrade = 5.0
    }
}
