import type { PloverType } from './bundle-schema.ts';

/**
 * Type families: reports of one real-world event may code it as neighbouring types ("agreed" and
 * "endorsed"). The pipeline clusters by it; the app uses it to tie an announcement to a report in another
 * cluster.
 */
export const TYPE_FAMILY: Record<PloverType, string> = {
  CONSULT: 'consult',
  AGREE: 'agree',
  SUPPORT: 'agree',
  CONCEDE: 'concede',
  COOPERATE: 'cooperate',
  AID: 'cooperate',
  RETREAT: 'retreat',
  REQUEST: 'request',
  ACCUSE: 'criticise',
  REJECT: 'criticise',
  THREATEN: 'threaten',
  PROTEST: 'protest',
  SANCTION: 'sanction',
  MOBILIZE: 'force',
  COERCE: 'force',
  ASSAULT: 'force',
};
