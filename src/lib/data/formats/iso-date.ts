/** "1948", "1948-05", "-0043-03-15": a date in this project's format from its numbers. */
export function isoDate(year: number, month?: number, day?: number): string {
	const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
	let date = `${year < 0 ? '-' : ''}${pad(year, 4)}`;
	if (month !== undefined) date += `-${pad(month, 2)}`;
	if (month !== undefined && day !== undefined) date += `-${pad(day, 2)}`;
	return date;
}
