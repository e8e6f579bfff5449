import BriefContent

/// The pages made from all briefings together (index, tags, archive, entities, quotes), built
/// from small summaries only.
struct SitePages {
    let site: SiteContext
    let config: SiteConfig
    let renderer: PageRenderer
}
