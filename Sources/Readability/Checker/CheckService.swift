import PlainlyModel

/// The one way every command checks a document (`check`, `status`, `build --final` and the
/// preview's highlights): which profile a document is checked with, and the checker set up for it.
public struct CheckService: Sendable {
    /// The profile asked for on the command line; nil for the one the document names.
    public var profileOverride: Profile?
    /// Keep every sentence and word (for `--tokens` and the highlighted pages).
    public var keepsUnits: Bool
    /// Worker threads, for long texts from the command line (see `Checker.usesWorkers`).
    public var usesWorkers: Bool

    /// The project's settings (`.plainly.yaml`): rules ignored, limits, words.
    public var settings: CheckSettings

    public init(profile: Profile? = nil, keepsUnits: Bool = false, usesWorkers: Bool = false, settings: CheckSettings = CheckSettings()) {
        profileOverride = profile
        self.keepsUnits = keepsUnits
        self.usesWorkers = usesWorkers
        self.settings = settings
    }

    /// The one asked for, else the document's own: a paper, a `.txt`, `.html` or `.docx` file
    /// (which the readers mark `plain`) is checked as plain English.
    public func profile(for metadata: Metadata) -> Profile {
        profileOverride ?? metadata.profile
    }

    public func checker(for metadata: Metadata) -> Checker {
        Checker(
            profile: settings.applied(to: .named(profile(for: metadata))), keepsUnits: keepsUnits, usesWorkers: usesWorkers,
            acceptedWords: settings.words)
    }

    /// Checks the document, then leaves out what its own switches (`<!-- plainly-disable … -->`) turn off.
    /// With a spool, a streamed report's view of each unit goes there as it is checked (see `UnitSpool`).
    public func check(_ document: Document, spoolingUnitsTo spool: UnitSpool? = nil) -> CheckResult {
        let switches = InlineSwitches(document)
        var checker = checker(for: document.metadata)
        checker.unitSpool = spool
        var result = switches.apply(to: checker.check(document))
        result.diagnostics += switches.diagnostics
        return result
    }

    /// Text read a piece at a time (a long `.txt` file), never held whole.
    public func check<Parts: Sequence>(metadata: Metadata, parts: Parts, spoolingUnitsTo spool: UnitSpool? = nil) -> CheckResult
    where Parts.Element: PartPiece {
        var checker = checker(for: metadata)
        checker.unitSpool = spool
        return checker.check(metadata: metadata, parts: parts)
    }
}
