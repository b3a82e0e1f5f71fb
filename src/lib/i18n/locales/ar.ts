/** Arabic interface text (Modern Standard Arabic): the same keys as strings.ts. */
import { num } from '../numbers';
import type { Strings } from '../strings';

const plural = new Intl.PluralRules('ar');

/** Keeps an id, address, file name or title in its own direction inside a right-to-left sentence. */
const isolate = (value: string) => '\u2068' + value + '\u2069';

/** "N events" in the nominative, in the form Arabic gives each number. */
const eventCount = (n: number) =>
	({
		zero: 'لا أحداث',
		one: 'حدث واحد',
		two: 'حدثان',
		few: `${num(n)} أحداث`,
		many: `${num(n)} حدثًا`,
		other: `${num(n)} حدث`
	})[plural.select(n)];

/** "N more events", for a "+N" mark. */
const moreEvents = (n: number) =>
	({
		zero: 'لا أحداث أخرى',
		one: 'حدث آخر',
		two: 'حدثان آخران',
		few: `${num(n)} أحداث أخرى`,
		many: `${num(n)} حدثًا آخر`,
		other: `${num(n)} حدث آخر`
	})[plural.select(n)];

/** "N matching events" in the nominative: the adjective agrees with the counted noun. */
const matchingEvents = (n: number) =>
	({
		zero: 'لا أحداث مطابقة',
		one: 'حدث واحد مطابق',
		two: 'حدثان مطابقان',
		few: `${num(n)} أحداث مطابقة`,
		many: `${num(n)} حدثًا مطابقًا`,
		other: `${num(n)} حدث مطابق`
	})[plural.select(n)];

/** The attached pronoun for "them" after a count of events: one, two, or more. */
const them = (n: number) => ({ one: 'ه', two: 'هما' })[plural.select(n) as 'one' | 'two'] ?? 'ها';

export const ar: Strings = {
	embed: {
		wheelHint: (key: string) => `يمكن استخدام ${key} مع التمرير للتكبير والتصغير`,
		fullView: 'فتح العرض الكامل ↗'
	},
	embedDialog: {
		open: 'تضمين',
		title: 'تضمين هذا الخط الزمني',
		intro:
			'يمكن لصق هذه الشيفرة في صفحة لعرض الخط الزمني كما هو الآن: العرض نفسه والبحث وعوامل التصفية والحدث المفتوح.',
		close: 'إغلاق',
		theme: 'الألوان',
		themes: { light: 'فاتحة', dark: 'داكنة', auto: 'حسب إعدادات نظام القارئ' },
		show: 'إظهار',
		controls: 'البحث والقصص وأزرار التكبير والتصغير',
		overview: 'شريط النظرة العامة',
		height: 'الارتفاع',
		autoHeight: 'حسب المحتوى (باستخدام نص برمجي صغير)',
		fixedHeight: 'ثابت',
		fixedHeightPixels: 'ارتفاع ثابت بالبكسل',
		code: 'شيفرة التضمين',
		copy: 'نسخ الشيفرة',
		copied: 'تم نسخ الشيفرة',
		copyFailed:
			'النسخ غير مسموح به هنا: الشيفرة محددة، يُرجى الضغط على \u2068Ctrl+C\u2069 أو \u2068⌘+C\u2069.',
		preview: 'معاينة',
		previewTitle: (title: string) => `معاينة: ${isolate(title)}`
	},
	footer:
		'أُنشئ بشيفرة مفتوحة المصدر من مجموعة بيانات بصيغة JSON. يذكر كل حدث مصادره؛ ويمكن اختيار أي حدث لعرضها.',
	timeline: {
		label: (count: number, span: string) =>
			`خط زمني: ${eventCount(count)}، ${isolate(span)}. تُستخدم مفاتيح الأسهم للتنقل بين الأحداث والصفوف، وHome وEnd للانتقال إلى أول حدث وآخره، وEnter لفتح الحدث؛ و+ و− للتكبير والتصغير، و0 لعرض الكل، وShift مع ← أو → لتحريك العرض.`,
		skipToTimeline: 'الانتقال إلى الخط الزمني',
		skipToList: 'الانتقال إلى قائمة الأحداث',
		skipToContent: 'الانتقال إلى المحتوى',
		zoom: 'التكبير والتصغير',
		zoomIn: 'تكبير',
		zoomOut: 'تصغير',
		fitAll: 'عرض الكل'
	},
	marks: {
		event: (when: string, title: string, category: string | undefined, dimmed: boolean) =>
			`${isolate(when)}: ${isolate(title)}${category ? ` (${isolate(category)})` : ''}${dimmed ? '، لا يطابق البحث' : ''}`,
		cluster: (count: number, span: string) =>
			`\u2066+${count}\u2069: ${moreEvents(count)}، ${isolate(span)}. يمكن الضغط على Enter للتكبير وعرض${them(count)}.`,
		era: (title: string) => `${isolate(title)}: التكبير على هذه الحقبة`
	},
	legend: 'الفئات',
	overview: 'نظرة عامة على الخط الزمني كله؛ يمكن سحب النافذة المظللة أو تغيير حجمها لتحريك العرض',
	list: {
		toggle: 'عرض القائمة',
		disclosure: 'قائمة الأحداث',
		heading: (all: boolean, filtered: boolean) =>
			all
				? filtered
					? 'جميع الأحداث المطابقة'
					: 'جميع الأحداث'
				: filtered
					? 'الأحداث المطابقة في هذا العرض'
					: 'الأحداث في هذا العرض',
		more: (count: number) =>
			`${moreEvents(count)} في هذا العرض: يمكن التكبير لعرض${them(count)} في القائمة.`,
		outsideEras: 'خارج الحقب المسمّاة',
		empty: 'لا أحداث في هذا العرض.'
	},
	time: {
		span: (from: string, to: string) => `من ${from} إلى ${to}`
	},
	announce: {
		view: (span: string, count: number, filtered: boolean) =>
			`${isolate(span)}: ${filtered ? matchingEvents(count) : eventCount(count)}.`
	},
	search: {
		label: 'البحث في الأحداث',
		placeholder: 'البحث في العناوين والملخصات والأشخاص…',
		filters: 'عوامل التصفية',
		facets: { category: 'الفئات', actor: 'الأشخاص والمنظمات', topic: 'الموضوعات' },
		hide: 'إخفاء الأحداث غير المطابقة',
		count: (shown: number, total: number) => {
			const forms = {
				zero: `${num(shown)} من أصل ${num(total)} حدث`,
				one: `${num(shown)} من أصل حدث واحد`,
				two: `${num(shown)} من أصل حدثين`,
				few: `${num(shown)} من أصل ${num(total)} أحداث`,
				many: `${num(shown)} من أصل ${num(total)} حدثًا`,
				other: `${num(shown)} من أصل ${num(total)} حدث`
			};
			return forms[plural.select(total)];
		},
		noMatch: 'لا توجد أحداث تطابق هذا البحث.',
		clear: 'مسح البحث وعوامل التصفية'
	},
	story: {
		stories: 'القصص',
		position: (step: number, total: number) => `الخطوة ${num(step)} من ${num(total)}`,
		previous: 'السابق',
		next: 'التالي',
		exit: 'الخروج من القصة',
		walkHint: 'الحدث السابق والتالي زمنيًا'
	},
	detail: {
		close: 'إغلاق التفاصيل',
		involved: 'الأطراف المعنية:',
		sources: 'المصادر',
		links: 'الروابط'
	},
	eventPage: {
		openInTimeline: 'عرض على الخط الزمني',
		involved: 'الأطراف المعنية',
		topics: 'الموضوعات',
		sources: 'المصادر',
		related: 'أحداث ذات صلة',
		neighbours: 'أحداث سابقة ولاحقة',
		imageAlt: (title: string) => `الخط الزمني «${isolate(title)}»`
	},
	export: {
		label: 'تنزيل العرض الحالي صورةً، أو تنزيل الأحداث التي يُظهرها البحث وعوامل التصفية',
		csv: 'CSV',
		json: 'JSON',
		svg: 'SVG',
		png: 'PNG',
		sourceLine: (url: string) => `المصدر: ${isolate(url)}`
	},
	share: {
		share: 'مشاركة',
		copied: 'تم نسخ الرابط',
		failed: 'يُرجى نسخ هذا الرابط:'
	},
	theme: {
		label: 'المظهر',
		auto: 'تلقائي',
		light: 'فاتح',
		dark: 'داكن'
	},
	dataset: {
		open: 'فتح خط زمني',
		address: 'عنوان ملف خط زمني أو جدول بيانات في Google Sheets منشور على الويب',
		addressPlaceholder: 'https://…/timeline.json',
		openAddress: 'فتح',
		chooseFile: 'اختيار ملف',
		fileHint:
			'ملف JSON أو CSV بتنسيق هذا المشروع، أو ملف JSON بتنسيق TimelineJS، أو جدول بيانات TimelineJS محفوظًا بصيغة CSV. تُقرأ الملفات داخل المتصفح ولا تُرفع إلى أي مكان.',
		drop: 'يمكن إفلات ملف خط زمني هنا',
		showing: (title: string, from: string) =>
			`يُعرض الآن الخط الزمني «${isolate(title)}» الوارد من ${isolate(from)}.`,
		backToDefault: 'العودة إلى الخط الزمني الافتراضي',
		cannotShow: 'يتعذّر عرض مجموعة البيانات هذه',
		problems: (from: string, count: number) => {
			const forms = {
				zero: `${num(count)} مشكلة`,
				one: 'مشكلة واحدة',
				two: 'مشكلتين',
				few: `${num(count)} مشكلات`,
				many: `${num(count)} مشكلةً`,
				other: `${num(count)} مشكلة`
			};
			return `يحتوي الخط الزمني الوارد من ${isolate(from)} على ${forms[plural.select(count)]}:`;
		},
		warnings: (count: number) => {
			const forms = {
				zero: `${num(count)} ملاحظة`,
				one: 'ملاحظة واحدة',
				two: 'ملاحظتان',
				few: `${num(count)} ملاحظات`,
				many: `${num(count)} ملاحظةً`,
				other: `${num(count)} ملاحظة`
			};
			return `${forms[plural.select(count)]} على هذا الخط الزمني: جرى تعديل بعض محتواه أو استبعاده.`;
		},
		loading: (from: string) => `جارٍ تحميل الخط الزمني من ${isolate(from)}…`,
		checking: (from: string) => `جارٍ التحقق من الخط الزمني الوارد من ${isolate(from)}…`,
		unreachable: (address: string) =>
			`تعذّر الوصول إلى ${isolate(address)}: تحقّق من الاتصال ثم حاول مجددًا.`,
		progress: 'التقدّم'
	},
	notFound: {
		title: 'الصفحة غير موجودة',
		errorTitle: (status: number) => `خطأ ${status}`,
		explanation: 'لا توجد صفحة بهذا العنوان. ربما نُقلت، أو ربما كُتب الرابط خطأً.',
		home: 'فتح الخط الزمني',
		embed: 'فتح الخط الزمني القابل للتضمين'
	},
	notice: {
		dismiss: 'إغلاق',
		unknown: {
			category: (id: string) => `لا توجد فئة «${isolate(id)}» في هذا الخط الزمني.`,
			actor: (id: string) => `لا يوجد شخص أو منظمة «${isolate(id)}» في هذا الخط الزمني.`,
			topic: (id: string) => `لا يوجد موضوع «${isolate(id)}» في هذا الخط الزمني.`,
			story: (id: string) => `لا توجد قصة «${isolate(id)}» في هذا الخط الزمني.`
		},
		unknownEvent: (id: string, showingAll: boolean) =>
			`لا يوجد حدث «${isolate(id)}» في هذا الخط الزمني${showingAll ? '؛ تُعرض جميع الأحداث' : ''}.`,
		unreadableView: (from: string, to: string) =>
			`تعذّرت قراءة نطاق العرض المحدد في العنوان (من «${isolate(from)}» إلى «${isolate(to)}»)؛ يُعرض الخط الزمني كاملًا.`,
		unknownOption: (name: string, value: string) =>
			`الخيار ${isolate(`${name}=«${value}»`)} في العنوان غير مفهوم، وقد جرى تجاهله.`,
		unknownLanguage: (tag: string) => `الواجهة غير متاحة باللغة «${isolate(tag)}».`
	}
};
