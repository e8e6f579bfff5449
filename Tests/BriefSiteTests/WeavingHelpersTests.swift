import BriefContent
import BriefMarkdown
import Testing
@testable import BriefSite

/// The byte-level helpers of `AnnotationWeaver`: each must agree with the plain rule it replaces.
@Suite struct WeavingHelpersTests {
    @Test(arguments: ["sergei-lavrov", "kyiv", "a1-b2", "", "-lead", "trail-", "dou--ble", "Upper", "ünï", "with space",
                      "a-very-long-entity-id-well-past-fifteen-bytes", "Sergei Lavrov’s", "x"])
    func sanitizeKeepsSlugsAndSlugsTheRest(id: String) {
        // Clean ids (read over their bytes in place, short and long) come back as they are.
        let clean: Set<String> = ["sergei-lavrov", "kyiv", "a1-b2", "a-very-long-entity-id-well-past-fifteen-bytes", "x"]
        #expect(EntityID.isClean(id) == clean.contains(id))
        #expect(EntityID.sanitize(id) == (clean.contains(id) ? id : Slug.make(from: id)))
    }

    @Test func openTagsFindWhatWasInsertedAndNothingElse() {
        var tags = OpenTags(capacity: 2)
        var list = MarkdownWrapList()
        // More ids than the first table holds, short and long, some resolving to nothing.
        let ids = (0..<40).map { $0 % 3 == 0 ? "id-\($0)" : "a-long-entity-identifier-number-\($0)" }
        var expected: [String: MarkdownWrapList.Markup?] = [:]
        for (n, id) in ids.enumerated() {
            let value: MarkdownWrapList.Markup? = n % 5 == 0 ? nil : list.append("<a \(n)>")
            #expect(tags.find(id, hash: OpenTags.hash(id)) == nil)
            tags.insert(id, hash: OpenTags.hash(id), value)
            expected[id] = value
        }
        for id in ids {
            let found = tags.find(id, hash: OpenTags.hash(id))
            #expect(found != nil)
            #expect(found! == expected[id]!)
        }
        #expect(tags.find("id-1", hash: OpenTags.hash("id-1")) == nil)
        #expect(OpenTags.hash("sergei-lavrov") == OpenTags.hash(String("xsergei-lavrov".dropFirst())))
    }

    @Test(arguments: [
        (3..<20, [0..<5, 10..<30, 6..<8, 12..<14], [3..<5, 5..<10, 10..<20]),
        (3..<20, [0..<40], [3..<20]),
        (3..<20, [25..<30], [3..<20]),
        (0..<10, [2..<4, 2..<6], [0..<10]),
        (0..<10, [5..<12, 5..<15, 8..<30], [0..<5, 5..<8, 8..<10]),
    ])
    func quotePiecesAreCutAtPartlyOverlappingContainers(piece: Range<Int>, containers: [Range<Int>], expected: [Range<Int>]) {
        var parts: [Range<Int>] = [100..<101]
        InlineSpans.cut(piece, at: containers, into: &parts)
        #expect(parts == [100..<101] + expected)
    }
}
