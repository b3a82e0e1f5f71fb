// Every page is prerendered to static HTML with the timeline already drawn.
export const prerender = true;
