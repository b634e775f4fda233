'use strict';
/**
 * Preloaded with `--require` for the "projected" benchmark rows only: adds one bench-only rule
 * to the compiled rule registry, so the real CLI (discovery, prefilter, parse, walk, fix loop,
 * workers) runs as it will once every rule of LEAKS.md exists. Its prefilter is the union of
 * the acquisition tokens LEAKS.md names; its visitors do the cheap part every rule does (look at
 * each call's callee, find the enclosing function for candidates) and report nothing.
 * It never ships: the registry of the product is transforms/index.ts.
 */
const path = require('node:path');

const registry = require(path.join(__dirname, '..', 'dist', 'transforms', 'index.js'));

const PREFILTER =
  /\b(?:setInterval|setTimeout|requestAnimationFrame|requestIdleCallback|addEventListener|addListener|prependListener|subscribe|watch|watchFile|fetch)\s*\(|\.on\s*\(|\bnew\s+(?:MutationObserver|ResizeObserver|IntersectionObserver|PerformanceObserver|WebSocket|EventSource|BroadcastChannel|Worker|AbortController|Promise)\b|\bwhile\s*\(\s*true|\bfor\s*\(\s*;\s*;|\basync\b|\.then\s*\(/;

const ACQUIRE = new Set([
  'setInterval', 'setTimeout', 'requestAnimationFrame', 'requestIdleCallback', 'addEventListener', 'addListener',
  'prependListener', 'subscribe', 'watch', 'watchFile', 'fetch', 'on', 'then',
]);
const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassMethod', 'ObjectMethod']);

function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed && callee.property.type === 'Identifier') {
    return callee.property.name;
  }
  return null;
}

if (!registry.rules.some((rule) => rule.meta.id === 'bench-projected')) {
  registry.rules.push({
    meta: {
      id: 'bench-projected',
      description: 'Benchmark probe: the parse and walk load of the full rule set.',
      goAnalogue: 'none',
      fixLevel: 'none',
      prefilter: PREFILTER,
      options: {},
      docs: 'bench/README.md',
    },
    create() {
      let candidates = 0;
      const onCall = (p) => {
        const name = calleeName(p.node.callee);
        if (name !== null && ACQUIRE.has(name) && p.findParent((parent) => FUNCTION_TYPES.has(parent.node.type)) !== undefined) candidates++;
      };
      return { CallExpression: onCall, OptionalCallExpression: onCall, NewExpression: onCall, 'Program:exit': () => void candidates };
    },
  });
}
