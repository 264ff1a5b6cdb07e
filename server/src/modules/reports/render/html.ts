import type { Block, Cell, Column, ReportDocument } from '../content/types';
import { chartSvg } from './chart-svg';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function table(caption: string, columns: Column[], rows: Cell[][]): string {
  const head = columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${esc(c.label)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row"${cell.text.startsWith(' ') ? ' style="padding-left:1.5em"' : ''}>${esc(cell.text.trim())}</th>` : `<td${columns[i]?.numeric ? ' class="num"' : ''}>${esc(cell.text)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<div class="tw"><table><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h4>${esc(b.text)}</h4>`;
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'table':
      return table(b.caption, b.columns, b.rows);
    case 'chart':
      return `<figure id="${esc(b.id)}">${chartSvg(b.chart, b.caption)}<figcaption>${esc(b.caption)}</figcaption></figure>`;
  }
}

const STYLE = `
body{font-family:"Times New Roman","DejaVu Serif",serif;font-size:14pt;line-height:1.45;max-width:210mm;margin:0 auto;padding:20mm 20mm 20mm 30mm;color:#111}
.hdr{display:grid;grid-template-columns:1fr 1.4fr;text-align:center;font-size:13pt;gap:1em}
.hdr b{display:block}.hdr .u{text-decoration:underline}.hdr .d{font-style:italic;margin-top:.4em}
h1{text-align:center;font-size:15pt;margin:1.2em 0 0}h2.sub{text-align:center;font-size:14pt;font-weight:bold;margin:.2em 0 1em}
h2{font-size:14pt;margin:1em 0 .3em}h3{font-size:14pt;margin:.8em 0 .3em}h4{font-size:14pt;font-style:italic;font-weight:normal;margin:.6em 0 .2em}
p{text-align:justify;text-indent:1.27cm;margin:.3em 0}
table{border-collapse:collapse;width:100%;font-size:11pt;margin:.6em 0}caption{font-weight:bold;text-align:left;padding:.3em 0}
th,td{border:1px solid #555;padding:2px 5px;vertical-align:top}thead th{background:#eef1f5;font-size:10pt}tbody th{font-weight:normal;text-align:left;min-width:11em}
td.num{text-align:right;white-space:nowrap}.tw{overflow-x:auto}figure{margin:.8em 0}figcaption{font-size:11pt;font-style:italic;text-align:center}
.end{display:grid;grid-template-columns:1fr 1fr;margin-top:1.5em}.end .r{text-align:center;font-weight:bold}.end .l{font-size:11pt}.end .l b{font-style:italic;font-size:12pt}
`;

/** The report as one self-contained HTML page: header block, sections, real tables and inline SVG charts. */
export function renderHtml(doc: ReportDocument): string {
  const h = doc.header;
  const sections = doc.sections
    .map(
      (s) =>
        `<section id="${esc(s.key)}">${s.level === 1 ? `<h2>${esc(s.number)}. ${esc(s.title)}</h2>` : `<h3>${esc(s.number)}. ${esc(s.title)}</h3>`}${s.blocks.map(block).join('')}</section>`,
    )
    .join('');
  return `<!doctype html><html lang="${doc.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(doc.title)} — ${esc(doc.subtitle)}</title><style>${STYLE}</style></head><body>
<header class="hdr"><div><span>${esc(h.parentAgency)}</span><b class="u">${esc(h.agency)}</b><span>${esc(h.number)}</span></div><div><b>${esc(h.nation)}</b><b class="u">${esc(h.motto)}</b><div class="d">${esc(h.placeDate)}</div></div></header>
<h1>${esc(doc.title)}</h1><h2 class="sub">${esc(doc.subtitle)}</h2>
${sections}
<footer class="end"><div class="l"><b>${esc(doc.recipients.title)}</b><br>${doc.recipients.items.map(esc).join('<br>')}</div><div class="r">${esc(doc.signature.role)}<br><br><br><br>${esc(doc.signature.name)}</div></footer>
</body></html>`;
}
