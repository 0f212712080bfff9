#pragma once
// The HTML report's stylesheet (inline; the report loads nothing from anywhere).

namespace cxaudit_cli {

inline constexpr const char* html_style = R"css(
:root{--ink:#1d2330;--muted:#5b6475;--line:#d9dde5;--bg:#f6f7f9;--card:#fff;
--err:#b42318;--warn:#b54708;--info:#175cd3;--strat:#6941c6;--front:#c4320a;--svc:#0e7090;
--tech:#475467;--cust:#067647;--gen:#98a2b3}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
sans-serif;color:var(--ink);background:var(--bg)}
main{display:flex;flex-direction:column;gap:18px;max-width:1100px;margin:0 auto;padding:24px}
header.page h1{margin:0 0 4px;font-size:24px}header.page p{margin:0;color:var(--muted)}
section.summary{order:-1;background:var(--card);border:1px solid var(--line);border-radius:10px;
padding:18px}section.summary h2{margin:0 0 12px;font-size:18px}
header.page{order:-2}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px}
.figure{border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.figure b{display:block;font-size:26px}.figure span{color:var(--muted);font-size:13px}
article.posting{background:var(--card);border:1px solid var(--line);border-radius:10px;
padding:16px 18px}article.posting h3{margin:0;font-size:17px}
.meta{color:var(--muted);font-size:13px;margin:2px 0 10px}
.badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;
margin-right:6px;border:1px solid currentColor}
.b-strategy{color:var(--strat)}.b-frontline{color:var(--front)}.b-other{color:var(--muted)}
.b-cx{color:var(--info)}.sev-error{color:var(--err)}.sev-warning{color:var(--warn)}
.sev-info{color:var(--info)}
.profiles{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin:10px 0}
.bars h4{margin:0 0 6px;font-size:13px;color:var(--muted);font-weight:600}
.bar{display:grid;grid-template-columns:132px 1fr 52px;gap:8px;align-items:center;
font-size:13px;margin:2px 0}.bar>span:first-child{overflow:hidden;text-overflow:ellipsis;
white-space:nowrap}.wide .bar{grid-template-columns:250px 1fr 52px}.track{background:#eef0f4;border-radius:4px;height:9px}
.fill{height:9px;border-radius:4px}
ul.findings{list-style:none;padding:0;margin:8px 0}ul.findings li{margin:6px 0;
padding:8px 10px;border-left:4px solid currentColor;background:#fafbfc}
ul.findings li p{margin:2px 0 0;color:var(--ink)}
.evidence{font-size:12px;color:var(--muted)}.suggest{font-size:14px;margin:6px 0}
details{margin-top:8px}summary{cursor:pointer;color:var(--muted)}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:13px/1.55 ui-monospace,Menlo,Consolas,
monospace;background:#fbfbfc;border:1px solid var(--line);border-radius:8px;padding:12px;
max-height:520px;overflow:auto}
mark{border-radius:3px;padding:0 2px;color:inherit}
mark.c-customer_term,mark.c-customer_generic{background:#d1fadf}
mark.c-strategy_insight,mark.c-org_mandate,mark.c-cx_team_oversight{background:#e9d7fe}
mark.c-frontline_sales{background:#fedf89}mark.c-frontline_service{background:#b9e6fe}
mark.c-technology{background:#eaecf0}mark.c-cx_title{background:#d1e9ff}
.legend mark{margin-right:8px;font-size:12px}
.error-record{border-left:4px solid var(--err)}
svg text{font-size:11px;fill:var(--muted)}
@media print{body{background:#fff}pre.text{max-height:none}details{display:block}}
@media (max-width:720px){.profiles{grid-template-columns:1fr}}
)css";

}  // namespace cxaudit_cli
