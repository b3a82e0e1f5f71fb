import { englishInteger, writesEnglishNumbers } from '../i18n/english';
import { primaryLanguage } from '../i18n/locale';
import type { Measure } from './text';

export interface Cluster {
	/** Stable while zooming: the id of its leftmost (then earliest) event. */
	readonly id: string;
	/** Centre of the cluster mark, kept inside [0, width]. */
	readonly x: number;
	/** Width of the mark, which holds the label "+N". */
	readonly width: number;
	readonly label: string;
	readonly count: number;
	readonly t0: number;
	readonly t1: number;
}

const PADDING = 8;

const labellers = new Map<string, (count: number) => string>();

/**
 * Writes a cluster's "+N" as the locale writes a signed count, in its digits and with the marks
 * that keep the sign beside the number in right-to-left text: "+12" and "+12,345" in English,
 * "؜+١٢" for "ar-EG". Counts of four digits are not grouped, as on the axis's years.
 *
 * English counts under 10,000 ("+1234"), and any count in English with comma grouping, are
 * written without Intl: the first Intl formatter of a thread loads the locale's data, 30–60 ms in
 * the dataset worker, which lays out the first view of a `?src=` timeline (first-layout.ts)
 * before the page can draw it.
 */
export function clusterLabeller(locale: string): (count: number) => string {
	let labeller = labellers.get(locale);
	if (!labeller) {
		const english = primaryLanguage(locale) === 'en';
		const commas = writesEnglishNumbers(locale);
		let format: Intl.NumberFormat | undefined;
		// Each count is written once: a layout asks for the same few counts again and again.
		const written = new Map<number, string>();
		labeller = (count) => {
			let text = written.get(count);
			if (text === undefined) {
				const plain = commas ? englishInteger(count, true) : undefined;
				if (plain !== undefined) text = `+${plain}`;
				else if (english && count < 10_000) text = `+${count}`;
				else {
					format ??= new Intl.NumberFormat(locale, { signDisplay: 'always', useGrouping: 'min2' });
					text = format.format(count);
				}
				written.set(count, text);
			}
			return text;
		};
		labellers.set(locale, labeller);
	}
	return labeller;
}

interface Group {
	id: string;
	count: number;
	sumX: number;
	t0: number;
	t1: number;
	x: number;
	width: number;
}

/**
 * Collects folded events by whole pixel column with a few typed-array updates each, so that a
 * zoomed-out view of 50,000 events costs no allocation per event; `clusters()` then merges the
 * columns into "+N" marks.
 */
export class FoldAccumulator {
	private readonly count: Uint32Array;
	private readonly sumX: Float64Array;
	private readonly t0: Float64Array;
	private readonly t1: Float64Array;
	private readonly firstX: Float64Array;
	private readonly firstT0: Float64Array;
	private readonly firstId: string[];

	constructor(
		private readonly width: number,
		/** The text of a "+N" mark, which its width is measured from. */
		private readonly label: (count: number) => string
	) {
		const columns = Math.max(1, Math.ceil(width) + 1);
		this.count = new Uint32Array(columns);
		this.sumX = new Float64Array(columns);
		this.t0 = new Float64Array(columns).fill(Infinity);
		this.t1 = new Float64Array(columns).fill(-Infinity);
		this.firstX = new Float64Array(columns).fill(Infinity);
		this.firstT0 = new Float64Array(columns).fill(Infinity);
		this.firstId = new Array<string>(columns);
	}

	add(id: string, x: number, t0: number, t1: number): void {
		const c = Math.min(Math.max(Math.floor(x), 0), this.count.length - 1);
		this.count[c]! += 1;
		this.sumX[c]! += x;
		if (t0 < this.t0[c]!) this.t0[c] = t0;
		if (t1 > this.t1[c]!) this.t1[c] = t1;
		if (x < this.firstX[c]! || (x === this.firstX[c] && t0 < this.firstT0[c]!)) {
			this.firstX[c] = x;
			this.firstT0[c] = t0;
			this.firstId[c] = id;
		}
	}

	/** Merges neighbouring columns whose marks would touch, so cluster marks never overlap. */
	clusters(measure: Measure, gap = 4): Cluster[] {
		const stack: Group[] = [];
		const place = (group: Group) => {
			group.width = measure(this.label(group.count)) + 2 * PADDING;
			const centre = group.sumX / group.count;
			group.x = Math.min(Math.max(centre, group.width / 2), this.width - group.width / 2);
		};
		for (let c = 0; c < this.count.length; c++) {
			const count = this.count[c]!;
			if (count === 0) continue;
			let group: Group = {
				id: this.firstId[c]!,
				count,
				sumX: this.sumX[c]!,
				t0: this.t0[c]!,
				t1: this.t1[c]!,
				x: 0,
				width: 0
			};
			place(group);
			while (stack.length > 0) {
				const previous = stack[stack.length - 1]!;
				if (previous.x + previous.width / 2 + gap <= group.x - group.width / 2) break;
				stack.pop();
				previous.count += group.count;
				previous.sumX += group.sumX;
				previous.t0 = Math.min(previous.t0, group.t0);
				previous.t1 = Math.max(previous.t1, group.t1);
				place(previous);
				group = previous;
			}
			stack.push(group);
		}
		return stack.map(({ id, x, width, count, t0, t1 }) => ({
			id,
			x,
			width,
			label: this.label(count),
			count,
			t0,
			t1
		}));
	}
}
