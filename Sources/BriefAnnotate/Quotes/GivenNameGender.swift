/// The usual gender of common given names, for "she said" after "Erin Kim and Doug Purdy".
/// Only names that are strongly one gender in English-language news; anything else is
/// unknown and fits either pronoun.
enum GivenNameGender {
    /// The gender a given name (any case) usually carries, or nil.
    static func of(_ text: [UInt8], _ range: Range<Int>) -> Gender? {
        if female.contains(text, range) { return .female }
        if male.contains(text, range) { return .male }
        return nil
    }

    static func of(_ word: String) -> Gender? {
        let bytes = Array(word.utf8)
        return of(bytes, 0..<bytes.count)
    }

    static let female = WordSet("""
    abigail ada adriana agnes aisha alexandra alexis alice alicia alison allison amanda amber amelia amy ana
    andrea angela angelina anita ann anna anne annette annie april ashley audrey barbara beatrice becky belinda
    bernadette beth bethany betty beverly bonnie brenda brianna bridget brittany brooke camila candace carla
    carmen carol caroline carolyn carrie catherine cathy cecilia celine charlotte chelsea cheryl chloe chrystia
    christina christine cindy claire clara claudia colleen connie courtney crystal cynthia daisy dana danielle
    daphne darlene dawn deborah debbie debra denise diana diane dolores donna doris dorothy eileen elaine eleanor
    elena elisabeth elise eliza elizabeth ella ellen emily emma erica erin esther eva evelyn fatima fiona florence
    frances françoise gabriela gabrielle gail gemma georgia geraldine gillian gina giselle gladys glenda gloria
    grace gwen hailey hannah harriet hayley heather heidi helen helena hilary hillary holly ingrid irene iris
    isabel isabella isabelle jacqueline jade jane janet janice jasmine jean jeanette jeanine jennifer jenny jessica
    jill jo joan joann joanna joanne jocelyn jodi jody josephine joy joyce judith judy julia julie juliet june
    justine karen karin kate katelyn katherine kathleen kathryn kathy katie katrina kay kayla kelly kimberly kristen
    kristin kristina laura lauren laurie leah leslie lila lillian lily linda lindsay lindsey lisa liz lois lorna
    lorraine louise lucy lydia lynn madeleine madison maggie mandy marcia margaret margo maria marian marie marilyn
    marion marjorie marlene martha mary maureen megan meghan melanie melinda melissa meredith mia michelle mildred
    miranda molly monica monique moyra muriel nadia nancy naomi natalie natasha nathalie nicole nina nora olga
    olivia paige pamela patricia paula pauline peggy penelope phyllis priya rachel rebecca regina renee rhonda
    rita roberta rosa rosalind rose rosemary roxanne ruth sabrina sally samantha sandra sara sarah selena sharon
    sheila shelley sherry shirley silvia simone sofia sonia sophia sophie stacey stacy stella stephanie sue susan
    suzanne sylvia tamara tanya tara tatiana teresa theresa tiffany tina tracey tracy valerie vanessa vera
    veronica vicki victoria violet virginia vivian wanda wendy whitney yolanda yvonne zoe
    annalena angelique benazir giorgia golda ilhan indira jacinda kaja kamala katarina kristalina liesl marta nikki
    petra ségolène tulsi ulrike ursula
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static let male = WordSet("""
    aaron abdul adam adrian ahmed alan albert alex alexander alfonso alfred ali allan andre andrew andy angus anthony
    antonio arthur barry ben benjamin bernard bill billy blair bob bobby brad bradley brandon brendan brent brett
    brian bruce bryan byron calvin carl carlos cecil chad charles charlie chris christopher chuck clarence clark
    claude clifford clint colin conrad craig curtis dale dan daniel danny darren dave david dean dennis derek
    desmond donald doug douglas duncan dwayne dwight earl eddie edgar edward eric ernest eugene evan francis frank
    franklin fred frederick gary gavin geoff geoffrey george gerald gilbert glen glenn gordon graham grant greg
    gregory guy harold harry harvey hector henry herbert howard hugh ian isaac ivan jack jacob jake james jamie
    jared jason jay jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jordan jose
    joseph josh joshua juan justin keith ken kenneth kevin kirk kurt kyle lance larry lawrence leo leon leonard
    lewis liam lloyd louis luke malcolm marc marco mario mark martin matt matthew maurice max michael miguel mike
    mitch mitchell mohammad mohammed muhammad nathan neil nicholas nick nigel noah norman oliver omar oscar owen
    patrick paul pedro peter phil philip phillip pierre ralph randy ray raymond ricardo richard rick ricky rob
    robert roberto rod rodney roger ron ronald ross roy russell ryan sam samuel scott sean sergei seth shane shawn
    simon stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd tom tommy tony travis
    trevor troy tyler victor vincent vladimir walter warren wayne william willie xavier zachary
    abdullah alain alberto alexei alexey amit andreas andriy barack boris bruno didier dieter dmitri dmitry ehud emmanuel enrico
    enrique felipe fernando friedrich gabriel gerhard giorgio giuseppe gustavo hamid hans hassan heinz helmut hussein ibrahim igor
    ignacio jacques jair javier jens joachim jorge julien karl keir khalid klaus lars lech luigi luiz manuel markus mathieu
    matthias mahmoud mikhail mustafa naftali narendra nicolas nikolai nils olaf oleksandr osama paolo pascal pavel petro rafael
    rahul recep rishi salman sanjay sebastien sergey sergio shimon silvio stefan sven matteo vijay viktor volodymyr wolfgang
    yair yitzhak yousef youssef yuri yves
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
