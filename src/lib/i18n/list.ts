const formats = new Map<string, Intl.ListFormat>();

/** Names in a list with the separators of the interface language: "A, B, C" or «A، وB، وC». */
export function listOf(items: readonly string[], locale: string): string {
	let format = formats.get(locale);
	if (!format) {
		format = new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
		formats.set(locale, format);
	}
	return format.format(items);
}
