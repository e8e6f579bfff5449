/// Cue phrases of web page furniture, lowercased. These are features for the classifier,
/// not a list of lines to delete: a cue lowers a line's score, and only the combination
/// of score, length and position decides what is dropped.
enum BoilerplateVocabulary {
    /// Words typical of buttons, menus and calls to action; each hit is a small penalty.
    static let callToAction: [[UInt8]] = [
        "share", "comment", "reply", "subscribe", "newsletter", "sign up", "signup", "log in", "login", "sign in",
        "related", "read more", "cookie", "privacy", "advertisement", "advertis", "mobile version", "follow us",
        "copyright", "all rights reserved", "menu", "navigation", "skip to", "facebook", "twitter", "instagram",
        "linkedin", "pinterest", "whatsapp", "youtube", "reddit", "tumblr", "email", "e-mail", "print", "click",
        "terms of", "contact us", "about us", "home", "search", "sponsored", "recommended", "trending", "popular",
        "most read", "you may also", "you might also", "more from", "more stories", "see also", "tags", "topics",
        "photo:", "image:", "credit", "getty", "reuters/", "ap photo", "©", "(c)", "loading", "download", "app",
        "watch", "video", "podcast", "next article", "previous article", "back to top", "posted in", "filed under",
        "permalink", "unsubscribe", "inbox", "notifications", "accept", "consent", "continue reading", "support",
        "donate", "contribute", "jobs", "careers", "sitemap", "rss", "feedback", "edition", "min read",
        "partager", "compartir", "compartilhar", "condividi", "teilen", "abonnieren", "s'abonner", "assine",
        "suscríbete", "iscriviti", "publicidad", "publicidade", "publicité", "anzeige", "anzeigen", "pubblicità",
    ].map { Array($0.utf8) }

    /// Call-to-action cues that are stems, counted at the start of any longer word
    /// ("advertising", "advertiser"; "commented", "commenters" under a comment thread). Every
    /// other cue counts only as a word of its own: "app" is not "appear" nor "Apple".
    static let callToActionStems: [[UInt8]] = ["advertis", "comment"].map { Array($0.utf8) }

    /// Phrases that almost never occur in article prose; each hit is a large penalty.
    static let strong: [[UInt8]] = [
        "cookie", "subscribe", "newsletter", "sign up", "all rights reserved", "copyright", "mobile version",
        "leave a comment", "leave a reply", "cancel reply", "share this", "follow us", "read more", "related posts",
        "related articles", "skip to", "log in", "sign in", "advertisement", "privacy policy", "terms of use",
        "terms of service", "you may also like", "recommended for you", "click here", "sponsored", "back to top",
        "share on", "email address", "your inbox", "this site uses", "we use cookies", "javascript", "browser",
        "comments", "posted by", "continue reading", "©", "read next", "more from", "popular stories",
        "most popular", "trending now", "image credit", "photo credit", "getty images", "all photos",
        "news alerts", "delivered to", "take this survey", "tell us what you think",
        // A paywall's lines: "subscribers" alone is a word of article prose ("signed up more
        // subscribers"), so the paywall's own phrasing is the cue.
        "already a subscriber", "exclusively to subscribers", "exclusive to subscribers",
        "subscribers get", "unlock this article", "unlock this story",
    ].map { Array($0.utf8) }

    /// Author boxes after an article: "Jane Roe is a staff writer at ...".
    static let authorBox: [[UInt8]] = [
        "is a staff writer", "is a senior writer", "is a staff reporter", "is a freelance", "is a contributing",
        "is a senior editor", "is a contributor to", "is a columnist for", "follow him on", "follow her on",
    ].map { Array($0.utf8) }

    /// Photo captions and credits.
    static let caption: [[UInt8]] = [
        "(photo", "photo:", "photos:", "photo credit", "credit:", "credit...", "getty images", "/ reuters",
        "/reuters", "/ ap", "/ap", "afp", "file photo", "image:", "image credit", "courtesy of", "(ap photo",
        "shutterstock", "pictured", "click to enlarge", "photograph:", "photo by", "picture by", "photograph by",
        "image by", "photography by", "illustration by", "picture:", "illustration:", "via getty",
    ].map { Array($0.utf8) }

    /// Short lines that open a section after the article: comments, related links, tags.
    /// Matched at the start of the line (after an optional count such as "12 Comments").
    static let sectionStart: [[UInt8]] = [
        "comment", "comments", "response", "responses", "replies", "reaction", "reactions", "related", "more",
        "recommended", "tag", "tags", "posted in", "filed under", "share this", "share on", "share via",
        "about the author", "read more", "previous post", "next post", "previous article", "next article",
        "previous story", "next story", "show comments", "sign up", "most popular", "most read", "most viewed",
        "trending", "popular posts", "popular stories", "latest news", "latest stories", "latest posts",
        "top stories", "top news", "further reading", "see also", "you may also like", "you might also like",
        "you may also enjoy", "you might also enjoy", "you may be interested", "you might be interested",
        "editor's picks", "editors' picks", "editor’s picks", "editors’ picks", "editor's choice", "editor’s choice",
        "in other news", "don't miss", "don’t miss", "must read", "must-read", "elsewhere on", "in case you missed it",
        // The same labels in other languages of the news web.
        "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "sur le même sujet", "commentaires",
        "leia também", "leia mais", "veja também", "você pode gostar", "você também pode gostar",
        "notícias relacionadas", "comentários", "lee también", "te puede interesar", "noticias relacionadas",
        "artículos relacionados", "comentarios", "leggi anche", "potrebbe interessarti", "articoli correlati",
        "commenti", "lesen sie auch", "mehr zum thema", "weitere artikel", "das könnte sie auch interessieren",
        "kommentare", "читайте также", "Читайте также", "похожие новости", "Похожие новости", "関連記事",
    ].map { Array($0.utf8) }

    /// Section labels that open a box only as the whole line ("Elsewhere"; "Elsewhere in
    /// Europe" may be a subheading of the article).
    static let sectionWholeLine: [[UInt8]] = ["elsewhere", "elsewhere:"].map { Array($0.utf8) }

    /// Section openers matched anywhere in a short line.
    static let sectionAnywhere: [[UInt8]] = [
        "leave a reply", "leave a comment", "top rated comments", "join the discussion", "join the conversation",
        "add a comment", "post a comment", "write a comment", "newsletter",
    ].map { Array($0.utf8) }

    /// Signs that a comment thread has begun.
    static let comment: [[UInt8]] = [
        "comment", "leave a reply", "leave a comment", "join the discussion", "join the conversation",
        "add a comment", "post a comment", "write a comment",
    ].map { Array($0.utf8) }
}
