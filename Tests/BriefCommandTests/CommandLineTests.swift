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

    @Test func initsHintQuotesAFolderNameTheShellWouldSplit() throws {
        let scratch = try Scratch()
        let result = try BriefProcess.run(["init", "new site/o'neil desk"], in: scratch.root)
        #expect(result.status == 0)
        #expect(result.output.contains(#"Next: brief serve --site 'new site/o'\''neil desk'"#))
        let plain = try BriefProcess.run(["init", "desk-2"], in: scratch.root)
        #expect(plain.output.contains("Next: brief serve --site desk-2\n"))
    }

    /// A folder whose name is not valid UTF-8 (the current one, one above it, or DIR's own) is
    /// refused, named with its bad bytes as `\xHH`: read as text (U+FFFD for the byte), it was
    /// another folder, made beside it, and the site was written there under "created ...".
    /// `build`, `check`, `serve` and `new` refuse such a site (or output) folder the same way.
    @Test func aFolderWhoseNameIsNotUTF8IsRefused() throws {
        let scratch = try Scratch()
        let bad = Array(scratch.root.path.utf8) + Array("/bad".utf8) + [0xE9] + Array("dir".utf8)
        #expect((bad + [0]).withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) } } == 0)
        // The shell hands brief the raw bytes (Process takes only text); `printf` makes them.
        let shown = scratch.root.path + "/bad\\xE9dir"
        for (script, named) in [
            (#"cd "$(printf 'bad\351dir')" && exec "$0" init site"#, shown),
            (#"cd "$(printf 'bad\351dir')" && exec "$0" init ."#, shown),
            (#"exec "$0" init "$(printf 'bad\351dir')/s2""#, shown),
            (#"exec "$0" init "$(printf 'new\377')""#, scratch.root.path + "/new\\xFF"),
            // The other commands read (or write) a site there: no brief.yml was found in the
            // folder of U+FFFD's name, and `build` made it, for its lock.
            (#"cd "$(printf 'bad\351dir')" && exec "$0" build"#, shown),
            (#"exec "$0" build --site "$(printf 'bad\351dir')""#, shown),
            (#"exec "$0" check --site="$(printf 'bad\351dir')""#, shown),
            (#"exec "$0" build --site . --output "$(printf 'bad\351dir')/out""#, shown),
            (#"cd "$(printf 'bad\351dir')" && exec "$0" check"#, shown),
            (#"cd "$(printf 'bad\351dir')" && exec "$0" new Title"#, shown),
            (#"cd "$(printf 'bad\351dir')" && exec timeout 30 "$0" serve --port 1"#, shown),
        ] {
            let (status, said) = try BriefProcess.shell(script, in: scratch.root)
            #expect(status == 1, "\(script)")
            #expect(said.contains("error: \(named) has a name that is not valid UTF-8"), "\(script): \(said)")
        }
        // Nothing was made, here or in the folder of U+FFFD's name.
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).count == 1)
        #expect((bad + [0]).withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { rmdir($0.baseAddress!) } } == 0, "the folder was empty")
    }

    /// `brief new --folder` with a name that is not valid UTF-8 is refused too: read as text, it
    /// was another folder of content/ (U+FFFD for the byte), which was made, the briefing in it.
    @Test func newRefusesAFolderWhoseNameIsNotUTF8() throws {
        let scratch = try Scratch()
        #expect(try BriefProcess.run(["init", scratch.url("site").path]).status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: scratch.url("site/content").path)
        for (script, named) in [
            (#"exec "$0" new Title --site site --folder "$(printf 'x\351')""#, "site/content/x\\xE9"),
            (#"cd site && exec "$0" new Title --folder="$(printf 'world/x\377y')""#, "content/world/x\\xFFy"),
        ] {
            let (status, said) = try BriefProcess.shell(script, in: scratch.root)
            #expect(status == 1, "\(script)")
            #expect(said.contains("error: \(named) has a name that is not valid UTF-8"), "\(script): \(said)")
        }
        // A leading / or a `..` is said first: the clearer reason, whatever the bytes.
        for (script, reason) in [
            (#"exec "$0" new Title --site site --folder "$(printf '/x\351')""#, "leave out the leading /"),
            (#"exec "$0" new Title --site site --folder "$(printf 'x\351/../y')""#, "without `..`"),
        ] {
            let (status, said) = try BriefProcess.shell(script, in: scratch.root)
            #expect(status == 1, "\(script)")
            #expect(said.contains(reason), "\(script): \(said)")
            #expect(!said.contains("not valid UTF-8"), "\(script): \(said)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url("site/content").path) == before)
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
