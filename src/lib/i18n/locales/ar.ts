/** Arabic interface text (Modern Standard Arabic): the same keys as strings.ts. */
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
		few: `${n} أحداث`,
		many: `${n} حدثًا`,
		other: `${n} حدث`
	})[plural.select(n)];

/** "N more events", for a "+N" mark. */
const moreEvents = (n: number) =>
	({
		zero: 'لا أحداث أخرى',
		one: 'حدث آخر',
		two: 'حدثان آخران',
		few: `${n} أحداث أخرى`,
		many: `${n} حدثًا آخر`,
		other: `${n} حدث آخر`
	})[plural.select(n)];

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
		themes: { light: 'فاتحة', dark: 'داكنة', auto: 'حسب نظام القارئ' },
		show: 'إظهار',
		controls: 'البحث والقصص وأزرار التكبير',
		overview: 'شريط النظرة العامة',
		height: 'الارتفاع',
		autoHeight: 'ملاءمة المحتوى (يستخدم نصًا برمجيًا صغيرًا)',
		fixedHeight: 'ثابت',
		fixedHeightPixels: 'ارتفاع ثابت بالبكسل',
		code: 'شيفرة التضمين',
		copy: 'نسخ الشيفرة',
		copied: 'نُسخت الشيفرة',
		copyFailed: 'النسخ غير مسموح به هنا: الشيفرة محددة، يُرجى الضغط على Ctrl+C أو ⌘+C.',
		preview: 'معاينة',
		previewTitle: (title: string) => `معاينة: ${isolate(title)}`
	},
	footer:
		'أُنشئ من مجموعة بيانات JSON بشيفرة مفتوحة المصدر. لكل حدث مصادره؛ يمكن اختيار حدث لعرضها.',
	timeline: {
		label: (count: number, span: string) =>
			`خط زمني: ${eventCount(count)}، ${span}. تنقل مفاتيح الأسهم بين الأحداث والصفوف، وينتقل Home وEnd إلى أول حدث وآخره، ويفتح Enter الحدث؛ ويكبّر + ويصغّر −، ويعرض 0 الكل، ويحرّك Shift مع ← أو → العرض.`,
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
			`${when}: ${isolate(title)}${category ? ` (${isolate(category)})` : ''}${dimmed ? '، لا يطابق البحث' : ''}`,
		cluster: (count: number, span: string) =>
			`${moreEvents(count)}، ${span}. يُرجى الضغط على Enter للتكبير وعرضها.`,
		era: (title: string) => `${isolate(title)}: التكبير إلى هذه الحقبة`
	},
	list: {
		toggle: 'عرض القائمة',
		disclosure: 'قائمة الأحداث',
		heading: (all: boolean, filtered: boolean) =>
			all
				? filtered
					? 'كل الأحداث المطابقة'
					: 'كل الأحداث'
				: filtered
					? 'الأحداث المطابقة في هذا العرض'
					: 'الأحداث في هذا العرض',
		more: (count: number) => `${count} من الأحداث الأخرى في هذا العرض: يُرجى التكبير لإدراجها.`,
		outsideEras: 'خارج الحقب المسمّاة',
		empty: 'لا أحداث في هذا العرض.'
	},
	time: {
		span: (from: string, to: string) => `من ${from} إلى ${to}`
	},
	announce: {
		view: (span: string, count: number, filtered: boolean) =>
			`${span}: ${count} ${filtered ? 'من الأحداث المطابقة' : 'من الأحداث'}.`
	},
	search: {
		label: 'البحث في الأحداث',
		placeholder: 'البحث في العناوين والملخصات والأشخاص…',
		filters: 'عوامل التصفية',
		facets: { category: 'الفئات', actor: 'الأشخاص والمنظمات', topic: 'الموضوعات' },
		hide: 'إخفاء الأحداث غير المطابقة',
		count: (shown: number, total: number) => {
			const forms = {
				zero: `${shown} من أصل ${total} حدث`,
				one: `${shown} من أصل حدث واحد`,
				two: `${shown} من أصل حدثين`,
				few: `${shown} من أصل ${total} أحداث`,
				many: `${shown} من أصل ${total} حدثًا`,
				other: `${shown} من أصل ${total} حدث`
			};
			return forms[plural.select(total)];
		},
		noMatch: 'لا توجد أحداث تطابق هذا البحث.',
		clear: 'مسح البحث وعوامل التصفية'
	},
	story: {
		stories: 'القصص',
		position: (step: number, total: number) => `الخطوة ${step} من ${total}`,
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
				zero: `${count} مشكلة`,
				one: 'مشكلة واحدة',
				two: 'مشكلتين',
				few: `${count} مشكلات`,
				many: `${count} مشكلةً`,
				other: `${count} مشكلة`
			};
			return `يحتوي الخط الزمني الوارد من ${isolate(from)} على ${forms[plural.select(count)]}:`;
		},
		warnings: (count: number) => {
			const forms = {
				zero: `${count} ملاحظة`,
				one: 'ملاحظة واحدة',
				two: 'ملاحظتان',
				few: `${count} ملاحظات`,
				many: `${count} ملاحظةً`,
				other: `${count} ملاحظة`
			};
			return `${forms[plural.select(count)]} على هذا الخط الزمني: جرى تعديل بعض محتواه أو استبعاده.`;
		},
		loading: (from: string) => `جارٍ تحميل الخط الزمني من ${isolate(from)}…`,
		checking: (from: string) => `جارٍ التحقق من الخط الزمني الوارد من ${isolate(from)}…`,
		progress: 'التقدّم'
	},
	notFound: {
		title: 'الصفحة غير موجودة',
		errorTitle: (status: number) => `خطأ ${status}`,
		explanation: 'لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما كُتب الرابط خطأً.',
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
			`لم يُفهم ${isolate(`${name}=«${value}»`)} في العنوان، فجرى تجاهله.`,
		unknownLanguage: (tag: string) => `الواجهة غير متاحة باللغة ${isolate(tag)}.`
	}
};
