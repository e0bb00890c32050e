import type { PloverType } from '../../model/bundle-schema.ts';
import type { EventDraft } from './event-records.ts';

// An answer told a sentence after what it answers: "Russia demanded that Ukraine cede four regions. Kyiv has not
// agreed to any territorial concessions.", "Washington offered to ease sanctions. Tehran has not accepted the
// offer.", "Belgrade accused Pristina of provoking the clashes. Kosovo rejected the charge." The answer names no
// counterpart in its own sentence; it answers the party whose demand, offer, threat or charge was addressed to the
// answerer in the sentence or two before. Without that counterpart a refusal or a concession has no target, and an
// acceptance (AGREE, which needs two parties) is lost.

// The answers: giving way, refusing, and accepting or agreeing (a promise to act is an AGREE with no verb of
// acceptance, and keeps what it names).
const ANSWERS = new Set<PloverType>(['CONCEDE', 'REJECT', 'AGREE']);
const ACCEPTING = /^(accept|agree|consent|endorse|approv)/;
// What is answered: a demand, call or proposal (REQUEST), an offer (AGREE), an ultimatum (THREATEN), a charge (ACCUSE).
const ANSWERED = new Set<PloverType>(['REQUEST', 'AGREE', 'THREATEN', 'ACCUSE']);
// How many sentences back the answered act may stand.
const REACH = 2;

/** Each answer with no target, given the party that addressed an answered act to it just before, when there is one. */
export function withAnsweredCounterparts(drafts: EventDraft[], sideOf: (actorId: string) => string): EventDraft[] {
  return drafts.map((d, i) => {
    if (!isAnswer(d)) return d;
    const answerer = new Set(d.source.map((p) => sideOf(p.actorId)));
    // "Iran and the US agreed to meet again": parties answering together answer no one of them.
    if (answerer.size > 1) return d;
    for (let k = i - 1; k >= 0; k--) {
      const earlier = drafts[k]!;
      const gap = d.sentence.index - earlier.sentence.index;
      if (gap === 0) continue;
      if (gap > REACH) break;
      if (!ANSWERED.has(earlier.type) || earlier.source.length === 0) continue;
      // A demand only planned or hoped for ("planned to press Netanyahu") has not been made, so nothing answers it.
      if (earlier.modality !== 'occurred' && earlier.modality !== 'ongoing') continue;
      if (!earlier.target.some((p) => answerer.has(sideOf(p.actorId)))) continue;
      const counterpart = earlier.source.filter((p) => !answerer.has(sideOf(p.actorId)));
      if (counterpart.length === 0) continue;
      return { ...d, target: counterpart.map((p) => ({ ...p })) };
    }
    return d;
  });
}

function isAnswer(d: EventDraft): boolean {
  if (!ANSWERS.has(d.type) || d.target.length > 0 || d.source.length === 0) return false;
  if (d.type !== 'AGREE') return true;
  const verb = d.tokens[d.match.verbToken ?? d.match.tokenStart]?.lower ?? '';
  return ACCEPTING.test(verb) && !d.statedIntent;
}
