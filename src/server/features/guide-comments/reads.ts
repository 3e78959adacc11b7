/** What other features (moderation) read of the guide's comments: shown columns only, never the e-mail. */
export { closedSlugs, findComment, queue, type ShownComment } from './queries.js';
