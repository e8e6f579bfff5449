"""Checks of the built site's feed.xml, sitemap.xml, robots.txt and 404.html (no browser).

Run by scripts/site-tests.sh with the other tests in tests/site (SITE_DIR names the site)."""
import os
import pathlib
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

SITE = pathlib.Path(os.environ.get("SITE_DIR", pathlib.Path(__file__).resolve().parents[2] / "public"))
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_feed_is_well_formed_atom_with_absolute_links():
    feed = ET.parse(SITE / "feed.xml").getroot()
    assert feed.tag == ATOM + "feed"
    for name in ("title", "id", "updated", "author"):
        assert feed.find(ATOM + name) is not None, name
    entries = feed.findall(ATOM + "entry")
    assert entries
    for entry in entries:
        for name in ("title", "id", "updated"):
            assert (entry.findtext(ATOM + name) or "").strip(), name
        link = entry.find(ATOM + "link[@rel='alternate']").get("href")
        assert urlsplit(link).scheme in ("http", "https"), link
        # The entry's page exists in the site.
        path = urlsplit(link).path.lstrip("/")
        base_path = urlsplit(feed.find(ATOM + "link[@rel='alternate']").get("href")).path.lstrip("/")
        page = SITE / path[len(base_path):] / "index.html"
        assert page.is_file(), page


def test_sitemap_lists_every_page_with_absolute_urls():
    urlset = ET.parse(SITE / "sitemap.xml").getroot()
    locations = [loc.text for loc in urlset.iter(SITEMAP + "loc")]
    assert locations and all(urlsplit(loc).scheme in ("http", "https") for loc in locations)
    base = locations[0]
    pages = sorted(p.relative_to(SITE).as_posix() for p in SITE.rglob("*.html") if p.name != "404.html")
    expected = sorted(base + (p[: -len("index.html")] if p.endswith("index.html") else p) for p in pages)
    assert sorted(locations) == expected


def test_robots_names_the_sitemap():
    robots = (SITE / "robots.txt").read_text(encoding="utf-8")
    assert robots.startswith("User-agent: *")
    assert any(line.startswith("Sitemap: http") and line.endswith("/sitemap.xml") for line in robots.splitlines())


def test_not_found_page_links_do_not_depend_on_its_path():
    page = (SITE / "404.html").read_text(encoding="utf-8")
    assert 'href="../' not in page
    assert 'href="assets/' not in page
