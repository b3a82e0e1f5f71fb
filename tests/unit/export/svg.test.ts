import { describe, expect, it } from 'vitest';
import dataset from '../../../data/events.json';
import { loadTimeline } from '../../../src/lib/data/validate';
import { overWhite, timelineSvg, xmlText } from '../../../src/lib/export/svg';
import { GEOMETRY as G } from '../../../src/lib/layout/geometry';
import { BAR_GLYPHS, POINT_GLYPHS } from '../../../src/lib/layout/glyphs';
import { textMeasure } from '../../../src/lib/layout/text';
import { layoutTimeline } from '../../../src/lib/layout/timeline';
import { windowIndex } from '../../../src/lib/layout/window-index';

describe('xmlText', () => {
	it('escapes every markup character, so dataset text stays text', () => {
		expect(xmlText(`<script>alert("x") & 'y'</script>`)).toBe(
			'&lt;script&gt;alert(&quot;x&quot;) &amp; &apos;y&apos;&lt;/script&gt;'
		);
	});
});

describe('overWhite', () => {
	it.each([
		['a full share keeps the colour', '#0072b2', 1, '#0072b2'],
		['no share is white', '#0072b2', 0, '#ffffff'],
		['22% of blue over white', '#0072b2', 0.22, '#c7e0ee'],
		['short hex', '#000', 0.5, '#808080']
	])('%s', (_, hex, share, expected) => {
		expect(overWhite(hex, share)).toBe(expected);
	});
});

const round = (value: number) => Math.round(value * 10) / 10;

describe('timelineSvg', () => {
	const timeline = loadTimeline(dataset);
	const layout = layoutTimeline({
		timeline,
		index: windowIndex(timeline.events),
		domain: [Date.UTC(2013, 6, 1), Date.UTC(2014, 5, 30)],
		width: 1150,
		height: 440,
		measure: textMeasure(G.labelFontSize),
		headlineMeasure: textMeasure(G.labelFontSize, true),
		axisMeasure: textMeasure(G.axisFontSize)
	});
	const { text: svg, height } = timelineSvg(layout, {
		title: 'A & B',
		range: 'July 2013 – June 2014',
		source: 'Source: example.org',
		colourOf: () => '#0072b2',
		shapeOf: () => 'diamond'
	});

	it('draws every placed label, the title, the range and the source line', () => {
		for (const mark of layout.marks.filter((m) => m.label)) {
			expect(svg).toContain(`>${xmlText(mark.label)}</text>`);
		}
		expect(svg).toContain('>A &amp; B</text>');
		expect(svg).toContain('>July 2013 – June 2014</text>');
		expect(svg).toContain('>Source: example.org</text>');
	});

	it('draws each event’s glyph at its place: points at their centre, bars just inside their start', () => {
		for (const mark of layout.marks) {
			const d = mark.kind === 'point' ? POINT_GLYPHS.diamond : BAR_GLYPHS.diamond;
			expect(svg).toContain(
				`<path transform="translate(${round(mark.glyphX)} ${round(mark.y)})" d="${d}" fill="#0072b2"`
			);
		}
		expect(svg).not.toContain('<circle');
	});

	it('is one svg element whose height adds the title and source bands', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1150"')).toBe(true);
		expect(height).toBe(518);
		expect(svg).toMatch(/height="518"/);
		expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
		expect(svg).not.toMatch(/var\(--|class=/);
	});
});
