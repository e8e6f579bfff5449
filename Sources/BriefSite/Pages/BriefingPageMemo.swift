import BriefTemplate

/// What one worker keeps while it renders briefing pages one after another: the template memo
/// and, per way back to the site root, the numbers of the entities its pages link to
/// (`EntityLinkRows`). An entity's `<li>` in a page's panel depends only on the entity, its
/// count and the root, so after the first page it is copied, not rendered.
///
/// Not thread-safe: one per worker (`IndexedWork.map(taking:perWorker:_:)`).
final class BriefingPageMemo {
    /// Bounded well below the default: the panel entries it keeps are a few hundred bytes each.
    let memo = TemplateMemo(byteLimit: 8 << 20)
    private var rowsByRoot: [String: EntityLinkRows] = [:]
    private var numberedByRoot: [String: EntityNumberRows] = [:]

    /// The rows for pages whose way back to the site root is `root`.
    func linkRows(root: String) -> EntityLinkRows {
        if let rows = rowsByRoot[root] { return rows }
        let rows = EntityLinkRows()
        rowsByRoot[root] = rows
        return rows
    }

    /// The scope of rows keyed by site entity number, for pages whose way back to the site root
    /// is `root`. (The numbers are the build's merge's: this memo lives for one build.)
    func numberedRows(root: String) -> EntityNumberRows {
        if let rows = numberedByRoot[root] { return rows }
        let rows = EntityNumberRows()
        numberedByRoot[root] = rows
        return rows
    }
}
