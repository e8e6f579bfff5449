#!/usr/bin/env python3
"""Checks every internal link and anchor of a built site.

usage: check_links.py PUBLIC_DIR

Every href/src in every .html file that is not external (no scheme, not
protocol-relative) must resolve to a file inside PUBLIC_DIR (a folder link
needs its index.html), and a #fragment must name an id in the target page.
Exits 1 and lists each broken link as `page: link` otherwise.
"""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if key in attrs and attrs[key] is not None:
                if tag == "link" and attrs.get("rel") in ("canonical", "alternate") and key == "href":
                    # canonical/alternate may be absolute on purpose
                    pass
                self.links.append(attrs[key])


def parse(path):
    parser = PageParser()
    with open(path, encoding="utf-8") as handle:
        parser.feed(handle.read())
    return parser


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = os.path.realpath(sys.argv[1])
    pages = {}
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                pages[path] = parse(path)
    broken = []
    checked = 0
    for page, parsed in pages.items():
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//") or link.startswith("mailto:"):
                continue
            checked += 1
            target = page if not parts.path else os.path.normpath(
                os.path.join(os.path.dirname(page), unquote(parts.path)))
            if not os.path.realpath(target).startswith(root):
                broken.append((page, link, "leaves the site"))
                continue
            if os.path.isdir(target):
                target = os.path.join(target, "index.html")
            if not os.path.isfile(target):
                broken.append((page, link, "no such file"))
                continue
            if parts.fragment and target.endswith(".html"):
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append((page, link, "no such anchor"))
    for page, link, why in broken:
        print(f"{os.path.relpath(page, root)}: {link}: {why}")
    print(f"{len(pages)} pages, {checked} internal links, {len(broken)} broken")
    sys.exit(1 if broken or not pages else 0)


if __name__ == "__main__":
    main()
