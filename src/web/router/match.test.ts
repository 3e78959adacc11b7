import { describe, expect, it } from 'vitest';
import { matchPattern } from './match';

const ID = '0b6f2c1e-8d3a-4f5b-9c7d-2e1a3b4c5d6e';

describe('matchPattern', () => {
  it('matches fixed addresses exactly', () => {
    expect(matchPattern('/', '/')).toEqual({});
    expect(matchPattern('/settings/devices', '/settings/devices')).toEqual({});
    expect(matchPattern('/settings', '/settings/devices')).toBeNull();
    expect(matchPattern('/settings/devices', '/settings')).toBeNull();
    expect(matchPattern('/settings', '/settings/')).toBeNull();
    expect(matchPattern('/settings', '/Settings')).toBeNull();
    expect(matchPattern('/', '')).toBeNull();
  });

  it('hands each :name segment its id', () => {
    expect(matchPattern('/breaches/:breachId', `/breaches/${ID}`)).toEqual({ breachId: ID });
    expect(matchPattern('/breaches/:breachId/apology', `/breaches/${ID}/apology`)).toEqual({
      breachId: ID,
    });
    const upper = ID.toUpperCase();
    expect(matchPattern('/a/:first/b/:second', `/a/${ID}/b/${upper}`)).toEqual({
      first: ID,
      second: upper,
    });
  });

  it('takes only an id’s shape for a parameter', () => {
    expect(matchPattern('/breaches/:breachId', '/breaches/new')).toBeNull();
    expect(matchPattern('/breaches/:breachId', '/breaches/')).toBeNull();
    expect(matchPattern('/breaches/:breachId', `/breaches/${ID}x`)).toBeNull();
    expect(matchPattern('/breaches/:breachId', `/breaches/${ID.slice(1)}`)).toBeNull();
    expect(matchPattern('/breaches/:breachId', `/breaches/${ID.replace('b', 'g')}`)).toBeNull();
    expect(matchPattern('/breaches/:breachId', `/breaches/${ID}/`)).toBeNull();
    expect(matchPattern('/breaches/:breachId/apology', `/breaches/${ID}/apologies`)).toBeNull();
  });
});
