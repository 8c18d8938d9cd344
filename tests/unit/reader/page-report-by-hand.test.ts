// The page report of two small pages, written out line by line by hand: what it names (Studio's
// layout names, known roles, known classes), what it hides (captions beside a thumbnail, list
// rows' names, an unknown label, custom elements), how values are shaped, and the UI language
// line for tags it knows and ones it does not. Fast: no fixture, no fuzzing.
import { describe, expect, it } from 'vitest';
import { pageReport } from '@/utils/reader/page-report';
import { closePage, loadPage } from '../../support/load-page';

function report(html: string, url: string) {
  const doc = loadPage(html, url);
  const out = pageReport(doc, url);
  closePage(doc);
  return out;
}

const FOLLOWERS = 'https://www.tiktok.com/tiktokstudio/analytics/followers';
const VIDEO = 'https://www.tiktok.com/tiktokstudio/analytics/7301234567890123456';

const card = (label: string, value: string) => `<div data-tt="components_DataCard_Container"><span class="TUXText">${label}</span><span class="TUXText">${value}</span></div>`;

/** A video page it reads nothing on: a custom card, a caption beside a thumbnail, a list of places, a date, a sentence, a tab. */
const VIDEO_PAGE =
  '<section role="region"><my-card data-tt="Foo_DataCard"><span>Plays so far</span><span>12K</span></my-card>' +
  '<div><img src="data:,"><span>Bread day</span><span>345</span></div>' +
  '<ul><li><span>Paris</span><span>40%</span></li><li><span>Lyon</span><span>35%</span></li><li><span>Nice</span><span>25%</span></li></ul>' +
  '<p>Aug 4, 2025</p><p>some text with 2 numbers 3</p><button role="tab">Overview</button></section>';

describe('the page report by hand', () => {
  it('names a card it read and one it could not, hiding the label it does not know', () => {
    const html = `<html lang="en"><body><main>${card('Followers', '1,234')}${card('Mystery count', '56')}</main></body></html>`;
    expect(report(html, FOLLOWERS)).toEqual({
      unread: 1,
      text: [
        'page kind: account-followers',
        'path: /tiktokstudio/analytics/followers',
        'UI language: en (read as en)',
        '',
        'main',
        '  div[components_DataCard_Container]',
        '    span.TUXText',
        // "Followers" is also a viewer type's name: both meanings are said.
        '      "Followers" (label: viewerTypes.followers, followers)',
        '    span.TUXText',
        '      "#,###"',
        '  div[components_DataCard_Container]',
        '    span.TUXText',
        '      [text, ## chars] (label it does not know)',
        '    span.TUXText',
        '      "##" (NOT READ)',
      ].join('\n'),
    });
  });

  it('does not take a text for a label when it has digits, many words, a handle, a hashtag or a link, or when two values share it', () => {
    for (const label of ['Views 2024', 'one two three four five six seven', 'by @maya', 'top #fyp', 'see https', 'a/b'])
      expect(report(`<html lang="en"><body><main>${card('Followers', '1,234')}${card(label, '56')}</main></body></html>`, FOLLOWERS)!.text, label).not.toContain('label it does not know');
    const two = `<html lang="en"><body><main>${card('Followers', '1,234')}<div><span>Mystery count</span><span>56</span><span>78</span></div></main></body></html>`;
    expect(report(two, FOLLOWERS)!.text).not.toContain('label it does not know');
    expect(report(`<html lang="en"><body><main>${card('Followers', '1,234')}${card('one two three four five six', '56')}</main></body></html>`, FOLLOWERS)!.text).toContain('(label it does not know)');
    // Forty characters is still a label; forty-one is not.
    expect(report(`<html lang="en"><body><main>${card('Followers', '1,234')}${card('x'.repeat(40), '56')}</main></body></html>`, FOLLOWERS)!.text).toContain('[text, ## chars] (label it does not know)');
    expect(report(`<html lang="en"><body><main>${card('Followers', '1,234')}${card('x'.repeat(41), '56')}</main></body></html>`, FOLLOWERS)!.text).not.toContain('label it does not know');
  });

  it('on a page it reads nothing from: a custom element and an unknown role unnamed, captions and places hidden, dates and values shaped', () => {
    expect(report(`<html lang="qq-Latn"><body><main>${VIDEO_PAGE}</main></body></html>`, VIDEO)).toEqual({
      unread: 5,
      text: [
        'page kind: video-overview (nothing read)',
        'path: /tiktokstudio/analytics/###################',
        'UI language: [one it does not know, # chars]',
        '',
        // The section holds every text: the outline starts there.
        'section[role=…]',
        '  element[…_DataCard]',
        '    span',
        // Beside a thumbnail (within three levels): a caption's place, so not shown as a label.
        '      [text, ## chars]',
        '    span',
        '      "##K" (NOT READ)',
        '  span',
        '    [text, # chars]',
        '  span',
        '    "###" (NOT READ)',
        '  ul',
        '    li',
        '      span',
        '        [text, # chars]',
        '      span',
        '        "##%" (NOT READ)',
        '    li',
        '      span',
        '        [text, # chars]',
        '      span',
        '        "##%" (NOT READ)',
        '    li',
        '      span',
        '        [text, # chars]',
        '      span',
        '        "##%" (NOT READ)',
        '  p',
        '    [date, ## chars]',
        '  p',
        '    [text, ## chars]',
      ].join('\n'),
    });
  });

  it('shows a UI language it knows with up to two script, region or number subtags, and not one it does not', () => {
    const languageLine = (lang: string | undefined) =>
      report(`<html${lang === undefined ? '' : ` lang="${lang}"`}><body><main>${VIDEO_PAGE}</main></body></html>`, VIDEO)!.text.split('\n')[2];
    expect(languageLine('zh-Hans-CN')).toBe('UI language: zh-Hans-CN');
    expect(languageLine('pt_BR')).toBe('UI language: pt_BR');
    expect(languageLine('es-419')).toBe('UI language: es-###');
    expect(languageLine('EN')).toBe('UI language: EN');
    expect(languageLine('zh-Hant-TW-HK')).toBe('UI language: [one it does not know, ## chars]');
    expect(languageLine('en-US-x')).toBe('UI language: [one it does not know, # chars]');
    expect(languageLine('en-us')).toBe('UI language: [one it does not know, # chars]');
    expect(languageLine(undefined)).toBe('UI language: (not said)');
  });

  it('names the roles, classes and data-tt words Studio uses, and hides the rest', () => {
    const html =
      '<html lang="en"><body><main><div role=" Main " class="Tooltip__root css-1x2y"><span class="TUXText--weight-bold relative-value">Followers</span></div>' +
      '<h2 data-tt="VideoOverviewPage_Secret9Thing_TUXText" class="semi-ring-distribution-labels"><span>1,234</span></h2></main></body></html>';
    expect(report(html, FOLLOWERS)!.text.split('\n').slice(4)).toEqual([
      'main',
      '  div[role=main].Tooltip__root',
      '    span.TUXText--weight-bold.relative-value',
      '      "Followers" (label: viewerTypes.followers, followers)',
      // A data-tt part made of other words (and a digit) shows as "…"; no digit leaves, h2's neither.
      '  h#[VideoOverviewPage_…_TUXText].semi-ring-distribution-labels',
      '    span',
      '      "#,###"',
    ]);
  });

  it('is not made for a page that is no analytics page', () => {
    expect(report('<html><body><main>x</main></body></html>', 'https://www.tiktok.com/tiktokstudio/upload')).toBeUndefined();
  });
});
