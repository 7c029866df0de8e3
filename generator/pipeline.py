"""The stages in order: load → schedule → render. Used by both adapters (CLI and MkDocs plugin)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .handouts import qr_codes
from .load import load
from .model import Catalog, Program, Track
from .render import Site, render_site
from .schedule import build_tracks


@dataclass(frozen=True)
class Program30:
    """Everything validated and scheduled: ready to render in any language."""

    catalog: Catalog
    program: Program
    tracks: tuple[Track, ...]

    def render(
        self, lang: str, template_dirs: tuple[Path, ...] = (), site_url: str = "", with_qr_codes: bool = True
    ) -> Site:
        return render_site(self.catalog, self.program, self.tracks, lang, template_dirs, site_url, with_qr_codes)

    def qr_codes(self, lang: str, site_url: str, make=None) -> dict[str, bytes]:
        """The QR codes of one language, for a caller that makes them beside the pages (`make`: see
        `handouts.qr_codes`)."""
        fallback = self.program.settings.fallback
        return qr_codes(self.program, lambda department: department.name.get(lang, fallback), site_url, make)


ASSETS = Path(__file__).parent / "assets"


def assets() -> dict[str, bytes]:
    """The site's own script and styles, served as `assets/<name>`."""
    return {f"assets/{path.name}": path.read_bytes() for path in sorted(ASSETS.iterdir()) if path.is_file()}


def prepare(rules_dir: Path, program_file: Path | None = None, warnings: list | None = None) -> Program30:
    """Load, validate and schedule; raises `InputError` listing every problem. What is accepted but worth
    a word (a name in the main language only) is added to `warnings`."""
    catalog, program = load(rules_dir, program_file, warnings)
    return Program30(catalog, program, build_tracks(catalog, program))
