// What the custom-elements analyzer cannot see alone, added from the TypeScript type checker:
//  - an attribute typed with an alias (`position: QuickExitPosition`) gets the union it stands for
//    (`'inline' | 'top' | 'bottom'`, in the order written): what an embedder may write in HTML, and
//    what Storybook's controls offer (stories/support/manifest-args.ts);
//  - a property whose source names no type (`interval = DEFAULT_STORY_INTERVAL`) gets the one the
//    checker infers, when it is `string`, `number` or `boolean`;
//  - a default written as a constant (`interval = DEFAULT_STORY_INTERVAL`) gets the constant's value
//    (`8000`), for attributes and fields alike.
// The analyzer reads each file on its own (no program, no checker); this builds one program over
// the same files with the repo's tsconfig.json and patches the manifest it wrote.
import { join } from 'node:path';
import ts from 'typescript';

/** `'a'`, `2`, `true`: a literal's source text, following `const` names to their value. */
function literalText(checker, node, depth = 0) {
  if (!node || depth > 8) return undefined;
  if (ts.isStringLiteralLike(node)) return `'${node.text}'`;
  if (ts.isNumericLiteral(node)) return node.text;
  if (node.kind === ts.SyntaxKind.TrueKeyword) return 'true';
  if (node.kind === ts.SyntaxKind.FalseKeyword) return 'false';
  if (
    ts.isPrefixUnaryExpression(node) &&
    node.operator === ts.SyntaxKind.MinusToken &&
    ts.isNumericLiteral(node.operand)
  )
    return `-${node.operand.text}`;
  if (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node)
  )
    return literalText(checker, node.expression, depth + 1);
  if (!ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node)) return undefined;
  let symbol = checker.getSymbolAtLocation(node);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const declaration = symbol?.valueDeclaration;
  if (
    !declaration ||
    !ts.isVariableDeclaration(declaration) ||
    !(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)
  )
    return undefined;
  return literalText(checker, declaration.initializer, depth + 1);
}

const symbolOf = (checker, node) => {
  const symbol = checker.getSymbolAtLocation(node);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
};

/**
 * The literals of a type as its author wrote them, in that order: `'inline' | 'top'`, an alias of
 * one, or `(typeof NAMES)[number]` of a `const` array. Undefined for anything else.
 */
function writtenLiterals(checker, node, depth = 0) {
  if (!node || depth > 8) return undefined;
  if (ts.isParenthesizedTypeNode(node)) return writtenLiterals(checker, node.type, depth + 1);
  if (node.kind === ts.SyntaxKind.UndefinedKeyword) return [];
  if (ts.isLiteralTypeNode(node)) {
    const text = literalText(checker, node.literal);
    return text === undefined ? undefined : [text];
  }
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.map((type) => writtenLiterals(checker, type, depth + 1));
    return parts.every(Boolean) ? parts.flat() : undefined;
  }
  if (ts.isTypeReferenceNode(node) && !node.typeArguments) {
    const declaration = symbolOf(checker, node.typeName)?.declarations?.[0];
    return declaration && ts.isTypeAliasDeclaration(declaration)
      ? writtenLiterals(checker, declaration.type, depth + 1)
      : undefined;
  }
  if (
    ts.isIndexedAccessTypeNode(node) &&
    node.indexType.kind === ts.SyntaxKind.NumberKeyword &&
    ts.isTypeQueryNode(unparenthesized(node.objectType))
  ) {
    const declaration = symbolOf(
      checker,
      unparenthesized(node.objectType).exprName,
    )?.valueDeclaration;
    let array =
      declaration && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    while (array && (ts.isAsExpression(array) || ts.isSatisfiesExpression(array)))
      array = array.expression;
    if (!array || !ts.isArrayLiteralExpression(array)) return undefined;
    const texts = array.elements.map((element) => literalText(checker, element, depth + 1));
    return texts.every((text) => text !== undefined) ? texts : undefined;
  }
  return undefined;
}

const unparenthesized = (node) =>
  ts.isParenthesizedTypeNode(node) ? unparenthesized(node.type) : node;

/**
 * The type of a property for an embedder: `'inline' | 'top' | 'bottom'` when it is a union of string
 * or number literals (in the order written, else the checker's), `string`, `number` or `boolean`
 * when the source names none (`interval = DEFAULT_STORY_INTERVAL`); else undefined.
 */
function embedderType(checker, property) {
  const type = checker.getTypeAtLocation(property);
  const members = (type.isUnion() ? type.types : [type]).filter(
    (member) => !(member.flags & ts.TypeFlags.Undefined),
  );
  if (members.length > 1 && members.every((m) => m.isStringLiteral() || m.isNumberLiteral())) {
    const checked = members.map((m) => (m.isStringLiteral() ? `'${m.value}'` : String(m.value)));
    const written = writtenLiterals(checker, property.type);
    const same =
      written?.length === checked.length && checked.every((text) => written.includes(text));
    return (same ? written : checked).join(' | ');
  }
  if (property.type) return undefined;
  const base = checker.getBaseTypeOfLiteralType(type);
  const text = checker.typeToString(base);
  return ['string', 'number', 'boolean'].includes(text) ? text : undefined;
}

/** `packages/x/src/y.ts#Class.field` → what the checker knows of that field. */
function resolveFields(root, files) {
  const configFile = join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
  const program = ts.createProgram(
    files.map((file) => join(root, file)),
    options,
  );
  const checker = program.getTypeChecker();
  const fields = new Map();
  for (const file of files) {
    const source = program.getSourceFile(join(root, file));
    source?.forEachChild(function visit(node) {
      if (ts.isClassDeclaration(node) && node.name) {
        for (const member of node.members) {
          if (!ts.isPropertyDeclaration(member) || !ts.isIdentifier(member.name)) continue;
          if (member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) continue;
          // Only a default written as a name needs its value; a literal is in the manifest already.
          const named = member.initializer && !ts.isLiteralExpression(member.initializer);
          fields.set(`${file}#${node.name.text}.${member.name.text}`, {
            type: embedderType(checker, member),
            default: named ? literalText(checker, member.initializer) : undefined,
          });
        }
      }
      node.forEachChild(visit);
    });
  }
  return fields;
}

/**
 * Adds resolved types and constant defaults to every class of `manifest`, in place. An attribute
 * gets the union its alias stands for; a field keeps the alias TypeScript users see, and gets a
 * type only where the source wrote none. `files` are the analysed sources,
 * relative to `root`, as the manifest's module paths are.
 */
export function addResolvedTypes(manifest, root, files) {
  const fields = resolveFields(root, files);
  const fieldOf = (module, declaration, item, name) =>
    fields.get(
      `${item.inheritedFrom?.module ?? module.path}#${item.inheritedFrom?.name ?? declaration.name}.${name}`,
    );
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      for (const member of declaration.members ?? []) {
        const field = member.kind === 'field' && fieldOf(module, declaration, member, member.name);
        if (field?.default !== undefined) member.default = field.default;
        if (field?.type && !member.type) member.type = { text: field.type };
      }
      for (const attribute of declaration.attributes ?? []) {
        const field =
          attribute.fieldName && fieldOf(module, declaration, attribute, attribute.fieldName);
        if (!field) continue;
        if (field.type) attribute.type = { text: field.type };
        if (field.default !== undefined) attribute.default = field.default;
      }
    }
  }
}
