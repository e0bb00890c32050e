import { describe, expect, it } from 'vitest';
import { typedEvents } from '../test-support/resources.ts';

// CAMEO files looting under rioting (145), an act of crowds; looting by soldiers, police or an armed group is the
// seizure of property (171, PLOVER COERCE). The sentences are the team's own.
const typesOf = (text: string) => typedEvents(text, '2025-06-18').map((e) => `${e[0]} ${e[1].join('+')}`);

describe('looting', () => {
  it('by an armed group or a state force is a seizure of property', () => {
    expect(typesOf('M23 rebels looted a hospital in Goma.')).toEqual(['COERCE m23']);
    expect(typesOf('Sudanese soldiers looted shops in Omdurman on Monday.')).toEqual(['COERCE sdn-military']);
    expect(typesOf('Haitian police looted a warehouse in Port-au-Prince.')).toEqual(['COERCE hti-police']);
  });

  it('by a crowd stays a riot', () => {
    expect(typesOf('Protesters looted shops in Nairobi.')).toEqual(['PROTEST ken-opposition']);
  });

  it('by a state is a seizure of property', () => {
    expect(typesOf('Kinshasa accused Rwanda of looting its minerals.')).toContain('COERCE rwa');
    expect(typesOf('Kyiv accused Russia of looting grain from occupied regions.')).toContain('COERCE rus');
  });
});
