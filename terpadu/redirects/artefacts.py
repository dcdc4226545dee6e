"""Write every redirect artefact into one folder (``terpadu redirects --out DIR``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from terpadu.redirects import nginx, static
from terpadu.redirects.models import GONE, Plan

NGINX_FILE = "nginx/terpadu-redirects.conf"
NGINX_PAGES = "nginx/pages"
NETLIFY_FILE = "_redirects"
APACHE_FILE = ".htaccess"
REPORT_FILE = "report.json"


@dataclass(frozen=True)
class Written:
    files: tuple[Path, ...]
    rules: int
    gone: int
    hosts: int


def write_artefacts(plan: Plan, out: Path, options: nginx.NginxOptions | None = None) -> Written:
    """nginx configuration (+ archive pages), ``_redirects``, ``.htaccess`` and a JSON
    report of every rule and every unmapped URL. Files are replaced atomically."""
    options = options or nginx.NginxOptions()
    files = [
        _write(out / NGINX_FILE, nginx.render(plan, options)),
        _write(out / NETLIFY_FILE, static.render_netlify(plan)),
        _write(out / APACHE_FILE, static.render_htaccess(plan)),
        _write(out / REPORT_FILE, json.dumps(report(plan), indent=1, ensure_ascii=False) + "\n"),
    ]
    nginx.write_pages(plan, out / NGINX_PAGES)
    rules = sum(len(h.rules) for h in plan.hosts)
    return Written(tuple(files), rules, sum(h.gone for h in plan.hosts), len(plan.hosts))


def report(plan: Plan) -> dict:
    return {
        "site_url": plan.site_url,
        "moves": [{"from": m.old_prefix, "to": m.new_prefix, "reason": m.reason} for m in plan.moves],
        "hosts": [
            {
                "host": h.host, "unit": h.unit_id, "aliases": list(h.aliases),
                "rules": [
                    {"old_url": r.old_url, "status": r.status, "target": r.target, "reason": r.reason,
                     "origin": str(r.origin)}
                    for r in h.rules
                ],
                "fallbacks": [f.model_dump() for f in h.fallbacks],
                "redirected": len(h.rules) - h.gone, "gone": h.gone,
            }
            for h in plan.hosts
        ],
        "unmapped": [{"old_url": u.old_url, "why": u.why, "origin": str(u.origin)} for u in plan.unmapped],
        "gone_status": GONE,
    }


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
