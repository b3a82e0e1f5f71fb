import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/data/types';
import { loadTimeline } from '../../../src/lib/data/validate';
import { eventGeometry, type EventGeometry } from '../../../src/lib/layout/event-geometry';
import { GEOMETRY as G } from '../../../src/lib/layout/geometry';
import { textMeasure } from '../../../src/lib/layout/text';
import type { Domain } from '../../../src/lib/scale/zoom';
import { rawDataset, rawEvent, seededRandom, type RawEvent } from '../../support/dataset';

const measure = textMeasure(G.labelFontSize);
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const DAY = 864e5;
const LONG = 'A very long title that will not fit beside a mark on any narrow screen at all';

function event(start: string, fields: Partial<RawEvent> = {}): TimelineEvent {
	return loadTimeline(rawDataset([rawEvent('e', start, fields)])).events[0]!;
}

function layout(ev: TimelineEvent, domain: Domain, width: number): EventGeometry {
	const scale = (t: number) => ((t - domain[0]) / (domain[1] - domain[0])) * width;
	return eventGeometry(ev, scale, width, measure);
}

/** The label's own extent, from its anchor. */
function labelExtent(g: EventGeometry): [number, number] {
	const w = measure(g.label);
	return g.anchor === 'start' ? [g.labelX, g.labelX + w] : [g.labelX - w, g.labelX];
}

const TEN_DAYS: Domain = [at('1967-06-01'), at('1967-06-11')];

describe('eventGeometry: kind of mark', () => {
	it.each<[string, string, string | undefined, Domain, number, EventGeometry['kind']]>([
		['a day event is a point', '1967-06-05', undefined, TEN_DAYS, 800, 'point'],
		[
			'a month wide enough on screen spans its month',
			'2013-07',
			undefined,
			[at('2013-01-01'), at('2014-01-01')],
			800,
			'span'
		],
		[
			'a month too narrow to see is a point',
			'2013-07',
			undefined,
			[at('1947-01-01'), at('2023-01-01')],
			800,
			'point'
		],
		[
			'a year-only event spans its year in the 76-year view at 1200 px',
			'1959',
			undefined,
			[at('1947-01-01'), at('2023-01-01')],
			1200,
			'span'
		],
		[
			'a year-only event is a point in the 76-year view at 320 px',
			'1959',
			undefined,
			[at('1947-01-01'), at('2023-01-01')],
			320,
			'point'
		],
		[
			'an event with an end is a range, even on one day',
			'1967-06-05',
			'1967-06-05',
			TEN_DAYS,
			800,
			'range'
		]
	])('%s', (_, start, end, domain, width, kind) => {
		expect(layout(event(start, end ? { end } : {}), domain, width).kind).toBe(kind);
	});

	it('draws a day event at the middle of its day', () => {
		const g = layout(event('1967-06-05'), TEN_DAYS, 1000);
		expect(g.x).toBeCloseTo(450, 9);
		expect(g.xEnd).toBe(g.x);
	});
});

describe('eventGeometry: labels beside a point', () => {
	it('puts the label to the right when it fits', () => {
		const g = layout(event('1967-06-05', { title: 'Six-Day War' }), TEN_DAYS, 1000);
		expect(g).toMatchObject({ label: 'Six-Day War', anchor: 'start', labelInside: false });
		expect(g.labelX).toBeCloseTo(g.x + G.markRadius + G.labelGap, 9);
		expect(g.x0).toBeCloseTo(g.x - G.markRadius, 9);
		expect(g.x1).toBeCloseTo(g.labelX + measure('Six-Day War'), 9);
	});

	it('flips the label to the left near the right edge', () => {
		const g = layout(event('1967-06-10', { title: 'Six-Day War' }), TEN_DAYS, 1000);
		expect(g).toMatchObject({ label: 'Six-Day War', anchor: 'end' });
		expect(g.labelX).toBeCloseTo(g.x - G.markRadius - G.labelGap, 9);
		expect(g.x0).toBeCloseTo(g.labelX - measure('Six-Day War'), 9);
		expect(g.x1).toBeCloseTo(g.x + G.markRadius, 9);
	});

	it('shortens a label that fits neither side, on the roomier side', () => {
		const g = layout(event('1967-06-05', { title: LONG }), TEN_DAYS, 320);
		expect(g.label.endsWith('…')).toBe(true);
		const [left, right] = labelExtent(g);
		expect(left).toBeGreaterThanOrEqual(0);
		expect(right).toBeLessThanOrEqual(320);
	});

	it('drops a label that would be shorter than the minimum, keeping only the mark', () => {
		const g = layout(
			event('1967-06-05', { title: LONG }),
			[at('1967-06-04'), at('1967-06-07')],
			40
		);
		expect(g.label).toBe('');
		expect(g.x1 - g.x0).toBeCloseTo(2 * G.markRadius, 9);
	});

	it.each([
		['left', '1967-06-01', 0.75, 0],
		['right', '1967-06-03', 0.25, 1000]
	])('pins a day cut by the %s edge to that edge, its label in view', (_, start, offset, x) => {
		const lo = at('1967-06-01') + offset * DAY;
		const g = layout(event(start, { title: 'Six-Day War' }), [lo, lo + 2 * DAY], 1000);
		expect(g.x).toBe(x);
		const [left, right] = labelExtent(g);
		expect(left).toBeGreaterThanOrEqual(0);
		expect(right).toBeLessThanOrEqual(1000);
	});
});

describe('eventGeometry: bars', () => {
	it('keeps a short title inside a long bar', () => {
		const g = layout(event('1967-06-02', { end: '1967-06-09', title: 'War' }), TEN_DAYS, 1000);
		expect(g).toMatchObject({
			kind: 'range',
			label: 'War',
			labelInside: true,
			x0: g.x,
			x1: g.xEnd
		});
		expect(g.labelX).toBeCloseTo(g.x + G.barGlyphRoom, 9);
	});

	it('puts the category’s glyph inside the bar’s start, before the label', () => {
		const g = layout(event('1967-06-02', { end: '1967-06-09', title: 'War' }), TEN_DAYS, 1000);
		expect(g.glyphX).toBeCloseTo(g.x + G.barGlyphRoom / 2, 9);
		expect(g.glyphX + G.barGlyphRadius).toBeLessThan(g.labelX);
	});

	it('shortens a long title inside a long bar rather than spilling out', () => {
		const g = layout(event('1967-06-02', { end: '1967-06-03', title: LONG }), TEN_DAYS, 1000);
		expect(g.labelInside).toBe(true);
		expect(g.label.endsWith('…')).toBe(true);
		expect(measure(g.label)).toBeLessThanOrEqual(g.xEnd - g.x - G.barGlyphRoom - G.labelGap);
	});

	it('reserves room for the glyph of a bar too short to hold it, before a label beside it', () => {
		const g = layout(
			event('1967-06-05', { end: '1967-06-05', title: 'Six-Day War' }),
			[at('1967-03-01'), at('1967-09-01')],
			1000
		);
		expect(g.xEnd - g.x).toBeLessThan(G.barGlyphRoom);
		expect(g.anchor).toBe('start');
		expect(g.labelX).toBeCloseTo(g.x + G.barGlyphRoom + G.labelGap, 9);
	});

	it('puts a title beside a bar too short to hold it', () => {
		const g = layout(
			event('1967-06-05', { end: '1967-06-05', title: 'Six-Day War' }),
			TEN_DAYS,
			400
		);
		expect(g).toMatchObject({ label: 'Six-Day War', labelInside: false, anchor: 'start' });
	});

	it.each([
		['cuts a bar that starts off screen at the left edge', '1960', '1967-06-08', 0, 800],
		['cuts a bar that ends off screen at the right edge', '1967-06-04', '1970', 300, 1000]
	])('%s', (_, start, end, x, xEnd) => {
		const g = layout(event(start, { end, title: 'War' }), TEN_DAYS, 1000);
		expect(g.x).toBeCloseTo(x, 9);
		expect(g.xEnd).toBeCloseTo(xEnd, 9);
		expect(g.labelX).toBeCloseTo(x + G.barGlyphRoom, 9);
		expect(g.glyphX).toBeCloseTo(x + G.barGlyphRoom / 2, 9);
	});
});

describe('eventGeometry on 2,000 seeded random events', () => {
	it('keeps every label inside [0, width] and inside the extent it reserves', () => {
		const random = seededRandom(11);
		const titles = ['War', 'Six-Day War', 'Oslo II: Interim Agreement signed', LONG];
		const problems: string[] = [];
		for (let i = 0; i < 2000; i++) {
			const day = 1 + Math.floor(random() * 28);
			const start = `1967-${random() < 0.5 ? '06' : '07'}-${String(day).padStart(2, '0')}`;
			const end = random() < 0.4 ? '1967-08-01' : undefined;
			const ev = event(start, { title: titles[i % titles.length]!, ...(end ? { end } : {}) });
			const width = 200 + Math.floor(random() * 1400);
			const lo = at('1967-05-15') + random() * 60 * DAY;
			const hi = lo + (3 + random() * 90) * DAY;
			// Only events the window query would return are laid out.
			if (ev.t1 <= lo || ev.t0 >= hi) continue;
			const g = layout(ev, [lo, hi], width);
			if (!g.label) continue;
			const [left, right] = labelExtent(g);
			if (left < -1e-9 || right > width + 1e-9)
				problems.push(`${i}: label [${left}, ${right}] outside ${width}`);
			if (left < g.x0 - 1e-9 || right > g.x1 + 1e-9)
				problems.push(`${i}: label outside its extent`);
		}
		expect(problems).toEqual([]);
	});
});
