import type { FileFailure, FileResult } from '../worker/protocol.js';
import type { Progress } from './workerClient.js';

/** One opened file as the page tracks it. */
export type FileEntry =
  | { id: string; name: string; size: number; status: 'working'; progress: Progress | null }
  | { id: string; name: string; size: number; status: 'scored'; result: FileResult }
  | { id: string; name: string; size: number; status: 'failed'; failure: FileFailure };
