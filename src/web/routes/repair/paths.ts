/**
 * Which addresses belong to the repair screens. Tiny on purpose: it is part of
 * the first screen's code, while the screens themselves load on demand.
 */
const REPAIR = /^\/(path|breaches|conversations|agreements|setbacks)(\/|$)/;

export const isRepairPath = (path: string): boolean => REPAIR.test(path);
