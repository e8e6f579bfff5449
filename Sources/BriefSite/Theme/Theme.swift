import BriefContent
import Foundation

/// The templates and assets pages are made with: the built-in theme, with any file in a site's
/// `templates/` folder replacing the built-in one of the same name (or adding a new one).
public struct Theme: Sendable {
    /// Mustache sources by template name (file path under templates/ without `.mustache`).
    public var templates: [String: String]
    /// Other files (stylesheets, fonts, images) by path under templates/; written to `assets/`.
    public var assets: [String: Data]

    /// The folder in a site that overrides the built-in theme.
    public static let folderName = "templates"
    /// Where assets go in the built site.
    public static let assetsFolder = "assets"
    /// The stylesheet every page links to (under `assets/`).
    public static let stylesheetName = "brief.css"

    public init(templates: [String: String], assets: [String: Data]) {
        self.templates = templates
        self.assets = assets
    }

    /// The theme compiled into brief (the repository's templates/ folder).
    public static let builtin: Theme = Theme(files: BuiltinTheme.files.mapValues { Data($0.utf8) })

    /// Sorts a flat `path -> contents` listing into templates and assets.
    init(files: [String: Data]) {
        var templates: [String: String] = [:]
        var assets: [String: Data] = [:]
        for (path, data) in files {
            if path.hasSuffix(".mustache") {
                templates[String(path.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
            } else {
                assets[path] = data
            }
        }
        self.init(templates: templates, assets: assets)
    }

    /// The built-in theme overridden by the files in `siteDirectory/templates/`, if that folder exists.
    public static func load(siteDirectory: URL) throws(ContentErrors) -> Theme {
        var theme = builtin
        var diagnostics: [Diagnostic] = []
        // One walk for the files and the folders that cannot be opened (`FileTree.read`).
        let listing = FileTree.read(folderName, in: siteDirectory)
        for (path, url) in listing.files {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(Diagnostic(path: "\(folderName)/\(path)", message: "cannot read the file"))
                continue
            }
            if path.hasSuffix(".mustache") {
                guard let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(Diagnostic(path: "\(folderName)/\(path)", message: "the template is not valid UTF-8"))
                    continue
                }
                theme.templates[String(path.dropLast(".mustache".count))] = text
            } else {
                theme.assets[path] = data
            }
        }
        // A folder that cannot be opened would drop its files in silence, the theme falling back
        // to the built-in ones: an error, as under content/.
        diagnostics += listing.unreadable
        if !diagnostics.isEmpty { throw ContentErrors(diagnostics) }
        return theme
    }

    /// The output files of the assets: `assets/brief.css`, ...
    public var assetFiles: [OutputFile] {
        assets.keys.sorted().map { OutputFile(path: "\(Self.assetsFolder)/\($0)", contents: assets[$0]!) }
    }
}

extension Theme {
    /// The templates a page made with `name` is made with: itself, those it includes or extends
    /// (`references`: each template's `Template.referencedNames`), theirs, and so on; a name no
    /// template has is among them. What a page's key covers (`CacheKeys`) and where it may show
    /// page links (`PageRenderer`).
    static func templatesReached(from name: String, through references: [String: Set<String>]) -> Set<String> {
        var reached: Set<String> = [name]
        var pending = [name]
        while let next = pending.popLast() {
            for referenced in references[next] ?? [] where reached.insert(referenced).inserted { pending.append(referenced) }
        }
        return reached
    }
}
