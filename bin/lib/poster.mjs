// A printable poster for one desk: the commune's name, the desk, one line saying what to do, and a QR code that
// opens the survey with the desk's service context as query parameters (read by <sipas-survey context-from-url>).
// The QR code's modules come from the `qrcode` package; the layout is drawn here as SVG in millimetres.
import { createHash } from 'node:crypto';
import QRCode from 'qrcode';

/** Paper sizes in millimetres (ISO 216). A4 is A5 scaled by about √2, so one layout serves both. */
export const PAPER_SIZES = { a5: { width: 148, height: 210 }, a4: { width: 210, height: 297 } };

export const POSTER_LANGUAGES = ['vi', 'en'];

const TEXTS = {
  vi: {
    scan: 'Quét mã để đánh giá sự phục vụ',
    anonymous: 'Ẩn danh · không cần đăng nhập',
    opens: (host) => `Mã này mở trang ${host}`,
    title: (agency, desk) => `Đánh giá sự phục vụ: ${agency}${desk ? `, ${desk}` : ''}`,
  },
  en: {
    scan: 'Scan the code to rate our service',
    anonymous: 'Anonymous · no sign-in needed',
    opens: (host) => `This code opens ${host}`,
    title: (agency, desk) => `Rate our service: ${agency}${desk ? `, ${desk}` : ''}`,
  },
};

/** The survey's address with the context as query parameters named like the element's attributes. */
export function posterUrl(base, context) {
  const url = new URL(base);
  for (const [attribute, value] of Object.entries(context)) if (value) url.searchParams.set(attribute, value);
  return url.href;
}

/** Text as XML character data or an attribute value. */
const xml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Lines of at most `width` mm at `size` mm per em, broken between words. The width of a character is estimated
 * (0.56 em, a sans-serif's average with Vietnamese marks); a word longer than a line is kept whole.
 */
function wrap(text, width, size, maxLines) {
  const perLine = Math.max(8, Math.floor(width / (size * 0.56)));
  const lines = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) lines.splice(maxLines - 1, lines.length, lines.slice(maxLines - 1).join(' '));
  return lines;
}

/** The dark modules of a QR code as one SVG path, in module units: one rectangle per run of dark modules in a row. */
function qrPath(modules) {
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      const start = col;
      while (col + 1 < modules.size && modules.get(row, col + 1)) col++;
      path += `M${start} ${row}h${col - start + 1}v1h-${col - start + 1}z`;
    }
  }
  return path;
}

/**
 * The poster as an SVG document. `context` holds the attribute-named values (`agency-name`, `desk`, …) already
 * checked; `url` is the exact address the QR code encodes.
 */
export function posterSvg({ url, context, lang = 'vi', size = 'a5' }) {
  const texts = TEXTS[lang];
  const { width, height } = PAPER_SIZES[size];
  // Everything is laid out on an A5 grid and scaled to the paper.
  const k = width / 148;
  const mm = (n) => Math.round(n * k * 100) / 100;
  const font = `font-family="'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif"`;
  const line = (text, y, fontSize, extra = '') =>
    `<text x="${mm(74)}" y="${mm(y)}" font-size="${mm(fontSize)}" text-anchor="middle" ${extra}>${xml(text)}</text>`;
  const parts = [];
  let y = 22;
  for (const text of wrap(context['agency-name'], 128, 7, 3)) {
    parts.push(line(text, y, 7, 'font-weight="700"'));
    y += 8.5;
  }
  if (context['procedure-name']) {
    for (const text of wrap(context['procedure-name'], 128, 4.5, 2)) {
      parts.push(line(text, y, 4.5));
      y += 6;
    }
  }
  if (context.desk) {
    y += 4;
    parts.push(line(context.desk, y + 6, 12, 'font-weight="700"'));
    y += 14;
  }
  // The code: 4 modules of quiet zone on each side (the QR standard's minimum), as large as the page allows.
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const side = Math.min(100, 210 - 46 - y);
  const unit = side / (qr.modules.size + 8);
  const qrTop = y + 4;
  const qrLeft = 74 - side / 2;
  parts.push(
    `<rect x="${mm(qrLeft)}" y="${mm(qrTop)}" width="${mm(side)}" height="${mm(side)}" fill="#fff"/>`,
    `<path transform="translate(${mm(qrLeft + 4 * unit)} ${mm(qrTop + 4 * unit)}) scale(${mm(unit)})" d="${qrPath(qr.modules)}" fill="#000" shape-rendering="crispEdges"/>`,
  );
  y = qrTop + side + 12;
  parts.push(line(texts.scan, y, 6.5, 'font-weight="700"'));
  parts.push(line(texts.anonymous, y + 8, 4.2));
  parts.push(line(texts.opens(new URL(url).host), 210 - 10, 3.6, 'fill="#444"'));
  const title = texts.title(context['agency-name'], context.desk);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${height}mm" viewBox="0 0 ${width} ${height}" lang="${lang}" role="img" aria-labelledby="poster-title">
<title id="poster-title">${xml(title)}</title>
<rect width="${width}" height="${height}" fill="#fff"/>
<g ${font} fill="#111">
${parts.join('\n')}
</g>
</svg>
`;
}

/** The poster as a printable HTML page: the same SVG, one page of the chosen paper, no script, a strict CSP. */
export function posterHtml(options) {
  const { width, height } = PAPER_SIZES[options.size ?? 'a5'];
  const lang = options.lang ?? 'vi';
  const svg = posterSvg(options);
  const title = svg.match(/<title id="poster-title">([^<]*)<\/title>/)[1];
  const style = `@page{size:${width}mm ${height}mm;margin:0}html,body{margin:0}svg{display:block;width:${width}mm;height:${height}mm}`;
  const hash = createHash('sha256').update(style).digest('base64');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${hash}'">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${style}</style>
</head>
<body>
${svg.replace(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /, '<svg ')}</body>
</html>
`;
}
