import BriefContent

/// What `brief serve` knows of the site's sources between builds: the last snapshot and, where
/// the system can tell (`SiteWatcher.watchedSnapshot`), a watch of every folder it read. While
/// the watch saw nothing, the snapshot holds and no file is walked or stat'ed: an idle server
/// of 10,000 briefings took a snapshot every 300 ms, a tenth of a core.
///
/// Two limits of inotify are covered by time: a hard link made to a watched file after the
/// snapshot raises no event in its folder (writes through the other name are then unseen), so a
/// snapshot is taken anyway every `fullSnapshotInterval`; and where a watch cannot see every
/// change (too many folders, a file of several names), the next `pollsWithoutWatch` polls take
/// plain snapshots rather than set up thousands of watches only to give them up each time.
struct WatchedSources {
    let watcher: SiteWatcher
    private(set) var seen: SiteWatcher.Snapshot
    private var watch: FolderWatch?
    private var lastSnapshot: ContinuousClock.Instant
    /// Polls left before a watch is tried again.
    private(set) var pollsLeftWithoutWatch = 0
    let fullSnapshotInterval: Duration

    static let pollsWithoutWatch = 100

    init(_ watcher: SiteWatcher, fullSnapshotInterval: Duration = .seconds(5)) {
        self.watcher = watcher
        self.fullSnapshotInterval = fullSnapshotInterval
        (seen, watch) = watcher.watchedSnapshot()
        lastSnapshot = ContinuousClock.now
        noteWhetherWatched()
    }

    /// Whether the watch can answer "nothing changed" (else every ask says it may have).
    var isWatched: Bool { watch?.isWatchingEverything ?? false }

    /// False only while the watch saw no change since the snapshot was taken, and that was less
    /// than `fullSnapshotInterval` ago.
    func mayHaveChanged() -> Bool {
        guard let watch, ContinuousClock.now - lastSnapshot < fullSnapshotInterval else { return true }
        return watch.sawChange()
    }

    /// Takes a new snapshot, with a new watch (the old one is let go) unless watching failed
    /// lately.
    mutating func refresh() {
        watch?.stop()
        if pollsLeftWithoutWatch > 0 {
            pollsLeftWithoutWatch -= 1
            (seen, watch) = (watcher.snapshot(), nil)
        } else {
            (seen, watch) = watcher.watchedSnapshot()
            noteWhetherWatched()
        }
        lastSnapshot = ContinuousClock.now
    }

    private mutating func noteWhetherWatched() {
        if !isWatched { pollsLeftWithoutWatch = Self.pollsWithoutWatch }
    }
}
