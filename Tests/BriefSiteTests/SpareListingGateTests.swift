import BriefContent
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

    /// How the spare tree's listing went before the tree was made.
    enum Listing: CaseIterable {
        case listedAhead, notListedAhead, withdrawn
    }

    /// Listed ahead, not listed ahead (then listed when the tree is made), or withdrawn before it
    /// walked (its gate opened, then withdrawn: stopped at its first folder, no listing made).
    @Test(arguments: Listing.allCases)
    func aTreeFromTheSpareIsExactHoweverItWasListed(_ listing: Listing) throws {
        let scratch = try Scratch()
        try scratch.write("out/index.html", "current")
        try scratch.write("spare/index.html", "older")
        try scratch.write("spare/stale.html", "gone from the site")
        try scratch.write("spare/old/page.html", "a folder gone from the site")
        var output = AtomicOutput(destination: scratch.url("out"))
        output.spare = scratch.url("spare")
        let gate = listing == .withdrawn ? Gate.open(true) : Gate()
        if listing == .withdrawn { gate.withdraw() }
        let staging = StagingTree(output: output, previous: OutputManifest(), listing: gate)
        gate.open(listing == .listedAhead)
        if listing == .withdrawn { #expect(staging.waitForListing() == nil, "stopped at its first folder: no listing") }
        _ = staging.write("index.html", key: 1, text: "new")
        _ = staging.write("a/page.html", key: 2, text: "a page")
        _ = try staging.finish([
            PlannedFile(path: "a/page.html", key: 2, source: .written), PlannedFile(path: "index.html", key: 1, source: .written),
        ])
        #expect(try scratch.snapshot("out") == ["index.html": Data("new".utf8), "a/page.html": Data("a page".utf8)])
        #expect(!scratch.exists("out/old"))
    }

    /// A spare gone after it was listed (another build's `SpareLocation.removeStale` moved it
    /// aside as stale) cannot be renamed into the temp tree: the tree is made fresh and the
    /// listing dropped. Kept, it would say the unchanged page is there already (its inode is the
    /// output's), and the new output would lack it.
    @Test func aSpareGoneAfterItsListingGivesAFreshTreeAndTheListingIsDropped() throws {
        let scratch = try Scratch()
        try scratch.write("out/index.html", "current")
        try scratch.write("out/kept.html", "an unchanged page")
        try FileManager.default.createDirectory(at: scratch.url("spare"), withIntermediateDirectories: true)
        try FileManager.default.linkItem(at: scratch.url("out/kept.html"), to: scratch.url("spare/kept.html"))
        var previous = OutputManifest()
        previous.records["kept.html"] = OutputManifest.identity(of: scratch.url("out/kept.html"), key: 7)
        previous.records["index.html"] = OutputManifest.identity(of: scratch.url("out/index.html"), key: 0)
        var output = AtomicOutput(destination: scratch.url("out"))
        output.spare = scratch.url("spare")
        let staging = StagingTree(output: output, previous: previous, listing: .open(true))
        // Listed (one file) before the spare goes: else the test could pass without telling.
        #expect(staging.waitForListing() == 1)
        try FileManager.default.moveItem(at: scratch.url("spare"), to: scratch.url(".spare-stale-x"))
        _ = staging.write("index.html", key: 1, text: "new")
        _ = try staging.finish([
            PlannedFile(path: "index.html", key: 1, source: .written), PlannedFile(path: "kept.html", key: 7, source: .unchanged),
        ])
        #expect(try scratch.snapshot("out") == ["index.html": Data("new".utf8), "kept.html": Data("an unchanged page".utf8)])
    }

    /// A withdrawn gate: work that has begun sees it (`isWithdrawn`); one not opened yet says no.
    @Test func aWithdrawnGateIsSeenByWorkUnderWayAndSaysNoWhenNotYetOpen() {
        let open = Gate.open(true)
        #expect(!open.isWithdrawn)
        open.withdraw()
        #expect(open.isWithdrawn)
        #expect(open.wait(), "the first decision stands")
        let closed = Gate()
        closed.withdraw()
        #expect(closed.isWithdrawn)
        #expect(closed.wait() == false)
    }

    /// A listing stopped part of the way makes no result (a part would pass for the whole);
    /// never stopped, it is the plain listing.
    @Test func aStoppedListingIsNoListing() throws {
        let scratch = try Scratch()
        for folder in ["a", "b", "c/d"] { try scratch.write("spare/\(folder)/index.html", folder) }
        try scratch.write("spare/index.html", "home")
        var asked = 0
        let stopped = AtomicOutput.listing(of: scratch.url("spare")) {
            asked += 1
            return asked >= 2
        }
        #expect(stopped == nil)
        #expect(asked == 2, "no folder is entered once stopped")
        let whole = try #require(AtomicOutput.listing(of: scratch.url("spare"), stop: { false }))
        let plain = AtomicOutput.listing(of: scratch.url("spare"))
        #expect(whole.files == plain.files)
        #expect(whole.folders.sorted() == plain.folders.sorted())
        #expect(whole.files.count == 4)
    }

    /// `brief build` lists the spare from the start and withdraws the listing once the inputs
    /// turn out unchanged; should the output not be intact after all, the build makes it from a
    /// listing of its own, and it equals a clean build.
    @Test func aWithdrawnListingStillGivesAnExactOutput() async throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        func build(_ out: String) async throws {
            var builder = SiteBuilder(siteDirectory: site, outputDirectory: scratch.url(out))
            builder.keepsResultsUntilExit = true
            _ = try await builder.build()
        }
        // Three builds: the third has a spare (the first output) to list.
        try await build("out")
        try scratch.write("site/content/added.md", "---\ntitle: Added\n---\n\nA page that comes and goes.\n")
        try await build("out")
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/added.md"))
        try await build("out")
        try await build("out")
        try scratch.write("out/index.html", "tampered")
        try FileManager.default.removeItem(at: scratch.url("out/briefings"))
        try await build("out")
        try FileManager.default.removeItem(at: site.appendingPathComponent(BuildCache.folderName))
        try await build("clean")
        #expect(try scratch.snapshot("out") == scratch.snapshot("clean"))
    }
}
