import PlainlyModel
import Testing

/// The one definition of each profile's sizes, which every format takes.
@Suite struct ProfileSizesTests {
    @Test(arguments: [(Profile.easyRead, 16.0, 14.0), (.largePrint, 18, 16), (.plain, 14, 12)])
    func eachProfileHasItsGuidancesBodySize(profile: Profile, body: Double, minimum: Double) {
        #expect(profile.bodySize == Points(body))
        #expect(profile.minimumBodySize == Points(minimum))
        #expect(profile.bodySize <= Profile.maximumBodySize)
    }
}
