/// Word lists of attribution: speech verbs in all their forms, pronouns, role nouns,
/// titles and the words that end organisation or place names. Lower-case ASCII.
enum SpeechLexicon {
    /// Speech verbs as (base, past) pairs; -s and -ing forms are derived.
    private static let verbs: [(String, String)] = [
        ("say", "said"), ("tell", "told"), ("add", "added"), ("explain", "explained"), ("state", "stated"),
        ("note", "noted"), ("write", "wrote"), ("argue", "argued"), ("insist", "insisted"), ("warn", "warned"),
        ("claim", "claimed"), ("ask", "asked"), ("reply", "replied"), ("respond", "responded"),
        ("recall", "recalled"), ("acknowledge", "acknowledged"), ("admit", "admitted"), ("announce", "announced"),
        ("declare", "declared"), ("suggest", "suggested"), ("continue", "continued"), ("tweet", "tweeted"),
        ("post", "posted"), ("agree", "agreed"), ("remark", "remarked"), ("comment", "commented"),
        ("observe", "observed"), ("stress", "stressed"), ("emphasize", "emphasized"), ("emphasise", "emphasised"),
        ("predict", "predicted"), ("promise", "promised"), ("vow", "vowed"), ("urge", "urged"),
        ("confirm", "confirmed"), ("deny", "denied"), ("concede", "conceded"), ("complain", "complained"),
        ("recount", "recounted"), ("quip", "quipped"), ("joke", "joked"), ("laugh", "laughed"),
        ("shout", "shouted"), ("yell", "yelled"), ("scream", "screamed"), ("exclaim", "exclaimed"),
        ("whisper", "whispered"), ("mutter", "muttered"), ("chant", "chanted"), ("retort", "retorted"),
        ("crow", "crowed"), ("blurt", "blurted"), ("reiterate", "reiterated"), ("repeat", "repeated"),
        ("conclude", "concluded"), ("caution", "cautioned"), ("assert", "asserted"), ("maintain", "maintained"),
        ("testify", "testified"), ("describe", "described"), ("call", "called"), ("demand", "demanded"),
        ("plead", "pleaded"), ("boast", "boasted"), ("counter", "countered"), ("reveal", "revealed"),
        ("wonder", "wondered"), ("voice", "voiced"), ("express", "expressed"), ("speak", "spoke"),
        ("report", "reported"), ("recommend", "recommended"), ("propose", "proposed"), ("allege", "alleged"),
        ("accuse", "accused"), ("charge", "charged"), ("contend", "contended"), ("point", "pointed"),
        ("mention", "mentioned"), ("reason", "reasoned"), ("sigh", "sighed"), ("snap", "snapped"),
        ("shrug", "shrugged"), ("muse", "mused"), ("marvel", "marveled"), ("cry", "cried"), ("read", "read"),
        ("begin", "began"), ("interject", "interjected"), ("lament", "lamented"), ("assure", "assured"),
        ("brag", "bragged"), ("pledge", "pledged"), ("threaten", "threatened"), ("inform", "informed"),
        ("advise", "advised"), ("specify", "specified"), ("clarify", "clarified"), ("indicate", "indicated"),
        ("quote", "quoted"), ("echo", "echoed"), ("scold", "scolded"), ("sniff", "sniffed"), ("stutter", "stuttered"),
    ]

    /// Every form of every speech verb.
    static let speechVerbs: WordList = {
        var forms: Set<String> = ["according", "says", "saying", "tells", "telling", "marvelled", "cries", "crying", "echoes"]
        for (base, past) in verbs {
            forms.insert(base)
            forms.insert(past)
            forms.insert(thirdPerson(base))
            forms.insert(ingForm(base))
        }
        return WordList(forms)
    }()

    /// Forms that are rarely nouns: past tenses and the present forms of the commonest
    /// verbs. Used where a capitalised word before the verb must be a speaker ("Russian
    /// demands" is not one, "Lavrov said" is).
    static let strongVerbs: WordList = {
        var forms: Set<String> = ["according", "say", "says", "tells", "adds", "writes", "explains", "insists", "argues", "recalls",
                                  "asks", "warns", "suggests", "admits", "acknowledges", "continues", "agrees", "wonders",
                                  "predicts", "concludes", "stresses", "explained", "saying", "telling", "adding", "writing"]
        for (base, past) in verbs where !["read", "posted", "charged", "reported", "pointed", "began", "demanded", "continued"].contains(past) {
            forms.insert(past)
        }
        return WordList(forms)
    }()

    /// Verb forms that never take a subject of their own ("calling them ...", "according to").
    static func isParticiple(_ verb: String) -> Bool { verb.hasSuffix("ing") }

    private static func thirdPerson(_ base: String) -> String {
        if base.hasSuffix("y"), let prev = base.dropLast().last, !"aeiou".contains(prev) { return base.dropLast() + "ies" }
        if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") { return base + "es" }
        return base + "s"
    }

    private static func ingForm(_ base: String) -> String {
        if base.hasSuffix("ee") { return base + "ing" }
        if base.hasSuffix("ie") { return base.dropLast(2) + "ying" }
        if base.hasSuffix("e") { return base.dropLast() + "ing" }
        if base == "quip" || base == "snap" || base == "shrug" || base == "brag" { return base + base.suffix(1) + "ing" }
        return base + "ing"
    }

    /// Pronouns that can be the subject of a speech verb.
    static let pronouns: WordList = ["he", "she", "they", "i", "we", "it"]

    /// Words allowed between a subject and its verb ("Lavrov also said", "she has repeatedly said").
    static let fillers: WordList = [
        "also", "later", "then", "previously", "recently", "once", "again", "further", "repeatedly", "has", "have",
        "had", "was", "is", "were", "will", "would", "earlier", "simply", "just", "even", "still", "reportedly",
        "allegedly", "publicly", "privately", "firmly", "flatly", "often", "frequently", "never", "always",
        "ultimately", "finally", "quickly", "angrily", "calmly", "not", "did", "does", "could", "may",
        "might", "being", "been", "already", "specifically", "however", "explicitly", "clearly",
        "subsequently", "initially", "proudly", "happily", "bluntly", "then", "once",
    ]

    /// Nouns naming a person by role ("the minister said", "a spokesperson added").
    static let roleNouns: WordList = [
        "minister", "spokesperson", "spokesman", "spokeswoman", "mayor", "president", "premier", "chief",
        "official", "officer", "director", "leader", "chair", "chairman", "chairwoman", "ceo", "secretary",
        "senator", "governor", "judge", "coach", "lawyer", "attorney", "prosecutor", "commissioner",
        "ambassador", "manager", "professor", "councillor", "councilor", "mp", "mpp", "candidate", "founder",
        "owner", "author", "researcher", "doctor", "head", "chancellor", "king", "queen", "pope", "sheriff",
        "captain", "general", "constable", "sergeant", "detective", "inspector", "superintendent", "counsel",
        "economist", "analyst", "expert", "scientist", "teacher", "principal", "student", "resident", "witness",
        "victim", "father", "mother", "son", "daughter", "wife", "husband", "woman", "man", "boy", "girl",
        "player", "striker", "goalkeeper", "veteran", "actor", "actress", "singer", "director", "organizer",
        "organiser", "activist", "advocate", "representative", "trustee", "editor", "reporter", "writer",
        "physician", "nurse", "officials", "police", "spokespeople", "investigator", "negotiator", "diplomat",
        "staff", "adviser", "advisor", "aide", "assistant", "deputy", "envoy", "lawmaker", "legislator",
        "politician", "commander", "consultant", "strategist", "journalist", "correspondent", "historian",
        "lecturer", "surgeon",
    ]

    /// Nouns naming an organisation by its kind ("the agency said"): resolved to the last
    /// capitalised name ending with the same word, never to a person.
    static let organisationNouns: WordList = [
        "agency", "commission", "department", "utility", "company", "ministry", "government", "union", "board",
        "diocese", "school", "university", "council", "committee", "court", "association", "firm", "bank",
        "group", "organization", "organisation", "office", "service", "team", "club", "party", "campaign",
        "league", "federation", "city", "province", "state", "airline", "hospital", "network", "foundation",
        // Armed forces and missions speak as institutions: "the Israeli military said" is no person.
        "military", "army", "navy", "embassy", "militia",
    ]

    /// Organisation nouns that are seldom part of the organisation's name: "the company said"
    /// means the company the text is about.
    static let genericOrganisationNouns: WordList = [
        "company", "utility", "firm", "team", "club", "group", "airline", "network", "bank", "hospital",
        "school", "campaign", "organization", "organisation", "city", "province", "state", "government", "agency", "department",
    ]

    /// Words that make a capitalised run a title rather than part of a name.
    static let titles: WordList = [
        "president", "minister", "prime", "foreign", "finance", "defence", "defense", "secretary", "senator",
        "sen", "sen.", "gov", "gov.", "governor", "mayor", "premier", "chief", "judge", "justice", "dr", "dr.",
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "professor", "general", "gen", "gen.", "lt",
        "lt.", "col", "col.", "capt", "capt.", "sgt", "sgt.", "officer", "const", "const.", "constable",
        "chancellor", "king", "queen", "prince", "princess", "pope", "rev", "rev.", "father", "sister",
        "bishop", "coach", "ceo", "chair", "chairman", "chairwoman", "director", "commissioner", "ambassador",
        "deputy", "vice", "councillor", "councilor", "coun", "coun.", "rep", "rep.", "representative", "mp",
        "mpp", "leader", "attorney", "inspector", "superintendent", "detective", "sergeant", "staff",
        "executive", "spokesperson", "spokesman", "spokeswoman", "sir", "dame", "lord", "lady", "uncle",
        "aunt", "captain", "head", "manager", "former", "late", "u.s.", "federal", "provincial", "opposition",
        "interim", "acting", "then", "new", "liberal", "conservative", "democratic", "republican", "nhl",
        "nba", "nfl", "cbc", "cnn", "st", "st.",
    ]

    /// Last words of capitalised runs that name organisations, places or things, not people.
    static let nonPersonHeads: WordList = [
        "service", "services", "police", "university", "college", "school", "council", "nations", "nation",
        "assembly", "ministry", "department", "party", "company", "inc", "inc.", "corp", "corp.", "corporation",
        "bank", "city", "street", "avenue", "road", "park", "canada", "press", "news", "times", "post",
        "association", "society", "institute", "centre", "center", "hospital", "agency", "commission",
        "committee", "court", "board", "group", "club", "team", "league", "foundation", "fund", "office",
        "house", "church", "airport", "station", "lake", "river", "island", "county", "province", "state",
        "states", "union", "federation", "republic", "kingdom", "government", "network", "media", "health",
        "authority", "coalition", "alliance", "force", "forces", "army", "navy", "festival", "day", "week",
        "act", "bill", "award", "prize", "cup", "games", "series", "review", "journal", "magazine", "radio",
        "tv", "television", "airlines", "motors", "energy", "systems", "labs", "studio", "studios", "theatre",
        "museum", "library", "hall", "market", "exchange", "region", "territory", "village", "square",
        "bridge", "highway", "tower", "ltd", "ltd.", "co", "co.", "llc", "program", "project", "report",
        "affairs", "relations", "security", "trust", "capital", "partners", "research", "industries", "mall",
        "arena", "stadium", "tribunal", "parliament", "senate", "congress", "cabinet", "secretariat", "zone",
        // demonyms and other group adjectives: "Western Canadian", "Kentucky Republican"
        "canadian", "canadians", "american", "americans", "british", "chinese", "russian", "russians", "european",
        "europeans", "french", "german", "indian", "african", "asian", "australian", "mexican", "japanese",
        "korean", "ukrainian", "syrian", "iranian", "israeli", "palestinian", "western", "eastern", "northern",
        "southern", "indigenous", "liberal", "liberals", "conservative", "conservatives", "democrat", "democrats",
        "republican", "republicans", "catholic", "muslim", "muslims", "jewish", "albertans", "quebecers",
        "ontarians", "first", "nations", "reuters", "press", "ap", "afp", "cbc", "cnn", "bbc",
    ]

    /// Capitalised words that start sentences or name dates, never people.
    static let nonNames: WordList = [
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "but", "and", "if", "when",
        "while", "after", "before", "as", "so", "yet", "or", "of", "to", "from", "with", "by", "it", "its",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here",
        "what", "who", "why", "how", "where", "which", "some", "many", "most", "all", "no", "not", "one",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "according", "meanwhile", "however", "also", "still", "now", "then", "last", "next", "read", "more",
        "photo", "watch", "related", "instead", "despite", "during", "since", "until", "both", "each",
        "every", "other", "another", "such", "because", "although", "though", "even", "just", "only", "once",
        "besides", "having", "perhaps", "nonetheless", "unlike", "like", "under", "over", "through", "without",
        "within", "against", "among", "asked", "told", "said", "says", "thanks", "today", "yesterday", "tonight",
        "article", "continued", "below", "above", "advertisement", "share", "click", "subscribe", "updated",
    ]

    // Byte-level look-ups of the same lists for the document-wide scan (no String per word).
    static let nonNameWords = WordSet(nonNames)
    static let titleWords = WordSet(titles)
    static let roleWords = WordSet(roleNouns)
    /// Role nouns for several people or an institution: no apposition to one person's name.
    static let collectiveRoleWords = WordSet(["officials", "police", "spokespeople", "head", "chief", "general"])
    static let nonPersonHeadWords = WordSet(nonPersonHeads)
    static let fillerWords = WordSet(fillers)
    static let pronounWords = WordSet(pronouns)
    static let speechVerbWords = WordSet(speechVerbs)
    /// Strong verbs that take a subject before them: no participles, no "according".
    static let subjectVerbWords = WordSet(strongVerbs.filter { !isParticiple($0) && $0 != "according" })
}
