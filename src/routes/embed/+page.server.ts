import { defaultPageHeading } from '$lib/server/default-dataset';

export const load = () => defaultPageHeading();
