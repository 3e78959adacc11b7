/**
 * Where quick exit goes: a site anyone might have open, that says nothing
 * about Mend. Shared by the app's button, the guide's server-rendered pages
 * and the tests, so all of them leave for the same place.
 */
export const NEUTRAL_SITE = 'https://www.wikipedia.org/';
