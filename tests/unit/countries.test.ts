import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../scripts/lib/content-check.ts';
import {
  countTakingPart,
  formatParticipationDate,
  hasLeft,
  lastDeparture,
  takesPart,
} from '../../src/lib/countries.ts';
import { countrySchema } from '../../src/lib/schemas.ts';

function countriesFile(rows: unknown[]): ContentFiles {
  const all: Record<string, string> = { 'countries.json': JSON.stringify(rows) };
  return {
    list: Object.keys(all),
    read: (path) => all[path] ?? '',
    exists: (path) => path in all,
  };
}

const check = (rows: unknown[]) => checkContent(countriesFile(rows), ['en']);

describe('joined and left in content/countries.json', () => {
  it('accepts days, years and a left after joined', () => {
    expect(
      check([
        { id: 'TR', programme: 'etwinning', joined: 2009 },
        { id: 'GB', programme: 'etwinning', joined: '2005', left: '2020-12-31' },
        { id: 'UA', programme: 'plus', joined: '2013-03-04' },
      ]),
    ).toEqual([]);
  });

  it('names the file, the entry, the field and what is wrong', () => {
    expect(
      check([
        { id: 'AT', programme: 'etwinning', left: '2021-02-30' },
        { id: 'GB', programme: 'etwinning', joined: '2021-01-01', left: '2020-12-31' },
        { id: 'IS', programme: 'etwinning', joined: 'soon' },
        { id: 'LI', programme: 'etwinning', joined: '1999' },
        { id: 'NO', programme: 'etwinning', joined: '2010', left: '2010' },
        { id: 'SE', programme: 'etwinning', left: true },
      ]),
    ).toEqual([
      'content/countries.json — [0].left ("AT"): "2021-02-30" is not a real date from 2005 on (expected a day such as "2020-12-31", or a year such as "2009" where only the year is known)',
      'content/countries.json — [1].left ("GB"): "2020-12-31" is not after "joined" ("2021-01-01"): a country leaves after it joins',
      'content/countries.json — [2].joined ("IS"): "soon" is not a real date from 2005 on (expected a day such as "2020-12-31", or a year such as "2009" where only the year is known)',
      'content/countries.json — [3].joined ("LI"): "1999" is not a real date from 2005 on (expected a day such as "2020-12-31", or a year such as "2009" where only the year is known)',
      'content/countries.json — [5].left ("SE"): expected a date such as "2020-12-31" or a year such as "2009", got true',
    ]);
  });

  it('reads a year as the whole year: joined from 1 January, left to 31 December', () => {
    const gb = countrySchema.parse({ id: 'GB', programme: 'etwinning', joined: 2005, left: 2020 });
    expect(gb.joined).toBe('2005');
    expect(takesPart(gb, '2005-01-01')).toBe(true);
    expect(takesPart(gb, '2004-12-31')).toBe(false);
    expect(takesPart(gb, '2020-12-31')).toBe(true);
    expect(takesPart(gb, '2021-01-01')).toBe(false);
    expect(hasLeft(gb, '2020-12-31')).toBe(false);
    expect(hasLeft(gb, '2021-01-01')).toBe(true);
  });

  it('counts who takes part on a day and tells the last departure', () => {
    const countries = [
      { id: 'AT', programme: 'etwinning' as const },
      { id: 'GB', programme: 'etwinning' as const, joined: '2005', left: '2020-12-31' },
      { id: 'JO', programme: 'plus' as const, joined: '2019' },
      { id: 'XK', programme: 'plus' as const, joined: '2030-09-01' },
    ];
    expect(countTakingPart(countries, '2026-12-02')).toEqual({ total: 2, etwinning: 1, plus: 1 });
    expect(countTakingPart(countries, '2020-12-31')).toEqual({ total: 3, etwinning: 2, plus: 1 });
    expect(lastDeparture(countries, '2026-12-02')).toEqual({
      day: '2020-12-31',
      left: ['GB'],
      counts: { total: 3, etwinning: 2, plus: 1 },
    });
    expect(lastDeparture(countries, '2020-12-31')).toBeUndefined();
  });

  it('shows a day in the reader’s language and a year as it is', () => {
    expect(formatParticipationDate('2020-12-31', 'de')).toBe('31. Dezember 2020');
    expect(formatParticipationDate('2020-12-31', 'en')).toBe('31 December 2020');
    expect(formatParticipationDate('2009', 'tr')).toBe('2009');
  });
});
