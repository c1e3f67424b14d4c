// Reading a stored response is part of reading any record (lib/domain/normalise-consultation.ts),
// so it lives in the domain, in its own small module: the side panel's first payload has a budget
// (docs/performance.md).
export { isScore, readCollaborateResponse } from '../domain/collaborate-response';
