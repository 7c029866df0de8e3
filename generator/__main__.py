"""Command line: `python -m generator check | build | export DIR [--for mkdocs|zensical] | serve`.

Problems in the YAML are printed as `file:line: message` (and, inside GitHub Actions, as
`::error file=…,line=…::…` annotations), the exit code is 1, and `site/` is left as it was.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import logging
import multiprocessing
import os
import posixpath
import re
import shutil
import sys
import tempfile
import threading
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urljoin

import yaml

from . import addresses as at
from .checks import translation_coverage
from .errors import InputError, Problem
from .handouts import qr_svg
from .pipeline import Program30, assets, prepare
from .render import RenderError, service_worker
from .schedule import REVIEW_AFTER, longest_day
from .schema import schemas
from .trace import OUTLINE_SEED, load_seed_points, seed_points, trace, unknown_sources

if TYPE_CHECKING:  # the plugin imports mkdocs, which only build and serve load
    from .plugin import TrainingPlugin

TRACE_FILE = "traceability.yml"
POINTS_FILE = "seed-points.yml"
SEED_000 = Path("../shared/seeds/000_3a6eb6bb7a64cbcd.txt")


def report(problems: tuple[Problem, ...]) -> None:
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in problems:
        print(problem, file=sys.stderr)
        if annotate and problem.where.file:
            message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            print(f"::error file={problem.where.file},line={problem.where.line or 1}::{message}")
    print(f"\n{len(problems)} problem(s) found; nothing was built.", file=sys.stderr)


def warn(warnings: list[Problem]) -> None:
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
        if annotate and warning.where.file:
            print(f"::warning file={warning.where.file},line={warning.where.line or 1}::{warning.message}")


def summary(prepared: Program30) -> None:
    settings = prepared.program.settings
    print(
        f"{len(prepared.catalog.lessons)} lessons, {len(prepared.catalog.modules)} modules, "
        f"{len(prepared.program.departments)} departments, {len(prepared.tracks)} tracks of {settings.days} days."
    )
    for lang, (done, total) in translation_coverage(prepared.catalog, prepared.program).items():
        required = (
            "required"
            if lang in settings.languages
            else "published, partial"
            if lang in settings.partial_languages
            else "not published"
        )
        print(f"  {lang}: {done}/{total} texts translated ({required})")
    quizzes = [q for lesson in prepared.catalog.lessons.values() for q in lesson.quiz]
    kinds = Counter(q.kind for q in quizzes)
    options = [o for q in quizzes for o in q.options]
    print(
        f"Quiz: {len(quizzes)} questions ({', '.join(f'{n} {kind}' for kind, n in sorted(kinds.items()))}), "
        f"{sum(o.feedback.has(settings.languages[0]) for o in options)}/{len(options)} options with feedback."
    )
    later = [d for t in prepared.tracks for d in t.days if d.number > max(REVIEW_AFTER)]
    print(
        f"Spaced review: {sum(len(d.review) == len(REVIEW_AFTER) for d in later)} of {len(later)} days after "
        f"day {max(REVIEW_AFTER)} bring back {len(REVIEW_AFTER)} earlier questions, "
        f"{sum(len(d.review) == 1 for d in later)} one (the rest have no room left)."
    )
    track, day, lang, words = longest_day(prepared.tracks)
    minutes = words / settings.words_per_minute
    print(
        f"Longest day: {track.department}/{track.role} day {day.number}, {words} words in {lang} "
        f"({minutes:.1f} of {settings.reading_minutes} minutes)."
    )


def trace_table(table: dict[str, list[str]]) -> str:
    header = (
        "# Which lessons, tips and Big Questions carry each point of the five source notes: seed 000's\n"
        "# 39 rules and Big Questions (its outline numbers, sections 1 and 2), then the points of seeds\n"
        f"# 001–004 listed in rules/{POINTS_FILE} (an alias cited in `sources:` counts for its point).\n"
        "# Made by `python -m generator trace` from the items' `sources:`; tests/test_content.py checks\n"
        "# that it is current and that every point is carried.\n"
    )
    return header + yaml.safe_dump(table, sort_keys=False, width=120, allow_unicode=True)


def outline_points(seed: Path, table_file: Path) -> list[str]:
    """Seed 000's outline numbers: from the seed when it is beside the repository, else from the table."""
    if seed.exists():
        return seed_points(seed.read_text(encoding="utf-8"))
    old = yaml.safe_load(table_file.read_text(encoding="utf-8")) if table_file.exists() else {}
    keys = [str(key) if ":" in str(key) else f"{OUTLINE_SEED}:{key}" for key in old or {}]
    return [key.partition(":")[2] for key in keys if key.startswith(f"{OUTLINE_SEED}:")]


def write_trace(prepared: Program30, rules: Path, seed: Path) -> int:
    table_file = rules / TRACE_FILE
    outline, seeds = outline_points(seed, table_file), load_seed_points(rules / POINTS_FILE)
    table = trace(prepared.catalog, outline, seeds)
    table_file.write_text(trace_table(table), encoding="utf-8")
    per_seed: dict[str, tuple[int, int]] = {}
    for key, items in table.items():
        done, total = per_seed.get(key[:3], (0, 0))
        per_seed[key[:3]] = (done + bool(items), total + 1)
    print(f"Wrote {table_file}: " + ", ".join(f"seed {s} {d}/{t} points carried" for s, (d, t) in per_seed.items()))
    uncarried = [key for key, items in table.items() if not items]
    if uncarried:
        print(f"Carried by no lesson, tip or Big Question: {', '.join(uncarried)}", file=sys.stderr)
    unknown = unknown_sources(prepared.catalog, outline, seeds)
    for item, source in unknown:
        print(
            f'{item}: the source "{source}" names no point: use a key of rules/{POINTS_FILE} '
            f"(or add the point there), or an outline number of seed {OUTLINE_SEED}.",
            file=sys.stderr,
        )
    return 1 if unknown else 0


def config_file(lang: str, languages: tuple[str, ...]) -> Path:
    """mkdocs.yml for the first language, mkdocs.<lang>.yml for each other one."""
    return Path.cwd() / ("mkdocs.yml" if lang == languages[0] else f"mkdocs.{lang}.yml")


LOCAL_ADDRESS = "http://127.0.0.1:8000/"
PAGES_LIMIT_MB = 1024  # GitHub Pages refuses a published site over 1 GB


def site_address(given: str | None) -> str | None:
    """The address the site is served from, or None (a message says why) when a deploy would be wrong."""
    address = given or os.environ.get("SITE_URL")
    if address:
        return address.rstrip("/") + "/"
    if os.environ.get("GITHUB_ACTIONS") == "true":
        print(
            "No site address: QR codes and calendars would point at this build machine. Pass --site-url "
            "https://ORG.github.io/REPO/ or set SITE_URL (the Pages workflow sets it).",
            file=sys.stderr,
        )
        return None
    print(
        f"No site address given (--site-url or SITE_URL): QR codes, calendars and links use {LOCAL_ADDRESS}, "
        "which works only on this computer.",
        file=sys.stderr,
    )
    return LOCAL_ADDRESS


def language_address(address: str, lang: str, languages: tuple[str, ...]) -> str:
    """The first language at the site's root, every other one in a sub-folder."""
    return address if lang == languages[0] else f"{address}{lang}/"


_prepared: Program30 | None = None  # handed to the language builds (forked processes inherit it)


def build_with_mkdocs(
    lang: str, config_path: str, target: str, address: str, prepared: Program30 | None, serving: bool = False
) -> tuple[Any, str | None]:
    """One language's pages, built by MkDocs with the plugin handed the program already prepared: the config
    and None, or None and the error. `serving`: for `serve` (its reload script; QR codes made by the plugin)."""
    from mkdocs.commands.build import build as mkdocs_build  # imported here: only build and serve need mkdocs
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    try:
        options: dict[str, Any] = {"site_dir": target, "site_url": address} | ({} if serving else {"strict": True})
        config = load_config(config_path, **options)
        plugin = cast("TrainingPlugin", config.plugins["training"])
        plugin.prepared, plugin.with_qr_codes = prepared, serving  # a build's QR codes are jobs of their own
        config.plugins.on_startup(command="serve" if serving else "build", dirty=False)
        try:
            mkdocs_build(config, serve_url=config.site_url if serving else None)
        finally:
            config.plugins.on_shutdown()
    except (MkDocsException, SystemExit) as error:
        return None, f"mkdocs could not build the {lang} site: {error}"
    return config, None


def _build_language(job: tuple[str, str, str, str]) -> str | None:
    """Build one language's pages with MkDocs in this process; the error text, or None."""
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    return build_with_mkdocs(*job, _prepared)[1]


QR_CACHE = Path(".cache/qr-codes")  # as Material's social cards: made once, kept between builds (not committed)


def _cache_name(address: str, title: str) -> str:
    return hashlib.sha256(f"{address}\n{title}".encode()).hexdigest()[:32] + ".svg"


def _cached_qr_svg(address: str, title: str) -> bytes:
    """A QR code from the cache, or made and kept there: finding the best mask of each takes a while."""
    cached = QR_CACHE / _cache_name(address, title)
    try:
        return cached.read_bytes()
    except OSError:
        svg = qr_svg(address, title)
        try:
            QR_CACHE.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_suffix(f".{os.getpid()}")
            temporary.write_bytes(svg)
            temporary.replace(cached)  # whole or not at all, whichever process writes it
        except OSError:
            pass  # a read-only project still builds
        return svg


def _write_qr_codes(job: tuple[str, str, str]) -> set[str]:
    """One language's QR codes, written into `target`: a job of its own, so that it fills a free core. The
    names of the cached codes it used."""
    lang, target, address = job
    assert _prepared is not None
    used = set()

    def make(address: str, title: str) -> bytes:
        used.add(_cache_name(address, title))
        return _cached_qr_svg(address, title)

    for path, svg in _prepared.qr_codes(lang, address, make).items():
        (Path(target) / path).parent.mkdir(parents=True, exist_ok=True)
        (Path(target) / path).write_bytes(svg)
    return used


def _build_in_parallel(languages: tuple[str, ...], staging: Path, address: str) -> list[str]:
    """Every language's pages and QR codes, side by side in forked copies of this process, each into a folder
    of its own (MkDocs empties its site folder first), then put together in `staging`: the first language at
    its root, every other one in a sub-folder. The errors, if any."""
    folder = {lang: staging / f".{lang}" for lang in languages}
    pages = [
        (lang, str(config_file(lang, languages)), str(folder[lang]), language_address(address, lang, languages))
        for lang in languages
    ]
    codes = [(lang, str(staging / f".qr-{lang}"), language_address(address, lang, languages)) for lang in languages]
    if (os.cpu_count() or 1) > 1:
        # every job at once: the system shares the cores out, so none sits idle while the last job runs alone
        with ProcessPoolExecutor(len(pages) + len(codes), mp_context=multiprocessing.get_context("fork")) as pool:
            built = [pool.submit(_build_language, job) for job in pages]
            made = [pool.submit(_write_qr_codes, job) for job in codes]
            errors = [error for future in built if (error := future.result())]
            used = set().union(*(future.result() for future in made))
    else:
        errors = [error for error in map(_build_language, pages) if error]
        used = set().union(*map(_write_qr_codes, codes))
    if errors:
        return errors
    for path in QR_CACHE.glob("*.svg"):  # the cache keeps what this build used, not every address there was
        if path.name not in used:
            path.unlink(missing_ok=True)
    first = folder[languages[0]]
    for path in first.iterdir():
        path.rename(staging / path.name)
    first.rmdir()
    for lang in languages:
        target = staging if lang == languages[0] else staging / lang
        if lang != languages[0]:
            folder[lang].rename(target)
        move_into(staging / f".qr-{lang}", target)
    return []


def move_into(source: Path, target: Path) -> None:
    """Move what `source` holds into `target`, whole folders at once where `target` has none of that name."""
    for path in source.iterdir():
        there = target / path.name
        if path.is_dir() and there.is_dir():
            move_into(path, there)
        else:
            path.replace(there)
    source.rmdir()


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def build(prepared: Program30, site_dir: Path, site_url: str | None, limit_mb: float = PAGES_LIMIT_MB) -> int:
    """Build every language into a temporary folder; replace `site_dir` only if all succeed and the
    site is one GitHub Pages accepts."""
    global _prepared
    languages = prepared.program.settings.published
    missing = [config_file(lang, languages).name for lang in languages if not config_file(lang, languages).exists()]
    if missing:
        print(
            f"{', '.join(missing)}: missing; each language after the first needs its own mkdocs.<lang>.yml "
            "(copy mkdocs.en.yml and change the language).",
            file=sys.stderr,
        )
        return 1
    address = site_address(site_url)
    if address is None:
        return 1
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    try:
        _prepared = prepared
        # The program stays alive to the end: the collector need not walk it again in every build process (and
        # the forked processes then share its memory instead of copying it).
        gc.freeze()
        errors = _build_in_parallel(languages, staging, address)
        if errors:
            print("\n".join(errors), file=sys.stderr)
            print(f"{site_dir.name}/ was left as it was.", file=sys.stderr)
            return 1
        size_mb = folder_size(staging) / 2**20
        if size_mb > limit_mb:
            print(
                f"The site would be {size_mb:,.0f} MB, over the {limit_mb:,.0f} MB GitHub Pages publishes: "
                f"nothing was published and {site_dir.name}/ was left as it was. Fewer departments or cohorts "
                "per site, or shorter downloads, bring it down.",
                file=sys.stderr,
            )
            return 1
        old = site_dir.with_name(f".{site_dir.name}-old")
        shutil.rmtree(old, ignore_errors=True)
        if site_dir.exists():
            site_dir.rename(old)
        staging.rename(site_dir)
        shutil.rmtree(old, ignore_errors=True)
        print(f"Built {', '.join(languages)} into {site_dir} ({size_mb:,.1f} MB) for {address}")
        return 0
    finally:
        _prepared = None
        shutil.rmtree(staging, ignore_errors=True)


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, taking `!ENV [NAME, default]` as its default."""


_ConfigLoader.add_constructor(
    "!ENV", lambda loader, node: loader.construct_sequence(node)[-1] if isinstance(node, yaml.SequenceNode) else None
)


# What the plugin gives the theme's templates (plugin.py, on_env); an export has no plugin, so its copy of
# the theme overrides reads them from `extra:` in its mkdocs.yml.
MATERIAL_BUNDLE = "assets/javascripts/bundle.*.min.js"  # as in plugin.py
PLUGIN_GLOBALS = ("material_bundle", "training_urls", "training_ui")
BUILDERS = ("mkdocs", "zensical")  # mkdocs: MkDocs or ProperDocs with mkdocs-material
# What Zensical reads differently from MkDocs in the overrides (they are written in the Jinja both understand
# otherwise): its sitemap loops over pages, not files, and takes the absolute alternate-language addresses from
# `extra.alternate_urls`; the export has no plugin, so no RSS feed. Each is (file, what the overrides say, what
# the export writes); a rewrite that no longer finds its text stops the export.
PORTABLE = (
    # Zensical's `config.plugins` lists its built-in plugins, rss among them, when none is configured
    ("main.html", '{% if "rss" in config.plugins %}', "{% if false %}"),
    (
        "sitemap.xml",
        "{%- for file in pages -%}",  # MkDocs lists files, Zensical pages
        "{%- for file in pages -%}\n  {%- set page = file.page if file.page is defined else file -%}",
    ),
    (
        "sitemap.xml",
        "not file.page.is_link and (file.page.abs_url or file.page.canonical_url)",
        "not (page.is_link is defined and page.is_link) and page.canonical_url",
    ),
    ("sitemap.xml", "(file.page.canonical_url or file.page.abs_url)", "page.canonical_url"),
    ("sitemap.xml", "urls.absolute(alt.link ~ file.page.url)", "config.extra.alternate_urls[alt.lang] ~ page.url"),
)


def theme_templates(builder: str) -> Path | None:
    """The folder of the theme the builder uses (Material's for MkDocs and ProperDocs, Zensical's own)."""
    try:
        package = __import__("material" if builder == "mkdocs" else "zensical")
    except ImportError:
        return None
    return Path(package.__file__).parent / "templates" if package.__file__ else None


def theme_assets(builder: str, theme: dict) -> tuple[str | None, list[str]]:
    """The theme's bundle (its name changes with every release) and the stylesheets a page links."""
    templates = theme_templates(builder)
    if templates is None or not templates.is_dir():
        return None, []
    bundle = next((p.relative_to(templates).as_posix() for p in sorted(templates.glob(MATERIAL_BUNDLE))), None)
    styles = (
        "assets/stylesheets/*.css"
        if builder == "mkdocs"  # Zensical's theme has two variants
        else f"assets/stylesheets/{theme.get('variant', 'modern')}/*.css"
    )
    return bundle, sorted(p.relative_to(templates).as_posix() for p in templates.glob(styles))


def export_overrides(source: Path, target: Path) -> None:
    """Copy the theme overrides, reading the plugin's template globals from `config.extra` instead."""
    shutil.rmtree(target, ignore_errors=True)
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_dir() or relative.parts[0] == "generator":  # overrides/generator/: the generator's, not the theme's
            continue
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        if path.suffix in (".html", ".xml"):
            text = path.read_text(encoding="utf-8")
            text = re.sub(rf"\b(?<!\.)({'|'.join(PLUGIN_GLOBALS)})\b", r"config.extra.\1", text)
            for name, said, written in PORTABLE:
                if relative.as_posix() == name:
                    if said not in text:
                        raise RenderError(f"overrides/{name} no longer says {said!r}: update PORTABLE in {__file__}")
                    text = text.replace(said, written)
            (target / relative).write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(path, target / relative)


def export_worker(site, theme_styles: list[str]) -> str:
    """The offline worker (the plugin writes it after the build, from the hashed names it finds): the site's
    own pages, data and assets, and the theme's stylesheets as the builder will name them."""
    shell = ["./", at.url(at.TODAY), at.url(at.DAY), at.PROGRAM_DATA, at.MANIFEST, "assets/icon.svg"]
    shell += sorted([path for path in assets() if path.endswith((".js", ".css"))] + theme_styles)
    contents = {**site.files, **assets()}
    text = "".join(shell) + "".join(
        c.decode("utf-8", "ignore") if isinstance(c, bytes) else c for p, c in sorted(contents.items()) if p in shell
    )
    return service_worker(shell, hashlib.sha256(text.encode()).hexdigest()[:12])


RELATIVE_HREF = re.compile(r'href="(?![a-z][a-z0-9+.-]*:|/|#)([^"]*)"')


def file_relative(markdown: str, path: str) -> str:
    """Zensical resolves the relative links of a page's raw HTML against its Markdown file; MkDocs leaves them as
    written, against the page's address. On a page that is not an index.md (its address is a folder deeper than
    its file), write them against the file, so that Zensical turns them back into the same address."""
    page, folder = f"/_/_/_/_/{at.url(path)}", posixpath.dirname(f"/_/_/_/_/{path}")
    if posixpath.dirname(page.rstrip("/")) != folder:
        return markdown

    def rewrite(match: re.Match) -> str:
        link, hash_ = match.group(1).partition("#")[::2]
        target = posixpath.normpath(posixpath.join(page, link)) + ("/" if link.endswith("/") or not link else "")
        relative = posixpath.relpath(target, folder) + ("/" if target.endswith("/") else "")
        return f'href="{relative}{"#" + hash_ if hash_ else ""}"'

    # Zensical leaves the links inside <noscript> as written (an HTML parser reads them as text)
    parts = re.split(r"(<noscript>.*?</noscript>)", markdown, flags=re.S)
    return "".join(part if part.startswith("<noscript>") else RELATIVE_HREF.sub(rewrite, part) for part in parts)


def export(prepared: Program30, out: Path, site_url: str | None, builder: str = "mkdocs") -> int:
    """Write to `out/<lang>/` each language's complete Markdown (blocks of HTML inline), its data files, the
    offline worker, a copy of the theme overrides and a plain mkdocs.yml (no plugin needed), for `builder`."""
    languages = prepared.program.settings.published
    root = Path.cwd()
    address = site_address(site_url)
    if address is None:
        return 1
    for lang in languages:
        config = yaml.load(config_file(lang, languages).read_text(encoding="utf-8"), Loader=_ConfigLoader)
        if "INHERIT" in config:
            parent = yaml.load((root / config.pop("INHERIT")).read_text(encoding="utf-8"), Loader=_ConfigLoader)
            config = {**parent, **config, "theme": {**parent.get("theme", {}), **config.get("theme", {})}}
        config["site_url"] = language_address(address, lang, languages)
        site = prepared.render(lang, (root / "overrides" / "generator",), config["site_url"])
        bundle, styles = theme_assets(builder, config["theme"])
        if bundle is None:
            print(
                f"The {builder} theme is not installed here (pip install "
                f"{'mkdocs-material' if builder == 'mkdocs' else 'zensical'}): the export names its files.",
                file=sys.stderr,
            )
            return 1
        docs = out / lang / "docs"
        shutil.rmtree(docs, ignore_errors=True)
        shutil.copytree(root / config.get("docs_dir", "docs"), docs)
        pages = {path: site.markdown(path) for path in site.pages}
        if builder == "zensical":
            pages = {path: file_relative(markdown, path) for path, markdown in pages.items()}
        for path, content in {**pages, **site.files, **assets(), "sw.js": export_worker(site, styles)}.items():
            (docs / path).parent.mkdir(parents=True, exist_ok=True)
            data = content.encode("utf-8") if isinstance(content, str) else content
            (docs / path).write_bytes(data)
        if config["theme"].get("custom_dir"):
            export_overrides(root / config["theme"]["custom_dir"], out / lang / "overrides")
            config["theme"]["custom_dir"] = "overrides"
        config.update(docs_dir="docs", site_dir="site", nav=[*(config.get("nav") or []), *site.nav])
        config["plugins"] = []  # the site's own search (assets/search.js, search.json) is in the overrides
        extra = config.setdefault("extra", {})
        extra.update(
            material_bundle=bundle,
            training_urls=at.url_templates(),
            training_ui=site.ui,
            alternate_urls={
                alt["lang"]: urljoin(config["site_url"], alt["link"]) for alt in extra.get("alternate", [])
            },
        )
        config.pop("watch", None)
        (out / lang / "mkdocs.yml").write_text(
            yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        print(f"Wrote {len(site.pages)} generated pages for {lang} to {out / lang}, for {builder}")
    return 0


def serve(rules: Path, program: Path | None, address: str) -> int:
    """Build every language into a temporary folder and serve it at `address` (host:port), Vietnamese at / and
    each other language at /<lang>/; rebuild all of them and reload the open page when a watched file changes
    (the YAML, wherever the program file is; content/; overrides/; the mkdocs*.yml). A rebuild whose YAML has
    problems prints them and keeps serving the last good site."""
    from mkdocs.livereload import LiveReloadServer

    host, _, port = address.rpartition(":")
    base = f"http://{host}:{port}/"
    site_dir = Path(tempfile.mkdtemp(prefix="training-serve-"))
    # the YAML and the configs from the start, so that a first build stopped by a mistake reloads once it is fixed
    watched = {
        str(rules.resolve()),
        str((program or rules / "program.yml").resolve().parent),
        *(str(path) for path in Path.cwd().glob("mkdocs*.yml")),
    }
    request = threading.local()  # the address being served, for not_found

    def code_stamp() -> dict[Path, int]:
        return {path: path.stat().st_mtime_ns for path in Path(__file__).parent.rglob("*.py")}

    code = code_stamp()

    def builder() -> None:
        if code_stamp() != code:
            # a running process keeps the code it imported: start again, as the same command
            print("The generator's Python code changed: serve starts again.", flush=True)
            shutil.rmtree(site_dir, ignore_errors=True)
            os.execv(sys.executable, [sys.executable, *sys.orig_argv[1:]])
        try:
            warnings: list[Problem] = []
            prepared = prepare(rules, program, warnings)
            warn(warnings)
        except InputError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            kept = "still serving the last good site" if (site_dir / "index.html").exists() else "nothing to serve yet"
            print(
                f"\n{len(error.problems)} problem(s) found; {kept}: it rebuilds when the file is saved again.",
                file=sys.stderr,
            )
            return
        languages = prepared.program.settings.published
        # built apart, then swapped in: the pages of every language stay served while they are rebuilt
        staging = Path(tempfile.mkdtemp(prefix=".next-", dir=site_dir.parent))
        for lang in languages:  # the first one first: its build empties the folder the others are in
            target = staging if lang == languages[0] else staging / lang
            config, failed = build_with_mkdocs(
                lang,
                str(config_file(lang, languages)),
                str(target),
                language_address(base, lang, languages),
                prepared,
                serving=True,
            )
            if failed:
                print(failed, file=sys.stderr)
                shutil.rmtree(staging, ignore_errors=True)
                return
            watched.update([config.docs_dir, str(config.config_file_path), *config.watch])
        old = site_dir.with_name(site_dir.name + ".old")
        site_dir.rename(old)
        staging.rename(site_dir)
        shutil.rmtree(old, ignore_errors=True)
        print(
            "Serving " + ", ".join(f"{lang} at {language_address(base, lang, languages)}" for lang in languages),
            flush=True,
        )

    server = LiveReloadServer(builder=builder, host=host, port=int(port), root=str(site_dir))

    def not_found(code: int) -> bytes | None:
        """The 404 page of the language the address is in."""
        path = getattr(request, "path", "")
        page = site_dir / path.strip("/").split("/")[0] / "404.html"
        page = page if page.parent != site_dir and page.is_file() else site_dir / "404.html"
        return page.read_bytes() if code == 404 and page.is_file() else None

    def serve_request(environ, start_response):
        request.path = environ.get("PATH_INFO", "")
        return LiveReloadServer.serve_request(server, environ, start_response)

    server.error_handler = not_found
    server.set_app(serve_request)
    try:
        builder()
        for path in sorted(watched):
            server.watch(path)
        try:
            server.serve()
        except KeyboardInterrupt:
            print("Stopped.")
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=Path, default=Path("rules"), help="folder with the training YAML")
    parser.add_argument("--program", type=Path, help="HR's program file (default: rules/program.yml)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate all YAML and the schedule; report translations")
    build_command = commands.add_parser("build", help="check, then build the site with mkdocs --strict")
    build_command.add_argument("--site-dir", type=Path, default=Path("site"))
    build_command.add_argument("--site-url", help="the address the site is served from (default: $SITE_URL)")
    build_command.add_argument(
        "--max-mb", type=float, default=PAGES_LIMIT_MB, help="refuse a site larger than this (GitHub Pages: 1024 MB)"
    )
    commands.add_parser("schemas", help="rewrite rules/schemas/*.json from the model, for editors")
    trace_command = commands.add_parser(
        "trace",
        help=f"rewrite rules/{TRACE_FILE}: seed point → items carrying it "
        f"(seed 000's outline, seeds 001–004 from rules/{POINTS_FILE})",
    )
    trace_command.add_argument("--seed", type=Path, default=SEED_000, help="the source notes' 39-rule mind map")
    serve_command = commands.add_parser("serve", help="preview every language, rebuilt when the YAML changes")
    serve_command.add_argument("--dev-addr", default="127.0.0.1:8000", help="host:port to serve at")
    export_command = commands.add_parser("export", help="write the Markdown to a folder, for other builders")
    export_command.add_argument("out", type=Path)
    export_command.add_argument("--site-url", help="the address the site is served from (default: $SITE_URL)")
    export_command.add_argument(
        "--for",
        dest="builder",
        choices=BUILDERS,
        default="mkdocs",
        help="the builder: mkdocs (MkDocs or ProperDocs, with mkdocs-material) or zensical",
    )
    args = parser.parse_args(argv)
    if args.command == "schemas":
        folder = args.rules / "schemas"
        folder.mkdir(exist_ok=True)
        for name, text in schemas().items():
            (folder / name).write_text(text, encoding="utf-8")
        print(f"Wrote {len(schemas())} schemas to {folder}")
        return 0
    if args.command == "serve":
        return serve(args.rules, args.program, args.dev_addr)
    try:
        warnings: list[Problem] = []
        prepared = prepare(args.rules, args.program, warnings)
        warn(warnings)
        summary(prepared)
        if args.command == "build":
            return build(prepared, args.site_dir, args.site_url, args.max_mb)
        if args.command == "export":
            return export(prepared, args.out, args.site_url, args.builder)
        if args.command == "trace":
            return write_trace(prepared, args.rules, args.seed)
        return 0
    except InputError as error:
        report(error.problems)
        return 1
    except RenderError as error:
        print(error, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
