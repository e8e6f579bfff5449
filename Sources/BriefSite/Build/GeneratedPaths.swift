import BriefContent

/// The files a build would write, known before any page is made: what `brief check` tells a
/// static file that would replace one of them by (the build refuses the same paths, found in its
/// plan, `SiteBuilder.checkStaticConflicts`). Made from the very constants and path functions the
/// page makers use, so a page the build adds is one place to change; a test holds every path of
/// a built site to this list.
///
/// Pages past the first of a paginated listing (`tags/SLUG/page/2/`, `quotes/page/2/`) are left
/// out where their number depends on what the annotator finds: a static file there is unlikely.
enum GeneratedPaths {
    /// Folders whose files are all generated, under names the content decides (the search
    /// index's term shards and row chunks): a static file anywhere in them is refused.
    static let generatedFolders = [SearchShards.termsFolder + "/", SearchShards.docsFolder + "/"]

    /// True when `path` is one of `generated` or lies in a `generatedFolders` folder.
    static func isGenerated(_ path: String, in generated: Set<String>) -> Bool {
        generated.contains(path) || generatedFolders.contains { path.hasPrefix($0) }
    }

    /// Files every build writes whatever the content: the listings, search, data files, feed and
    /// robots.txt; `sitemap.xml` only with an absolute `base_url`.
    static func siteFiles(baseURL: String) -> [String] {
        var paths = [
            EntityID.indexPath, TagsIndexPage.path, ArchivePage.path,
            Pagination.path(ofPage: 1, in: QuotesPage.folder), NotFoundPage.path, AtomFeed.path, RobotsFile.path,
        ]
        paths += SiteData.paths
        paths += [SearchPage.path, SearchIndex.path]
        if SiteURL(baseURL: baseURL).isAbsolute { paths.append(Sitemap.path) }
        return paths
    }

    /// Every path `briefings` make: the index pages, each briefing's page and its tags' first
    /// pages, each of `entityIDs`' page, the theme's assets, and `siteFiles`.
    static func all(briefings: [Briefing], config: SiteConfig, entityIDs: some Sequence<String>, assets: [OutputFile]) -> [String] {
        let pageCount = Pagination.pages(of: briefings.count, size: config.paginate).count
        var paths = (1...max(1, pageCount)).map { Pagination.path(ofPage: $0) }
        paths += briefings.map { BriefingSummary.path(forSlug: $0.slug) }
        var tags: Set<String> = []
        for briefing in briefings {
            for tag in briefing.tags where tags.insert(TagView.slug(for: tag)).inserted {
                paths.append(TagPage.path(forSlug: TagView.slug(for: tag)))
            }
        }
        paths += entityIDs.map { EntityID.path(of: $0) }
        paths += assets.map(\.path)
        paths += siteFiles(baseURL: config.baseURL)
        return paths
    }
}
