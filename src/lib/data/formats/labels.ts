import type { ActorInput } from '../schema';
import { IdAllocator, slugify } from './slug';

/**
 * Categories or actors made from the names an imported file gives (TimelineJS's `group`, a CSV's
 * category or actors column): one per distinct name, labelled with the name, its id a slug of it.
 */
export class Labels {
	readonly #ids = new IdAllocator();
	readonly #byLabel = new Map<string, string>();
	readonly #list: ActorInput[] = [];

	constructor(readonly fallback: string) {}

	/** The id of the item with this label, made on first use. */
	idFor(label: string): string {
		let id = this.#byLabel.get(label);
		if (id === undefined) {
			id = this.#ids.unique(slugify(label) || this.fallback);
			this.#byLabel.set(label, id);
			this.#list.push({ id, label });
		}
		return id;
	}

	list(): ActorInput[] {
		return [...this.#list];
	}
}
