/** Discord's message and embed limits. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  embedTotal: 6000,
  footer: 2048,
  threadName: 100,
} as const;

/** How many passages /search shows: 3 unless asked, never fewer than 1 or more than 10. */
export const SEARCH_COUNT = { default: 3, min: 1, max: 10 } as const;
