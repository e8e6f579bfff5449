import BriefBytes

extension WeaveTree {
    /// The tree as HTML, byte for byte what `cmark_render_html` makes of the same tree with the
    /// same wraps (without `CMARK_OPT_SOURCEPOS`): an iterative pre-order walk with cmark's enter
    /// and exit events. O(size of the output).
    func renderHTML(unsafe: Bool, hardBreaks: Bool) -> [UInt8] {
        guard !nodes.isEmpty else { return [] }
        var html = HTMLBuffer(capacity: plain.count + plain.count / 4 + pool.count + 64 * wrapCount + 1024)
        plain.withUnsafeBufferPointer { plain in
            pool.withUnsafeBufferPointer { pool in
                markup.withUnsafeBufferPointer { markup in
                    let text = Literals(plain: plain, pool: pool, markup: markup)
                    renderHTML(into: &html, text: text, unsafe: unsafe, hardBreaks: hardBreaks)
                }
            }
        }
        return html.finish()
    }

    /// The byte pools literals point into, for one rendering.
    private struct Literals {
        let plain: UnsafeBufferPointer<UInt8>
        let pool: UnsafeBufferPointer<UInt8>
        /// The markup of the wraps applied.
        let markup: UnsafeBufferPointer<UInt8>

        func literal(of n: Node) -> UnsafeBufferPointer<UInt8>.SubSequence {
            n.literalInPlain ? plain[Int(n.start)..<Int(n.end)] : pool[Int(n.a)..<Int(n.a + n.aCount)]
        }

        func a(of n: Node) -> UnsafeBufferPointer<UInt8>.SubSequence { pool[Int(n.a)..<Int(n.a + n.aCount)] }
        func b(of n: Node) -> UnsafeBufferPointer<UInt8>.SubSequence { pool[Int(n.b)..<Int(n.b + n.bCount)] }

        /// A wrapper's opening (`a`) or closing (`b`) markup.
        func markup(of n: Node, entering: Bool) -> UnsafeBufferPointer<UInt8> {
            entering
                ? UnsafeBufferPointer(rebasing: markup[Int(n.a)..<Int(n.a + n.aCount)])
                : UnsafeBufferPointer(rebasing: markup[Int(n.b)..<Int(n.b + n.bCount)])
        }
    }

    private func renderHTML(into html: inout HTMLBuffer, text: Literals, unsafe: Bool, hardBreaks: Bool) {
        // Nodes read in place, not copied out of the array (and checked for its bounds) per event.
        nodes.withUnsafeBufferPointer { nodes in
            Self.renderHTML(nodes, into: &html, text: text, unsafe: unsafe, hardBreaks: hardBreaks)
        }
    }

    private static func renderHTML(
        _ nodes: UnsafeBufferPointer<Node>, into html: inout HTMLBuffer, text: Literals, unsafe: Bool, hardBreaks: Bool
    ) {
        // The image whose alt text is being written (plain text only), or -1.
        var plainUntil: Int32 = -1
        var node: Int32 = 0
        var entering = true
        while true {
            let n = nodes[Int(node)]
            if plainUntil == node { plainUntil = -1 }
            if plainUntil >= 0 {
                switch n.kind {
                case .text, .code, .htmlInline: Self.appendEscaped(text.literal(of: n), to: &html)
                case .softBreak, .lineBreak: html.append(0x20)
                default: break
                }
            } else if n.kind == .text {
                // Text and wraps, most events of a woven briefing, without the call below.
                Self.appendEscaped(text.literal(of: n), to: &html)
            } else if n.kind == .wrapper {
                html.append(contentsOf: text.markup(of: n, entering: entering))
            } else {
                render(n, index: node, entering: entering, nodes: nodes, text: text, unsafe: unsafe, hardBreaks: hardBreaks,
                       into: &html, plainUntil: &plainUntil)
            }
            // Next event: into the first child, else this node's exit, else the next sibling,
            // else the parent's exit.
            if entering, !n.kind.isLeaf {
                if n.first >= 0 {
                    node = n.first
                } else {
                    entering = false
                }
                continue
            }
            if node == 0 { break }
            if n.next >= 0 {
                node = n.next
                entering = true
            } else {
                node = n.parent
                entering = false
            }
        }
    }

    private static func render(
        _ n: Node, index: Int32, entering: Bool, nodes: UnsafeBufferPointer<Node>, text: Literals, unsafe: Bool, hardBreaks: Bool,
        into html: inout HTMLBuffer, plainUntil: inout Int32
    ) {
        switch n.kind {
        case .document:
            break
        case .blockQuote:
            Self.cr(&html)
            Self.put(entering ? Self.blockQuoteOpen : Self.blockQuoteClose, &html)
        case .list:
            if entering {
                Self.cr(&html)
                if !n.isOrdered {
                    Self.put(Self.ulOpen, &html)
                } else if n.number == 1 {
                    Self.put(Self.olOpen, &html)
                } else {
                    Self.put(Self.olStart, &html)
                    Self.appendDecimal(Int(n.number), to: &html)
                    Self.put(Self.quoteAngleNewline, &html)
                }
            } else {
                Self.put(n.isOrdered ? Self.olClose : Self.ulClose, &html)
            }
        case .item:
            if entering {
                Self.cr(&html)
                Self.put(Self.liOpen, &html)
            } else {
                Self.put(Self.liClose, &html)
            }
        case .heading:
            if entering {
                Self.cr(&html)
                html.append(0x3C)  // <hN>
                html.append(0x68)
                html.append(0x30 &+ UInt8(truncatingIfNeeded: n.number))
                // `<hN id="ID">` once `setID(_:ofHeading:)` gave it one (its `a` is free on headings).
                if n.aCount > 0 {
                    Self.put(Self.idAttribute, &html)
                    Self.appendEscaped(text.a(of: n), to: &html)
                    html.append(0x22)
                }
                html.append(0x3E)
            } else {
                html.append(0x3C)  // </hN>\n
                html.append(0x2F)
                html.append(0x68)
                html.append(0x30 &+ UInt8(truncatingIfNeeded: n.number))
                html.append(0x3E)
                html.append(0x0A)
            }
        case .codeBlock:
            Self.cr(&html)
            let info = text.b(of: n)
            if info.isEmpty {
                Self.put(Self.preCode, &html)
            } else {
                var firstTag = info.startIndex
                while firstTag < info.endIndex, !Self.isSpace(info[firstTag]) { firstTag += 1 }
                Self.put(Self.preCodeLanguage, &html)
                Self.appendEscaped(info[info.startIndex..<firstTag], to: &html)
                Self.put(Self.quoteAngle, &html)
            }
            Self.appendEscaped(text.literal(of: n), to: &html)
            Self.put(Self.codePreClose, &html)
        case .htmlBlock:
            Self.cr(&html)
            if unsafe { html.append(contentsOf: text.literal(of: n)) } else { Self.put(Self.rawHTMLOmitted, &html) }
            Self.cr(&html)
        case .customBlock:
            Self.cr(&html)
            html.append(contentsOf: entering ? text.a(of: n) : text.b(of: n))
            Self.cr(&html)
        case .thematicBreak:
            Self.cr(&html)
            Self.put(Self.hr, &html)
        case .paragraph:
            var tight = false
            let parent = n.parent
            if parent >= 0 {
                let grandparent = nodes[Int(parent)].parent
                if grandparent >= 0, nodes[Int(grandparent)].kind == .list { tight = nodes[Int(grandparent)].isTight }
            }
            if !tight {
                if entering {
                    Self.cr(&html)
                    Self.put(Self.pOpen, &html)
                } else {
                    Self.put(Self.pClose, &html)
                }
            }
        case .text:
            Self.appendEscaped(text.literal(of: n), to: &html)
        case .lineBreak:
            Self.put(Self.br, &html)
        case .softBreak:
            if hardBreaks { Self.put(Self.br, &html) } else { html.append(0x0A) }
        case .code:
            Self.put(Self.codeOpen, &html)
            Self.appendEscaped(text.literal(of: n), to: &html)
            Self.put(Self.codeClose, &html)
        case .htmlInline:
            if unsafe { html.append(contentsOf: text.literal(of: n)) } else { Self.put(Self.rawHTMLOmitted, &html) }
        case .customInline:
            html.append(contentsOf: entering ? text.a(of: n) : text.b(of: n))
        case .wrapper:
            html.append(contentsOf: text.markup(of: n, entering: entering))
        case .strong:
            Self.put(entering ? Self.strongOpen : Self.strongClose, &html)
        case .emphasis:
            Self.put(entering ? Self.emOpen : Self.emClose, &html)
        case .link:
            if entering {
                Self.put(Self.aOpen, &html)
                Self.appendDestination(text.a(of: n), unsafe: unsafe, to: &html)
                if n.hasTitle {
                    Self.put(Self.titleAttribute, &html)
                    Self.appendEscaped(text.b(of: n), to: &html)
                }
                Self.put(Self.quoteAngle, &html)
            } else {
                Self.put(Self.aClose, &html)
            }
        case .image:
            if entering {
                Self.put(Self.imgOpen, &html)
                Self.appendDestination(text.a(of: n), unsafe: unsafe, to: &html)
                Self.put(Self.altAttribute, &html)
                plainUntil = index
            } else {
                if n.hasTitle {
                    Self.put(Self.titleAttribute, &html)
                    Self.appendEscaped(text.b(of: n), to: &html)
                }
                Self.put(Self.imgClose, &html)
            }
        }
    }

    /// The destination, escaped as `houdini_escape_href` does; empty when dangerous (safe mode).
    private static func appendDestination(_ url: UnsafeBufferPointer<UInt8>.SubSequence, unsafe: Bool, to html: inout HTMLBuffer) {
        if !unsafe, URLSafety.isDangerous(String(decoding: url, as: UTF8.self)) { return }
        appendHref(url, to: &html)
    }

    // MARK: Escaping (cmark's houdini)

    /// `houdini_escape_html0(..., secure: 0)`: `"` `&` `<` `>` only.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence, to html: inout HTMLBuffer) {
        var run = bytes.startIndex
        var i = run
        let end = bytes.endIndex
        let base = bytes.base.baseAddress
        while i < end {
            // Eight bytes at a time while none needs escaping (most prose).
            if i + 8 <= end, let base, !hasSpecialByte(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let byte = bytes[i]
            if byte > 0x3E || !needsEscape(byte) {
                i += 1
                continue
            }
            if run < i { html.append(contentsOf: bytes[run..<i]) }
            switch byte {
            case 0x22: put(quot, &html)
            case 0x26: put(amp, &html)
            case 0x3C: put(lt, &html)
            default: put(gt, &html)
            }
            i += 1
            run = i
        }
        if run < end { html.append(contentsOf: bytes[run..<end]) }
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == 0x22 || byte == 0x26 || byte == 0x3C || byte == 0x3E
    }

    /// Whether any byte of `word` is one `needsEscape` names (SWAR: a byte equal to `c` is a
    /// zero byte of `word ^ c*0x01..01`, found by the borrow trick; exact for "any").
    @inline(__always)
    static func hasSpecialByte(_ word: UInt64) -> Bool {
        (ByteWords.bytes(of: word, equalTo: 0x22) | ByteWords.bytes(of: word, equalTo: 0x26)
            | ByteWords.bytes(of: word, equalTo: 0x3C) | ByteWords.bytes(of: word, equalTo: 0x3E)) != 0
    }

    /// `houdini_escape_href`: safe bytes as they are, `&` and `'` as entities, others as `%XX`.
    private static func appendHref(_ url: UnsafeBufferPointer<UInt8>.SubSequence, to html: inout HTMLBuffer) {
        let hex: StaticString = "0123456789ABCDEF"
        var run = url.startIndex
        var i = run
        while i < url.endIndex {
            let byte = url[i]
            if isHrefSafe(byte) {
                i += 1
                continue
            }
            if run < i { html.append(contentsOf: url[run..<i]) }
            switch byte {
            case 0x26: put(amp, &html)
            case 0x27: put(apostrophe, &html)
            default:
                html.append(0x25)
                html.append(hex.utf8Start[Int(byte >> 4)])
                html.append(hex.utf8Start[Int(byte & 0xF)])
            }
            i += 1
            run = i
        }
        if run < url.endIndex { html.append(contentsOf: url[run..<url.endIndex]) }
    }

    /// houdini's HREF_SAFE: alphanumerics and `-_.+!*(),%#@?=;:/$~` (not `&` `'`).
    private static func isHrefSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x21, 0x23, 0x24, 0x25, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F, 0x3A, 0x3B, 0x3D, 0x3F, 0x40, 0x5F, 0x7E: true
        default: false
        }
    }

    /// cmark_isspace: space, tab, line feed, vertical tab, form feed, carriage return.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// A line feed unless the output is empty or already ends with one.
    private static func cr(_ html: inout HTMLBuffer) {
        if let last = html.last, last != 0x0A { html.append(0x0A) }
    }

    private static func appendDecimal(_ value: Int, to html: inout HTMLBuffer) {
        html.append(contentsOf: String(value).utf8)
    }

    /// Appends a markup constant (a `StaticString`: no global array to retain per use).
    @inline(__always)
    private static func put(_ markup: StaticString, _ html: inout HTMLBuffer) {
        markup.withUTF8Buffer { html.append(contentsOf: $0) }
    }

    private static let blockQuoteOpen: StaticString = "<blockquote>\n"
    private static let blockQuoteClose: StaticString = "</blockquote>\n"
    private static let ulOpen: StaticString = "<ul>\n"
    private static let ulClose: StaticString = "</ul>\n"
    private static let olOpen: StaticString = "<ol>\n"
    private static let olStart: StaticString = "<ol start=\""
    private static let olClose: StaticString = "</ol>\n"
    private static let quoteAngleNewline: StaticString = "\">\n"
    private static let liOpen: StaticString = "<li>"
    private static let liClose: StaticString = "</li>\n"
    private static let preCode: StaticString = "<pre><code>"
    private static let preCodeLanguage: StaticString = "<pre><code class=\"language-"
    private static let quoteAngle: StaticString = "\">"
    private static let codePreClose: StaticString = "</code></pre>\n"
    private static let rawHTMLOmitted: StaticString = "<!-- raw HTML omitted -->"
    private static let hr: StaticString = "<hr />\n"
    private static let pOpen: StaticString = "<p>"
    private static let pClose: StaticString = "</p>\n"
    private static let br: StaticString = "<br />\n"
    private static let codeOpen: StaticString = "<code>"
    private static let codeClose: StaticString = "</code>"
    private static let strongOpen: StaticString = "<strong>"
    private static let strongClose: StaticString = "</strong>"
    private static let emOpen: StaticString = "<em>"
    private static let emClose: StaticString = "</em>"
    private static let idAttribute: StaticString = " id=\""
    private static let aOpen: StaticString = "<a href=\""
    private static let aClose: StaticString = "</a>"
    private static let titleAttribute: StaticString = "\" title=\""
    private static let imgOpen: StaticString = "<img src=\""
    private static let altAttribute: StaticString = "\" alt=\""
    private static let imgClose: StaticString = "\" />"
    private static let quot: StaticString = "&quot;"
    private static let amp: StaticString = "&amp;"
    private static let lt: StaticString = "&lt;"
    private static let gt: StaticString = "&gt;"
    private static let apostrophe: StaticString = "&#x27;"
}
