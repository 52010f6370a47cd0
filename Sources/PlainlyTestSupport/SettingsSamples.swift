/// A guide whose one agreed part has a checker error (a 51-word sentence) and a warning (official
/// language), and project settings that ignore the one and accept the other. The tests of `status`,
/// `build --final`, the preview and `check` use the same ones, so each is held to the same answer.
public enum SettingsSamples {
    public static let guideYAML = "title: Meeting guide\nprofile: plain\nparts: [one.md]\n"

    public static let part = """
        ---
        title: One
        by: Sam
        status: agreed
        ---
        We will utilise the hall on Mondays.

        The board is asked to note the contents of this report and to approve the second option, which would use the money left over from the current year to pay for more short breaks for carers and their families across the whole of the county next year and the year after.

        """

    /// Ignores the rule that made the error and accepts the official word.
    public static let ignoreAndWords = "ignore: [long-sentence]\nwords: [utilise]\n"
    /// Raises the limit instead, and makes official language a note.
    public static let limits = "rules:\n  long-sentence: { warning: 40, error: 60 }\n  jargon: { severity: note }\n"
    /// A rule name misspelt: settings nobody chose, used nowhere.
    public static let misspelt = "ignore: [jargn]\n"
}
