import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// A failed move of the output says why in `rename`'s own error, not one some later call left
/// in `errno` (the words were read after the path buffers were let go).
///
/// What each test pins: `namesTheRenamesOwnError` the words of real failed renames, end to end;
/// it passed on the code before the fix too (nothing between `rename` and the read of `errno`
/// set it again there, in practice), so it guards the words, not the fix. The fix is that the
/// error is taken once, right after the call, and worded from the value handed on
/// (`AtomicOutput.reason(_:)`): `theWordsAreOfTheErrorHandedOn` pins that, with a different
/// error left in `errno` at the time.
@Suite("The error of a failed rename")
struct AtomicOutputRenameErrorTests {
    @Test func theWordsAreOfTheErrorHandedOn() {
        for (handed, left) in [(EXDEV, ENOENT), (ENOTEMPTY, EACCES), (EACCES, 0)] {
            errno = left
            #expect(AtomicOutput.reason(handed) == String(cString: strerror(handed)))
            #expect(AtomicOutput.reason(handed) != String(cString: strerror(left)))
        }
    }

    /// Each way to fail and the error it must be told with.
    static let cases: [(name: String, error: Int32)] = [
        ("missing folder", ENOENT), ("onto a folder that holds files", ENOTEMPTY), ("a folder onto a file", ENOTDIR),
    ]

    @Test(arguments: cases.indices)
    func namesTheRenamesOwnError(_ index: Int) throws {
        let (name, error) = Self.cases[index]
        let scratch = try Scratch()
        try scratch.write("new/index.html", "new site")
        try scratch.write("full/kept.html", "in the way")
        try scratch.write("plain", "a file")
        let target = switch error {
        case ENOENT: scratch.url("missing/public")
        case ENOTEMPTY: scratch.url("full")
        default: scratch.url("plain")
        }
        let output = AtomicOutput(destination: scratch.url("public"))
        do {
            try output.rename(scratch.url("new"), to: target)
            Issue.record("\(name): the rename did not fail")
        } catch {
            #expect(error.message == "cannot move new into place: \(String(cString: strerror(Self.cases[index].error)))", "\(name)")
        }
        #expect(scratch.exists("new/index.html"))
    }
}
