import type { organisationsContract } from '../../../shared/api/organisations.contract.ts';
import {
  addOrganisation,
  deleteOrganisation,
  renameOrganisation,
  retireOrganisation,
} from '../services/organisation-registry.service.ts';
import type { HandlersFor } from './types.ts';

export const organisationsHandlers: HandlersFor<typeof organisationsContract> = {
  'organisations:add': (input, ctx) => addOrganisation(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'organisations:rename': (input, ctx) => renameOrganisation(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'organisations:retire': (input, ctx) => retireOrganisation(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
  'organisations:delete': (input, ctx) => deleteOrganisation(ctx.db, input, { now: ctx.now(), user: ctx.user() }),
};
