/** Hebrew interface text: the same keys as strings.ts. */
import { num } from '../numbers';
import type { Strings } from '../strings';

const plural = new Intl.PluralRules('he');

/** Keeps an id, address, file name or title in its own direction inside a right-to-left sentence. */
const isolate = (value: string) => '\u2068' + value + '\u2069';

/** "N events": "אירוע אחד" for one, the numeral with the plural otherwise. */
const events = (n: number) => (plural.select(n) === 'one' ? 'אירוע אחד' : `${num(n)} אירועים`);

/** The pronoun for "them" after a count of events: "אותו" for one, "אותם" otherwise. */
const them = (n: number) => (plural.select(n) === 'one' ? 'אותו' : 'אותם');

export const he: Strings = {
	embed: {
		wheelHint: (key: string) => `כדי להגדיל או להקטין, אפשר לגלול תוך לחיצה על ${key}`,
		fullView: 'פתיחה בתצוגה מלאה ↗'
	},
	embedDialog: {
		open: 'הטמעה',
		title: 'הטמעת ציר הזמן הזה',
		intro:
			'אפשר להדביק את הקוד הזה בדף כדי להציג את ציר הזמן כפי שהוא עכשיו: אותה תצוגה, אותו חיפוש, אותם מסננים ואותו אירוע פתוח.',
		close: 'סגירה',
		theme: 'צבעים',
		themes: { light: 'בהירים', dark: 'כהים', auto: 'לפי הגדרות המערכת של הקוראים' },
		show: 'הצגה',
		controls: 'חיפוש, סיפורים וכפתורי הגדלה והקטנה',
		overview: 'פס סקירה',
		height: 'גובה',
		autoHeight: 'התאמה לתוכן (בעזרת סקריפט קטן)',
		fixedHeight: 'קבוע',
		fixedHeightPixels: 'גובה קבוע בפיקסלים',
		code: 'קוד הטמעה',
		copy: 'העתקת הקוד',
		copied: 'הקוד הועתק',
		copyFailed:
			'אין אפשרות להעתיק כאן: הקוד מסומן, ואפשר ללחוץ על \u2068Ctrl+C\u2069 או על \u2068⌘+C\u2069.',
		preview: 'תצוגה מקדימה',
		previewTitle: (title: string) => `תצוגה מקדימה: ${isolate(title)}`
	},
	footer:
		'נבנה בקוד פתוח על בסיס מערך נתונים בפורמט JSON. לכל אירוע מצוינים המקורות שלו; אפשר לבחור אירוע כדי לראות אותם.',
	timeline: {
		label: (count: number, span: string) =>
			`ציר זמן של ${events(count)}, ${isolate(span)}. מקשי החיצים מעבירים בין אירועים ושורות, Home ו-End מעבירים לאירוע הראשון ולאחרון, Enter פותח אירוע; + ו-− מגדילים ומקטינים, 0 מציג הכול, Shift עם ← או → מזיז את התצוגה.`,
		skipToTimeline: 'דילוג לציר הזמן',
		skipToList: 'דילוג לרשימת האירועים',
		skipToContent: 'דילוג לתוכן',
		zoom: 'הגדלה והקטנה',
		zoomIn: 'הגדלה',
		zoomOut: 'הקטנה',
		fitAll: 'הצגת הכול'
	},
	marks: {
		event: (when: string, title: string, category: string | undefined, dimmed: boolean) =>
			`${isolate(when)}: ${isolate(title)}${category ? ` (${isolate(category)})` : ''}${dimmed ? ', לא תואם לחיפוש' : ''}`,
		cluster: (count: number, span: string) =>
			`\u2066+${count}\u2069: עוד ${events(count)}, ${isolate(span)}. אפשר ללחוץ על Enter כדי להגדיל ולהציג ${them(count)}.`,
		era: (title: string) => `${isolate(title)}: התמקדות בתקופה זו`
	},
	legend: 'קטגוריות',
	overview:
		'סקירה של ציר הזמן כולו; אפשר לגרור את החלון המודגש או לשנות את גודלו כדי להזיז את התצוגה',
	list: {
		toggle: 'תצוגת רשימה',
		disclosure: 'רשימת האירועים',
		heading: (all: boolean, filtered: boolean) =>
			all
				? filtered
					? 'כל האירועים התואמים'
					: 'כל האירועים'
				: filtered
					? 'אירועים תואמים בתצוגה הנוכחית'
					: 'אירועים בתצוגה הנוכחית',
		more: (count: number) =>
			`עוד ${events(count)} בתצוגה זו: אפשר להגדיל כדי לראות ${them(count)} ברשימה.`,
		outsideEras: 'מחוץ לתקופות המוגדרות',
		empty: 'אין אירועים בתצוגה זו.'
	},
	time: {
		span: (from: string, to: string) => `${from} עד ${to}`
	},
	announce: {
		view: (span: string, count: number, filtered: boolean) => {
			const counted =
				count === 0
					? 'אין אירועים'
					: plural.select(count) === 'one'
						? 'אירוע אחד'
						: `${num(count)} אירועים`;
			const matching =
				count === 0
					? 'אין אירועים תואמים'
					: plural.select(count) === 'one'
						? 'אירוע תואם אחד'
						: `${num(count)} אירועים תואמים`;
			return `${isolate(span)}: ${filtered ? matching : counted}.`;
		}
	},
	search: {
		label: 'חיפוש אירועים',
		placeholder: 'חיפוש בכותרות, בתקצירים, באנשים…',
		filters: 'מסננים',
		facets: { category: 'קטגוריות', actor: 'אנשים וארגונים', topic: 'נושאים' },
		hide: 'הסתרת אירועים שאינם תואמים',
		count: (shown: number, total: number) =>
			plural.select(total) === 'one'
				? `${num(shown)} מתוך אירוע אחד`
				: `${num(shown)} מתוך ${num(total)} אירועים`,
		noMatch: 'אין אירועים התואמים לחיפוש.',
		clear: 'ניקוי החיפוש והמסננים'
	},
	story: {
		stories: 'סיפורים',
		position: (step: number, total: number) => `שלב ${num(step)} מתוך ${num(total)}`,
		previous: 'הקודם',
		next: 'הבא',
		exit: 'יציאה מהסיפור',
		walkHint: 'האירוע הקודם והאירוע הבא לפי סדר הזמן'
	},
	detail: {
		close: 'סגירת הפרטים',
		involved: 'גורמים מעורבים:',
		sources: 'מקורות',
		links: 'קישורים'
	},
	eventPage: {
		openInTimeline: 'הצגה בציר הזמן',
		involved: 'גורמים מעורבים',
		topics: 'נושאים',
		sources: 'מקורות',
		related: 'אירועים קשורים',
		neighbours: 'אירועים קודמים ומאוחרים יותר',
		imageAlt: (title: string) => `ציר הזמן "${isolate(title)}"`
	},
	export: {
		label: 'הורדת התצוגה כתמונה, או הורדת האירועים שהחיפוש והמסננים מציגים',
		csv: 'CSV',
		json: 'JSON',
		svg: 'SVG',
		png: 'PNG',
		sourceLine: (url: string) => `מקור: ${isolate(url)}`
	},
	share: {
		share: 'שיתוף',
		copied: 'הקישור הועתק',
		failed: 'יש להעתיק את הקישור הזה:'
	},
	theme: {
		label: 'מראה',
		auto: 'אוטומטי',
		light: 'בהיר',
		dark: 'כהה'
	},
	dataset: {
		open: 'פתיחת ציר זמן',
		address: 'כתובת של קובץ ציר זמן או של גיליון Google Sheets שפורסם באינטרנט',
		addressPlaceholder: 'https://…/timeline.json',
		openAddress: 'פתיחה',
		chooseFile: 'בחירת קובץ',
		fileHint:
			'קובץ JSON או CSV בפורמט של הפרויקט הזה, קובץ JSON בפורמט של TimelineJS או גיליון אלקטרוני של TimelineJS שנשמר כ-CSV. הקבצים נקראים בדפדפן ואינם מועלים לשום מקום.',
		drop: 'אפשר לגרור לכאן קובץ של ציר זמן',
		showing: (title: string, from: string) =>
			`מוצג ציר הזמן "${isolate(title)}" מ-${isolate(from)}.`,
		backToDefault: 'חזרה לציר הזמן המוגדר כברירת מחדל',
		cannotShow: 'לא ניתן להציג את מערך הנתונים הזה',
		problems: (from: string, count: number) => {
			const rule = plural.select(count);
			const problems =
				rule === 'one' ? 'בעיה אחת' : rule === 'two' ? 'שתי בעיות' : `${num(count)} בעיות`;
			return `בציר הזמן מ-${isolate(from)} יש ${problems}:`;
		},
		warnings: (count: number) => {
			const rule = plural.select(count);
			const notes =
				rule === 'one' ? 'הערה אחת' : rule === 'two' ? 'שתי הערות' : `${num(count)} הערות`;
			return `${notes} על ציר הזמן הזה: חלק ממנו שונה או הושמט.`;
		},
		loading: (from: string) => `ציר הזמן נטען מ-${isolate(from)}…`,
		checking: (from: string) => `ציר הזמן מ-${isolate(from)} נבדק…`,
		unreachable: (address: string) =>
			`לא ניתן להגיע אל ${isolate(address)}: יש לבדוק את החיבור ולנסות שוב.`,
		progress: 'התקדמות'
	},
	notFound: {
		title: 'הדף לא נמצא',
		errorTitle: (status: number) => `שגיאה ${status}`,
		explanation: 'אין דף בכתובת הזו. ייתכן שהוא הועבר, או שהקישור הוקלד בטעות.',
		home: 'פתיחת ציר הזמן',
		embed: 'פתיחת ציר הזמן להטמעה'
	},
	notice: {
		dismiss: 'סגירה',
		unknown: {
			category: (id: string) => `אין קטגוריה "${isolate(id)}" בציר הזמן הזה.`,
			actor: (id: string) => `אין אדם או ארגון "${isolate(id)}" בציר הזמן הזה.`,
			topic: (id: string) => `אין נושא "${isolate(id)}" בציר הזמן הזה.`,
			story: (id: string) => `אין סיפור "${isolate(id)}" בציר הזמן הזה.`
		},
		unknownEvent: (id: string, showingAll: boolean) =>
			`אין אירוע "${isolate(id)}" בציר הזמן הזה${showingAll ? '; מוצגים כל האירועים' : ''}.`,
		unreadableView: (from: string, to: string) =>
			`לא ניתן היה לקרוא את טווח התצוגה שבכתובת (מ-"${isolate(from)}" עד "${isolate(to)}"); מוצג ציר הזמן כולו.`,
		unknownOption: (name: string, value: string) =>
			`הפרמטר ${isolate(`${name}="${value}"`)} בכתובת אינו מוכר, ולכן לא נלקח בחשבון.`,
		unknownLanguage: (tag: string) => `הממשק אינו זמין בשפה "${isolate(tag)}".`
	}
};
