/**
 * A file or path the command line names cannot be used (a missing or malformed baseline, an
 * unreadable config file, an output file that cannot be written): said plainly, without the usage,
 * exit 2.
 */
export class InputError extends Error {}
