#if canImport(Glibc)
import Glibc
#endif

/// How the build hands freed heap memory back to the system (glibc or jemalloc on Linux; nothing elsewhere).
enum MemoryRelease {
    /// Large buffers (a page of the size of the quotes page, `data/*.json`, the search index)
    /// get their own mapping, unmapped when freed. Left to itself, glibc raises this threshold to
    /// the size of the last such buffer freed, so the next ones come from the heap, whose pages
    /// stay with the process: each big file of the site pages then adds to the peak.
    /// (glibc only: jemalloc gives large buffers their own extents anyway.)
    static func configure() {
        #if canImport(Glibc)
        _ = configured
        #endif
    }

    #if canImport(Glibc)
    private static let configured: Bool = {
        typealias SetOption = @convention(c) (Int32, Int32) -> Int32
        guard dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallctl") == nil,
            let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt")
        else { return false }
        // M_MMAP_THRESHOLD (-3): fixed at 1 MiB, which also turns the raising off.
        return unsafeBitCast(symbol, to: SetOption.self)(-3, 1 << 20) == 1
    }()
    #endif

    /// After rendering, the briefings' texts and annotations are freed, but glibc keeps the
    /// pages in the worker threads' arenas, where the site pages (made on other threads) do not
    /// reuse them: without this the site pages' memory comes on top.
    /// With jemalloc (brief's release build links it in place of glibc's malloc), every arena's
    /// freed pages are given back the same way.
    /// Whether a stage that made `made` of `total` items (briefings parsed, pages rendered) freed
    /// enough to hand back: an eighth of them or more. A one-file edit's rebuild makes one, and
    /// purging its little scratch cost it some 1,600 page faults (9 ms) when the next stage touched
    /// those pages again; its peak memory is the same either way.
    static func isWorthTrimming(made: Int, of total: Int) -> Bool {
        made * 8 >= total
    }

    static func trim() {
        #if canImport(Glibc)
        // Both are looked up at run time: jemalloc's `mallctl` exists only when it is linked, and
        // `malloc_trim` is glibc's own (not in the Glibc module).
        typealias Control = @convention(c) (UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, Int) -> Int32
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallctl") {
            // 4096 is MALLCTL_ARENAS_ALL.
            _ = unsafeBitCast(symbol, to: Control.self)("arena.4096.purge", nil, nil, nil, 0)
        } else if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
    }
}
