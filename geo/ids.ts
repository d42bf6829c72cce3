/** Place ids are kebab-case: a-z, 0-9 and single hyphens (a public contract: links and downloads use them). */
export const PLACE_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

export const isPlaceId = (value: string): boolean => PLACE_ID_PATTERN.test(value);

/**
 * Passage ids: `<article slug>-p<paragraph>`, with `-<n>` for a second passage from the same paragraph
 * (`souleimanov-2024-p31`, `souleimanov-2024-p29-2`). The schema validates them and `?passage=` is parsed
 * with the same pattern, so a link to any passage the atlas has is always read back.
 */
export const PASSAGE_ID_PATTERN = /^[a-z0-9-]+-p\d+(-\d+)?$/u;

export const isPassageId = (value: string): boolean => PASSAGE_ID_PATTERN.test(value);
