/** Damaged text (UTF-8 read as Windows-1252 or Latin-1): detection and repair, pure functions. */
export { findDamagedText, hasDamagedText, repairDamagedText, type DamagedRun } from './mojibake';
export { byteOfChar } from './cp1252';
export { decodeUtf8Sequence } from './utf8';
