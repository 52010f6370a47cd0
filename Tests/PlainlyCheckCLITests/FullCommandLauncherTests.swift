import Foundation
import PlainlyCheckCLI
import Testing

@Suite struct FullCommandLauncherTests {
    @Test func looksBesideTheExecutable() {
        #expect(FullCommandLauncher.fullBinary(besideExecutable: "/opt/plainly/bin/plainly") == "/opt/plainly/bin/plainly-full")
    }

    /// `ln -s /opt/plainly/bin/plainly /usr/local/bin/plainly`: plainly-full is beside the real file,
    /// not beside the link.
    @Test func followsSymlinksToTheRealBinary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plainly-launcher-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("prefix/bin")
        let linked = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: linked, withIntermediateDirectories: true)
        try Data().write(to: real.appendingPathComponent("plainly"))
        try FileManager.default.createSymbolicLink(
            atPath: linked.appendingPathComponent("plainly").path, withDestinationPath: real.appendingPathComponent("plainly").path)

        let found = FullCommandLauncher.fullBinary(besideExecutable: linked.appendingPathComponent("plainly").path)
        let expected = URL(fileURLWithPath: real.path).resolvingSymlinksInPath().appendingPathComponent("plainly-full").path
        #expect(found == expected)
    }
}
