import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite

@Suite("Build progress and terminal output")
struct BuildProgressTests {
    /// Records what a build reports, from any thread.
    final class Recorder: BuildObserver, @unchecked Sendable {
        private let lock = NSLock()
        private(set) var stages: [BuildStage] = []
        private(set) var rendered: [(Int, Int)] = []
        func stageFinished(_ stage: BuildStage, duration: Duration) { lock.withLock { stages.append(stage) } }
        func briefingsRendered(_ done: Int, of total: Int) { lock.withLock { rendered.append((done, total)) } }
    }

    @Test func aBuildReportsEveryStageInOrderAndEachBriefing() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: T\n")
        for i in 1...12 { try scratch.write("site/content/b\(i).md", "# Briefing \(i)\n\nText \(i).\n") }
        let recorder = Recorder()
        var builder = SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out"))
        builder.observer = recorder
        _ = try await builder.build()
        #expect(recorder.stages == [.load, .render, .pages, .write])
        #expect(recorder.rendered.count == 12)
        #expect(Set(recorder.rendered.map(\.0)) == Set(1...12), "each count once, from concurrent tasks")
        #expect(recorder.rendered.allSatisfy { $0.1 == 12 })
    }

    @Test func aFailedBuildReportsNoStage() async throws {
        let scratch = try Scratch()
        try scratch.write("site/brief.yml", "title: [\n")
        let recorder = Recorder()
        var builder = SiteBuilder(siteDirectory: scratch.url("site"), outputDirectory: scratch.url("out"))
        builder.observer = recorder
        await #expect(throws: (any Error).self) { try await builder.build() }
        #expect(recorder.stages.isEmpty)
    }

    @Test func theConsoleDrawsInPlaceOnlyWhenAskedAndPrintsStagesWhenVerbose() async throws {
        let output = OutputBox()
        let console = BuildConsole(showProgress: true, verbose: true, write: { output.append($0) })
        try await Task.sleep(for: BuildConsole.delay + .milliseconds(20))
        console.briefingsRendered(5, of: 10)
        console.briefingsRendered(4, of: 10)
        console.briefingsRendered(10, of: 10)
        console.stageFinished(.render, duration: .milliseconds(1500))
        let text = output.raw
        #expect(text.contains("\r\u{1B}[KRendering 5/10 briefings, "))
        #expect(text.contains("Rendering 10/10 briefings"))
        #expect(!text.contains("4/10"), "counts never go backwards")
        #expect(text.hasSuffix("\r\u{1B}[Krender  1.500 s\n"), "the line is cleared before other output")

        let quiet = OutputBox()
        let silent = BuildConsole(showProgress: false, verbose: false, write: { quiet.append($0) })
        silent.briefingsRendered(1, of: 1)
        silent.stageFinished(.load, duration: .seconds(1))
        silent.finish()
        #expect(quiet.raw.isEmpty)
    }

    @Test(arguments: [
        ([:], true, true), (["NO_COLOR": "1"], true, false), (["NO_COLOR": ""], true, true),
        ([:], false, false), (["TERM": "dumb"], true, false),
    ] as [([String: String], Bool, Bool)])
    func colourOnlyOnATerminalWithoutNoColor(environment: [String: String], terminal: Bool, expected: Bool) {
        #expect(TerminalStyle.allowsColour(environment: environment, isTerminal: terminal) == expected)
    }

    @Test func errorsAreRedAndWarningsYellow() {
        let style = TerminalStyle(colour: true)
        #expect(style.highlight("a.md:3: error: bad") == "a.md:3: \u{1B}[1;31merror:\u{1B}[0m bad")
        #expect(style.highlight("error: 2 problems") == "\u{1B}[1;31merror:\u{1B}[0m 2 problems")
        #expect(style.highlight("n.md:1: warning: odd") == "n.md:1: \u{1B}[1;33mwarning:\u{1B}[0m odd")
        #expect(TerminalStyle(colour: false).highlight("a.md:3: error: bad") == "a.md:3: error: bad")
    }
}
