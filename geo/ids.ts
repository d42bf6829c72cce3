/** Place ids are kebab-case: a-z, 0-9 and single hyphens (a public contract: links and downloads use them). */
export const PLACE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

export const isPlaceId = (value: string): boolean => PLACE_ID_PATTERN.test(value);
