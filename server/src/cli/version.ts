declare const AGENT_DOCS_VERSION: string | undefined;

/** Injected by the bundler from package.json; "dev" when running unbundled (tests). */
export const VERSION: string = typeof AGENT_DOCS_VERSION === 'string' ? AGENT_DOCS_VERSION : 'dev';
