/**
 * The route table says who may open each address, as the app did before the
 * table existed: the same screens private, public, or for signed-out people.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { findRoute as FindRoute, ROUTES as Routes } from './table';

const ID = '0b6f2c1e-8d3a-4f5b-9c7d-2e1a3b4c5d6e';
let findRoute: typeof FindRoute;
let ROUTES: typeof Routes;

beforeAll(async () => {
  // The screens' modules reach for the browser when they load; a stand-in is enough here.
  vi.stubGlobal('window', {
    location: { pathname: '/' },
    history: { replaceState: () => {}, state: null },
    addEventListener: () => {},
  });
  ({ findRoute, ROUTES } = await import('./table'));
});

const accessOf = (path: string) => findRoute(path)?.route.access ?? null;

describe('the route table', () => {
  it('keeps the member’s own screens for signed-in people', () => {
    for (const path of [
      '/',
      '/check-in',
      '/history',
      '/settings',
      '/safety',
      '/settings/devices',
      '/settings/protection',
      '/settings/account',
      '/settings/therapist',
      '/settings/activity',
      '/settings/summary',
      '/therapist',
      '/therapist/couples/0190a3c4-0000-7000-8000-000000000000',
    ]) {
      expect(accessOf(path), path).toBe('signed-in');
    }
  });

  it('opens joining and the API reference to anyone, and signing up to signed-out people', () => {
    expect(accessOf('/join')).toBe('anyone');
    expect(accessOf('/therapist/join')).toBe('anyone');
    expect(accessOf('/docs/api')).toBe('anyone');
    expect(accessOf('/sign-up')).toBe('signed-out');
  });

  it('keeps the repair screens for members with a space, handing them the address’s id', () => {
    for (const path of [
      '/path',
      '/breaches',
      '/breaches/new',
      '/conversations',
      '/conversations/new',
      '/conversations/prompts',
      '/agreements',
      '/agreements/new',
      '/setbacks',
    ]) {
      expect(findRoute(path), path).toMatchObject({ route: { access: 'space' }, params: {} });
    }
    for (const [path, params] of [
      [`/breaches/${ID}`, { breachId: ID }],
      [`/breaches/${ID}/acknowledgment`, { breachId: ID }],
      [`/breaches/${ID}/apology`, { breachId: ID }],
      [`/conversations/${ID}`, { conversationId: ID }],
      [`/agreements/${ID}`, { agreementId: ID }],
    ] as const) {
      expect(findRoute(path), path).toMatchObject({ route: { access: 'space' }, params });
    }
  });

  it('tells "new" and "prompts" apart from an id', () => {
    expect(findRoute('/breaches/new')?.route.pattern).toBe('/breaches/new');
    expect(findRoute('/conversations/prompts')?.route.pattern).toBe('/conversations/prompts');
    expect(findRoute(`/breaches/${ID}`)?.route.pattern).toBe('/breaches/:breachId');
  });

  it('finds nothing at other addresses', () => {
    for (const path of [
      '/nowhere',
      '/settings/',
      '/settings/nowhere',
      '/breaches/not-an-id',
      `/breaches/${ID}/nowhere`,
      '/path/more',
      '/therapist/nowhere',
    ]) {
      expect(findRoute(path), path).toBeNull();
    }
  });

  it('has one row per address', () => {
    const patterns = ROUTES.map((row) => row.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});
