import type { LanguageFeature } from './types';
import { tasksFeature } from './tasks';

/** Every feature area; the service asks them in this order. Add a domain's feature here. */
export const FEATURES: readonly LanguageFeature[] = [tasksFeature];
