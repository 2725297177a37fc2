/**
 * The report's only stylesheet, inline (the CSP allows inline styles and nothing else). System
 * fonts only, with the CJK faces of Windows, macOS and Linux named per script so that Traditional
 * text is not drawn with Simplified glyphs. Print: no backgrounds lost on the bars, no section
 * split across a page where it can be helped.
 */
export const REPORT_CSS = `
:root { --text: #242424; --muted: #616161; --line: #e0e0e0; --panel: #f5f5f5; --accent: #0f6cbd; color-scheme: light; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: var(--text); background: #fff; }
html:lang(zh-CN) { font-family: "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
html:lang(zh-TW) { font-family: "Segoe UI", "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", "Source Han Sans TC", sans-serif; }
body { margin: 0 auto; max-width: 980px; padding: 32px 28px 48px; line-height: 1.55; font-size: 15px; }
h1 { font-size: 26px; margin: 0 0 6px; }
h2 { font-size: 19px; margin: 0 0 14px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 0 0 8px; }
h4 { font-size: 13px; margin: 14px 0 6px; color: var(--muted); font-weight: 600; }
code { white-space: nowrap; font-family: ui-monospace, "Cascadia Mono", Consolas, "Liberation Mono", monospace; font-size: 0.82em; color: var(--muted); background: var(--panel); padding: 1px 5px; border-radius: 4px; }
a { color: var(--accent); text-decoration: none; }
.intro { color: var(--muted); margin: 0 0 14px; max-width: 70ch; }
.meta { display: flex; flex-wrap: wrap; gap: 6px 32px; margin: 0; }
.meta div { display: flex; gap: 8px; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; font-weight: 600; }
.figures { list-style: none; padding: 0; margin: 22px 0 30px; display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
.figures li { background: var(--panel); border-radius: 8px; padding: 12px 16px; display: flex; flex-direction: column; }
.figures .value { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
.figures .label { color: var(--muted); font-size: 13px; }
section { margin: 0 0 34px; }
figure { margin: 0; }
svg.decisions { width: 100%; max-width: 560px; height: auto; display: block; }
svg.decisions text { font-size: 16px; fill: var(--text); }
svg.decisions .donut-total { font-size: 28px; font-weight: 700; }
svg.decisions .donut-label { font-size: 13px; fill: var(--muted); }
svg.decisions .legend-name { font-weight: 600; }
svg.decisions text, .num { font-variant-numeric: tabular-nums; }
.note { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
.legend { list-style: none; display: flex; gap: 18px; padding: 0; margin: 0 0 10px; font-size: 13px; }
.legend li { display: flex; align-items: center; gap: 6px; }
table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 7px 8px; border-bottom: 1px solid var(--line); }
thead th { font-size: 12px; color: var(--muted); font-weight: 600; }
tbody th { font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
table.rules th, table.rules td { vertical-align: middle; }
table.rules tbody th { width: 38%; }
table.rules td.bar-cell { width: 42%; vertical-align: middle; }
svg.bar { display: block; width: 100%; height: 14px; }
svg.bar .track { fill: var(--panel); }
article.rule { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 0 0 14px; }
.evidence { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; }
.evidence div { display: contents; }
.evidence dt { color: var(--muted); font-size: 13px; padding-top: 3px; }
.evidence dd { margin: 0; }
.chips { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.chips li { background: var(--panel); border-radius: 12px; padding: 1px 10px; font-size: 13px; overflow-wrap: anywhere; }
.chips .n { color: var(--muted); font-variant-numeric: tabular-nums; }
table.examples { table-layout: fixed; }
table.examples td { font-size: 13px; overflow-wrap: anywhere; }
table.examples th.source { width: 24%; }
table.examples th.subject { width: 32%; }
td.source { color: var(--muted); font-size: 12px; width: 24%; overflow-wrap: anywhere; }
.none, .more { color: var(--muted); }
footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 10px; }
@media (max-width: 640px) { .figures { grid-template-columns: repeat(2, 1fr); } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section, article.rule, .figures, tr { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
}
`;
