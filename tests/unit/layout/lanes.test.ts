import { describe, expect, it } from 'vitest';
import { LanePacker, type LaneItem } from '../../../src/lib/layout/lanes';
import { seededRandom } from '../../support/dataset';

const GAP = 10;
const item = (id: string, x0: number, x1: number): LaneItem => ({ id, x0, x1 });

/** Lanes given to items placed in order, through one packer. */
function lanesOf(items: LaneItem[], laneCount = 3, previous?: Map<string, number>): number[] {
	const packer = new LanePacker(laneCount, GAP, previous);
	return items.map((it) => packer.place(it));
}

describe('LanePacker.place', () => {
	it.each<[string, LaneItem[], number[]]>([
		['the first item takes the lane nearest the axis', [item('a', 0, 50)], [0]],
		['an overlapping item goes up a lane', [item('a', 0, 50), item('b', 40, 90)], [0, 1]],
		[
			'a neighbour exactly one gap away shares the lane',
			[item('a', 0, 50), item('b', 60, 90)],
			[0, 0]
		],
		['a neighbour closer than the gap does not', [item('a', 0, 50), item('b', 59.9, 90)], [0, 1]],
		['the gap applies on the left as well', [item('a', 60, 90), item('b', 0, 50)], [0, 0]],
		['and is enforced on the left', [item('a', 60, 90), item('b', 0, 50.1)], [0, 1]],
		[
			'an item containing another cannot share its lane',
			[item('a', 40, 50), item('b', 0, 100)],
			[0, 1]
		],
		[
			'an item inside another cannot share its lane',
			[item('a', 0, 100), item('b', 40, 50)],
			[0, 1]
		],
		[
			'an item fitting between two others slots in',
			[item('a', 0, 50), item('b', 200, 250), item('c', 60, 190)],
			[0, 0, 0]
		],
		[
			'a gap too narrow between two others is refused',
			[item('a', 0, 50), item('b', 200, 250), item('c', 60, 191)],
			[0, 0, 1]
		],
		['a zero-width item still needs its gap', [item('a', 0, 50), item('b', 55, 55)], [0, 1]],
		[
			'returns -1 when every lane is taken there',
			[item('a', 0, 50), item('b', 0, 50), item('c', 0, 50), item('d', 0, 50)],
			[0, 1, 2, -1]
		],
		[
			'a full spot does not block the rest of the row',
			[item('a', 0, 50), item('b', 0, 50), item('c', 0, 50), item('d', 0, 50), item('e', 100, 150)],
			[0, 1, 2, -1, 0]
		]
	])('%s', (_, items, expected) => {
		expect(lanesOf(items)).toEqual(expected);
	});

	it.each<[string, Map<string, number>, LaneItem[], number[]]>([
		[
			'keeps the previous lane when it is free, over a nearer one',
			new Map([['a', 2]]),
			[item('a', 0, 50)],
			[2]
		],
		[
			'falls back to the nearest free lane when the previous one is taken',
			new Map([['b', 0]]),
			[item('a', 0, 50), item('b', 20, 70)],
			[0, 1]
		],
		['ignores a previous lane that no longer exists', new Map([['a', 7]]), [item('a', 0, 50)], [0]],
		['ignores previous lanes of other items', new Map([['z', 2]]), [item('a', 0, 50)], [0]]
	])('%s', (_, previous, items, expected) => {
		expect(lanesOf(items, 3, previous)).toEqual(expected);
	});

	it('on 1,500 seeded random items: no overlaps in a lane, and -1 only when every lane is blocked', () => {
		const random = seededRandom(7);
		const previous = new Map<string, number>();
		const items = Array.from({ length: 1500 }, (_, i) => {
			const x0 = random() * 3000;
			const id = `e${i}`;
			if (random() < 0.3) previous.set(id, Math.floor(random() * 8));
			return item(id, x0, x0 + (random() < 0.2 ? 0 : random() * 300));
		});
		const lanes = lanesOf(items, 6, previous);
		const placed = Array.from({ length: 6 }, () => [] as LaneItem[]);
		const clash = (a: LaneItem, b: LaneItem) => a.x0 < b.x1 + GAP && b.x0 < a.x1 + GAP;
		const problems: string[] = [];
		items.forEach((it, i) => {
			const lane = lanes[i]!;
			if (lane >= 0) {
				const hit = placed[lane]!.find((other) => clash(it, other));
				if (hit) problems.push(`${it.id} overlaps ${hit.id} in lane ${lane}`);
				placed[lane]!.push(it);
			} else if (placed.some((row) => !row.some((other) => clash(it, other)))) {
				problems.push(`${it.id} was refused though a lane was free`);
			}
		});
		expect(problems).toEqual([]);
		expect(lanes.filter((lane) => lane < 0).length).toBeGreaterThan(0);
	});
});
