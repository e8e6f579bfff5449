import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

/// The spare tree is listed ahead only once a build knows it will write (`Gate`): a build told
/// not to list it still completes a tree from it exactly (listing it then), stale files gone.
@Suite("Spare listing gate")
struct SpareListingGateTests {
    @Test func aGateSaysItsFirstDecisionToEveryWaiter() {
        let gate = Gate()
        gate.open(false)
        gate.open(true)
        #expect(gate.wait() == false)
        #expect(gate.wait() == false)
        #expect(Gate.open(true).wait())
    }

    @Test(arguments: [false, true])
    func aTreeFromTheSpareIsExactWhetherItWasListedAheadOrNot(_ listedAhead: Bool) throws {
        let scratch = try Scratch()
        try scratch.write("out/index.html", "current")
        try scratch.write("spare/index.html", "older")
        try scratch.write("spare/stale.html", "gone from the site")
        try scratch.write("spare/old/page.html", "a folder gone from the site")
        var output = AtomicOutput(destination: scratch.url("out"))
        output.spare = scratch.url("spare")
        let gate = Gate()
        let staging = StagingTree(output: output, previous: OutputManifest(), listing: gate)
        gate.open(listedAhead)
        _ = staging.write("index.html", key: 1, text: "new")
        _ = staging.write("a/page.html", key: 2, text: "a page")
        _ = try staging.finish([
            PlannedFile(path: "a/page.html", key: 2, source: .written), PlannedFile(path: "index.html", key: 1, source: .written),
        ])
        #expect(try scratch.snapshot("out") == ["index.html": Data("new".utf8), "a/page.html": Data("a page".utf8)])
        #expect(!scratch.exists("out/old"))
    }
}
