import BriefTestSupport
import Foundation
import Testing
@testable import BriefSite
#if canImport(Glibc)
import Glibc
#endif

/// A failed move of the output says why in `rename`'s own error, not one some later call left
/// in `errno` (the words were read after the path buffers were let go).
@Suite("The error of a failed rename")
struct AtomicOutputRenameErrorTests {
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
