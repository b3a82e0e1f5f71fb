import { describe, expect, it } from 'vitest';
import {
	formatInstantSpan,
	formatPartialDate,
	formatPartialRange,
	formatWhen
} from '../../../src/lib/time/format';
import { ar } from '../../../src/lib/i18n/locales/ar';
import { he } from '../../../src/lib/i18n/locales/he';
import { strings } from '../../../src/lib/i18n/strings';
import { parsePartialDate } from '../../../src/lib/time/partial-date';
import { yearStart } from '../../../src/lib/time/years';

const p = parsePartialDate;

/**
 * Intl's range formats put thin or no spaces around the dash depending on the ICU version
 * ("5 – 10 June 1967" in ICU 78); compare them with the dash closed up.
 */
const closeUp = (text: string) => text.replace(/\s*–\s*/gu, '–').replace(/\s+/gu, ' ');

describe('formatPartialDate', () => {
	it.each([
		['year precision shows only the year', '1948', 'en-GB', '1948'],
		['month precision shows month and year', '2013-07', 'en-GB', 'July 2013'],
		['day precision in British order', '2023-09-05', 'en-GB', '5 September 2023'],
		['day precision in American order', '2023-09-05', 'en-US', 'September 5, 2023'],
		['another language names the month itself', '2023-09-05', 'de', '5. September 2023'],
		['New Year’s Day stays on its day in any time zone', '2023-01-01', 'en-GB', '1 January 2023'],
		['New Year’s Eve stays on its day in any time zone', '2022-12-31', 'en-GB', '31 December 2022'],
		['year 50 is not written 1950', '0050', 'en-GB', '50'],
		['a first-century day keeps its year', '0050-03-15', 'en-GB', '15 March 50'],
		['BCE year: astronomical -43 is 44 BCE', '-0043', 'en-GB', '44 BCE'],
		['year zero is 1 BCE', '0000', 'en-GB', '1 BCE'],
		['BCE month keeps the locale’s month name', '-0043-03', 'en-GB', 'March 44 BCE'],
		['BCE day keeps the locale’s day order', '-0043-03-15', 'en-GB', '15 March 44 BCE'],
		['BCE day in American order', '-0043-03-15', 'en-US', 'March 15, 44 BCE'],
		['a BCE leap day still formats', '0000-02-29', 'en-GB', '29 February 1 BCE'],
		['a BCE day of six digits is grouped', '-199999-03-15', 'en-GB', '15 March 200,000 BCE'],
		['the Big Bang in years ago', '-13799999999', 'en-GB', '13.8 billion years ago'],
		['the Earth in another language', '-4539999999', 'de', 'vor 4,54 Milliarden Jahren'],
		['Homo sapiens, beyond Date, in BCE', '-299999', 'en-GB', '300,000 BCE'],
		['a common-era year beyond Date', '300000', 'en-GB', '300,000']
	])('%s: %s (%s)', (_, text, locale, expected) => {
		expect(formatPartialDate(p(text), locale)).toBe(expected);
	});

	it('defaults to en-GB', () => {
		expect(formatPartialDate(p('2023-09-05'))).toBe('5 September 2023');
	});
});

describe('formatPartialRange', () => {
	it.each([
		['days in one month share month and year', '1967-06-05', '1967-06-10', '5–10 June 1967'],
		['days across months share the year', '1967-06-05', '1967-07-10', '5 June–10 July 1967'],
		[
			'days across years repeat both years',
			'1967-12-30',
			'1968-01-02',
			'30 December 1967–2 January 1968'
		],
		['months across years', '2013-07', '2014-04', 'July 2013–April 2014'],
		['years', '1947', '1949', '1947–1949'],
		[
			'a range that starts and ends on one day is that day',
			'2023-09-05',
			'2023-09-05',
			'5 September 2023'
		]
	])('same precision uses the locale’s range format: %s', (_, start, end, expected) => {
		expect(closeUp(formatPartialRange(p(start), p(end)))).toBe(expected);
	});

	it.each([
		['day to month', '2013-07-29', '2014-04', '29 July 2013 – April 2014'],
		['month to day', '2013-07', '2014-04-24', 'July 2013 – 24 April 2014'],
		['year to day', '1947', '1949-07-20', '1947 – 20 July 1949'],
		['BCE to BCE', '-0100', '-0043', '101 BCE – 44 BCE'],
		['BCE to CE', '-0043', '0014', '44 BCE – 14'],
		['BCE day to BCE day', '-0043-03-15', '-0043-03-20', '15 March 44 BCE – 20 March 44 BCE'],
		[
			'deep time to deep time',
			'-65999999',
			'-2579999',
			'66 million years ago – 2.58 million years ago'
		],
		['deep time to a CE day', '-299999', '1969-07-20', '300,000 BCE – 20 July 1969'],
		['common-era years beyond Date', '280000', '290000', '280,000 – 290,000']
	])(
		'mixed precision or BCE joins both ends with a spaced en dash: %s',
		(_, start, end, expected) => {
			expect(formatPartialRange(p(start), p(end))).toBe(expected);
		}
	);

	it('formats the range in the given locale', () => {
		expect(closeUp(formatPartialRange(p('1967-06-05'), p('1967-06-10'), 'en-US'))).toBe(
			'June 5–10, 1967'
		);
	});
});

describe('formatWhen', () => {
	it.each([
		['a single date without an end', '1948-05-14', undefined, '14 May 1948'],
		['a year-only single date', '1959', undefined, '1959'],
		['a range when there is an end', '1948-05-15', '1949-07-20', '15 May 1948–20 July 1949'],
		['a mixed-precision range', '2013-07-29', '2014-04', '29 July 2013–April 2014']
	])('%s', (_, start, end, expected) => {
		expect(closeUp(formatWhen(p(start), end === undefined ? undefined : p(end)))).toBe(expected);
	});
});

describe('formatInstantSpan', () => {
	it.each([
		[
			'years for spans of two years or more',
			Date.UTC(1950, 0, 1),
			Date.UTC(1957, 0, 1),
			'1950 to 1956'
		],
		[
			'months for shorter spans',
			Date.UTC(2013, 6, 1),
			Date.UTC(2014, 4, 1),
			'July 2013 to April 2014'
		],
		[
			'days for spans under two months',
			Date.UTC(2023, 8, 1),
			Date.UTC(2023, 8, 6),
			'1 September 2023 to 5 September 2023'
		],
		[
			'years ago beyond the calendar, rounded to a thousandth of the span',
			yearStart(-13_799_999_999),
			yearStart(1970),
			'13.8 billion years ago to 1969'
		],
		[
			'BCE years beyond the calendar',
			yearStart(-299_999),
			yearStart(-199_999),
			'300,000 BCE to 200,001 BCE'
		],
		[
			'one date when both ends fall on the same day',
			Date.UTC(2023, 8, 5),
			Date.UTC(2023, 8, 6),
			'5 September 2023'
		]
	])('uses %s', (_, t0, t1, expected) => {
		expect(formatInstantSpan(t0, t1, 'en-GB', strings.time.span)).toBe(expected);
	});

	it.each([
		['ar', Date.UTC(1950, 0, 1), Date.UTC(1957, 0, 1), ar.time.span, 'من 1950 إلى 1956'],
		['ar-EG', Date.UTC(1950, 0, 1), Date.UTC(1957, 0, 1), ar.time.span, 'من ١٩٥٠ إلى ١٩٥٦'],
		['he', Date.UTC(2013, 6, 1), Date.UTC(2014, 4, 1), he.time.span, 'יולי 2013 עד אפריל 2014'],
		[
			'ar',
			yearStart(-299_999),
			yearStart(-199_999),
			ar.time.span,
			'من 300,000 ق.م إلى 200,001 ق.م'
		],
		['he', yearStart(-43), yearStart(1), he.time.span, '44 לפנה״ס עד 1 לפנה״ס']
	])('writes dates and their join in %s', (locale, t0, t1, join, expected) => {
		expect(formatInstantSpan(t0, t1, locale, join)).toBe(expected);
	});
});
