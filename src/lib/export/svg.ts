import type { Shape } from '../data/shapes';
import { GEOMETRY as G } from '../layout/geometry';
import { BAR_GLYPHS, POINT_GLYPHS } from '../layout/glyphs';
import type { PlacedEvent, TimelineLayout } from '../layout/timeline';

/** Colours of the light theme, written into the file so it needs no stylesheet. */
const INK = '#1b1f24';
const MUTED = '#5a6470';
const PAPER = '#ffffff';
const TINT = '#f4f6f8';
const ERA_EDGE = '#e3e8ec';
const TICK = '#8a949e';
const CLUSTER = '#e8ecf0';
const FONT = "Verdana, 'DejaVu Sans', 'Bitstream Vera Sans', 'Liberation Sans', Arial, sans-serif";
const HEADER = 52;
const FOOTER = 26;
const CLUSTER_HEIGHT = 18;

export interface SvgOptions {
	readonly title: string;
	/** The span shown, as words: "July 2013 – June 2014". */
	readonly range: string;
	/** Where the picture comes from, burned in at the foot. */
	readonly source: string;
	readonly colourOf: (event: PlacedEvent['event']) => string;
	readonly shapeOf: (event: PlacedEvent['event']) => Shape;
}

/** Text for XML: markup characters escaped, so dataset text can never become markup. */
export function xmlText(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c
	);
}

/** `share` of a hex colour over white, as CSS `color-mix(in srgb, colour share, white)` does. */
export function overWhite(hex: string, share: number): string {
	const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, '$&$&') : hex;
	const channels = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16));
	const mixed = channels.map((c) => Math.round(c * share + 255 * (1 - share)));
	return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const n = (value: number) => Math.round(value * 10) / 10;

function text(x: number, y: number, content: string, attributes = ''): string {
	return `<text x="${n(x)}" y="${n(y)}"${attributes ? ` ${attributes}` : ''}>${xmlText(content)}</text>`;
}

function eras(layout: TimelineLayout): string[] {
	return layout.eras.flatMap((placed) => [
		`<rect x="${n(placed.x0)}" y="0" width="${n(placed.x1 - placed.x0)}" height="${layout.axisY}" fill="${TINT}" stroke="${ERA_EDGE}"/>`,
		...(placed.label
			? [
					text(
						placed.x0 + G.labelGap,
						G.topPadding + placed.row * G.eraRowHeight + 12,
						placed.label,
						`font-size="${G.axisFontSize}" font-style="italic" fill="${MUTED}"`
					)
				]
			: [])
	]);
}

function axis(layout: TimelineLayout): string[] {
	const y = layout.axisY;
	return [
		`<line x1="0" x2="${layout.width}" y1="${y}" y2="${y}" stroke="${TICK}"/>`,
		...layout.ticks.minor.flatMap((tick) => [
			`<line x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${y}" y2="${y + 5}" stroke="${TICK}"/>`,
			...(tick.label
				? [
						text(
							tick.x,
							y + 17,
							tick.label,
							`font-size="${G.axisFontSize}" text-anchor="middle" fill="${MUTED}"`
						)
					]
				: [])
		]),
		...layout.ticks.major.flatMap((tick) => [
			`<line x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${y}" y2="${y + 22}" stroke="${TICK}"/>`,
			text(tick.x + 4, y + 35, tick.label, `font-size="${G.axisFontSize}" font-weight="bold"`)
		])
	];
}

function clusters(layout: TimelineLayout): string[] {
	return layout.clusters.flatMap((cluster) => [
		`<rect x="${n(cluster.x - cluster.width / 2)}" y="${n(cluster.y - CLUSTER_HEIGHT / 2)}" width="${n(cluster.width)}" height="${CLUSTER_HEIGHT}" rx="${CLUSTER_HEIGHT / 2}" fill="${CLUSTER}" stroke="${TICK}"/>`,
		text(cluster.x, cluster.y + 4, cluster.label, 'font-size="11" text-anchor="middle"')
	]);
}

/** A category's glyph at (x, y), haloed in the paper colour as on screen. */
function glyph(path: string, x: number, y: number, colour: string): string {
	return `<path transform="translate(${n(x)} ${n(y)})" d="${path}" fill="${colour}" stroke="${PAPER}" stroke-width="1.5" paint-order="stroke"/>`;
}

function mark(placed: PlacedEvent, colour: string, shape: Shape): string {
	const drawn =
		placed.kind === 'point'
			? glyph(POINT_GLYPHS[shape], placed.x, placed.y, colour)
			: `<rect x="${n(placed.x)}" y="${n(placed.y - G.barHeight / 2)}" width="${n(placed.xEnd - placed.x)}" height="${G.barHeight}" rx="3" fill="${overWhite(colour, placed.kind === 'span' ? 0.1 : 0.22)}" stroke="${colour}" stroke-width="1.5"${placed.kind === 'span' ? ' stroke-dasharray="3 2"' : ''}/>` +
				glyph(BAR_GLYPHS[shape], placed.glyphX, placed.y, colour);
	const label = placed.label
		? text(
				placed.labelX,
				placed.y + 4,
				placed.label,
				`font-size="${G.labelFontSize}" text-anchor="${placed.anchor}"${placed.event.importance === 1 ? ' font-weight="bold"' : ''}`
			)
		: '';
	return `<g${placed.dimmed ? ' opacity="0.25"' : ''}>${drawn}${label}</g>`;
}

/**
 * The view as a self-contained SVG file: what the layout placed, drawn with the colours and font
 * written in, under a title and the span shown, over a source line.
 */
export function timelineSvg(
	layout: TimelineLayout,
	options: SvgOptions
): { text: string; width: number; height: number } {
	const width = layout.width;
	const height = HEADER + layout.height + FOOTER;
	const lines = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlText(FONT)}" fill="${INK}">`,
		`<rect width="${width}" height="${height}" fill="${PAPER}"/>`,
		text(0, 22, options.title, 'font-size="17" font-weight="bold"'),
		text(0, 42, options.range, `font-size="13" fill="${MUTED}"`),
		`<g transform="translate(0 ${HEADER})">`,
		...eras(layout),
		...axis(layout),
		...clusters(layout),
		...layout.marks.map((placed) =>
			mark(placed, options.colourOf(placed.event), options.shapeOf(placed.event))
		),
		'</g>',
		text(0, height - 8, options.source, `font-size="11" fill="${MUTED}"`),
		'</svg>'
	];
	return { text: lines.join('\n'), width, height };
}
