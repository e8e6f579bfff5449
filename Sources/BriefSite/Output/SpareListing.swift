import Dispatch
import Foundation

/// The spare tree's listing (`AtomicOutput.listing`), made on a background thread from the
/// start of a build: listing ten thousand folders reads their directory blocks, often from disk,
/// and the first page written would otherwise wait for it while holding the staging lock.
/// Paths are relative, so the listing stays right when the spare is renamed to the temp tree.
final class SpareListing: @unchecked Sendable {
    typealias Listing = (files: [String: OutputManifest.Record], folders: Set<String>)

    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the background thread before `finished` is signalled.
    private var listing: Listing?

    init(of spare: URL) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            listing = AtomicOutput.listing(of: spare)
            finished.signal()
        }
    }

    /// The listing, once made (waits for it).
    func wait() -> Listing {
        finished.wait()
        // Signalled again so a second caller does not wait forever.
        finished.signal()
        return listing!
    }
}
