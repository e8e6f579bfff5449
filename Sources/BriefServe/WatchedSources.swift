import BriefContent

/// What `brief serve` knows of the site's sources between builds: the last snapshot and, where
/// the system can tell (`SiteWatcher.watchedSnapshot`), a watch of every folder it read. While
/// the watch saw nothing, the snapshot holds and no file is walked or stat'ed: an idle server
/// of 10,000 briefings took a snapshot every 300 ms, a tenth of a core.
struct WatchedSources {
    let watcher: SiteWatcher
    private(set) var seen: SiteWatcher.Snapshot
    private var watch: FolderWatch?

    init(_ watcher: SiteWatcher) {
        self.watcher = watcher
        (seen, watch) = watcher.watchedSnapshot()
    }

    /// Whether the watch can answer "nothing changed" (else every ask says it may have).
    var isWatched: Bool { watch?.isWatchingEverything ?? false }

    /// False only while the watch saw no change since the snapshot was taken.
    func mayHaveChanged() -> Bool {
        watch?.sawChange() ?? true
    }

    /// Takes a new snapshot, with a new watch (the old one is let go).
    mutating func refresh() {
        watch?.stop()
        (seen, watch) = watcher.watchedSnapshot()
    }
}
