import BriefContent
import BriefTemplate
import Foundation

// The pages around the briefings: tags, archive, search, 404, feed, sitemap, robots.txt.
extension SitePages {
    /// Generated files a file of the same path in static/ replaces (instead of being an error).
    static let replaceableByStatic: Set<String> = [RobotsFile.path, NotFoundPage.path]

    /// `tags/index.html` and, per tag, `tags/SLUG/index.html` with `paginate` briefings (the
    /// rest on `tags/SLUG/page/N/index.html`, like the home page; all on one page when it is 0).
    /// Tags whose names make the same slug (`NATO`, `nato`) share their pages, named as first
    /// seen on the latest briefing.
    ///
    /// Each page is keyed by what it shows, like the index pages: the tags index by every tag's
    /// name, slug and count; a tag's page by the tag, its place among the tag's pages and its
    /// cards (`cardKeys`: each summary's `CacheKeys.cardKey`, same order). A new briefing then
    /// renders again only its own tags' pages (all of which move by one), not every tag's.
    func plannedTagPages(_ summaries: [BriefingSummary], cardKeys: [UInt64], session: BuildSession) -> [PlannedFile] {
        precondition(cardKeys.count == summaries.count)
        // Tags by number in order of first sight: slug, name as first seen, and members by
        // position in `summaries` (appending a summary copied, so retained, its fields). This
        // runs on every build, so each tag costs one table look-up, and a slug seen twice on one
        // briefing is told by the member list's last entry, not by a set per briefing.
        var slugs: [String] = []
        var names: [String] = []
        var members: [[Int]] = []
        var numbers: [String: Int] = [:]
        for (position, summary) in summaries.enumerated() {
            for tag in summary.tags {
                let slug = TagView.slug(for: tag)
                let number: Int
                if let known = numbers[slug] {
                    number = known
                } else {
                    number = slugs.count
                    numbers[slug] = number
                    slugs.append(slug)
                    names.append(tag)
                    members.append([])
                }
                if members[number].last != position { members[number].append(position) }
            }
        }
        let lowercased = names.map { $0.lowercased() }
        let sorted = slugs.indices.sorted {
            lowercased[$0] != lowercased[$1] ? lowercased[$0] < lowercased[$1] : slugs[$0] < slugs[$1]
        }
        var indexKey = FNV64()
        indexKey.add(session.keys.pages(using: [TagsIndexPage.templateName]))
        indexKey.add(sorted.count)
        for number in sorted {
            indexKey.add(names[number])
            indexKey.add(slugs[number])
            indexKey.add(members[number].count)
        }
        var planned: [PlannedFile?] = [session.keyed(TagsIndexPage.path, key: indexKey.value) {
            let indexContext = PageContext(kind: "tags", path: TagsIndexPage.path, baseURL: config.baseURL)
            let links = sorted.map { TagLink(name: names[$0], slug: slugs[$0], count: members[$0].count, from: indexContext) }
            return renderer.renderBytes(TagsIndexPage(site: site, page: indexContext, tags: links))
        }]
        let size = renderer.showsPagination(TagPage.templateName) ? config.paginate : 0
        let templatesKey = session.keys.pages(using: [TagPage.templateName])
        // Every page keyed first; only those the output lacks are rendered, after.
        var pages: [TagPagePlan] = []
        for number in sorted {
            let folder = TagPage.folder(forSlug: slugs[number])
            let ranges = Pagination.pages(of: members[number].count, size: size)
            var listing = FNV64()
            listing.add(templatesKey)
            listing.add(names[number])
            listing.add(slugs[number])
            listing.add(members[number].count)
            for (offset, range) in ranges.enumerated() {
                let path = Pagination.path(ofPage: offset + 1, in: folder)
                let key = Self.listingPageKey(listing, number: offset + 1, of: ranges.count, cards: members[number][range], cardKeys: cardKeys)
                if session.manifest.isIntact(path, key: key, in: session.staging.current) {
                    planned.append(PlannedFile(path: path, key: key, source: .unchanged))
                } else {
                    pages.append(TagPagePlan(tag: number, page: offset + 1, pageCount: ranges.count, cards: range, path: path, key: key, slot: planned.count))
                    planned.append(nil)
                }
            }
        }
        guard !pages.isEmpty else { return planned.compactMap { $0 } }
        let cards = tagCardTables(summaries, members: members, for: pages)
        // Each briefing is on the pages of all its tags: at one depth its card is rendered once
        // and its bytes reused. The memo keeps every card it renders (about 1 KB each), up to
        // 16 MiB; cards past that are rendered afresh.
        let memo = TemplateMemo(byteLimit: 16 << 20)
        for plan in pages {
            let name = names[plan.tag]
            let slug = slugs[plan.tag]
            let briefings = members[plan.tag]
            let context = PageContext(kind: "tag", path: plan.path, baseURL: config.baseURL)
            let page = TagPage(
                site: site, page: context, tag: TagLink(name: name, slug: slug, count: briefings.count, from: context),
                cards: BriefingCardList(table: cards[plan.depth]!, positions: Array(briefings[plan.cards])),
                pagination: Pagination(current: plan.page, total: plan.pageCount, from: context, folder: TagPage.folder(forSlug: slug)))
            planned[plan.slot] = session.staging.write(plan.path, key: plan.key, bytes: renderer.renderBytes(page, memo: memo))
        }
        return planned.compactMap { $0 }
    }

    /// A tag page to be rendered: the tag (its number), the page's number among `pageCount`, the
    /// positions in the tag's members it lists, its path and key, and its slot in the plan.
    private struct TagPagePlan {
        let tag: Int
        let page: Int
        let pageCount: Int
        let cards: Range<Int>
        let path: String
        let key: UInt64
        let slot: Int

        /// 0 for a tag's first page (`tags/SLUG/`), 1 for the others (`tags/SLUG/page/N/`):
        /// cards link to their briefings by a path that depends only on it.
        var depth: Int { page == 1 ? 0 : 1 }
    }

    /// The cards of the briefings the pages `pages` list (by position in `summaries`), one table
    /// per depth those pages are at, made only for the positions they show.
    private func tagCardTables(_ summaries: [BriefingSummary], members: [[Int]], for pages: [TagPagePlan]) -> [BriefingCardTable?] {
        var needed = [[Bool]](repeating: [], count: 2)
        for plan in pages {
            if needed[plan.depth].isEmpty { needed[plan.depth] = [Bool](repeating: false, count: summaries.count) }
            for position in members[plan.tag][plan.cards] { needed[plan.depth][position] = true }
        }
        // Any slug stands for all: every tag's pages of one depth are as deep.
        let first = PageContext(kind: "tag", path: TagPage.path(forSlug: "tag"), baseURL: config.baseURL)
        let further = PageContext(kind: "tag", path: Pagination.path(ofPage: 2, in: TagPage.folder(forSlug: "tag")), baseURL: config.baseURL)
        let tables = BriefingCardTable.atTwoDepths(summaries, needed: needed, first: first, further: further)
        return [tables.first, tables.further]
    }

    /// `archive/index.html`: briefings by month, newest month first, undated ones last.
    func archivePage(_ summaries: [BriefingSummary]) -> [UInt8] {
        let context = PageContext(kind: "archive", path: ArchivePage.path, baseURL: config.baseURL)
        var groups: [ArchiveGroup] = []
        var undated: [BriefingCard] = []
        // Summaries come latest first, so a month's briefings are adjacent; sorting again keeps
        // the page right for any input order.
        // Positions sorted, not summaries: copying a summary retains each of its fields.
        let dated = summaries.indices.filter { summaries[$0].date != nil }.sorted { summaries[$0].date! > summaries[$1].date! }
        for position in dated {
            let card = BriefingCard(summaries[position], from: context)
            let date = summaries[position].date!
            // The card's `dateISO` is the date's `isoDay`, made once.
            let id = String(card.dateISO!.prefix(7))
            if groups.last?.id == id {
                groups[groups.count - 1].briefings.append(card)
                groups[groups.count - 1].count += 1
            } else {
                groups.append(ArchiveGroup(title: DateText.month(date), id: id, briefings: [card]))
            }
        }
        for summary in summaries where summary.date == nil { undated.append(BriefingCard(summary, from: context)) }
        if !undated.isEmpty { groups.append(ArchiveGroup(title: "Undated", id: "undated", briefings: undated)) }
        return renderer.renderBytes(ArchivePage(site: site, page: context, groups: groups))
    }

    /// `search/index.html` (its index is `SearchShards`').
    func searchPage() -> [UInt8] {
        let context = PageContext(kind: "search", path: SearchPage.path, baseURL: config.baseURL)
        return renderer.renderBytes(SearchPage(site: site, page: context))
    }

    /// `404.html`, with links from `base_url` so it works at any path.
    func notFoundPage() -> OutputFile {
        let context = PageContext.absolute(kind: "not-found", path: NotFoundPage.path, baseURL: config.baseURL)
        return OutputFile(path: NotFoundPage.path, contents: renderer.renderData(NotFoundPage(site: site, page: context)))
    }

    /// `feed.xml`, `robots.txt` and (with `base_url`) `sitemap.xml` listing the pages among `paths`.
    func feedFiles(_ summaries: [BriefingSummary], pages paths: [String]) -> [OutputFile] {
        let url = SiteURL(baseURL: config.baseURL)
        var result = [
            OutputFile(path: AtomFeed.path, text: AtomFeed(config: config, summaries: summaries).xml()),
            OutputFile(path: RobotsFile.path, text: RobotsFile(url: url).text()),
        ]
        if url.isAbsolute {
            result.append(OutputFile(path: Sitemap.path, contents: Data(Sitemap(url: url, paths: paths).bytes())))
        }
        return result
    }
}
