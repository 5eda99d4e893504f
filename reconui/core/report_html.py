"""The report as one self-contained HTML page: readable without reconui, printable, escaped throughout.

:class:`reconui.core.report.RunReport` writes it next to the JSON file; the page holds nothing the
JSON does not, and every value is escaped (server texts are hostile input).
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from reconui.core import wire
from reconui.core.errors import ProtocolError
from reconui.core.render import format_local_datetime
from reconui.core.summary import LABELS, summarize

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1d1d1f;background:#fff;
max-width:70rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .5rem;
border-bottom:1px solid #e5e5e5;vertical-align:top}th{background:#f5f5f7;width:14rem}
code,.mono{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;word-break:break-all}
.ok{color:#1a7f37}.bad{color:#cf222e}.warn{color:#9a6700}pre{white-space:pre-wrap;background:#f5f5f7;padding:.75rem}
@media (prefers-color-scheme:dark){body{background:#1e1e1e;color:#e6e6e6}th{background:#2a2a2a}
td,th{border-color:#333}pre{background:#2a2a2a}}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _when(value: object, tz: tzinfo | None) -> str:
    """A report timestamp (wire format, UTC) as the user reads it: local zone, zone named."""
    if not isinstance(value, str) or not value:
        return "–"
    try:
        return format_local_datetime(wire.parse_datetime(value), "LONG_DATE_TIME", tz=tz)
    except ProtocolError:
        return value


def _text(value: object) -> str:
    """A JSON value as plain words: no Python ``None``/``True``/``['…']`` spellings in the page."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _rows(pairs: list[tuple[str, object]]) -> str:
    return "".join(f"<tr><th>{_e(k)}</th><td>{_e(_text(v))}</td></tr>" for k, v in pairs)


def _timed_table(rows: list[tuple[object, str]], tz: tzinfo | None) -> str:
    """A table of (timestamp, cell HTML) rows, the time shown in the user's zone."""
    body = "".join(f"<tr><th class=mono>{_e(_when(at, tz))}</th><td>{cell}</td></tr>" for at, cell in rows)
    return f"<table>{body}</table>"


def _status_class(status: object) -> str:
    return {"SUCCEEDED": "ok", "succeeded": "ok", "FAILED": "bad", "failed": "bad", "error": "bad"}.get(
        str(status), "warn"
    )


def _timeline_cell(entry: Mapping[str, Any], tz: tzinfo | None) -> str:
    details = []
    if entry.get("count"):
        details.append(f"{entry['count']} times, last at {_when(entry.get('last_at'), tz)}")
    for key, value in entry.items():
        if key in ("at", "event", "count", "last_at"):
            continue
        shown = _when(value, tz) if key in ("deadline", "since", "ended_at") else _text(value)
        details.append(f"{key.replace('_', ' ')}: {shown}")
    event = str(entry.get("event", "")).replace("_", " ")
    return f"<strong>{_e(event)}</strong>" + (f" – {_e(' · '.join(details))}" if details else "")


_VERDICT_CLASS = {"healthy": "ok", "needs_attention": "bad", "not_checked": "warn"}
_ITEM_CLASS = {"ok": "ok", "problem": "bad", "pending": "warn", "unchecked": "warn", "absent": ""}


def _health_html(health: Mapping[str, Any] | None) -> list[str]:
    """The Health section: the verdict, then every finding with what it says and its messages."""
    if not health:
        return []
    verdict = str(health.get("verdict") or "")
    parts = [
        "<h2>Health</h2>",
        f'<p class="{_VERDICT_CLASS.get(verdict, "warn")}"><strong>{_e(verdict.replace("_", " ").upper())}</strong> '
        f'{_e(health.get("text"))}</p>',
    ]
    findings = health.get("findings") or []
    if findings:
        parts.append("<table>")
        for item in findings:
            messages = "".join(f"<br>{_e(m.get('text') or m.get('default_message'))} <code>{_e(m.get('id'))}</code>"
                               for m in item.get("messages") or [])
            parts.append(
                f'<tr><th class="mono {_ITEM_CLASS.get(str(item.get("status")), "")}">{_e(item.get("name"))} '
                f'({_e(item.get("state"))})</th><td>{_e(item.get("text"))}{messages}</td></tr>'
            )
        parts.append("</table>")
    last = health.get("last_check") or {}
    ok = [i for i in last.get("items") or [] if i.get("status") == "ok"]
    if ok:
        parts.append("<p><small>Fine: " + _e(", ".join(f"{i.get('name')} ({i.get('state')})" for i in ok))
                     + f". {_e(health.get('rounds'))} check round(s).</small></p>")
    return parts


def _partners_html(partners: Mapping[str, Any] | None) -> list[str]:
    """The linked-mode partner list as pre-flight saw it."""
    if not partners:
        return []
    parts = ["<h2>Linked-mode partners</h2>",
             f'<p class="{"bad" if partners.get("unreachable") else ""}">{_e(partners.get("text"))}</p>']
    rows = partners.get("rows") or []
    if rows:
        parts.append("<table><tr><th>Node</th><th>Partner</th><th>Reachable</th><th>Replicating</th>"
                     "<th>Change lag</th></tr>")
        for row in rows:
            reachable = "yes" if row.get("partner_available") else "NO"
            replicating = row.get("replicating")
            parts.append(
                f"<tr><td class=mono>{_e(row.get('node'))}</td><td class=mono>{_e(row.get('replication_partner'))}"
                f"</td><td>{_e(reachable)}</td><td>{_e(_text(replicating) if replicating is not None else 'unknown')}"
                f"</td><td>{_e(row.get('change_lag', '–'))}</td></tr>"
            )
        parts.append("</table>")
    return parts


def render_html(data: Mapping[str, Any], *, tz: tzinfo | None = None) -> str:
    """A self-contained HTML page (inline CSS, no script, no external resource), every value escaped.

    Times are shown in ``tz`` (default: the machine's local zone) with the zone named; the JSON keeps
    them in UTC for machines.
    """
    target = data.get("target") or {}
    outcome = data.get("outcome") or {}
    final = data.get("final_info") or data.get("last_info") or {}
    appliance = data.get("appliance") or {}
    cert = data.get("certificate") or {}
    summary = summarize(data)
    kind = outcome.get("kind") or final.get("status") or "unknown"
    simulation = "SIMULATION – " if summary.simulated else ""
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{_e(simulation)}reconui report – {_e(target.get('address'))} – "
        f"{_e(_when(data.get('started_at'), tz))}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{_e(simulation)}Reconciliation report for {_e(target.get('address'))}</h1>",
    ]
    if summary.simulated:
        parts.append("<p class=warn>This run talked to reconui's built-in appliance simulator, not to a real "
                     "vCenter.</p>")
    # 1. Summary: what happened, where, how long, what now.
    parts += [
        "<h2>Summary</h2><table>",
        f'<tr><th>{_e(LABELS["outcome"])}</th><td class="{_status_class(kind)}"><strong>{_e(summary.outcome)}'
        f"</strong> {_e(summary.message)}</td></tr>",
        _rows(
            [
                (LABELS["host"], summary.host),
                (LABELS["appliance"], summary.appliance),
                (LABELS["duration"], summary.duration),
                (LABELS["health"], summary.health),
                (LABELS["next_step"], summary.next_step),
            ]
        ),
        "</table>",
    ]
    # 2. The error.
    final_error = data.get("final_error")
    errors = data.get("errors") or []
    if final_error or errors:
        parts.append("<h2>Error</h2>")
    if final_error:
        parts.append("<pre>" + _e("\n".join(final_error)) + "</pre>")
    if errors:
        parts.append("<table>")
        for err in errors:
            rendered = "\n".join(err.get("rendered") or [])
            parts.append(
                f"<tr><th class=mono>{_e(err.get('code'))}</th><td>{_e(err.get('sentence'))}"
                + (f"<pre>{_e(rendered)}</pre>" if rendered else "")
                + (f"<br><small class=mono>{_e(err.get('detail'))}</small>" if err.get("detail") else "")
                + "</td></tr>"
            )
        parts.append("</table>")
    # 3. The appliance's messages with their ids.
    parts.append("<h2>Messages</h2>")
    messages = data.get("messages") or []
    if messages:
        parts.append(_timed_table(
            [(m.get("first_seen"), f"{_e(m.get('text'))}<br><code>{_e(m.get('id'))}</code>") for m in messages], tz
        ))
    else:
        parts.append("<p>The appliance sent no messages.</p>")
    restore_messages = appliance.get("restore_messages") or []
    if restore_messages:
        parts.append("<h2>Restore messages (watched before the job)</h2>")
        parts.append(_timed_table(
            [(m.get("first_seen"), f"{_e(m.get('text'))}<br><code>{_e(m.get('id'))}</code>") for m in restore_messages],
            tz,
        ))
    # 4. The timeline (unchanged polls folded into one row with a count).
    parts.append("<h2>Timeline</h2>")
    parts.append(_timed_table([(e.get("at"), _timeline_cell(e, tz)) for e in data.get("timeline") or []], tz))
    outages = data.get("outages") or []
    if outages:
        parts.append("<h2>Service outages</h2>")
        parts.append(_timed_table(
            [(o.get("since"), f"{_e(o.get('cause_text'))} (until "
              f"{_e(_when(o.get('ended_at'), tz) if o.get('ended_at') else 'the end of the run')}, "
              f"{_e(_text(o.get('seconds')))} s, {_e(_text(o.get('attempts')))} attempts)") for o in outages],
            tz,
        ))
    # 5. The details a reviewer checks.
    version = appliance.get("version") or {}
    build = f"(build {version['build']})" if version.get("build") else ""
    parts += [
        "<h2>Details</h2><table>",
        _rows(
            [
                ("API flavour", target.get("flavor") or f"{target.get('flavor_requested')} (not connected)"),
                ("Appliance version", " ".join(str(version.get(k, "")) for k in ("product", "version")).strip()
                 + (f" {build}" if build else "") or "unknown"),
                ("Restore state", (appliance.get("restore") or {}).get("state", "unknown")),
                ("User", data.get("user")),
                ("Job status", final.get("status", "none")),
                ("Progress", f"{final['progress']} %" if "progress" in final else ""),
                ("Started", _when(data.get("started_at"), tz)),
                ("Ended", _when(data.get("ended_at"), tz)),
                ("Exit code", outcome.get("exit_code")),
                ("reconui version", data.get("reconui_version")),
            ]
        ),
        "</table>",
    ]
    parts += _health_html(data.get("health"))
    parts += _partners_html(appliance.get("partners"))
    parts.append("<h2>Certificate</h2>")
    if cert:
        parts += [
            "<table>",
            _rows(
                [
                    ("Trust", cert.get("trust_mode") or "not trusted"),
                    ("SHA-256", cert.get("sha256")),
                    ("SHA-1", cert.get("sha1")),
                    ("Subject", cert.get("subject")),
                    ("Issuer", cert.get("issuer")),
                    ("Alternative names", cert.get("sans")),
                    ("Valid", f"{_when(cert.get('not_before'), tz)} – {_when(cert.get('not_after'), tz)}"),
                ]
            ),
            "</table>",
        ]
    else:
        parts.append("<p>No certificate was seen.</p>")
    options = data.get("options") or {}
    parts += ["<h2>Options</h2><table>", _rows([(k.replace("_", " "), v) for k, v in options.items()]), "</table>"]
    parts.append("<h2>Final job information</h2>")
    parts.append("<pre>" + _e(json.dumps(data.get("final_info") or data.get("last_info"), indent=2,
                                         ensure_ascii=False)) + "</pre>")
    zone = data.get("time_zone") or {}
    parts.append(f"<p><small>Times are shown in {_e(zone.get('name') or 'the local time zone')}; the JSON "
                 f"report keeps them in UTC. Written by reconui {_e(data.get('reconui_version'))}. "
                 "Every text in it was masked against the passwords and session ids this run held, and against "
                 "credential-shaped patterns; what the appliance sent is shown with unsafe characters escaped."
                 "</small></p></body></html>")
    return "\n".join(parts) + "\n"
