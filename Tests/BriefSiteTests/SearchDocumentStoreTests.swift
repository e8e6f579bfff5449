import Testing
@testable import BriefSite

/// `SearchDocumentStore`: documents written end to end into pages read back as written, across
/// page ends and larger than a page.
@Suite("Search document store")
struct SearchDocumentStoreTests {
    @Test func documentsReadBackAsWrittenAcrossPagesAndPastAPagesSize() {
        let page = SearchDocumentStore.pageSize
        // Sizes that fill a page exactly, overflow it by one, exceed a page, and are empty.
        let sizes = [page - 10, 10, 1, page - 1, 2, page + 5, 0, 3, page * 2, 7]
        let documents = sizes.enumerated().map { index, size in (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) } }
        let store = SearchDocumentStore(expectedCount: documents.count)
        for document in documents {
            store.append(size: document.count) { $0.update(from: document, count: document.count) }
        }
        #expect(store.views.map(\.count) == sizes)
        #expect(store.views.map { Array($0) } == documents)
        // No two documents share a byte.
        let ranges = store.views.filter { $0.count > 0 }.map { UInt(bitPattern: $0.baseAddress!)..<(UInt(bitPattern: $0.baseAddress!) + UInt($0.count)) }
        for (i, a) in ranges.enumerated() {
            for b in ranges[(i + 1)...] { #expect(!a.overlaps(b)) }
        }
    }
}
