import BriefAnnotate
import BriefContent
import Testing
@testable import BriefSite

/// `BriefingRenderer.annotate` counts mentions with the annotator's own counts; the summary's
/// entity list must be what counting by id gives (the path a cached or hand-made annotation takes).
@Suite("Entity counts from the annotator")
struct EntityCountSourceTests {
    @Test(arguments: [
        "Sergei Lavrov met Marco Rubio in Riyadh. Lavrov said Rubio was late, and Rubio agreed.",
        "The World Health Organization (WHO) met in Geneva. “We are ready,” the WHO said in Geneva.",
        "Plain words only.",
    ])
    func summaryEntitiesMatchCountingById(_ markdown: String) {
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: markdown)
        let renderer = BriefingRenderer(markdownOptions: [], registry: EntityRegistry(known: [KnownEntity(name: "Marco Rubio", type: .person)]))
        let annotated = renderer.annotate(briefing)
        #expect(annotated.summary.entities == BriefingRenderer.entityCounts(annotated.annotation))
        #expect(annotated.summary.entities.reduce(0) { $0 + $1.count } == annotated.annotation.mentions.count)
    }
}
