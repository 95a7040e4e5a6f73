// The HTML report's stylesheet. Text colors pass WCAG AA on white; print keeps the badge and
// timeline colors (they carry meaning) and keeps each timeline and claim on one page.
#include "checker/report/html_style.h"

namespace checker {

const char* const kHtmlReportCss = R"css(
:root { --ink: #1d2430; --muted: #5b6472; --line: #e3e6eb; --paper: #f6f7f9; --card: #fff;
  --error: #b42318; --error-bg: #fee4e2; --warning: #93370d; --warning-bg: #fef0c7;
  --note: #175cd3; --note-bg: #d1e9ff; --accent: #3e4784; }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
body { margin: 0 auto; padding: 2.5rem 1.25rem 4rem; max-width: 58rem; }
header h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .35rem; letter-spacing: -.01em; }
header .lede { color: var(--muted); margin: 0 0 1.25rem; }
.stats { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0 0 2rem; padding: 0; list-style: none; }
.stats li { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .6rem 1rem;
  min-width: 7.5rem; }
.stats b { display: block; font-size: 1.5rem; font-variant-numeric: tabular-nums; }
.stats span { color: var(--muted); font-size: .85rem; }
.stats .error b { color: var(--error); } .stats .warning b { color: var(--warning); } .stats .note b { color: var(--note); }
article.subject { background: var(--card); border: 1px solid var(--line); border-radius: 14px;
  box-shadow: 0 1px 2px rgba(16,24,40,.06); padding: 1.5rem 1.75rem; margin: 0 0 1.75rem; }
article.subject > h2 { margin: 0 0 .25rem; font-size: 1.45rem; }
article.subject > .subject-id { color: var(--muted); font-size: .85rem; margin: 0 0 1rem; }
section.finding { border-top: 1px solid var(--line); padding-top: 1rem; margin-top: 1rem; }
.meta { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem; font-size: .85rem; color: var(--muted); }
.badge { display: inline-block; border-radius: 999px; padding: .1rem .65rem; font-weight: 600;
  font-size: .78rem; text-transform: uppercase; letter-spacing: .04em; }
.badge.error { background: var(--error-bg); color: var(--error); }
.badge.warning { background: var(--warning-bg); color: var(--warning); }
.badge.note { background: var(--note-bg); color: var(--note); }
.meta code { background: var(--paper); border-radius: 4px; padding: .05rem .35rem; }
.message { font-size: 1.1rem; font-weight: 600; margin: .6rem 0 .9rem; }
svg.timeline { display: block; width: 100%; height: auto; margin: .25rem 0 1rem; background: #fbfbfc;
  border: 1px solid var(--line); border-radius: 10px; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .tick, svg .axis { fill: var(--muted); font-size: 12px; }
svg .label { fill: var(--ink); font-size: 13px; font-weight: 600; paint-order: stroke;
  stroke: #fbfbfc; stroke-width: 4px; stroke-linejoin: round; }
svg .slip { fill: none; stroke: var(--accent); stroke-width: 2.5; stroke-linejoin: round; }
svg .dot { fill: #fff; stroke: var(--accent); stroke-width: 2.5; }
svg .band-label { fill: #fff; font-size: 13px; font-weight: 600; }
svg .s0 { fill: #2e7d5b; } svg .s1 { fill: #b42318; } svg .s2 { fill: #3e4784; } svg .s3 { fill: #93370d; }
svg .event { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 4 3; }
svg .event-label { fill: var(--ink); font-size: 12px; }
ol.claims { list-style: none; margin: 0; padding: 0; counter-reset: claim; }
ol.claims > li { position: relative; padding: .2rem 0 .9rem 2.1rem; counter-increment: claim; }
ol.claims > li::before { content: counter(claim); position: absolute; left: 0; top: .25rem; width: 1.45rem;
  height: 1.45rem; border-radius: 50%; background: var(--paper); border: 1px solid var(--line);
  font-size: .75rem; text-align: center; line-height: 1.35rem; color: var(--muted); }
.claim-head { display: flex; flex-wrap: wrap; gap: .35rem .8rem; align-items: baseline; }
.claim-head .value { font-weight: 700; }
.claim-head .modality { font-size: .8rem; color: var(--accent); border: 1px solid #c7cbe6; border-radius: 4px;
  padding: 0 .35rem; }
.claim-head .when { color: var(--muted); font-size: .9rem; }
blockquote { margin: .4rem 0 .35rem; padding: .35rem .9rem; border-left: 3px solid #c7cbe6;
  font-family: Charter, "Bitstream Charter", Georgia, "DejaVu Serif", serif; font-size: 1.02rem;
  max-width: 44rem; unicode-bidi: isolate; }
mark { background: #fff1a8; padding: 0 .1em; border-radius: 2px; }
.source { font-size: .85rem; color: var(--muted); overflow-wrap: anywhere; }
.source a { color: var(--accent); }
.documents table { width: 100%; border-collapse: collapse; font-size: .9rem; }
.documents th { text-align: left; color: var(--muted); font-weight: 600; border-bottom: 1px solid var(--line);
  padding: .4rem .5rem; }
.documents td { border-bottom: 1px solid var(--line); padding: .45rem .5rem; vertical-align: top; }
.documents td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
.documents td span { color: var(--muted); }
.documents .num { text-align: right; font-variant-numeric: tabular-nums; }
.documents a { color: var(--accent); overflow-wrap: anywhere; }
.empty { background: var(--card); border: 1px dashed var(--line); border-radius: 14px; padding: 2rem; text-align: center; }
footer { color: var(--muted); font-size: .8rem; margin-top: 2.5rem; }
@media print {
  html { background: #fff; font-size: 11pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; }
  article.subject { box-shadow: none; border-color: #bbb; }
  article.subject > h2, .meta, .message { break-after: avoid; }
  svg.timeline, ol.claims > li, .documents tr { break-inside: avoid; }
  svg.timeline { background: none; }
}
)css";

}  // namespace checker
