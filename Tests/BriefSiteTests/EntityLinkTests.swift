import Testing
@testable import BriefSite

/// `EntityID.link` writes the link's bytes into one string: the same as joining its parts.
@Suite("Entity links")
struct EntityLinkTests {
    @Test(arguments: ["", "../", "../../", "../../../../../"])
    func linkIsTheJoinedParts(root: String) {
        for id in ["a", "nato", "sergei-lavrov", "united-nations-security-council-resolution-2231", String(repeating: "x", count: 300)] {
            let link = EntityID.link(to: id, from: root)
            #expect(link == root + "entities/" + id + "/index.html")
            #expect(link.utf8.count == root.utf8.count + 9 + id.utf8.count + 11)
        }
    }
}
