"""MkDocs adapter: adds the generated pages to the build as `File.generated`."""

from __future__ import annotations

import fnmatch
import gzip
import hashlib
import logging
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from . import addresses as at
from . import frame
from .errors import InputError
from .pipeline import Program30, assets, prepare
from .render import RenderError, Site, service_worker

log = logging.getLogger("mkdocs.plugins.training")

# What a phone needs offline. Material's bundle is not among them: phones do not load it (assets/material.js).
SHELL_ASSETS = ("assets/stylesheets/*.css", "assets/*.js", "assets/*.css")
MATERIAL_BUNDLE = "assets/javascripts/bundle.*.min.js"


NEEDED_EXTENSIONS = (
    "admonition",
    "attr_list",
    "md_in_html",
    "tables",
    "toc",
    "pymdownx.details",
    "pymdownx.superfences",
)


class TrainingConfig(base.Config):
    rules = c.Type(str, default="rules")
    """Folder with the training YAML (lessons, tips, Big Questions, modules, interface texts)."""
    program = c.Optional(c.Type(str))
    """HR's program file; default: `program.yml` inside the rules folder."""
    language = c.Optional(c.Type(str))
    """Language of this build; default: `theme.language`."""
    templates = c.Type(str, default="overrides/generator")
    """Folder whose templates replace the generator's own templates of the same name."""


class TrainingPlugin(BasePlugin[TrainingConfig]):
    prepared: Program30 | None = None
    """Set by the CLI, which loads and schedules once for every language; otherwise prepared here."""
    with_qr_codes: bool = True
    """False when the CLI makes the QR codes in a process of their own, beside the pages."""
    site: Site | None = None

    def on_config(self, config):
        # The generated pages need these Markdown extensions, whatever the project's mkdocs.yml lists.
        for extension in NEEDED_EXTENSIONS:
            if extension not in config.markdown_extensions:
                config.markdown_extensions.append(extension)
        root = Path(config.config_file_path).parent
        lang = self.config.language or config.theme["language"]
        rules = root / self.config.rules
        program = root / self.config.program if self.config.program else None
        try:
            if self.prepared is None:
                warnings: list = []
                self.prepared = prepare(rules, program, warnings)
                for warning in warnings:  # info, not warning: strict builds must not fail on them
                    log.info("%s", warning)
            self.site = self.prepared.render(
                lang, (root / self.config.templates,), config.site_url or "", self.with_qr_codes
            )
        except (InputError, RenderError) as error:
            raise PluginError(f"the training program has problems:\n{error}") from None
        # `mkdocs serve` rebuilds when the YAML changes, wherever the program file lives
        for folder in {rules, (program or rules).parent}:
            if str(folder) not in config.watch:
                config.watch.append(str(folder))
        config.nav = [*(config.nav or []), *self.site.nav]
        return config

    def on_files(self, files: Files, *, config) -> Files:
        assert self.site is not None, "on_config runs first"
        pages = {path: page for path, page in self.site.pages.items() if path not in self.site.departments}
        if self.site.departments:  # one page for the theme to render, stamped per department (frame.py)
            pages[at.department(frame.ID)] = self.site.department_frame
        for path, content in {**pages, **self.site.files, **assets()}.items():
            files.append(File.generated(config, path, content=content))
        return files

    def on_post_page(self, output: str, *, page, config) -> str:
        """Write every department's page from the frame; the frame itself is not written."""
        if not self.site or page.file.src_uri != at.department(frame.ID):
            return output
        try:
            before, after = frame.split(output)
        except frame.FrameError as error:
            raise PluginError(str(error)) from None
        for department in self.site.departments.values():
            target = Path(config.site_dir) / page.file.dest_uri.replace(frame.ID, department.id)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(frame.stamp(before, after, department), encoding="utf-8")
        return ""  # MkDocs writes no page for empty output

    def on_page_content(self, html: str, *, page, config, files: Files) -> str:
        """Put back the blocks of finished HTML that the Markdown held as placeholders."""
        return self.site.with_html(page.file.src_uri, html) if self.site else html

    def on_env(self, env, *, config, files: Files):
        """Tell overrides/main.html the name of Material's bundle (it changes with every Material release)."""
        bundle = next((f.src_uri for f in files if fnmatch.fnmatch(f.src_uri, MATERIAL_BUNDLE)), None)
        if bundle is None:
            raise PluginError(f"no {MATERIAL_BUNDLE} among the theme's files: is theme.name 'material'?")
        env.globals["material_bundle"] = bundle
        env.globals["training_urls"] = at.url_templates()
        env.globals["training_ui"] = self.site.ui if self.site else {}
        return env

    def on_post_build(self, *, config) -> None:
        """List every department where the sitemap lists the frame; write the offline worker now that the
        hashed asset names are known."""
        site = Path(config.site_dir)
        if self.site and self.site.departments and (site / "sitemap.xml").exists():
            ids = [department.id for department in self.site.departments.values()]
            sitemap = frame.sitemap((site / "sitemap.xml").read_text(encoding="utf-8"), ids)
            (site / "sitemap.xml").write_text(sitemap, encoding="utf-8")
            with gzip.GzipFile(site / "sitemap.xml.gz", "wb", mtime=0) as packed:
                packed.write(sitemap.encode())
        shell = ["./", at.url(at.TODAY), at.url(at.DAY), at.PROGRAM_DATA, at.MANIFEST, "assets/icon.svg"]
        shell += sorted(p.relative_to(site).as_posix() for pattern in SHELL_ASSETS for p in site.glob(pattern))
        version = hashlib.sha256(
            "".join(
                shell + [(site / p).read_text(errors="ignore") for p in shell if p.endswith((".js", ".css", ".json"))]
            ).encode()
        ).hexdigest()[:12]
        (site / "sw.js").write_text(service_worker(shell, version), encoding="utf-8")
