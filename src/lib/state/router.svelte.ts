import { getContext, setContext } from 'svelte';

const KEY = Symbol('router');

/**
 * Whether SvelteKit's client router has started. Before it has (while the prerendered page
 * hydrates), `replaceState` and `pushState` throw, so the address is written only once it is true;
 * and a component created before it renders over prerendered markup, one created after it on the
 * client only.
 */
export class RouterStatus {
	started = $state(false);
}

export function setRouterStatus(status: RouterStatus): RouterStatus {
	return setContext(KEY, status);
}

export function getRouterStatus(): RouterStatus {
	const status = getContext<RouterStatus | undefined>(KEY);
	if (!status) throw new Error('The root layout must provide the router status.');
	return status;
}
