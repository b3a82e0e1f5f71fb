import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from '../../../../src/lib/data/formats/html-text';

const BASE = 'https://maps.example/timelines/wars.json';

describe('htmlToText keeps text as paragraphs', () => {
	it.each([
		['one paragraph per <p>', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
		['a <br> as a paragraph break', 'One.<br>Two.<br/><br>Three.', ['One.', 'Two.', 'Three.']],
		['list items as paragraphs', '<ul><li>A</li><li>B</li></ul>', ['A', 'B']],
		['inline markup as text', '<p>A <b>bold</b> <i>claim</i>.</p>', ['A bold claim.']],
		['runs of white space as one space', '<p>  A \n\t  b  </p>', ['A b']],
		[
			'entities decoded',
			'<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#8212; &nbsp;x</p>',
			['Fish & chips <3 été — x']
		],
		['a lone < as text', 'a < b and c > d', ['a < b and c > d']],
		[
			'blank lines in tagless text as paragraphs',
			'One\nline.\n\nTwo.\r\n\r\nThree.',
			['One line.', 'Two.', 'Three.']
		],
		['table cells apart', '<table><tr><td>A</td><td>B</td></tr></table>', ['A B']],
		['nothing from nothing', '', []],
		['Arabic text as it is', '<p>النكبة، ١٩٤٨.</p>', ['النكبة، ١٩٤٨.']],
		['Hebrew text as it is', '<p>מלחמת העצמאות</p>', ['מלחמת העצמאות']]
	])('%s', (_, html, paragraphs) => {
		expect(htmlToText(html).paragraphs).toEqual(paragraphs);
	});
});

describe('htmlToText reads plain paragraphs without the parser', () => {
	// An empty element changes nothing the parser gives, but keeps the text off the quick path.
	const parsed = (html: string) => htmlToText(`${html}<span></span>`);
	it.each([
		'<p>One.</p>',
		'<p>One.</p><p>Two.</p>',
		'  <P>One.</P>\n\n<p>  Two \n lines </p>  ',
		'<p></p><p>   </p><p>x</p>',
		'<p>a > b</p>',
		'<p>النكبة، ١٩٤٨.</p>'
	])('as the parser reads %j', (html) => {
		expect(htmlToText(html)).toEqual(parsed(html));
	});

	it.each(['<p>Fish &amp; chips</p>', '<p class="x">A</p>', '<p>A <b>B</b></p>', '<p>A</p>B'])(
		'and leaves anything more to the parser: %j',
		(html) => {
			expect(htmlToText(html)).toEqual(parsed(html));
		}
	);
});

describe('htmlToText drops what is not text for a reader', () => {
	it.each([
		[
			'a script and its code',
			'<p>Before</p><script>alert("x")</script><p>After</p>',
			['Before', 'After']
		],
		['a script that never closes', 'Text<script>alert(1)', ['Text']],
		['a style sheet', '<style>p{color:red}</style>Text', ['Text']],
		['an image with onerror', '<img src=x onerror="alert(1)">Caption', ['Caption']],
		[
			'an SVG with a script inside',
			'A<svg><script>alert(1)</script><text>svg text</text></svg>B',
			['AB']
		],
		['an SVG onload payload', '<svg onload=alert(1)><circle r="1"/></svg>After', ['After']],
		['an iframe and its fallback', '<iframe src="https://x.test">fallback</iframe>Text', ['Text']],
		['a template', '<template><p>hidden</p></template>Shown', ['Shown']],
		['comments', 'A<!-- secret -->B', ['AB']],
		['a MathML block', 'x<math><mi>y</mi></math>z', ['xz']]
	])('%s', (_, html, paragraphs) => {
		expect(htmlToText(html).paragraphs).toEqual(paragraphs);
	});
});

describe('htmlToText keeps only http: and https: links', () => {
	it('keeps a link’s text in the paragraph and lists the link', () => {
		const text = htmlToText(
			'<p>Read <a href="https://en.wikipedia.org/wiki/Nakba">the Nakba</a>.</p>'
		);
		expect(text.paragraphs).toEqual(['Read the Nakba.']);
		expect(text.links).toEqual([
			{ title: 'the Nakba', url: 'https://en.wikipedia.org/wiki/Nakba' }
		]);
	});

	it.each([
		['javascript:', '<a href="javascript:alert(1)">x</a>'],
		['javascript: in mixed case with spaces', '<a href="  JaVaScRiPt:alert(1)">x</a>'],
		['javascript: split by a tab', '<a href="java\tscript:alert(1)">x</a>'],
		['data:', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
		['an SVG data: address', '<a href="data:image/svg+xml;base64,PHN2Zz4=">x</a>'],
		['vbscript:', '<a href="vbscript:msgbox(1)">x</a>'],
		['mailto:', '<a href="mailto:a@b.test">x</a>'],
		['a fragment within the file', '<a href="#event-2">x</a>'],
		['an empty address', '<a href="">x</a>'],
		['no address', '<a>x</a>']
	])('drops a %s link but keeps its text', (_, html) => {
		const text = htmlToText(html, BASE);
		expect(text).toEqual({ paragraphs: ['x'], links: [] });
	});

	it('resolves a relative link against the dataset’s address', () => {
		expect(htmlToText('<a href="../notes/1948.html">notes</a>', BASE).links).toEqual([
			{ title: 'notes', url: 'https://maps.example/notes/1948.html' }
		]);
	});

	it('drops a relative link when there is no address to resolve it against', () => {
		expect(htmlToText('<a href="notes.html">notes</a>').links).toEqual([]);
	});

	it('titles a link without text by its address, and lists an address once', () => {
		const html = '<a href="https://a.test/x"></a> <a href="https://a.test/x">again</a>';
		expect(htmlToText(html).links).toEqual([
			{ title: 'https://a.test/x', url: 'https://a.test/x' }
		]);
	});
});

describe('htmlToLine', () => {
	it('joins paragraphs into one line, for headlines and captions', () => {
		expect(htmlToLine('<p>Part one</p><p>part two</p>').line).toBe('Part one part two');
	});
});
