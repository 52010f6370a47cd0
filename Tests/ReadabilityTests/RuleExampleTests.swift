import PlainlyModel
import Readability
import Testing

/// Runs every rule's own examples: each must be reported when it says it triggers, and must not be
/// otherwise. The rule runs alone, with its settings from the example's profile.
@Suite struct RuleExampleTests {
    static let cases: [(String, Int)] = RuleRegistry.all.flatMap { rule in
        rule.examples.indices.map { (rule.id, $0) }
    }

    @Test(arguments: cases)
    func example(rule id: String, number: Int) throws {
        let rule = try #require(RuleRegistry.rule(id))
        let example = rule.examples[number]
        let checker = Checker(profile: .named(example.profile), onlyRules: [id])
        let findings = checker.check(example.document).findings.filter { $0.rule == id }
        let text = UnitCollector.units(of: example.document).map(\.text).joined(separator: " / ")
        if example.triggers {
            #expect(!findings.isEmpty, "\(id) should report: \(text)")
        } else {
            #expect(findings.isEmpty, "\(id) should not report: \(text); it said \(findings.map(\.message))")
        }
    }

    @Test func everyRuleHasExamplesBothWays() {
        for rule in RuleRegistry.all {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id) has no example that triggers it")
            #expect(rule.examples.contains { !$0.triggers }, "\(rule.id) has no example that must not trigger it")
        }
    }

    @Test func everyProfilesOnlyKnownRules() {
        for profile in Profile.allCases {
            for id in CheckProfile.named(profile).rules.keys {
                #expect(RuleRegistry.rule(id) != nil, "\(profile.rawValue) names unknown rule \(id)")
            }
        }
    }

    @Test func ruleIdsAreUnique() {
        #expect(Set(RuleRegistry.all.map { $0.id }).count == RuleRegistry.all.count)
    }

    @Test func jargonListHasAtLeast150Entries() {
        #expect(WordLists.shipped.jargon.count >= 150)
    }
}
