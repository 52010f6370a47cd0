extension Wording {
    /// The words of the preview's group screen, where a co-production group chooses pictures and
    /// agrees parts around one screen.
    public enum GroupScreen {
        public static let barLink = "Choose pictures and agree parts"
        public static let backToPage = "Show the easy-read page"
        public static func heading(_ title: String) -> String { "\(title): choose pictures and agree parts" }
        public static let introduction =
            "Choose a picture for each empty space, then agree each part when the group is happy with it. "
            + "Every choice is saved in the guide's files straight away, and the last change can be undone."
        public static let nothingToDo = "Every picture is chosen and every part is agreed."
        public static let draft = "Not agreed yet"
        public static let agreed = "Agreed"
        public static let whoIsHere = "Who is here (you can leave this empty)"
        public static let agreeButton = "We agree this part"
        public static func pictureFor(_ description: String) -> String {
            description.isEmpty ? "Picture still to choose" : "Picture for: \(description)"
        }
        public static let beside = "Beside the words:"
        public static let noSuggestion =
            "The picture bank has nothing for this. Describe the picture in other words in the file, or add your own picture."
        public static func undo(_ what: String) -> String { "Undo the last change: \(what)" }
        public static func chose(_ symbol: String, _ description: String) -> String {
            "Chose the picture '\(symbol)' for '\(description)'."
        }
        public static func agreedPart(_ title: String) -> String { "Agreed '\(title)'." }
        public static func undid(_ what: String) -> String { "Undone: \(what)" }
        public static let nothingToUndo = "There is no change to undo."
        public static let changedSinceUndo =
            "The file has been changed since, so the last change was not undone. Edit the file to change it back."
        public static let cannotShow = "The guide has errors, so pictures cannot be chosen until they are fixed."
    }
}
