import { afterEach, describe, expect, it, vi } from 'vitest';
import dataset from '../../../data/events.json';
import { eventOEmbed, oEmbedUrl, timelineOEmbed } from '../../../src/lib/server/oembed';
import { readViewParams } from '../../../src/lib/url/view-params';
import { parsePartialDate } from '../../../src/lib/time/partial-date';
import { spanStart } from '../../../src/lib/time/span';

/** The embed address in a document's html, as a browser reads it. */
const embedAddress = (html: string) =>
	new URL(/<iframe src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&'));

afterEach(() => vi.unstubAllEnvs());

describe('timelineOEmbed', () => {
	it('embeds the whole default timeline from the published origin', () => {
		vi.stubEnv('SITE_URL', 'https://timeline.example.org/');
		const document = timelineOEmbed();
		expect(document.title).toBe(dataset.title);
		expect(document.provider_url).toBe('https://timeline.example.org/');
		expect(embedAddress(document.html).href).toBe('https://timeline.example.org/embed');
		expect(document.thumbnail_url).toBe('https://timeline.example.org/screenshot.png');
	});
});

describe('eventOEmbed', () => {
	it.each([
		['the first event', dataset.events[0]!],
		['an event in the middle', dataset.events[60]!],
		['the last event', dataset.events.at(-1)!]
	])('opens %s in a view that shows it', (_, event) => {
		const document = eventOEmbed(event.id)!;
		expect(document.title).toBe(event.title);
		const params = readViewParams(embedAddress(document.html).search);
		expect(params.event).toBe(event.id);
		const [from, to] = params.domain!;
		const start = spanStart(parsePartialDate(event.start));
		expect(start).toBeGreaterThanOrEqual(from);
		expect(start).toBeLessThanOrEqual(to);
	});

	it('has no document for an unknown event', () => {
		expect(eventOEmbed('no-such-event')).toBeUndefined();
	});

	it('is published where the event page’s discovery link says', () => {
		vi.stubEnv('SITE_URL', 'https://timeline.example.org');
		expect(oEmbedUrl.event('oslo-ii')).toBe(
			'https://timeline.example.org/oembed/events/oslo-ii.json'
		);
	});
});
