import type { TextOp } from '../ot';

/**
 * The messages of the live-editing hub /hubs/draft, as they travel (SignalR's JSON protocol, camelCase): mirrors
 * of src/CoDraft.Server/Hubs/HubContracts.cs. Positions and ops are in code points.
 */

/** An op a client submits, made on `baseVersion` and identified by (`clientId`, `seq`). */
export interface SubmitRequest {
  statementId: string;
  baseVersion: number;
  clientId: string;
  seq: number;
  op: TextOp;
}

/** The version a submission became; `duplicate` when it had been committed before. */
export interface SubmitResult {
  version: number;
  duplicate: boolean;
}

/** A committed op, broadcast to every participant; the submitter's copy is its acknowledgement. */
export interface OpMessage {
  statementId: string;
  version: number;
  op: TextOp;
  clientId: string;
  seq: number;
  author: string;
}

/** Ops of one statement committed together (one group commit), oldest first; each is taken as its own OpMessage. */
export interface OpBatchMessage {
  statementId: string;
  ops: OpMessage[];
}

/** A cursor or selection in code points; `anchor === head` for a plain cursor. */
export interface PresenceSelection {
  anchor: number;
  head: number;
}

/** Where one participant is, as of `version`. */
export interface PresenceMessage {
  statementId: string;
  connectionId: string;
  personId: string;
  name: string;
  organisation: string;
  selection: PresenceSelection | null;
  version: number;
}

/** A participant left the statement or was disconnected. */
export interface PresenceLeftMessage {
  statementId: string;
  connectionId: string;
}

/** What joining gives: the text and version, and who else is there. */
export interface JoinResult {
  statementId: string;
  text: string;
  version: number;
  participants: PresenceMessage[];
}

/** The ops committed after a version. */
export interface CatchUpResult {
  statementId: string;
  version: number;
  ops: OpMessage[];
}

/** The caller's selection as of the version it has, or null to hide it. */
export interface PresenceUpdate {
  statementId: string;
  version: number;
  selection: PresenceSelection | null;
}
