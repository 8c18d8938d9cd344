// Breakdown rows read by hand from small pages: age brackets in their spellings, a name Studio
// writes beside a count, a percent out of 0–100, a row repeated, a name too long to be a place or
// a query, a section that says it is still processing.
import { describe, expect, it } from 'vitest';
import { readPage } from '@/utils/reader/read-page';
import { closePage, loadPage } from '../../support/load-page';

const VIEWERS = 'https://www.tiktok.com/tiktokstudio/analytics/viewers';
const OVERVIEW = 'https://www.tiktok.com/tiktokstudio/analytics';

const rows = (pairs: Array<[string, string]>) => pairs.map(([name, value]) => `<div><span>${name}</span><span>${value}</span></div>`).join('');
const section = (heading: string, pairs: Array<[string, string]>) => `<section><h3>${heading}</h3>${rows(pairs)}</section>`;

function read(body: string, url: string) {
  const doc = loadPage(`<html lang="en"><body><main><div><span>Total viewers</span><span>1,000</span></div><div><span>Video views</span><span>2,000</span></div>${body}</main></body></html>`, url);
  const { snapshot, unread } = readPage(doc, url);
  const texts = unread.map((el) => el.textContent);
  closePage(doc);
  return { breakdowns: snapshot?.breakdowns, texts };
}

describe('breakdowns by hand', () => {
  it('reads age brackets written with spaces, dashes or a plus, and keeps the first of a repeated row', () => {
    const { breakdowns, texts } = read(section('Age', [['18-24', '40%'], ['25 – 34', '30.5%'], ['55+', '10%'], ['Teens', '5%'], ['18-24', '99%'], ['5-9', '1%']]), VIEWERS);
    expect(breakdowns).toEqual({ age: { '18-24': 40, '25-34': 30.5, '55+': 10 } });
    expect(texts).toEqual(['5%', '99%', '1%']);
  });

  it('reads places as they are named, up to 100 characters, and no percent above 100 or below 0', () => {
    const long = 'x'.repeat(100);
    const { breakdowns } = read(section('Locations', [['United States', '100%'], ['Nowhere', '0%'], [long, '3%'], [`${long}y`, '2%'], ['Mars', '101%'], ['Moon', '-1%']]), VIEWERS);
    expect(breakdowns).toEqual({ locations: { 'United States': 100, Nowhere: 0, [long]: 3 } });
  });

  it('takes a bare number between rows for a count, not a name, except for queries', () => {
    const { breakdowns } = read(section('Locations', [['France', '12,345'], ['50%', '7'], ['3 Rivers', '20%']]), VIEWERS);
    // "50%" follows the count 12,345, which is no name: nothing for France; "3 Rivers" starts with a digit.
    expect(breakdowns).toBeUndefined();
    const queries = read(section('Search queries', [['2 ingredient bread', '30%'], ['-5 day fast', '10%'], ['+1 recipe', '5%']]), OVERVIEW).breakdowns;
    expect(queries).toEqual({ searchQueries: { '2 ingredient bread': 30, '-5 day fast': 10, '+1 recipe': 5 } });
  });

  it('names traffic sources and genders by their keys, and leaves out names it does not know', () => {
    expect(read(section('Traffic source', [['For You', '60%'], ['Personal profile', '30%'], ['Billboards', '10%']]), OVERVIEW).breakdowns).toEqual({ trafficSource: { forYou: 60, personalProfile: 30 } });
    expect(read(section('Gender', [['Male', '55%'], ['Female', '44%'], ['Robot', '1%']]), VIEWERS).breakdowns).toEqual({ gender: { male: 55, female: 44 } });
  });
});
