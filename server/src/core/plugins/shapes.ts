import { describeType, type JsonNode, type JsonObject, type JsonProperty } from '../json/model';
import { FIELD_RESPELLINGS, FOREIGN_MANIFEST_FIELDS, type JsonFieldSpec, type JsonShape } from '../spec/plugins';
import { didYouMean } from '../text/similarity';

/** A value that does not have the shape its field needs, with the node to report on. */
export interface ShapeProblem {
  readonly node: JsonNode;
  readonly message: string;
}

/**
 * Checks a value against its field's shape as Claude Code's manifest schema does (type, URL,
 * component path form), without looking at the disk. Objects with `fields` are checked one level
 * down (required fields and their types); unknown keys are another rule's business.
 */
export function checkShape(name: string, shape: JsonShape, node: JsonNode, out: ShapeProblem[] = []): ShapeProblem[] {
  const wrong = (expected: string) => out.push({ node, message: `\`${name}\` must be ${expected}, not ${describeType(node)}.` });
  switch (shape.type) {
    case 'string':
      if (node.type !== 'string') wrong('a string');
      break;
    case 'boolean':
      if (node.type !== 'boolean') wrong('`true` or `false`');
      break;
    case 'number':
      if (node.type !== 'number') wrong('a number');
      break;
    case 'record':
      if (node.type !== 'object') wrong('an object');
      break;
    case 'array':
      if (node.type !== 'array') wrong('an array');
      break;
    case 'stringArray':
      if (node.type !== 'array') wrong('an array of strings');
      else
        for (const item of node.items)
          if (item.type !== 'string') out.push({ node: item, message: `Each entry of \`${name}\` must be a string, not ${describeType(item)}.` });
      break;
    case 'url':
      if (node.type !== 'string') wrong('a URL string');
      else if (!isAbsoluteUrl(node.value)) out.push({ node, message: `\`${name}\` must be an absolute URL (\`https://…\`).` });
      break;
    case 'object':
      if (node.type !== 'object') wrong('an object');
      else for (const field of shape.fields) checkField(field, node, `${name}.`, out);
      break;
    case 'paths':
      if (node.type === 'string') checkPath(name, node, shape.extension, out);
      else if (node.type === 'array') {
        for (const item of node.items) {
          if (item.type === 'string') checkPath(name, item, shape.extension, out);
          else out.push({ node: item, message: `Each entry of \`${name}\` must be a path string, not ${describeType(item)}.` });
        }
      } else if (!(node.type === 'object' && (shape.inline || name === 'commands')))
        wrong(shape.inline ? 'a path, a list of paths or an object' : 'a path or a list of paths');
      break;
  }
  return out;
}

/** Checks a field of an object: present when required, and of its shape when present. */
export function checkField(field: JsonFieldSpec, object: JsonNode & { type: 'object' }, prefix: string, out: ShapeProblem[]): void {
  const property = lastOf(object.properties, field.name);
  if (!property) {
    if (field.required) out.push({ node: object, message: `\`${prefix}${field.name}\` is required.` });
    return;
  }
  if (property.value) checkShape(`${prefix}${field.name}`, field.shape, property.value, out);
}

function lastOf(properties: readonly JsonProperty[], key: string): JsonProperty | undefined {
  for (let i = properties.length - 1; i >= 0; i--) if (properties[i]!.key === key) return properties[i];
  return undefined;
}

/** A component path: relative to the plugin root, written `./…`, never climbing out with `..`. */
function checkPath(name: string, node: JsonNode & { type: 'string' }, extension: string | undefined, out: ShapeProblem[]): void {
  const path = node.value;
  if (!path.startsWith('./')) out.push({ node, message: `\`${path}\` must start with \`./\` (paths in \`${name}\` are relative to the plugin root).` });
  else if (path.split('/').includes('..')) out.push({ node, message: `\`${path}\` contains \`..\` (a way out of the plugin folder).` });
  else if (extension && !path.endsWith(extension)) out.push({ node, message: `\`${path}\` must name a \`${extension}\` file.` });
}

export function isAbsoluteUrl(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

/** What an unknown key of a manifest object is, as Claude Code's validator explains it. */
export interface UnknownKey {
  readonly property: JsonProperty;
  readonly message: string;
  /** A known key it most likely means (misspelling or another tool's spelling). */
  readonly suggestion?: string;
  /** Copied from another tool's manifest: harmless, so reported as information. */
  readonly foreign: boolean;
}

/**
 * The keys of an object that Claude Code does not read. `elsewhere` names keys that belong in
 * another file (a marketplace entry's fields in plugin.json) and where.
 */
export function unknownKeys(
  object: JsonObject,
  fields: readonly JsonFieldSpec[],
  prefix: string,
  elsewhere?: { keys: readonly string[]; where: string },
): UnknownKey[] {
  const known = fields.map((f) => f.name);
  const out: UnknownKey[] = [];
  for (const property of object.properties) {
    const key = property.key;
    if (known.includes(key)) continue;
    const shown = `\`${prefix}${key}\``;
    if (elsewhere?.keys.includes(key)) {
      out.push({ property, foreign: true, message: `${shown} belongs in ${elsewhere.where}; Claude Code ignores it here.` });
      continue;
    }
    const respelt = FIELD_RESPELLINGS.get(key);
    if (respelt && known.includes(respelt)) {
      out.push({
        property,
        foreign: false,
        suggestion: respelt,
        message: `${shown} is another tool's spelling of \`${respelt}\`: Claude Code ignores it until it is renamed.`,
      });
      continue;
    }
    const from = FOREIGN_MANIFEST_FIELDS.get(key);
    const suggestion = from ? undefined : didYouMean(key, known);
    if (suggestion)
      out.push({ property, foreign: false, suggestion, message: `Unknown field ${shown}: did you mean \`${suggestion}\`? Claude Code ignores it.` });
    else if (from) out.push({ property, foreign: true, message: `${shown} comes from ${from}; Claude Code ignores it here (harmless).` });
    else out.push({ property, foreign: false, message: `Unknown field ${shown}: Claude Code ignores it.` });
  }
  return out;
}
