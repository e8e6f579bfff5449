extension WeaveTree {
    /// The tree as HTML, byte for byte what `cmark_render_html` makes of the same tree with the
    /// same wraps (without `CMARK_OPT_SOURCEPOS`): an iterative pre-order walk with cmark's enter
    /// and exit events. O(size of the output).
    func renderHTML(unsafe: Bool, hardBreaks: Bool) -> [UInt8] {
        var html: [UInt8] = []
        html.reserveCapacity(plain.count + plain.count / 4 + pool.count + 1024)
        guard !nodes.isEmpty else { return html }
        plain.withUnsafeBufferPointer { plain in
            pool.withUnsafeBufferPointer { pool in
                let text = Literals(plain: plain, pool: pool)
                renderHTML(into: &html, text: text, unsafe: unsafe, hardBreaks: hardBreaks)
            }
        }
        return html
    }

    /// The byte pools literals point into, for one rendering.
    private struct Literals {
        let plain: UnsafeBufferPointer<UInt8>
        let pool: UnsafeBufferPointer<UInt8>

        func literal(of n: Node) -> UnsafeBufferPointer<UInt8>.SubSequence {
            n.literalInPlain ? plain[Int(n.start)..<Int(n.end)] : pool[Int(n.a)..<Int(n.a + n.aCount)]
        }

        func a(of n: Node) -> UnsafeBufferPointer<UInt8>.SubSequence { pool[Int(n.a)..<Int(n.a + n.aCount)] }
        func b(of n: Node) -> UnsafeBufferPointer<UInt8>.SubSequence { pool[Int(n.b)..<Int(n.b + n.bCount)] }
    }

    private func renderHTML(into html: inout [UInt8], text: Literals, unsafe: Bool, hardBreaks: Bool) {
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
            } else {
                render(n, index: node, entering: entering, text: text, unsafe: unsafe, hardBreaks: hardBreaks,
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

    private func render(
        _ n: Node, index: Int32, entering: Bool, text: Literals, unsafe: Bool, hardBreaks: Bool,
        into html: inout [UInt8], plainUntil: inout Int32
    ) {
        switch n.kind {
        case .document:
            break
        case .blockQuote:
            Self.cr(&html)
            html.append(contentsOf: entering ? Self.blockQuoteOpen : Self.blockQuoteClose)
        case .list:
            if entering {
                Self.cr(&html)
                if !n.isOrdered {
                    html.append(contentsOf: Self.ulOpen)
                } else if n.number == 1 {
                    html.append(contentsOf: Self.olOpen)
                } else {
                    html.append(contentsOf: Self.olStart)
                    Self.appendDecimal(Int(n.number), to: &html)
                    html.append(contentsOf: Self.quoteAngleNewline)
                }
            } else {
                html.append(contentsOf: n.isOrdered ? Self.olClose : Self.ulClose)
            }
        case .item:
            if entering {
                Self.cr(&html)
                html.append(contentsOf: Self.liOpen)
            } else {
                html.append(contentsOf: Self.liClose)
            }
        case .heading:
            if entering {
                Self.cr(&html)
                html.append(contentsOf: [0x3C, 0x68, 0x30 &+ UInt8(truncatingIfNeeded: n.number), 0x3E])  // <hN>
            } else {
                html.append(contentsOf: [0x3C, 0x2F, 0x68, 0x30 &+ UInt8(truncatingIfNeeded: n.number), 0x3E, 0x0A])  // </hN>\n
            }
        case .codeBlock:
            Self.cr(&html)
            let info = text.b(of: n)
            if info.isEmpty {
                html.append(contentsOf: Self.preCode)
            } else {
                var firstTag = info.startIndex
                while firstTag < info.endIndex, !Self.isSpace(info[firstTag]) { firstTag += 1 }
                html.append(contentsOf: Self.preCodeLanguage)
                Self.appendEscaped(info[info.startIndex..<firstTag], to: &html)
                html.append(contentsOf: Self.quoteAngle)
            }
            Self.appendEscaped(text.literal(of: n), to: &html)
            html.append(contentsOf: Self.codePreClose)
        case .htmlBlock:
            Self.cr(&html)
            if unsafe { html.append(contentsOf: text.literal(of: n)) } else { html.append(contentsOf: Self.rawHTMLOmitted) }
            Self.cr(&html)
        case .customBlock:
            Self.cr(&html)
            html.append(contentsOf: entering ? text.a(of: n) : text.b(of: n))
            Self.cr(&html)
        case .thematicBreak:
            Self.cr(&html)
            html.append(contentsOf: Self.hr)
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
                    html.append(contentsOf: Self.pOpen)
                } else {
                    html.append(contentsOf: Self.pClose)
                }
            }
        case .text:
            Self.appendEscaped(text.literal(of: n), to: &html)
        case .lineBreak:
            html.append(contentsOf: Self.br)
        case .softBreak:
            if hardBreaks { html.append(contentsOf: Self.br) } else { html.append(0x0A) }
        case .code:
            html.append(contentsOf: Self.codeOpen)
            Self.appendEscaped(text.literal(of: n), to: &html)
            html.append(contentsOf: Self.codeClose)
        case .htmlInline:
            if unsafe { html.append(contentsOf: text.literal(of: n)) } else { html.append(contentsOf: Self.rawHTMLOmitted) }
        case .customInline:
            html.append(contentsOf: entering ? text.a(of: n) : text.b(of: n))
        case .wrapper:
            let wrap = wrapMarkup(n.a)
            html.append(contentsOf: entering ? wrap.open.utf8 : wrap.close.utf8)
        case .strong:
            html.append(contentsOf: entering ? Self.strongOpen : Self.strongClose)
        case .emphasis:
            html.append(contentsOf: entering ? Self.emOpen : Self.emClose)
        case .link:
            if entering {
                html.append(contentsOf: Self.aOpen)
                Self.appendDestination(text.a(of: n), unsafe: unsafe, to: &html)
                if n.hasTitle {
                    html.append(contentsOf: Self.titleAttribute)
                    Self.appendEscaped(text.b(of: n), to: &html)
                }
                html.append(contentsOf: Self.quoteAngle)
            } else {
                html.append(contentsOf: Self.aClose)
            }
        case .image:
            if entering {
                html.append(contentsOf: Self.imgOpen)
                Self.appendDestination(text.a(of: n), unsafe: unsafe, to: &html)
                html.append(contentsOf: Self.altAttribute)
                plainUntil = index
            } else {
                if n.hasTitle {
                    html.append(contentsOf: Self.titleAttribute)
                    Self.appendEscaped(text.b(of: n), to: &html)
                }
                html.append(contentsOf: Self.imgClose)
            }
        }
    }

    /// The destination, escaped as `houdini_escape_href` does; empty when dangerous (safe mode).
    private static func appendDestination(_ url: UnsafeBufferPointer<UInt8>.SubSequence, unsafe: Bool, to html: inout [UInt8]) {
        if !unsafe, URLSafety.isDangerous(String(decoding: url, as: UTF8.self)) { return }
        appendHref(url, to: &html)
    }

    // MARK: Escaping (cmark's houdini)

    /// `houdini_escape_html0(..., secure: 0)`: `"` `&` `<` `>` only.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence, to html: inout [UInt8]) {
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
            case 0x22: html.append(contentsOf: quot)
            case 0x26: html.append(contentsOf: amp)
            case 0x3C: html.append(contentsOf: lt)
            default: html.append(contentsOf: gt)
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
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let found = zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x26))
            | zeroByte(word ^ (ones &* 0x3C)) | zeroByte(word ^ (ones &* 0x3E))
        return found != 0
    }

    /// `houdini_escape_href`: safe bytes as they are, `&` and `'` as entities, others as `%XX`.
    private static func appendHref(_ url: UnsafeBufferPointer<UInt8>.SubSequence, to html: inout [UInt8]) {
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
            case 0x26: html.append(contentsOf: amp)
            case 0x27: html.append(contentsOf: apostrophe)
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
    private static func cr(_ html: inout [UInt8]) {
        if let last = html.last, last != 0x0A { html.append(0x0A) }
    }

    private static func appendDecimal(_ value: Int, to html: inout [UInt8]) {
        html.append(contentsOf: String(value).utf8)
    }

    private static let blockQuoteOpen = Array("<blockquote>\n".utf8)
    private static let blockQuoteClose = Array("</blockquote>\n".utf8)
    private static let ulOpen = Array("<ul>\n".utf8)
    private static let ulClose = Array("</ul>\n".utf8)
    private static let olOpen = Array("<ol>\n".utf8)
    private static let olStart = Array("<ol start=\"".utf8)
    private static let olClose = Array("</ol>\n".utf8)
    private static let quoteAngleNewline = Array("\">\n".utf8)
    private static let liOpen = Array("<li>".utf8)
    private static let liClose = Array("</li>\n".utf8)
    private static let preCode = Array("<pre><code>".utf8)
    private static let preCodeLanguage = Array("<pre><code class=\"language-".utf8)
    private static let quoteAngle = Array("\">".utf8)
    private static let codePreClose = Array("</code></pre>\n".utf8)
    private static let rawHTMLOmitted = Array("<!-- raw HTML omitted -->".utf8)
    private static let hr = Array("<hr />\n".utf8)
    private static let pOpen = Array("<p>".utf8)
    private static let pClose = Array("</p>\n".utf8)
    private static let br = Array("<br />\n".utf8)
    private static let codeOpen = Array("<code>".utf8)
    private static let codeClose = Array("</code>".utf8)
    private static let strongOpen = Array("<strong>".utf8)
    private static let strongClose = Array("</strong>".utf8)
    private static let emOpen = Array("<em>".utf8)
    private static let emClose = Array("</em>".utf8)
    private static let aOpen = Array("<a href=\"".utf8)
    private static let aClose = Array("</a>".utf8)
    private static let titleAttribute = Array("\" title=\"".utf8)
    private static let imgOpen = Array("<img src=\"".utf8)
    private static let altAttribute = Array("\" alt=\"".utf8)
    private static let imgClose = Array("\" />".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let apostrophe = Array("&#x27;".utf8)
}
