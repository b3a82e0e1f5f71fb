import { defaultPageData } from '$lib/server/default-dataset';

export const load = () => defaultPageData();
