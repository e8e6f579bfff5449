/// The small script and error overlay `brief serve` adds to the HTML pages it serves (never to
/// files on disk: `brief build` output stays clean).
///
/// The script long-polls `/__brief/poll?v=VERSION`; the server answers when the build version
/// changes (or after a timeout), and the page reloads when it did. A failed build also bumps the
/// version, so open pages reload and show the error overlay, which the server puts into every
/// page while the latest build is broken.
public enum LiveReload {
    /// The long-poll endpoint.
    public static let pollPath = "/__brief/poll"
    /// Marks the injected elements, so tests and people can find them.
    public static let marker = "brief-serve"

    /// `html` with the reload script for `version` (and the overlay for `error`) before `</body>`,
    /// or at the end when there is no `</body>`.
    public static func inject(into html: String, version: Int, error: String?) -> String {
        var snippet = ""
        if let error { snippet += overlay(error) }
        snippet += script(version: version)
        var bytes = Array(html.utf8)
        let insertAt = lastBodyClose(in: bytes) ?? bytes.count
        bytes.insert(contentsOf: Array(snippet.utf8), at: insertAt)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A whole page for when no build has succeeded yet: the error and the reload script.
    public static func errorPage(_ error: String, version: Int) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Build failed: brief serve</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"></head>
        <body><h1>The site does not build yet</h1>
        <p>Fix the problems below; this page reloads when the site builds.</p>
        \(overlay(error))\(script(version: version))</body></html>
        """
    }

    static func script(version: Int) -> String {
        // ES5, no dependencies; retries slowly while the server is away (restarts).
        """
        <script id="\(marker)-reload">(function(){var v=\(version);\
        function poll(){fetch("\(pollPath)?v="+v,{cache:"no-store"}).then(function(r){return r.json();})\
        .then(function(s){if(s.version!==v){location.reload();}else{poll();}})\
        .catch(function(){setTimeout(poll,1000);});}poll();})();</script>
        """
    }

    static func overlay(_ error: String) -> String {
        """
        <div id="\(marker)-error" role="alert" style="position:fixed;z-index:2147483647;left:0;right:0;bottom:0;\
        max-height:60vh;overflow:auto;margin:0;padding:1em 1.25em;background:#2b0b0e;color:#ffd7d7;\
        border-top:4px solid #e5484d;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace">\
        <strong style="color:#fff">brief: the latest change does not build; showing the last good site</strong>\
        <pre style="white-space:pre-wrap;margin:.75em 0 0">\(escape(error))</pre></div>
        """
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Byte offset of the last `</body` (any case).
    static func lastBodyClose(in bytes: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == 0x3C {
                var matches = true
                for j in 1..<needle.count where bytes[i + j] | 0x20 != needle[j] | 0x20 {
                    matches = false
                    break
                }
                if matches { return i }
            }
            i -= 1
        }
        return nil
    }
}
