import BriefTemplate
import Testing

/// Sections over Swift arrays ask each element in place (`TemplateList.value(at:named:)`): the
/// output must be what boxing each element (`value(at:)`) gives, for every kind of lookup.
@Suite struct TemplateListElementTests {
    struct Person: TemplateObject {
        var name: String
        var role: String?
        var tags: [String]
        var friends: [Person]
        var address: Address?

        func value(named key: String) -> TemplateValue {
            switch key {
            case "name": .init(name)
            case "role": .init(role)
            case "tags": .init(tags)
            case "friends": .init(friends)
            case "address": .init(address)
            default: .missing
            }
        }
    }

    struct Address: TemplateObject {
        var city: String
        func value(named key: String) -> TemplateValue { key == "city" ? .text(city) : .missing }
    }

    /// The same elements as a list whose elements are boxed one by one (the protocol's defaults).
    struct BoxedList: TemplateList {
        var people: [Person]
        var count: Int { people.count }
        func value(at index: Int) -> TemplateValue { .object(people[index]) }
    }

    static let people = [
        Person(name: "Ann", role: "chair", tags: ["a", "b"], friends: [Person(name: "Bo", role: nil, tags: [], friends: [], address: nil)],
               address: Address(city: "Oslo")),
        Person(name: "Cy <&>", role: nil, tags: [], friends: [], address: nil),
    ]

    static let templates = [
        "{{#people}}{{name}}|{{/people}}",
        // Dotted names on an element, with and without the child.
        "{{#people}}{{address.city}}/{{#address}}{{city}}{{/address}};{{/people}}",
        // A name the element lacks resolves further down the stack.
        "{{#people}}{{title}}:{{name}} {{/people}}",
        // Nested lists: the inner element first, then the outer element, then the root.
        "{{#people}}[{{#friends}}{{name}} of {{role}} in {{title}}{{/friends}}]{{/people}}",
        "{{#people}}{{#tags}}{{.}}{{name}},{{/tags}}{{/people}}",
        "{{#people}}{{^role}}no role{{/role}}{{#role}}{{.}}{{/role}},{{/people}}",
        "{{#people}}{{^friends}}alone{{/friends}}{{#friends.0}}x{{/friends.0}};{{/people}}",
        // `{{.}}` on an element that is an object renders nothing; anchored names search only it.
        "{{#people}}<{{.}}>{{.name}}{{.title}}{{/people}}",
        "{{#people}}{{{name}}}{{&role}}{{/people}}",
    ]

    @Test(arguments: templates)
    func elementsAskedInPlaceRenderAsBoxedOnes(template: String) throws {
        let inPlace = try render(template, ["people": TemplateValue(Self.people), "title": .text("T")])
        let boxed = try render(template, ["people": .list(BoxedList(people: Self.people)), "title": .text("T")])
        #expect(inPlace == boxed)
        #expect(!inPlace.isEmpty)
    }

    @Test func elementLookupsReadTheRightElement() throws {
        #expect(try render("{{#people}}{{name}}({{#friends}}{{name}}@{{address.city}}{{/friends}}){{address.city}};{{/people}}",
                           ["people": TemplateValue(Self.people)]) == "Ann(Bo@Oslo)Oslo;Cy &lt;&amp;&gt;();")
    }

    @Test func listsOfOptionalsAndStringsKeepTheirValues() throws {
        let names: [String?] = ["x", nil, "y"]
        #expect(try render("{{#names}}[{{.}}{{missing}}]{{/names}}", ["names": TemplateValue(names)]) == "[x][][y]")
    }
}
