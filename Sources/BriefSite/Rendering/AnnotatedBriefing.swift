import BriefAnnotate
import BriefContent

/// One briefing after the first per-briefing step: what the annotator found in its text, and its
/// summary with per-briefing entity ids (made site-wide later by `SiteEntities.resolved(_:)`).
public struct AnnotatedBriefing: Sendable {
    public var briefing: Briefing
    /// Ranges are UTF-8 byte offsets in the parsed document's `plainText`.
    public var annotation: Annotation
    public var summary: BriefingSummary
    /// The ids of the body's `entity:` links (`LinkResolver.entityIDs(linkedFrom:)`): whether
    /// they lead to a page depends on the site-wide merge, as the mentions' links do.
    public var linkedEntityIDs: [String]
    /// The source files the body's briefing links name (`LinkResolver.briefingPaths(linkedFrom:from:)`):
    /// where they lead depends on which briefings the build has.
    public var linkedBriefingPaths: [String]
    /// The groups of the entity registry's names its words touch (`RegistryDependence`): what
    /// its annotation takes from content/entities/.
    public var registryGroups: [Int32] = []

    public init(
        briefing: Briefing, annotation: Annotation, summary: BriefingSummary, linkedEntityIDs: [String] = [],
        linkedBriefingPaths: [String] = []
    ) {
        self.briefing = briefing
        self.annotation = annotation
        self.summary = summary
        self.linkedEntityIDs = linkedEntityIDs
        self.linkedBriefingPaths = linkedBriefingPaths
    }
}
