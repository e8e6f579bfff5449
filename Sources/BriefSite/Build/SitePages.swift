import BriefContent

/// The pages made from all briefings together (the index now; tags, archive, entities later),
/// built from small summaries only.
struct SitePages {
    let site: SiteContext
    let config: SiteConfig
    let renderer: PageRenderer

    /// The index, split into pages of `paginate` briefings (all on one page when it is 0).
    func indexPages(_ summaries: [BriefingSummary]) -> [OutputFile] {
        let size = config.paginate > 0 ? config.paginate : max(summaries.count, 1)
        let chunks = stride(from: 0, to: max(summaries.count, 1), by: size).map {
            Array(summaries[min($0, summaries.count)..<min($0 + size, summaries.count)])
        }
        return chunks.enumerated().map { offset, chunk in
            let number = offset + 1
            let path = Pagination.path(ofPage: number)
            let context = PageContext(kind: "index", path: path, baseURL: config.baseURL)
            let page = IndexPage(
                site: site, page: context, briefings: chunk.map { BriefingCard($0, from: context) },
                pagination: Pagination(current: number, total: chunks.count, from: context))
            return OutputFile(path: path, contents: renderer.renderData(page))
        }
    }
}
