/// Texts several test targets check, kept once so they cannot drift apart.
public enum SampleTexts {
    /// A small board paper: long sentences, jargon, an abbreviation, money and a list, so any
    /// difference in how it is read or checked shows in the findings. The report golden files
    /// (ReadabilityTests) are made from it.
    public static let boardPaper = """
        Carers' support: options for next year
        ======================================

        The board is asked to note the contents of this report and to approve option 2, which would utilise the underspend from the current year in order to facilitate additional respite provision for carers across the county, going forward.

        Dr Patel from the CQC will attend the meeting at 10.30 a.m. Questions can be sent before the day. The cost is £4.50 per session, e.g. for a short break.

        - Keep the service as it is
        - Extend the service to weekends

        What happens next

        We will tell carers about the decision. We will write to them in May.
        """
}
