'use strict';
/**
 * The reference point: fetch-timeout written the way most jscodeshift codemods are written
 * (parse every file with recast, `find` the calls, print with recast). It is only for the
 * benchmark; unleak's own rule lives in transforms/fetch-timeout.ts.
 */
function hasSignal(objectExpression) {
  return objectExpression.properties.some(
    (property) =>
      property.type === 'SpreadElement' ||
      (!property.computed && property.key && (property.key.name === 'signal' || property.key.value === 'signal')),
  );
}

module.exports = function classicFetchTimeout(file, api) {
  const j = api.jscodeshift;
  const root = j(file.source);
  const calls = root.find(j.CallExpression, { callee: { type: 'Identifier', name: 'fetch' } }).filter((path) => {
    const args = path.node.arguments;
    if (args.length === 1) return true;
    return args.length === 2 && args[1].type === 'ObjectExpression' && !hasSignal(args[1]);
  });
  if (calls.size() === 0) return undefined;
  const signal = () =>
    j.objectProperty(
      j.identifier('signal'),
      j.callExpression(j.memberExpression(j.identifier('AbortSignal'), j.identifier('timeout')), [j.numericLiteral(10000)]),
    );
  calls.forEach((path) => {
    const args = path.node.arguments;
    if (args.length === 1) args.push(j.objectExpression([signal()]));
    else args[1].properties.push(signal());
  });
  return root.toSource();
};
module.exports.parser = 'tsx';
