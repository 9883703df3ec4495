import type { Rule } from '../types';
import { marketplaceDescriptionMissing } from './marketplace-description-missing';
import { marketplaceSourceMissing } from './marketplace-source-missing';
import { marketplaceUnknownField } from './marketplace-unknown-field';
import { marketplaceValue } from './marketplace-value';
import { pluginKeywordDuplicate } from './plugin-keyword-duplicate';
import { pluginManifestRecommendedField } from './plugin-manifest-recommended-field';
import { pluginManifestUnknownField } from './plugin-manifest-unknown-field';
import { pluginManifestValue } from './plugin-manifest-value';
import { pluginNameFormat } from './plugin-name-format';
import { pluginPathMissing } from './plugin-path-missing';

/** Rules for plugin and marketplace manifests (`.claude-plugin/*.json`). */
export const pluginRules: readonly Rule[] = [
  pluginManifestValue,
  pluginManifestUnknownField,
  pluginManifestRecommendedField,
  pluginNameFormat,
  pluginKeywordDuplicate,
  pluginPathMissing,
  marketplaceValue,
  marketplaceUnknownField,
  marketplaceDescriptionMissing,
  marketplaceSourceMissing,
];
