/**
 * The session model: one clock type, one timing engine, one way to pick a module's activities,
 * one labels layer. Browser-safe (no dictionary, no astro:content): the planner's script uses it
 * as the pages do.
 */
export * from './build';
export * from './clock';
export * from './labels';
export * from './plans';
export * from './ways';
export * from './materials';
