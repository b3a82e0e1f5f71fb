import type { Facet } from '../filter/query';
import type { Strings } from '../i18n/strings';

/**
 * Something the address asked for that the timeline could not show. Kept as data, not as a
 * sentence, so the notice reads in whatever language the reader's interface takes.
 */
export type Ignored =
	| { readonly kind: 'view'; readonly from: string; readonly to: string }
	| { readonly kind: Facet | 'story'; readonly id: string }
	| { readonly kind: 'event'; readonly id: string; readonly showingAll: boolean };

export function describeIgnored(ignored: Ignored, t: Strings['notice']): string {
	switch (ignored.kind) {
		case 'view':
			return t.unreadableView(ignored.from, ignored.to);
		case 'event':
			return t.unknownEvent(ignored.id, ignored.showingAll);
		default:
			return t.unknown[ignored.kind](ignored.id);
	}
}
