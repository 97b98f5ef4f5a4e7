"""The coverage report: one self-contained HTML file (plotly's JavaScript embedded, no
network needed to open it) with what each outlet covered, who was quoted, where outlets
disagree on a number, and which stories an outlet missed."""

from __future__ import annotations

import html
from datetime import datetime, timezone
from pathlib import Path

import plotly.express as px
import plotly.io as pio

from warehouse.application import Warehouse
from warehouse.reads import ReportFilter

def _figure_html(figure, first: bool) -> str:
    figure.update_layout(margin={"l": 10, "r": 10, "t": 50, "b": 10}, template="plotly_white", height=420)
    return pio.to_html(figure, full_html=False, include_plotlyjs=first, config={"displaylogo": False})


def disagreement_table(rows: list[dict]) -> tuple[str, str]:
    """The figures table, disagreeing values marked, and the evidence sentences it links to."""
    if not rows:
        return "<p class='empty'>No figure is reported by more than one outlet for the same story.</p>", ""
    groups: dict[tuple[str, str], list[dict]] = {}
    for row in rows:
        groups.setdefault((row["story"], row["unit"]), []).append(row)
    body, evidence = [], []
    for (story, unit), members in groups.items():
        values = {m["value"] for m in members}
        disagree = len(values) > 1
        cells = []
        for m in members:
            anchor = f"ev-{abs(hash((m['stream_id'], m['figure_index'])))}"
            qualifier = (m["qualifier"] or "").replace("_", " ")
            cells.append(f"<a href='#{anchor}'>{html.escape(m['source'])}: {qualifier} {m['value']:,.0f}</a>")
            evidence.append(f"<li id='{anchor}'><b>{html.escape(m['source'])}</b>, <i>{html.escape(m['title'] or '')}</i>: "
                            f"“{html.escape(m['sentence'])}”</li>")
        body.append(f"<tr class='{'disagree' if disagree else 'agree'}'><td>{html.escape(story or '')}</td><td>{html.escape(unit)}</td>"
                    f"<td>{' · '.join(cells)}</td><td>{'outlets disagree' if disagree else 'same value'}</td></tr>")
    table = ("<table class='figures'><thead><tr><th>story</th><th>counted</th><th>as reported</th><th></th></tr></thead><tbody>"
             + "".join(body) + "</tbody></table>")
    return table, "<ol class='evidence'>" + "".join(evidence) + "</ol>"


def build_report(warehouse: Warehouse, filters: ReportFilter | None = None) -> str:
    filters = filters or ReportFilter()
    found = warehouse.report_rows(filters)
    per_day, speakers, figures, coverage = found.articles_per_day, found.top_speakers, found.figures_by_story, found.coverage
    outlets = sorted({r["source"] for r in per_day} | {s for r in coverage for s in r["covered_by"]})

    charts = []
    if per_day:
        fig = px.bar(per_day, x="day", y="articles", color="source", title="Articles per outlet per day (Vietnam time)")
        charts.append(_figure_html(fig, first=not charts))
    if speakers:
        fig = px.bar(speakers, x="quotes", y="speaker", color="source", orientation="h", title="People quoted most, by outlet")
        fig.update_yaxes(categoryorder="total ascending")
        charts.append(_figure_html(fig, first=not charts))
    if coverage and outlets:
        matrix = [[1 if o in r["covered_by"] else 0 for o in outlets] for r in coverage[:30]]
        labels = [(r["story"] or r["story_id"])[:60] for r in coverage[:30]]
        fig = px.imshow(matrix, x=outlets, y=labels, color_continuous_scale=[[0, "#f3f4f6"], [1, "#2563eb"]], aspect="auto",
                        title="Coverage: which outlet reported which story (blue) and which did not")
        fig.update_coloraxes(showscale=False)
        fig.update_layout(height=max(420, 28 * len(labels)))
        charts.append(_figure_html(fig, first=not charts))
    table, evidence = disagreement_table(figures)
    gaps = [r for r in coverage if 0 < len(r["covered_by"]) < len(outlets)]
    gap_items = "".join(
        f"<li>{html.escape(r['story'] or r['story_id'])}: reported by {', '.join(r['covered_by'])}; "
        f"<b>not by {', '.join(o for o in outlets if o not in r['covered_by'])}</b></li>"
        for r in gaps
    )
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    scope = f" since {filters.since:%Y-%m-%d}" if filters.since else ""
    scope += f", outlet {filters.source}" if filters.source else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newsledger coverage report</title>
<style>
 body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #111827; }}
 h1 {{ font-size: 1.6rem; }} h2 {{ margin-top: 2.5rem; font-size: 1.2rem; }}
 table {{ border-collapse: collapse; width: 100%; font-size: 0.9rem; }} td, th {{ border-bottom: 1px solid #e5e7eb; padding: 6px; text-align: left; vertical-align: top; }}
 tr.disagree {{ background: #fef3c7; }} tr.disagree td:last-child {{ color: #b45309; font-weight: 600; }}
 .evidence {{ font-size: 0.85rem; color: #374151; }} .empty {{ color: #6b7280; }}
 .meta {{ color: #6b7280; font-size: 0.85rem; }}
</style></head><body>
<h1>newsledger coverage report</h1>
<p class="meta">{html.escape(warehouse.name)}{html.escape(scope)} · {len(outlets)} outlets · {sum(r['articles'] for r in per_day)} dated articles · generated {generated}</p>
{''.join(charts) or "<p class='empty'>No articles yet.</p>"}
<h2>Figures compared across outlets</h2>
{table}
<h2>Coverage gaps</h2>
{('<ul>' + gap_items + '</ul>') if gap_items else "<p class='empty'>Every story was reported by every outlet.</p>"}
<h2>Evidence</h2>
{evidence or "<p class='empty'>—</p>"}
</body></html>
"""


def write_report(warehouse: Warehouse, out: Path, filters: ReportFilter | None = None) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.tmp")
    temporary.write_text(build_report(warehouse, filters), encoding="utf-8")
    temporary.replace(out)
    return out
