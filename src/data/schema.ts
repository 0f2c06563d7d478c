/**
 * The shape of the data files in `data/`, checked when they are loaded.
 *
 * The files are edited by hand on deadline, so every object is strict (a
 * misspelt key is an error, not a silently ignored field) and every figure is
 * a whole number: money is stored in yuan (5.42 billion = 5420000000), never
 * as a float that could round.
 */
export * from './schema/shared.js';
export * from './schema/years.js';
export * from './schema/cases.js';
export * from './schema/milestones.js';
export * from './schema/meta.js';
export * from './schema/sources.js';
export * from './schema/list100.js';
export * from './schema/changelog.js';
