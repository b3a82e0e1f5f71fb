import type { StoryInput } from '../data/schema';
import type { TimelineEvent } from '../data/types';
import { neighbour } from '../story/walk';
import type { TimelineState } from './timeline-state.svelte';

/**
 * Reading step by step: through a story of the dataset when one is started, otherwise through the
 * events in time order within the filters. Each step opens its event and moves the view to it.
 */
export class StoryState {
	storyId: string | null = $state(null);
	/** Position in the story, from 0. */
	step = $state(0);
	readonly #view: TimelineState;

	constructor(view: TimelineState) {
		this.#view = view;
	}

	readonly story: StoryInput | undefined = $derived.by(() =>
		this.#view.timeline.stories.find((story) => story.id === this.storyId)
	);

	readonly note = $derived(this.story?.steps[this.step]?.note);

	/** Shows a story at a step, or ends the story with null. */
	go(storyId: string | null, step = 0): void {
		const story = this.#view.timeline.stories.find((s) => s.id === storyId);
		const target = story?.steps[Math.min(Math.max(step, 0), story.steps.length - 1)];
		if (!story || !target) {
			this.storyId = null;
			this.step = 0;
			return;
		}
		this.storyId = story.id;
		this.step = story.steps.indexOf(target);
		this.#view.focus(target.event);
	}

	/** The step or event that `direction` leads to, or null at either end. */
	#target(direction: 1 | -1): { step: number } | { event: TimelineEvent } | null {
		if (this.story) {
			const step = this.step + direction;
			return step >= 0 && step < this.story.steps.length ? { step } : null;
		}
		const { timeline, selected, filter } = this.#view;
		const event = neighbour(timeline.events, filter.matches, selected, direction);
		return event ? { event } : null;
	}

	canMove(direction: 1 | -1): boolean {
		return this.#target(direction) !== null;
	}

	move(direction: 1 | -1): void {
		const target = this.#target(direction);
		if (!target) return;
		if ('step' in target) this.go(this.storyId, target.step);
		else this.#view.focus(target.event.id);
	}
}
