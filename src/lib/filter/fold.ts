/**
 * Text folded for matching: decomposed, with combining marks removed (accents, Arabic harakat,
 * Hebrew niqqud), transliteration apostrophes dropped and case folded, so "Hudaybiyya" finds
 * "Ḥudaybiyya" and "oslo" finds "Oslo".
 */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\p{M}ʿʾ'’‘]/gu, '')
		.toLowerCase();
}
