/**
 * The accounts feature's use cases, as one service for its routes: signing in
 * and out (`sign-in-service.ts`) and the member's own account
 * (`account-changes-service.ts`).
 */
import type { Deps } from '../../platform/deps.js';
import type { SecondFactorService } from '../second-factor/service.js';
import { accountChangesService } from './account-changes-service.js';
import { signInService } from './sign-in-service.js';

export function accountService(deps: Deps, factors: SecondFactorService) {
  return { ...signInService(deps, factors), ...accountChangesService(deps, factors) };
}

export type AccountService = ReturnType<typeof accountService>;
