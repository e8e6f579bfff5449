internal import Ccmark
#if canImport(Glibc)
internal import Glibc
#elseif canImport(Darwin)
internal import Darwin
#endif

// Every call into cmark lives in this file. The rest of the module sees `CNode`,
// a Swift handle over a `cmark_node *`, and never a C type.

/// The node types of cmark, as a Swift enum (module-internal).
enum CNodeType: Equatable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock
    case paragraph, heading, thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, customInline
    case emphasis, strong, link, image
    case none

    /// cmark's leaves: the iterator gives them an enter event only, never an exit.
    var isLeaf: Bool {
        switch self {
        case .text, .softBreak, .lineBreak, .code, .htmlInline, .thematicBreak, .codeBlock, .htmlBlock: true
        default: false
        }
    }
}

/// A borrowed handle on one node of a cmark tree. It owns nothing: the tree is
/// owned by `MarkdownDocument`, and nodes taken out of it must be `free()`d.
struct CNode: Hashable {
    let raw: OpaquePointer

    // MARK: Type and properties

    var type: CNodeType {
        switch cmark_node_get_type(raw) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .none
        }
    }

    // cmark's getters return pointers into the node (not to be freed); copy them out.
    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    var literal: String? { Self.string(cmark_node_get_literal(raw)) }

    /// Appends the literal's bytes to `buffer` without an intermediate String.
    func appendLiteral(to buffer: inout [UInt8]) {
        guard let pointer = cmark_node_get_literal(raw) else { return }
        let count = strlen(pointer)
        pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
            buffer.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Appends the bytes of a NUL-terminated string cmark owns (a getter's result) to `buffer`.
    private static func append(_ pointer: UnsafePointer<CChar>?, to buffer: inout [UInt8]) {
        guard let pointer else { return }
        let count = strlen(pointer)
        pointer.withMemoryRebound(to: UInt8.self, capacity: count) {
            buffer.append(contentsOf: UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Appends the link or image destination's bytes to `buffer`.
    func appendURL(to buffer: inout [UInt8]) { Self.append(cmark_node_get_url(raw), to: &buffer) }
    /// Appends the link or image title's bytes to `buffer`.
    func appendTitle(to buffer: inout [UInt8]) { Self.append(cmark_node_get_title(raw), to: &buffer) }
    /// Appends the code block's info string to `buffer`.
    func appendFenceInfo(to buffer: inout [UInt8]) { Self.append(cmark_node_get_fence_info(raw), to: &buffer) }
    /// Appends a custom node's on-enter (or on-exit) markup to `buffer`.
    func appendOnEnter(to buffer: inout [UInt8]) { Self.append(cmark_node_get_on_enter(raw), to: &buffer) }
    func appendOnExit(to buffer: inout [UInt8]) { Self.append(cmark_node_get_on_exit(raw), to: &buffer) }

    /// The literal's length in UTF-8 bytes.
    var literalByteCount: Int {
        guard let pointer = cmark_node_get_literal(raw) else { return 0 }
        return strlen(pointer)
    }

    @discardableResult
    func setLiteral(_ value: String) -> Bool { cmark_node_set_literal(raw, value) != 0 }

    /// Sets the literal to UTF-8 `bytes` (no NUL among them), without making a String first.
    @discardableResult
    func setLiteral(_ bytes: ArraySlice<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer in
            bytes.withUnsafeBufferPointer { source in
                source.withMemoryRebound(to: CChar.self) { _ = buffer.initialize(fromContentsOf: $0) }
            }
            buffer[bytes.count] = 0
            return cmark_node_set_literal(raw, buffer.baseAddress) != 0
        }
    }

    var url: String { Self.string(cmark_node_get_url(raw)) ?? "" }
    @discardableResult
    func setURL(_ value: String) -> Bool { cmark_node_set_url(raw, value) != 0 }
    var title: String { Self.string(cmark_node_get_title(raw)) ?? "" }

    /// Links and images: whether a title was given, even an empty one (`[a](/u "")`), which
    /// cmark renders as `title=""`. Its getter answers "" for both; without a title that ""
    /// is the library's own constant, the same for every node.
    var hasExplicitTitle: Bool {
        guard let pointer = cmark_node_get_title(raw) else { return false }
        return pointer != Self.noTitle
    }

    nonisolated(unsafe) private static let noTitle: UnsafePointer<CChar>? = {
        guard let node = cmark_node_new(CMARK_NODE_LINK) else { return nil }
        defer { cmark_node_free(node) }
        return cmark_node_get_title(node)
    }()
    var headingLevel: Int { Int(cmark_node_get_heading_level(raw)) }
    var fenceInfo: String { Self.string(cmark_node_get_fence_info(raw)) ?? "" }
    var isOrderedList: Bool { cmark_node_get_list_type(raw) == CMARK_ORDERED_LIST }
    var listStart: Int { Int(cmark_node_get_list_start(raw)) }
    var isTightList: Bool { cmark_node_get_list_tight(raw) != 0 }
    var onEnter: String { Self.string(cmark_node_get_on_enter(raw)) ?? "" }
    var onExit: String { Self.string(cmark_node_get_on_exit(raw)) ?? "" }

    var startLine: Int { Int(cmark_node_get_start_line(raw)) }
    var startColumn: Int { Int(cmark_node_get_start_column(raw)) }
    var endLine: Int { Int(cmark_node_get_end_line(raw)) }
    var endColumn: Int { Int(cmark_node_get_end_column(raw)) }

    // MARK: Navigation

    var parent: CNode? { cmark_node_parent(raw).map(CNode.init) }
    var firstChild: CNode? { cmark_node_first_child(raw).map(CNode.init) }
    var next: CNode? { cmark_node_next(raw).map(CNode.init) }

    // MARK: Editing

    /// A new, unattached node; the caller inserts it into a tree or frees it.
    static func make(_ type: CNodeType) -> CNode {
        let cType: cmark_node_type = switch type {
        case .paragraph: CMARK_NODE_PARAGRAPH
        case .text: CMARK_NODE_TEXT
        case .customInline: CMARK_NODE_CUSTOM_INLINE
        default: preconditionFailure("CNode.make does not build \(type) nodes")
        }
        guard let raw = cmark_node_new(cType) else { fatalError("cmark_node_new: out of memory") }
        return CNode(raw: raw)
    }

    /// A custom inline node whose on-enter and on-exit strings render verbatim.
    static func makeCustomInline(open: String, close: String) -> CNode {
        let node = make(.customInline)
        cmark_node_set_on_enter(node.raw, open)
        // The usual closing tags are short Strings, stored inline without a NUL: passing one to C
        // would copy it into a new array each time. Static strings are NUL-terminated already.
        if close == "</a>" {
            Self.setOnExit(node, "</a>")
        } else if close == "</span>" {
            Self.setOnExit(node, "</span>")
        } else {
            cmark_node_set_on_exit(node.raw, close)
        }
        return node
    }

    private static func setOnExit(_ node: CNode, _ text: StaticString) {
        text.withUTF8Buffer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count + 1) {
                _ = cmark_node_set_on_exit(node.raw, $0)
            }
        }
    }

    @discardableResult
    func insertBefore(_ sibling: CNode) -> Bool { cmark_node_insert_before(raw, sibling.raw) != 0 }
    @discardableResult
    func insertAfter(_ sibling: CNode) -> Bool { cmark_node_insert_after(raw, sibling.raw) != 0 }
    /// Moves `child` (unlinking it from where it was) to the end of this node's children.
    @discardableResult
    func appendChild(_ child: CNode) -> Bool { cmark_node_append_child(raw, child.raw) != 0 }

    /// Puts `replacement` where this node is and frees this node with its subtree.
    func replaceAndFree(with replacement: CNode) {
        if cmark_node_replace(raw, replacement.raw) != 0 {
            cmark_node_free(raw)
        } else {
            // Not allowed there: leave the tree as it was and drop the replacement.
            cmark_node_free(replacement.raw)
        }
    }

    /// Frees this node and its subtree (unlinking it first).
    func free() { cmark_node_free(raw) }

    // MARK: Traversal

    /// What a `forEach` visitor asks the walk to do next.
    enum Step { case proceed, skipChildren }

    /// Pre-order walk of this subtree with cmark's iterator (no recursion, so
    /// any nesting depth is safe). `entering` is false on the exit event of a
    /// container; leaves get only an entering event. The tree must not be
    /// changed during the walk: collect nodes, then edit.
    func forEach(_ visit: (CNode, _ entering: Bool) throws -> Step) rethrows {
        guard let iterator = cmark_iter_new(raw) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { return }
            guard let node = cmark_iter_get_node(iterator) else { return }
            let entering = event == CMARK_EVENT_ENTER
            if try visit(CNode(raw: node), entering) == .skipChildren, entering {
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            }
        }
    }
}

/// Parsing, consolidating and rendering whole trees.
enum Cmark {
    /// Parses with UTF-8 validation always on; the caller owns (and frees) the root.
    /// `isValidUTF8`: the caller knows the bytes are well-formed UTF-8 (a String's, or text
    /// checked on load), so cmark does not check them again line by line; otherwise invalid
    /// sequences are replaced by U+FFFD.
    static func parse(utf8 markdown: UnsafeRawBufferPointer, smart: Bool, isValidUTF8: Bool) -> CNode {
        var flags = CMARK_OPT_SOURCEPOS
        if !isValidUTF8 { flags |= CMARK_OPT_VALIDATE_UTF8 }
        if smart { flags |= CMARK_OPT_SMART }
        // cmark reads `count` bytes and needs no terminator; an empty buffer may have no address.
        let raw: OpaquePointer?
        if let base = markdown.baseAddress, markdown.count > 0 {
            raw = cmark_parse_document(base.assumingMemoryBound(to: CChar.self), markdown.count, flags)
        } else {
            raw = cmark_parse_document("", 0, flags)
        }
        guard let raw else { fatalError("cmark_parse_document: out of memory") }
        return CNode(raw: raw)
    }

    /// Merges adjacent text nodes, so that one run of prose is one node.
    static func consolidateText(_ root: CNode) { cmark_consolidate_text_nodes(root.raw) }

    /// Renders HTML. `unsafe` lets raw HTML and every URL through; `hardBreaks`
    /// renders soft breaks as `<br />`.
    static func renderHTML(_ root: CNode, unsafe: Bool, hardBreaks: Bool) -> String {
        var flags = CMARK_OPT_DEFAULT
        if unsafe { flags |= CMARK_OPT_UNSAFE }
        if hardBreaks { flags |= CMARK_OPT_HARDBREAKS }
        guard let html = cmark_render_html(root.raw, flags) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Renders cmark's XML form, which shows the tree (for tests and debugging).
    static func renderXML(_ root: CNode) -> String {
        guard let xml = cmark_render_xml(root.raw, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(xml) }
        return String(cString: xml)
    }
}
