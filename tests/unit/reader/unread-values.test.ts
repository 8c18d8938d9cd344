// A page it cannot read says so: values the page shows beside labels the reader does not know
// (or beside no label) are counted; every fixture it reads fully counts none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/reader/read-page';
import index from '../../fixtures/studio/index.json';
import { closePage, loadPage } from '../../support/load-page';

const DIR = join(__dirname, '../../fixtures/studio');
const fixture = (name: string) => readFileSync(join(DIR, `${name}.html`), 'utf8');
const urlOf = (name: string) => index.find((f) => f.name === name)!.url;

function read(html: string, url: string) {
  const doc = loadPage(html, url);
  const { snapshot, unread } = readPage(doc, url);
  const texts = unread.map((el) => el.textContent?.trim());
  closePage(doc);
  return { snapshot, texts };
}

/** Swaps a label as it stands alone in an element (the fixtures' comments mention labels too). */
const rename = (html: string, from: string, to: string) => html.replaceAll(`>${from}<`, `>${to}<`);

describe('values it could not read', () => {
  it.each(index)('$name: none missed', ({ name, url }) => {
    expect(read(fixture(name), url).texts).toEqual([]);
  });

  it('a Chinese video page with two labels it does not know: those two values, and nothing invented', () => {
    const name = 'real-video-overview-zh';
    let html = rename(fixture(name), '平均观看时间', '平均观看时长度');
    html = rename(html, '新增粉丝', '新粉丝数');
    const { snapshot, texts } = read(html, urlOf(name));
    expect(texts).toEqual(['8.5s', '34']);
    expect(snapshot?.metrics.averageWatchTime).toBeUndefined();
    expect(snapshot?.metrics.newFollowers).toBeUndefined();
    expect(snapshot?.metrics.totalPlayTime).toBe(7384);
  });

  it('traffic sources whose names it does not know, under a heading it knows', () => {
    const name = 'real-video-overview-en';
    let html = rename(fixture(name), 'For You', 'Recommended feed');
    html = rename(html, 'Sound', 'Music');
    const { snapshot, texts } = read(html, urlOf(name));
    expect(texts).toEqual(['81.3%', '<1%']);
    expect(snapshot?.breakdowns?.trafficSource).toEqual({ personalProfile: 9.1, search: 5.2, following: 3.4, other: 1 });
  });

  it('an account page in a language it has not seen: nothing read, every value counted', () => {
    const name = 'real-overview-fr';
    let html = fixture(name).replace('lang="fr"', 'lang="ru"');
    for (const [fr, ru] of [['Vues de la vidéo', 'Просмотры видео'], ['Vues du profil', 'Просмотры профиля'], ['J\u2019aime', 'Отметки «Нравится»'], ['Commentaires', 'Комментарии'], ['Partages', 'Репосты'], ['7 derniers jours', 'Последние 7 дней']])
      html = rename(html, fr, ru);
    const { snapshot, texts } = read(html, urlOf(name));
    expect(snapshot).toBeNull();
    // "Репосты" shows "--": no value, nothing missed.
    expect(texts).toEqual(['1\u202f204', '38', '96', '7']);
  });

  it('a number beside no label is counted; a footer\'s is not', () => {
    const name = 'real-followers-en';
    const html = fixture(name).replace('</main>', '<div><span class="absolute-value">4,321</span></div><footer><span>Build</span><span>12345</span></footer></main>');
    expect(read(html, urlOf(name)).texts).toEqual(['4,321']);
  });

  it('on Studio Home, the profile line\'s following and lifetime likes are known labels it leaves alone', () => {
    expect(read(fixture('studio-home-en'), urlOf('studio-home-en')).texts).toEqual([]);
    expect(read(fixture('studio-home-no-range-en'), urlOf('studio-home-no-range-en')).texts).toEqual([]);
  });

  it('on Studio Home whose Key metrics heading it does not know, the card\'s values (and the lifetime likes) are counted', () => {
    const html = rename(fixture('studio-home-en'), 'Key metrics', 'Main numbers');
    const { snapshot, texts } = read(html, urlOf('studio-home-en'));
    expect(snapshot?.metrics).toEqual({ followers: 14800 });
    expect(texts).toEqual(['1.2M', '128.4K', '3,204', '12K', '514', '97', '$12.40']);
  });

  it('a page that is not an analytics page counts nothing', () => {
    expect(read(fixture('real-followers-en'), 'https://www.tiktok.com/tiktokstudio/upload').texts).toEqual([]);
  });
});
