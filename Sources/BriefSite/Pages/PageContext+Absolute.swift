extension PageContext {
    /// The context of a page that may be served at any path (`404.html`): its links start from
    /// `base_url`, or from `/` when there is none, instead of being relative.
    public static func absolute(kind: String, path: String, baseURL: String) -> PageContext {
        var context = PageContext(kind: kind, path: path, baseURL: baseURL)
        context.root = baseURL.isEmpty ? "/" : (baseURL.hasSuffix("/") ? baseURL : baseURL + "/")
        context.home = context.root + "index.html"
        context.stylesheet = context.root + Theme.assetsFolder + "/" + Theme.stylesheetName
        context.canonicalURL = nil
        return context
    }
}
