"""One department page rendered by the theme, then stamped for every department.

The theme (Material's templates: header, navigation, footer) takes a few milliseconds a page, and
department pages differ from each other only in their address, title and article. So the theme renders
a single frame, a page whose address, title and article are stand-ins, and each department's page is
the frame with its own values put in: a hundred departments cost a hundred string joins, not a hundred
theme renders. The stand-ins are upper case, which no department id (a lower-case slug) can be.
"""

from __future__ import annotations

from dataclasses import dataclass

ID = "BRAND30DEPARTMENTX"
TITLE = "BRAND30TITLEX"
ARTICLE = "BRAND30ARTICLEX"


@dataclass(frozen=True)
class DepartmentPage:
    """What one department's page puts into the frame: its id (in its address), its title (HTML-escaped)
    and its article (finished HTML, everything under the title)."""

    id: str
    title: str
    article: str


class FrameError(Exception):
    pass


def split(frame: str) -> tuple[str, str]:
    """The frame's HTML before and after its article."""
    if frame.count(ARTICLE) != 1:
        raise FrameError(
            f"the department frame holds its article stand-in {frame.count(ARTICLE)} times, not once: does a "
            "template in overrides/ print page.content twice, or not at all?"
        )
    before, _, after = frame.partition(ARTICLE)
    return before, after


def stamp(before: str, after: str, page: DepartmentPage) -> str:
    """One department's page: the frame around its article, with its id and title. The article goes in
    last, so that nothing typed into it is ever taken for a stand-in."""

    def own(part: str) -> str:
        return part.replace(ID, page.id).replace(TITLE, page.title)

    return own(before) + page.article + own(after)


def sitemap(xml: str, ids: list[str]) -> str:
    """The sitemap with the frame's entry repeated for each department."""
    start = xml.find(ID)
    if start < 0:
        return xml
    start = xml.rindex("<url>", 0, start)
    end = xml.index("</url>", start) + len("</url>")
    entry = xml[start:end]
    return xml[:start] + "\n  ".join(entry.replace(ID, id) for id in ids) + xml[end:]
