import BriefTestSupport
import Foundation
import Testing
@testable import brief

/// Exit statuses and messages of the built `brief`, as a shell sees them.
@Suite("brief command line")
struct CommandLineTests {
    @Test func versionPrintsTheOneVersionConstant() throws {
        let result = try BriefProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output == Brief.version + "\n")
        #expect(Brief.version.split(separator: ".").count == 3)
    }

    @Test func annotateOfAMissingFileIsAnInputErrorNamingItNotAUsageError() throws {
        let scratch = try Scratch()
        let missing = scratch.url("nonexistent.md").path
        let result = try BriefProcess.run(["annotate", missing])
        #expect(result.status == 1)
        #expect(result.errors == "\(missing): error: no such file\n")
    }

    @Test func annotateReportsABadStdinLineAndExitsNonZeroAfterTheRest() throws {
        let input = "{\"id\": 1, \"text\": \"Sergei Lavrov spoke.\"}\n{oops\n{\"id\": \"two\", \"text\": \"Moscow.\"}\n"
        let result = try BriefProcess.run(["annotate"], input: input)
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("error: stdin line 2: not valid JSON"))
        #expect(!result.errors.contains("DecodingError"))
        let ids = result.output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"].map { "\($0)" }
        }
        #expect(ids == ["1", "two"])
        #expect(result.output.contains(#""id":1,"#))
    }

    @Test func buildTakesBaseURLAndRefusesOneThatIsNoWebAddress() throws {
        let scratch = try Scratch()
        let site = try scratch.copySampleSite()
        let bad = try BriefProcess.run(["build", "--site", site.path, "--base-url", "ftp://x.example/"])
        #expect(bad.status == 1)
        #expect(bad.errors == "error: --base-url must start with http:// or https://, found \"ftp://x.example/\"\n")
        #expect(!scratch.exists("site/public"))
        let good = try BriefProcess.run(["build", "--site", site.path, "--base-url", "https://pr-7.example.net/", "-q"])
        #expect(good.status == 0)
        #expect(try scratch.read("site/public/index.html").contains("href=\"https://pr-7.example.net/\""))
    }

    @Test func initRefusesAnEmptyFolderNameAndWritesNothing() throws {
        let scratch = try Scratch()
        for name in ["", "  "] {
            let result = try BriefProcess.run(["init", name], in: scratch.root)
            #expect(result.status != 0)
            #expect(result.errors.contains("DIR is empty"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).isEmpty)
    }

    @Test func initPrintsTheNextCommandShellQuoted() throws {
        let scratch = try Scratch()
        let result = try BriefProcess.run(["init", "new site/it's"], in: scratch.root)
        #expect(result.status == 0)
        #expect(result.output.contains("Next: brief serve --site 'new site/it'\\''s'\n"), "\(result.output)")
        #expect(InitCommand.shellQuoted("plain/site-1") == "plain/site-1")
    }

    @Test func buildTakesShortQuietAndVerboseFlags() throws {
        let scratch = try Scratch()
        #expect(try BriefProcess.run(["init", scratch.url("site").path]).status == 0)
        let quiet = try BriefProcess.run(["build", "-q", "--site", scratch.url("site").path])
        #expect(quiet.status == 0)
        #expect(quiet.output.isEmpty && quiet.errors.isEmpty)
        let verbose = try BriefProcess.run(["build", "-v", "--site", scratch.url("site").path])
        #expect(verbose.status == 0)
        #expect(verbose.errors.contains("memory allocator:"))
    }

    @Test func newRefusesALinkedFolderOutsideTheSite() throws {
        let scratch = try Scratch()
        #expect(try BriefProcess.run(["init", scratch.url("site").path]).status == 0)
        try FileManager.default.createDirectory(at: scratch.url("outside"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: scratch.url("site/content/ext"), withDestinationURL: scratch.url("outside"))
        let result = try BriefProcess.run(["new", "Escapee", "--folder", "ext", "--site", scratch.url("site").path])
        #expect(result.status == 1)
        #expect(result.errors.contains("content/ext is a symbolic link"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url("outside").path).isEmpty)
    }
}
