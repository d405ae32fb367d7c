import { closeDueItem, type EventHandler } from '@cadre/core';
import { SELECTION_PLUGIN_ID } from './config.ts';
import { PUBLICITY_DUE_KIND } from './publicity.ts';

// Reactions to the plugin's own steps, whichever way a case was moved (the plugin's mutations or
// core's `transitionCase`): a case that leaves publicity no longer waits for its end.

const leftPublicity: EventHandler = async (event, tx) => {
  if (event.payload.from !== 'PUBLICITY') return;
  await closeDueItem(tx, event.districtId, {
    source: SELECTION_PLUGIN_ID,
    kind: PUBLICITY_DUE_KIND,
    subjectId: String(event.payload.caseId),
  });
};

export const selectionEventHandlers = {
  'selection.appointment.transitioned': leftPublicity,
};
