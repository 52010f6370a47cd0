/// A reading age in years from a US grade: the age at which a typical UK reader manages the text.
public enum UKReadingAge {
    public static func years(fromUSGrade grade: Double) -> Double {
        grade + PublishedConstants.UKReadingAge.yearsAboveUSGrade
    }
}
