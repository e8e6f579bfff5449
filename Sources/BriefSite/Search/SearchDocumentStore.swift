/// `SearchDocument`s written end to end into pages of memory allocated by hand, read in place
/// (`views`) by `SearchShards`: the build makes tens of thousands of entity and quote documents
/// on every build, and an array of its own for each was an allocation, a retain per read and a
/// free (pages of them stay close in memory, too). Filled by one worker, then read by another
/// once the workers are done (the handover orders it); freed with the store.
final class SearchDocumentStore: @unchecked Sendable {
    /// Bytes per page; a larger document gets a page of its size.
    static let pageSize = 1 << 16

    private var pages: [UnsafeMutableRawPointer] = []
    /// The current page's free room.
    private var free: UnsafeMutableRawPointer?
    private var freeCount = 0
    /// Each document's bytes, in the order added.
    private(set) var views: [UnsafeRawBufferPointer] = []

    init(expectedCount: Int = 0) {
        views.reserveCapacity(expectedCount)
    }

    deinit {
        for page in pages { page.deallocate() }
    }

    /// Adds a document of `size` bytes, which `fill` writes (all of them) at the pointer it is given.
    func append(size: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) {
        if size > freeCount || free == nil {
            let pageSize = max(size, Self.pageSize)
            let page = UnsafeMutableRawPointer.allocate(byteCount: pageSize, alignment: 8)
            pages.append(page)
            free = page
            freeCount = pageSize
        }
        let start = free!
        fill(start.bindMemory(to: UInt8.self, capacity: max(size, 1)))
        views.append(UnsafeRawBufferPointer(start: start, count: size))
        free = start + size
        freeCount -= size
    }
}

extension SearchDocumentStore {
    /// The documents of entries `range` of `SearchEntry.entries(of: model)` (entities, then
    /// quotes), made by one maker into one store, as the build makes each chunk of them.
    static func entries(_ range: Range<Int>, of model: SiteModel, speakers: SearchDocumentMaker.QuoteSpeakers) -> SearchDocumentStore {
        var maker = SearchDocumentMaker()
        let words = SearchDocumentMaker.QuoteWords()
        let store = SearchDocumentStore(expectedCount: range.count)
        for index in range { maker.append(entry: index, of: model, speakers: speakers, words: words, to: store) }
        return store
    }
}
