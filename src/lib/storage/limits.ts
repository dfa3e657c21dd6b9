/**
 * Limits that no real use comes near, so a damaged or hostile file cannot fill the device. Apart
 * from schema.ts so the My data page can check a file's size without loading zod.
 */
export const limits = { fileCharacters: 1_000_000, noteCharacters: 10_000, promptCharacters: 400, entries: 2_000 } as const;
