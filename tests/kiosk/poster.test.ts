import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { dvcOnline } from '../../src/definitions/dvc-online.js';
import { runCommand } from '../support/cli.js';
import { clearLibraryStorage, completeRequired, settle } from '../support/harness.js';

type JsQr = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** jsQR, an independent decoder (not the library that drew the code), loaded as the classic script it ships. */
async function decoder(): Promise<JsQr> {
  const win = window as unknown as { jsQR?: JsQr };
  if (!win.jsQR) {
    const script = Object.assign(document.createElement('script'), { src: '/node_modules/jsqr/dist/jsQR.js' });
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    document.head.append(script);
    await loaded;
  }
  return win.jsQR!;
}

/** Draws an SVG poster as Chromium renders it, 4 px per millimetre, reads the canvas's pixels and decodes the QR code. */
async function decodePoster(svg: string): Promise<string | undefined> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: Math.round(image.naturalWidth * 4 / 3.78), height: Math.round(image.naturalHeight * 4 / 3.78) });
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    return (await decoder())(pixels.data, pixels.width, pixels.height)?.data;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const base = ['--url', 'https://dichvucong.example.gov.vn/danh-gia', '--agency-code', 'H29.100'];

/** The page's own address, put back after each test that opens the poster's. */
const pageUrl = location.href;
afterEach(() => history.replaceState(null, '', pageUrl));

describe('sipas-poster: a QR code on every desk', () => {
  it('the QR code decoded from the rendered SVG is exactly the survey URL with the context; opened, it gives that context', async function () {
    this.timeout(120_000);
    const run = await runCommand('sipas-poster', [...base, '--agency-name', 'UBND xã Phú An', '--desk', 'Quầy 3', '--channel', 'in-person', '--out', '{dir}/poster.svg']);
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(0);
    const expected = 'https://dichvucong.example.gov.vn/danh-gia?agency-code=H29.100&agency-name=UBND+x%C3%A3+Ph%C3%BA+An&channel=in-person&desk=Qu%E1%BA%A7y+3';
    const svg = text(run.files['poster.svg']);
    expect(svg).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="148mm" height="210mm"/);
    expect(svg).to.contain('Quét mã để đánh giá sự phục vụ').and.contain('UBND xã Phú An').and.contain('Quầy 3');
    expect(await decodePoster(svg)).to.equal(expected);

    // The page the code opens reads that context with context-from-url.
    history.replaceState(null, '', `${location.pathname}${new URL(expected).search}`);
    await clearLibraryStorage();
    const el = await fixture<SipasSurvey>(html`<sipas-survey context-from-url questionnaire="dvc-online"></sipas-survey>`);
    await settle(el);
    await completeRequired(el, dvcOnline);
    const response = await el.submit();
    expect(response!.context).to.deep.equal({ agencyCode: 'H29.100', agencyName: 'UBND xã Phú An', channel: 'in-person', desk: 'Quầy 3' });
  });

  it('HTML on A4 in English: one page of the paper, no script, a strict CSP, the same code', async function () {
    this.timeout(120_000);
    const run = await runCommand('sipas-poster', [...base, '--agency-name', 'Phu An commune', '--desk', 'Desk 3', '--lang', 'en', '--size', 'a4', '--out', '{dir}/poster.html']);
    expect(run.code, run.stderr).to.equal(0);
    const page = text(run.files['poster.html']);
    expect(page).to.match(/^<!doctype html>\n<html lang="en">/);
    expect(page).to.contain('@page{size:210mm 297mm;margin:0}').and.contain("default-src 'none'").and.contain('Scan the code to rate our service');
    expect(page).to.not.match(/<script|\son\w+=/i);
    const svg = page.slice(page.indexOf('<svg '), page.indexOf('</svg>') + 6).replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
    expect(svg).to.contain('width="210mm" height="297mm"');
    expect(await decodePoster(svg)).to.equal('https://dichvucong.example.gov.vn/danh-gia?agency-code=H29.100&agency-name=Phu+An+commune&desk=Desk+3');
  });

  it('many desks from a CSV file: one poster each, named after its desk; a row\'s values replace the options\'', async function () {
    this.timeout(120_000);
    const csv = '\uFEFFdesk,agency-name,procedure-name\r\nQuầy 1,"UBND xã Phú An, tỉnh Bình Dương",\r\nQuầy 2,,Đăng ký khai sinh\r\n';
    const run = await runCommand('sipas-poster', [...base, '--agency-name', 'UBND xã Phú An', '--desks', '{dir}/desks.csv', '--out-dir', '{dir}/posters'], { files: { 'desks.csv': csv } });
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stdout.split('\n').filter(Boolean)).to.have.length(2);
    // The run's folder is listed one level deep: the posters are checked through what the command printed and a second run into the folder itself.
    const flat = await runCommand('sipas-poster', [...base, '--agency-name', 'UBND xã Phú An', '--desks', '{dir}/desks.csv', '--out-dir', '{dir}'], { files: { 'desks.csv': csv } });
    expect(Object.keys(flat.files).sort()).to.deep.equal(['desks.csv', 'quay-1.svg', 'quay-2.svg']);
    expect(await decodePoster(text(flat.files['quay-1.svg']))).to.equal(
      'https://dichvucong.example.gov.vn/danh-gia?agency-code=H29.100&agency-name=UBND+x%C3%A3+Ph%C3%BA+An%2C+t%E1%BB%89nh+B%C3%ACnh+D%C6%B0%C6%A1ng&desk=Qu%E1%BA%A7y+1',
    );
    expect(await decodePoster(text(flat.files['quay-2.svg']))).to.equal(
      'https://dichvucong.example.gov.vn/danh-gia?agency-code=H29.100&agency-name=UBND+x%C3%A3+Ph%C3%BA+An&procedure-name=%C4%90%C4%83ng+k%C3%BD+khai+sinh&desk=Qu%E1%BA%A7y+2',
    );
  });

  it('wrong values are refused as the element refuses them, every row named, and nothing is written', async function () {
    this.timeout(120_000);
    const csv = 'desk,channel\nQuầy 1,in-person\nQuầy 2,fax\n' + `${'Q'.repeat(51)},\n<b>Quầy</b>,\nQuầy 1,\n`;
    const run = await runCommand('sipas-poster', [...base, '--agency-name', 'UBND xã Phú An', '--desks', '{dir}/desks.csv', '--out-dir', '{dir}'], { files: { 'desks.csv': csv } });
    expect(run.code).to.equal(1);
    const file = /(\S+\/desks\.csv) row/.exec(run.stderr)![1];
    expect(run.stderr.split('\n').filter(Boolean)).to.deep.equal([
      'sipas-poster: nothing was written:',
      `${file} row 3: channel is "fax"; allowed values are "in-person", "online", "postal"`,
      `${file} row 4: desk is 51 characters long; at most 50 are accepted`,
      `${file} row 5: desk contains < or > or a control character`,
      `${file} row 6: its desk makes the file name quay-1.svg, as row 2 does; give the desks different names`,
    ]);
    expect(Object.keys(run.files)).to.deep.equal(['desks.csv']);
    const single = await runCommand('sipas-poster', [...base, '--desk', 'Quầy 3', '--out', '{dir}/poster.svg']);
    expect([single.code, single.stderr]).to.deep.equal([1, 'sipas-poster: nothing was written:\nagency-name is missing (the poster shows the agency)\n']);
    const usage = await runCommand('sipas-poster', ['--url', 'javascript:alert(1)', '--agency-code', 'X', '--agency-name', 'Y', '--out', '{dir}/p.svg']);
    expect([usage.code, usage.stderr]).to.deep.equal([2, 'sipas-poster: --url must start with https:// (it is javascript:)\n']);
    expect(Object.keys(usage.files)).to.deep.equal([]);
  });
});
